// The course path behind the sidebar, breadcrumbs and previous/next links.
import { describe, expect, test } from 'vitest';
import { coursePages, lessonHref, neighbours } from '../../src/components/site/course-path.ts';
import type { CourseLessonInfo } from '../../src/components/site/course-path.ts';

const lesson = (id: string, title: string, labs: string[] = []): CourseLessonInfo => ({
  id,
  title,
  order: 1,
  minutes: 10,
  description: '',
  practiceCount: 4,
  labs: labs.map((l) => ({ id: l, title: `The ${l} lab` })),
});
const lessons = [lesson('stages', 'Stages', ['promote']), lesson('aliases', 'Aliases')];
const pages = coursePages(lessons, '/base');

describe('the course path', () => {
  test('walks each lesson, its practice, test and labs, then the next lesson', () => {
    expect(pages.map((p) => p.href)).toEqual([
      '/base/lessons/stages',
      '/base/lessons/stages/practice',
      '/base/lessons/stages/test',
      '/base/lessons/stages/labs',
      '/base/lessons/stages/labs/promote',
      '/base/lessons/aliases',
      '/base/lessons/aliases/practice',
      '/base/lessons/aliases/test',
    ]);
  });

  test('a lesson without labs has no labs page', () => {
    expect(pages.filter((p) => p.lesson === 'aliases').map((p) => p.kind)).toEqual(['lesson', 'practice', 'test']);
  });

  test.each([
    ['/base/lessons/stages', null, '/base/lessons/stages/practice'],
    ['/base/lessons/stages/labs/promote', '/base/lessons/stages/labs', '/base/lessons/aliases'],
    ['/base/lessons/aliases/test', '/base/lessons/aliases/practice', null],
    ['/base/sandbox', null, null],
  ])('around %s: previous %s, next %s', (href, previous, next) => {
    const n = neighbours(pages, href);
    expect([n.previous?.href ?? null, n.next?.href ?? null]).toEqual([previous, next]);
  });

  test('pages name their lesson and number for the chrome', () => {
    const lab = pages.find((p) => p.kind === 'lab');
    expect(lab).toMatchObject({ title: 'Lab: The promote lab', lessonTitle: 'Stages', lessonNumber: 1 });
    expect(lessonHref('', 'aliases', 'lab', 'x')).toBe('/lessons/aliases/labs/x');
  });
});
