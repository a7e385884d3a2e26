// Whether the browser refused the last save of this page's work (storage full or blocked). The
// page says so where the learner is (role=status) and offers the progress export, instead of
// silently never saving again.
import { atom } from 'nanostores';

export type SaveProblem = 'refused' | null;

export const $saveProblem = atom<SaveProblem>(null);

export const SAVE_REFUSED_NOTICE =
  'Your browser refused to save your work on this page (its storage for this site is full or blocked). Everything still works here, but a reload would lose what you did since. Export your progress to keep it.';
