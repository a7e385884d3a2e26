// The words of the progress export, import and reset: what a file holds, what an import would
// replace and what a reset deletes, with lessons and labs by their titles. Pure, for tests.
import { labsWithProgress, lessonsWithProgress } from '../../stores/progress-transfer.ts';
import type { Holdings, ImportPlan, ProgressExport } from '../../stores/progress-transfer.ts';

/** Titles by id, made at build time from the content collections. */
export interface PageNames {
  readonly lessons: Readonly<Record<string, string>>;
  readonly labs: Readonly<Record<string, string>>;
}

/** One row of a confirmation: what it is about and what happens to it. */
export interface PlanLine {
  readonly what: string;
  readonly detail: string;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** A saved session's page in words: `lab:x` is a lab, `sandbox` the sandbox, anything else a lesson. */
export function pageName(page: string, names: PageNames): string {
  if (page === 'sandbox') return 'Sandbox';
  if (page.startsWith('lab:')) {
    const id = page.slice(4);
    return `Lab “${names.labs[id] ?? id}”`;
  }
  return `Lesson “${names.lessons[page] ?? page}”`;
}

function list(ids: readonly string[], title: (id: string) => string): string {
  return ids.length === 0 ? 'none' : ids.map(title).join(', ');
}

// Titles are quoted in lists: a title may hold commas and colons of its own.
const quoted = (title: string): string => `“${title}”`;

export function describePlan(plan: ImportPlan, names: PageNames): PlanLine[] {
  const lesson = (id: string): string => quoted(names.lessons[id] ?? id);
  const lab = (id: string): string => quoted(names.labs[id] ?? id);
  const page = (id: string): string => pageName(id, names);
  const sessions: string[] = [];
  if (plan.sessions.replaced.length > 0) sessions.push(`replaced: ${list(plan.sessions.replaced, page)}`);
  if (plan.sessions.added.length > 0) sessions.push(`added: ${list(plan.sessions.added, page)}`);
  if (plan.sessions.kept.length > 0)
    sessions.push(`kept, as the file has none for them: ${list(plan.sessions.kept, page)}`);
  return [
    {
      what: 'Lesson progress (visits, examples, practice answers, test scores)',
      detail: `replaced. This browser has: ${list(plan.lessons.before, lesson)}. The file has: ${list(plan.lessons.after, lesson)}.`,
    },
    {
      what: 'Lab progress (commands, hints, completions)',
      detail: `replaced. This browser has: ${list(plan.labs.before, lab)}. The file has: ${list(plan.labs.after, lab)}.`,
    },
    {
      what: 'Saved terminal sessions (registry, screen, history)',
      detail: sessions.length === 0 ? 'none in the file or in this browser.' : `${sessions.join('; ')}.`,
    },
  ];
}

/** What a reset would delete, from what this browser holds now. */
export function describeReset(holdings: Holdings, names: PageNames): PlanLine[] {
  const lesson = (id: string): string => quoted(names.lessons[id] ?? id);
  const lab = (id: string): string => quoted(names.labs[id] ?? id);
  const sessions = list(Object.keys(holdings.sessions).sort(), (id) => pageName(id, names));
  const unreadable = holdings.unreadable.length;
  return [
    { what: 'Lesson progress', detail: `deleted: ${list(lessonsWithProgress(holdings.progress), lesson)}.` },
    { what: 'Lab progress', detail: `deleted: ${list(labsWithProgress(holdings.labs), lab)}.` },
    {
      what: 'Saved terminal sessions',
      detail: `deleted: ${sessions}${unreadable > 0 ? `, and ${plural(unreadable, 'unreadable saved entry', 'unreadable saved entries')}` : ''}.`,
    },
  ];
}

/** "1 lesson, 2 labs and 3 saved terminal sessions" (what a file or this browser holds). */
export function describeContents(data: Pick<ProgressExport, 'progress' | 'labs' | 'sessions'>): string {
  const lessons = Object.keys(data.progress.lessons).length;
  const labs = Object.keys(data.labs.labs).length;
  const sessions = Object.keys(data.sessions).length;
  return `${plural(lessons, 'lesson')}, ${plural(labs, 'lab')} and ${plural(sessions, 'saved terminal session')}`;
}

/** Said after an export; unreadable entries were left out (their pages already start fresh). */
export function describeExport(holdings: Holdings, fileName: string): string {
  const skipped = holdings.unreadable.length;
  return (
    `Exported ${describeContents(holdings)} to ${fileName}.` +
    (skipped > 0
      ? ` ${plural(skipped, 'saved entry', 'saved entries')} could not be read and ${skipped === 1 ? 'was' : 'were'} left out.`
      : '')
  );
}

/** "27 November 2026, 00:41 UTC": when a file was exported, in words (UTC so tests are stable). */
export function exportedWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'an unknown time';
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${months[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}
