// Props of the components the runnables plugin puts into lessons. The site's components parse
// their props with these, so a malformed block fails the build with a readable message instead
// of rendering an empty island.
import { z } from 'zod';
import { parseTranscript } from '../engine/transcript.ts';
import { parseWithFriendlyErrors } from './friendly.ts';

/** `<lesson-slug>-<n>`: stable in document order, used for anchors and progress. */
export const runnableId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-\d+$/, 'an id like "model-stages-3"');

export const terminalExamplePropsSchema = z.object({
  id: runnableId,
  /** The transcript: `$ ` / `>>> ` / `... ` input lines and the output expected under each. */
  transcript: z
    .string()
    .min(1)
    .superRefine((text, ctx) => {
      try {
        if (parseTranscript(text).length === 0)
          ctx.addIssue({ code: 'custom', message: 'a transcript with at least one "$ " or ">>> " input line' });
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `a valid transcript (${(error as Error).message})` });
      }
    }),
});
export type TerminalExampleProps = z.output<typeof terminalExamplePropsSchema>;

export const codeExamplePropsSchema = z.object({
  id: runnableId,
  /** The Python program, run like a file. */
  code: z.string().min(1),
  /** Its expected output: stdout and stderr interleaved as the runner shows them. */
  expected: z.string(),
});
export type CodeExampleProps = z.output<typeof codeExamplePropsSchema>;

export function parseTerminalExampleProps(props: unknown): TerminalExampleProps {
  return parseWithFriendlyErrors(terminalExamplePropsSchema, props, '<TerminalExample>');
}

export function parseCodeExampleProps(props: unknown): CodeExampleProps {
  return parseWithFriendlyErrors(codeExamplePropsSchema, props, '<CodeExample>');
}
