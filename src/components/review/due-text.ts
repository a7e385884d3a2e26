// The words beside the review link: how many cards are due, and what the queue is.
export function dueText(due: number, total: number): string {
  if (total === 0) return 'Questions you miss or need a hint for come back here, spaced out over days.';
  if (due === 0) return `Nothing due now; ${total} question${total === 1 ? '' : 's'} scheduled for later.`;
  return `${due === 1 ? 'One question you missed is' : `${due} questions you missed are`} ready to try again.`;
}
