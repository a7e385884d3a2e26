// The search dialog's behaviour (Search.astro). Pagefind's client is imported from the built
// site's /pagefind/ folder on the first open, so a page that nobody searches loads none of it.

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const dialog = document.querySelector<HTMLDialogElement>('[data-search]');
const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
const list = dialog?.querySelector<HTMLOListElement>('[data-search-results]');
const base = import.meta.env.BASE_URL.replace(/\/$/, '');
let pagefind: Promise<Pagefind> | null = null;
/** Only the newest query may fill the list (an older one can finish later). */
let latest = 0;

function load(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`) as Promise<Pagefind>).then(async (p) => {
    await p.init();
    return p;
  });
  return pagefind;
}

/** Pagefind's excerpt marks matches with <mark>; everything else becomes plain text. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (m ? m[1] : part) ?? '';
    const plain = new DOMParser().parseFromString(text, 'text/html').body.textContent ?? '';
    if (!m) return document.createTextNode(plain);
    const mark = document.createElement('mark');
    mark.textContent = plain;
    return mark;
  });
}

async function search(query: string): Promise<void> {
  if (!status || !list) return;
  const mine = ++latest;
  if (query.trim() === '') {
    list.replaceChildren();
    status.textContent = 'Type to search.';
    return;
  }
  let engine: Pagefind;
  try {
    engine = await load();
  } catch {
    status.textContent = 'Search is not available here (the index is made by npm run build).';
    return;
  }
  const found = await engine.debouncedSearch(query, {}, 150);
  if (found === null) return; // a newer query replaced this one
  const top = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
  if (mine !== latest) return;
  list.replaceChildren(
    ...top.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      const title = document.createElement('span');
      title.className = 'search-result-title';
      title.textContent = r.meta.title ?? r.url;
      const excerpt = document.createElement('span');
      excerpt.className = 'search-result-excerpt';
      excerpt.append(...excerptNodes(r.excerpt));
      a.append(title, excerpt);
      li.append(a);
      return li;
    }),
  );
  const n = found.results.length;
  status.textContent =
    n === 0
      ? `No results for “${query}”.`
      : `${n} ${n === 1 ? 'result' : 'results'}${n > 8 ? ', the first 8 shown' : ''}.`;
}

function open(): void {
  if (!dialog || dialog.open) return;
  dialog.showModal();
  input?.focus();
  input?.select();
  void load().catch(() => {});
}

if (dialog && input && list) {
  for (const b of document.querySelectorAll('[data-search-open]')) b.addEventListener('click', open);
  input.addEventListener('input', () => void search(input.value));
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement | null;
    const typing = t?.closest('input, textarea, [contenteditable], [role="textbox"]') !== null;
    if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey)) {
      e.preventDefault();
      open();
    }
  });
  // Arrow keys walk the results; from the first result, ↑ goes back to the field.
  dialog.addEventListener('keydown', (e) => {
    // Esc closes at once, also from a filled search field (where the browser would first clear it).
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    e.preventDefault();
    if (e.key === 'ArrowDown') links[Math.min(links.length - 1, i + 1)]?.focus();
    else if (i <= 0) input.focus();
    else links[i - 1]?.focus();
  });
  // A click on the backdrop (outside the dialog's box) closes it, as Esc does.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
}
