// Internal links in lessons and questions must land somewhere: a lesson, one of its headings, or
// a page of the site (static, or dynamic like /lessons/[slug]/practice with a real slug).
import type { Root, RootContent } from 'mdast';

/** What a link check needs to know about a lesson. */
export interface LinkedLesson {
  readonly file: string;
  readonly slug: string;
  readonly tree: Root;
}

export interface LinkProblem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

export function normalizeRoute(route: string): string {
  const path = route.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

export function headingSlugs(tree: Root): Set<string> {
  const slugs = new Set<string>();
  const text = (node: RootContent): string =>
    'value' in node && typeof node.value === 'string'
      ? node.value
      : 'children' in node
        ? (node.children as RootContent[]).map(text).join('')
        : '';
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        // github-slugger's rule, which Astro uses for heading ids: lowercase, drop punctuation, spaces to dashes.
        const base = text(node)
          .toLowerCase()
          .trim()
          .replace(/[^\p{L}\p{N}\s_-]/gu, '')
          .replace(/\s/g, '-');
        let slug = base;
        for (let n = 1; slugs.has(slug); n += 1) slug = `${base}-${n}`;
        slugs.add(slug);
      }
      if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return slugs;
}

export function linkProblem(
  url: string,
  lessons: ReadonlyMap<string, LinkedLesson>,
  routes: ReadonlySet<string>,
  anchors: Set<string> | undefined,
): string | undefined {
  if (url.startsWith('#')) {
    if (anchors && !anchors.has(url.slice(1))) return `link "${url}" names no heading on this page`;
    return undefined;
  }
  if (!url.startsWith('/')) return undefined;
  const route = normalizeRoute(url);
  const lesson = /^\/lessons\/([^/]+)$/.exec(route);
  if (lesson) {
    const target = lessons.get(lesson[1] ?? '');
    if (!target) return `link "${url}" points to no lesson (known: ${[...lessons.keys()].sort().join(', ')})`;
    const hash = /#(.+)$/.exec(url)?.[1];
    if (hash && !headingSlugs(target.tree).has(hash)) return `link "${url}" names no heading of lesson ${target.slug}`;
    return undefined;
  }
  if (routes.has(route)) return undefined;
  // Dynamic pages such as /lessons/[slug]/practice: `[param]` matches a segment; a lesson slug must exist.
  const segments = route.split('/');
  for (const pattern of routes) {
    const parts = pattern.split('/');
    if (parts.length !== segments.length || !pattern.includes('[')) continue;
    if (parts.every((part, i) => part === segments[i] || /^\[.+\]$/.test(part))) {
      const slug = parts[1] === 'lessons' && /^\[.+\]$/.test(parts[2] ?? '') ? segments[2] : undefined;
      return slug === undefined || lessons.has(slug)
        ? undefined
        : `link "${url}" points to no lesson (known: ${[...lessons.keys()].sort().join(', ')})`;
    }
  }
  return `link "${url}" points to no page of the site`;
}

export function lessonLinkProblems(
  lesson: LinkedLesson,
  lessons: ReadonlyMap<string, LinkedLesson>,
  routes: ReadonlySet<string>,
): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const anchors = headingSlugs(lesson.tree);
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'link') {
        const message = linkProblem(node.url, lessons, routes, anchors);
        if (message) problems.push({ file: lesson.file, line: node.position?.start.line, message });
      }
      if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(lesson.tree.children);
  return problems;
}

/** Link targets written in markdown text: `[text](/lessons/x#y)` -> `/lessons/x#y`. */
export function markdownLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
}
