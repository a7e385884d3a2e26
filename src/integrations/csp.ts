// A Content-Security-Policy for every built page, as a <meta> tag (the site is static files: no
// server to send a header). Scripts only from the site itself plus the exact inline scripts the
// build emitted (Astro's island loader, the theme bootstrap), each allowed by its SHA-256 hash;
// no 'unsafe-eval' (no learner text ever reaches eval: the engine interprets it); workers (the
// engine's and the editor's) from the site only. JSON data blocks are not scripts and need none.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;

/** Inline scripts the browser would run (not `application/json` and other data blocks). */
function executable(attrs: string): boolean {
  const type = /\btype=["']?([^"'\s>]+)/.exec(attrs)?.[1];
  return type === undefined || type === 'module' || /^(text|application)\/(java|ecma)script$/.test(type);
}

export function policyFor(html: string): string {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    if (!executable(m[1] ?? '')) continue;
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(m[2] ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return [
    "default-src 'self'",
    `script-src 'self' ${[...hashes].sort().join(' ')}`.trim(),
    // Monaco and React set styles at run time; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function withPolicy(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  // Before anything that loads: the policy applies only to what comes after it.
  return html.replace(/<head>/i, (head) => `${head}${meta}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

export function contentSecurityPolicy() {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }: { dir: URL; logger: { info(message: string): void } }) => {
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
        logger.info(`Content-Security-Policy added to ${files.length} pages`);
      },
    },
  };
}
