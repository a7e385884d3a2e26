// Build-time Shiki transformer for the lesson's and the quizzes' code blocks, which wrap rather
// than scroll (phones). Two things make a wrapped block readable:
// - a hanging indent per line (its own indentation + 2), so a continued line never looks like
//   a new statement or a new command;
// - in a transcript, the words of a `$ ` command never break inside: the browser breaks after a
//   hyphen, which splits `--model-name` into `-` and `-model-name`, and a learner copying by eye
//   types it wrong. Very long words (URLs) may still break, so nothing overflows a phone.
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki';

const LONGEST_UNBROKEN = 30;

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** Wrap each word of the text nodes under `node` in `<span class="nobr">`. */
function keepWordsWhole(node: Element): void {
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      keepWordsWhole(child);
      return [child];
    }
    if (child.type !== 'text') return [child];
    return child.value
      .split(/(\s+)/)
      .filter((part) => part !== '')
      .map(
        (part): ElementContent =>
          /\s/.test(part) || part.length > LONGEST_UNBROKEN
            ? { type: 'text', value: part }
            : {
                type: 'element',
                tagName: 'span',
                properties: { className: ['nobr'] },
                children: [{ type: 'text', value: part }],
              },
      );
  });
}

export const wrapReadably: ShikiTransformer = {
  name: 'mlflow-academy:wrap-readably',
  line(node) {
    const text = node.children.map(textOf).join('');
    const indent = (/^ */.exec(text)?.[0].length ?? 0) + 2;
    const style = typeof node.properties['style'] === 'string' ? `${node.properties['style']};` : '';
    node.properties['style'] = `${style}--hang:${indent}ch`;
    if (text.startsWith('$ ')) keepWordsWhole(node);
  },
};
