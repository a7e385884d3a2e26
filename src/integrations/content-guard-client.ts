// `npm run dev` only: the content problems panel. The dev server (./content-guard.ts) sends each
// content file's problems when it starts and whenever a file is saved; the panel lists them at
// the bottom of every open page and disappears when none are left. A region with a heading, a
// Close button, and a polite status so a screen reader hears when problems appear or clear.
type DevProblems = Record<string, string[]>;

const ID = 'content-guard-panel';

function render(problems: DevProblems): void {
  const files = Object.keys(problems).sort();
  const count = files.reduce((n, f) => n + (problems[f]?.length ?? 0), 0);
  let panel = document.getElementById(ID);
  if (count === 0) {
    panel?.remove();
    return;
  }
  if (!panel) {
    panel = document.createElement('section');
    panel.id = ID;
    panel.setAttribute('aria-labelledby', `${ID}-title`);
    panel.style.cssText =
      'position:fixed;left:0;right:0;bottom:0;max-height:45vh;overflow:auto;z-index:2147483647;' +
      'background:#1b1f24;color:#f0f3f6;border-top:3px solid #ff8182;padding:12px 16px;' +
      'font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 -4px 16px rgba(0,0,0,.35)';
    document.body.append(panel);
  }
  panel.replaceChildren();
  const head = document.createElement('div');
  head.style.cssText = 'display:flex;justify-content:space-between;align-items:center;gap:1rem';
  const title = document.createElement('h2');
  title.id = `${ID}-title`;
  title.style.cssText = 'margin:0;font-size:15px';
  title.textContent = `Content problems: ${count} (check:content)`;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', () => panel?.remove());
  head.append(title, close);
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.style.cssText = 'margin:4px 0 8px;color:#c9d1d9';
  status.textContent = `${count} problem${count === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}; save a fix and this updates.`;
  panel.append(head, status);
  for (const file of files) {
    const pre = document.createElement('pre');
    pre.style.cssText = 'white-space:pre-wrap;margin:0 0 8px';
    pre.textContent = (problems[file] ?? []).join('\n');
    panel.append(pre);
  }
}

if (import.meta.hot) {
  import.meta.hot.on('content-guard:problems', (data: DevProblems) => render(data));
  import.meta.hot.send('content-guard:hello');
}
