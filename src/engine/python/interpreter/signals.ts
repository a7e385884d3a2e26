// How control flow leaves a block: statements return a Signal instead of throwing, so the hot
// path of a loop body or a function call never pays for a JS exception. Python exceptions travel
// as thrown PyRaise values (../values.ts).
import type { PyValue } from '../values.ts';

/** `return x`: carries the value out to the function call that is running the body. */
export class ReturnSignal {
  readonly value: PyValue;
  constructor(value: PyValue) {
    this.value = value;
  }
}
export const BREAK = 'break';
export const CONTINUE = 'continue';
/** What running a statement or block produced: nothing (fall through), break, continue or return. */
export type Signal = undefined | typeof BREAK | typeof CONTINUE | ReturnSignal;
