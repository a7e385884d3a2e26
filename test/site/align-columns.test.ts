// Placeholders in expected tables are shown under their column headers (display only).
import { expect, test } from 'vitest';
import { alignPlaceholderColumns, alignTranscriptColumns } from '../../src/components/lesson/align-columns.ts';

test('cells after a placeholder start under their headers again', () => {
  const table = [
    'VERSION  STAGE  RUN ID                            ALIASES',
    '1        None   <run_1>  -',
    '2        None   <run_2>  champion',
  ];
  expect(alignPlaceholderColumns(table)).toEqual([
    'VERSION  STAGE  RUN ID                            ALIASES',
    '1        None   <run_1>                           -',
    '2        None   <run_2>                           champion',
  ]);
});

test.each([
  ['a row without a placeholder', ['NAME  STAGE  RUN', 'a     None   abc']],
  ['a line that is not a table', ['Model version 1 <run_1> moved', 'done']],
  ['a row with another cell count', ['A  B  C', '<x>  y']],
])('%s is left as written', (_name, lines) => {
  expect(alignPlaceholderColumns(lines)).toEqual(lines);
});

test('in a transcript, input lines are never re-spaced', () => {
  const t = '$ mlflow  models  list  <x>\nVERSION  STAGE  RUN ID    ALIASES\n1        None   <run_1>  -';
  expect(alignTranscriptColumns(t).split('\n')).toEqual([
    '$ mlflow  models  list  <x>',
    'VERSION  STAGE  RUN ID    ALIASES',
    '1        None   <run_1>   -',
  ]);
});
