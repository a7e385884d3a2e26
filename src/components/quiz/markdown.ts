// A small, safe markdown renderer for question text (prompts, options, hints, explanations,
// solution steps), run at build time. Question banks use a handful of constructs: paragraphs,
// lists, fenced code, `code`, **bold**, *emphasis* and [links](url). Everything is HTML-escaped
// first, so a question can't inject markup.

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function safeUrl(url: string): string | null {
  return /^(https?:|\/|#|\.\.?\/)/.test(url) ? url : null;
}

/** Inline markup of one line of text (already a single paragraph's worth). */
export function renderInline(text: string): string {
  // Code spans first: their content is literal, so cut them out and put them back at the end.
  const codes: string[] = [];
  const held = text.replace(/`([^`]+)`/g, (_m, code: string) => {
    codes.push(`<code>${escapeHtml(code)}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  let html = escapeHtml(held);
  html = html.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (m, label: string, url: string) => {
    const safe = safeUrl(url);
    return safe ? `<a href="${safe}">${label}</a>` : m;
  });
  html = html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  html = html.replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>');
  html = html.replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>');
  return html.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => codes[Number(i)] ?? '');
}

/** Block-level markdown to HTML. `inline: true` drops the wrapping <p> of a one-paragraph text. */
export function renderMarkdown(text: string, options: { inline?: boolean } = {}): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const blocks: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const fence = /^```\s*([\w-]*)/.exec(line);
    if (fence) {
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !/^```\s*$/.test(lines[i] ?? '')) body.push(lines[i++] ?? '');
      i += 1;
      const lang = fence[1] ? ` data-lang="${escapeHtml(fence[1])}"` : '';
      blocks.push(`<pre${lang}><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    if (/^\s*$/.test(line)) {
      i += 1;
      continue;
    }
    const bullet = /^\s*[-*]\s+/;
    const numbered = /^\s*\d+[.)]\s+/;
    if (bullet.test(line) || numbered.test(line)) {
      const ordered = numbered.test(line);
      const marker = ordered ? numbered : bullet;
      const items: string[] = [];
      while (i < lines.length && marker.test(lines[i] ?? '')) {
        const item = [(lines[i] ?? '').replace(marker, '')];
        i += 1;
        // Lazy continuation: the item's text goes on over the following lines until a blank
        // line, the next item, another kind of list or a fence (CommonMark's lazy lines).
        while (i < lines.length) {
          const next = lines[i] ?? '';
          if (/^\s*$/.test(next) || bullet.test(next) || numbered.test(next) || /^```/.test(next)) break;
          item.push(next.trim());
          i += 1;
        }
        items.push(`<li>${renderInline(item.join(' '))}</li>`);
      }
      blocks.push(ordered ? `<ol>${items.join('')}</ol>` : `<ul>${items.join('')}</ul>`);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && !/^\s*$/.test(lines[i] ?? '') && !/^```/.test(lines[i] ?? ''))
      para.push(lines[i++] ?? '');
    blocks.push(`<p>${renderInline(para.join(' '))}</p>`);
  }
  if (options.inline && blocks.length === 1 && blocks[0]?.startsWith('<p>')) return blocks[0].slice(3, -4);
  return blocks.join('\n');
}
