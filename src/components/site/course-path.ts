// The course as one path of pages, in the order a learner walks it: each lesson, its practice,
// its test, then its labs, then the next lesson. Pure (plain data in, plain data out), so the
// sidebar, breadcrumbs and previous/next links agree and are tested without a build.

export type PageKind = 'lesson' | 'practice' | 'test' | 'labs' | 'lab';

export interface CourseLessonInfo {
  readonly id: string;
  readonly title: string;
  readonly order: number;
  readonly minutes: number;
  readonly description: string;
  /** How many questions the practice page offers (for "3 of 6 practised"). */
  readonly practiceCount: number;
  readonly labs: readonly { readonly id: string; readonly title: string }[];
  /** False when the lesson says `test: false`: no test page, no test link. */
  readonly test?: boolean;
}

export interface CoursePage {
  readonly kind: PageKind;
  readonly lesson: string;
  readonly lab?: string | undefined;
  readonly href: string;
  /** The page's name in the chrome: "Practice", "Lab: Roll back the champion". */
  readonly title: string;
  /** The lesson's title, for "Lesson 2 · Aliases" in breadcrumbs and pager cards. */
  readonly lessonTitle: string;
  readonly lessonNumber: number;
}

export function lessonHref(base: string, lesson: string, kind: PageKind = 'lesson', lab?: string): string {
  const root = `${base}/lessons/${lesson}`;
  if (kind === 'lesson') return root;
  if (kind === 'lab') return `${root}/labs/${lab ?? ''}`;
  return `${root}/${kind}`;
}

/** Every page of the course in walking order; a lesson without labs has no labs pages. */
export function coursePages(lessons: readonly CourseLessonInfo[], base: string): CoursePage[] {
  return lessons.flatMap((l, i) => {
    const common = { lesson: l.id, lessonTitle: l.title, lessonNumber: i + 1 };
    const pages: CoursePage[] = [
      { ...common, kind: 'lesson', href: lessonHref(base, l.id), title: l.title },
      { ...common, kind: 'practice', href: lessonHref(base, l.id, 'practice'), title: 'Practice' },
    ];
    if (l.test !== false) pages.push({ ...common, kind: 'test', href: lessonHref(base, l.id, 'test'), title: 'Test' });
    if (l.labs.length > 0) {
      pages.push({ ...common, kind: 'labs', href: lessonHref(base, l.id, 'labs'), title: 'Labs' });
      for (const lab of l.labs)
        pages.push({
          ...common,
          kind: 'lab',
          lab: lab.id,
          href: lessonHref(base, l.id, 'lab', lab.id),
          title: `Lab: ${lab.title}`,
        });
    }
    return pages;
  });
}

/** The pages before and after `href` on the path (null at either end, or for a page off the path). */
export function neighbours(
  pages: readonly CoursePage[],
  href: string,
): { previous: CoursePage | null; next: CoursePage | null } {
  const i = pages.findIndex((p) => p.href === href);
  if (i < 0) return { previous: null, next: null };
  return { previous: pages[i - 1] ?? null, next: pages[i + 1] ?? null };
}
