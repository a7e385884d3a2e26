// click's text wrapping (click/formatting.py `wrap_text`, click/_textwrap.py), which sits on
// Python's textwrap.TextWrapper. Ported so help pages break lines where click breaks them:
// paragraphs keep their first line's indent, a paragraph starting with "\b" is not rewrapped,
// words split after hyphens between letters (textwrap's wordsep_re), and whitespace runs inside
// a paragraph are kept (replace_whitespace=False) except at line ends.

// textwrap.TextWrapper.wordsep_re with break_on_hyphens=True. letter = [^\d\W] (a word char
// that is not a digit), wp = [\w!"'&.,?].
const WORDSEP =
  /(\s+|(?<=[\w!"'&.,?])-{2,}(?=\w)|\S+?(?:-(?:(?<=(?:(?!\d)\w){2}-)|(?<=(?:(?!\d)\w)-(?:(?!\d)\w)-))(?=(?:(?!\d)\w)-?(?:(?!\d)\w))|(?=\s|$)|(?<=[\w!"'&.,?])(?=-{2,}\w)))/y;

function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    WORDSEP.lastIndex = pos;
    const m = WORDSEP.exec(text);
    // Python's re.split keeps unmatched text too; a failed match can only be a trailing run.
    const piece = m && m[0].length > 0 ? m[0] : text.slice(pos);
    chunks.push(piece);
    pos += piece.length;
  }
  return chunks;
}

/** TextWrapper.wrap with click's _handle_long_word (cut at the space left, at least one char). */
export function wrapLines(text: string, width: number, initialIndent = '', subsequentIndent = ''): string[] {
  const chunks = chunksOf(text.replace(/\t/g, '        ')).reverse();
  const lines: string[] = [];
  while (chunks.length > 0) {
    const indent = lines.length > 0 ? subsequentIndent : initialIndent;
    const room = width - indent.length;
    if (lines.length > 0 && (chunks[chunks.length - 1] as string).trim() === '') chunks.pop();
    const line: string[] = [];
    let used = 0;
    while (chunks.length > 0) {
      const l = (chunks[chunks.length - 1] as string).length;
      if (used + l > room) break;
      line.push(chunks.pop() as string);
      used += l;
    }
    if (chunks.length > 0 && (chunks[chunks.length - 1] as string).length > room) {
      const spaceLeft = Math.max(room - used, 1);
      const last = chunks[chunks.length - 1] as string;
      line.push(last.slice(0, spaceLeft));
      chunks[chunks.length - 1] = last.slice(spaceLeft);
    }
    if (line.length > 0 && (line[line.length - 1] as string).trim() === '') line.pop();
    if (line.length > 0) lines.push(indent + line.join(''));
  }
  return lines;
}

/** click.formatting.wrap_text(text, width, initial_indent, subsequent_indent, preserve_paragraphs=True). */
export function wrapText(text: string, width: number, initialIndent = '', subsequentIndent = ''): string {
  const paragraphs: { indent: number; raw: boolean; text: string }[] = [];
  let buf: string[] = [];
  let indent: number | null = null;
  const flush = (): void => {
    if (buf.length === 0) return;
    if ((buf[0] as string).trim() === '\b')
      paragraphs.push({ indent: indent ?? 0, raw: true, text: buf.slice(1).join('\n') });
    else paragraphs.push({ indent: indent ?? 0, raw: false, text: buf.join(' ') });
    buf = [];
  };
  for (let line of text.replace(/\t/g, '        ').split('\n')) {
    if (line === '') {
      flush();
      indent = null;
      continue;
    }
    if (indent === null) {
      const stripped = line.trimStart();
      indent = line.length - stripped.length;
      line = stripped;
    }
    buf.push(line);
  }
  flush();
  return paragraphs
    .map((p) => {
      const extra = ' '.repeat(p.indent);
      if (p.raw) {
        return p.text
          .split('\n')
          .map((l, i) => (i === 0 ? initialIndent : subsequentIndent) + extra + l)
          .join('\n');
      }
      return wrapLines(p.text, width, initialIndent + extra, subsequentIndent + extra).join('\n');
    })
    .join('\n\n');
}

/** inspect.cleandoc: drop the common leading indent and blank lines at both ends. */
export function cleandoc(doc: string): string {
  const lines = doc.replace(/\t/g, '        ').split('\n');
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const content = line.trimStart();
    if (content) margin = Math.min(margin, line.length - content.length);
  }
  const out = [(lines[0] ?? '').trimStart(), ...lines.slice(1).map((l) => (margin === Infinity ? l : l.slice(margin)))];
  while (out.length > 0 && (out[0] as string).trim() === '') out.shift();
  while (out.length > 0 && (out[out.length - 1] as string).trim() === '') out.pop();
  return out.join('\n');
}
