// A lab follows every Reset of its page's session, not only its own "Reset lab" button: the
// terminal's Reset also puts the registry back to the lab's start, so the attempt starts over and
// the commands-versus-par count is 0 again (completion, best count and help shown stay).
import { newAttempt, updateLabProgress } from '../../stores/lab-progress.ts';
import { $resets } from '../../stores/session.ts';

/** Start a new attempt of `labId` on each Reset, then call `onReset`; returns the unsubscribe. */
export function followResets(labId: string, onReset: () => void = () => {}): () => void {
  return $resets.listen(() => {
    updateLabProgress((p) => newAttempt(p, labId));
    onReset();
  });
}
