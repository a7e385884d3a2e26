// Output and warnings: every character a snippet prints goes through write (which honours
// sys.stdout/sys.stderr reassignment) and rawWrite (which enforces the output cap); warn follows
// Lib/warnings.py (filters, the once/default registry, catch_warnings(record=True)).
import type { Stream, Tone } from '../../env.ts';
import type { Interpreter } from '../interpreter.ts';
import type { PyClass } from '../values.ts';
import { PyRaise } from '../values.ts';
import { newException } from '../errors.ts';

/** Installed on Interpreter.prototype by ../interpreter.ts. */
export const outputMethods = {
  write(this: Interpreter, stream: Stream, text: string, tone?: Tone): void {
    const target = stream === 'stdout' ? this.stdoutTarget : this.stderrTarget;
    if (target !== null && !this.streams.has(target)) {
      this.call(this.getattr(target, 'write'), [text]);
      return;
    }
    const realStream = target !== null ? this.streams.get(target)! : stream;
    this.rawWrite(realStream, text, tone);
  },

  /** Writes to the environment, enforcing the output cap. */
  rawWrite(this: Interpreter, stream: Stream, text: string, tone?: Tone): void {
    if (this.truncated || text === '') return;
    const room = this.limits.outputChars - this.outputUsed;
    if (text.length <= room) {
      this.outputUsed += text.length;
      this.env.out.write(stream, text, tone);
      return;
    }
    if (room > 0) this.env.out.write(stream, text.slice(0, room), tone);
    this.truncated = true;
    this.env.out.write(
      stream,
      `\n... output truncated (more than ${this.limits.outputChars.toLocaleString('en-US')} characters)\n`,
    );
  },

  warn(this: Interpreter, category: PyClass, message: string, stacklevel = 1): void {
    const site = this.callSite(stacklevel);
    let action = 'default';
    for (const f of this.warningFilters) {
      if (!category.isSubclassOf(f.category)) continue;
      if (f.message && !f.message.test(message)) continue;
      action = f.action;
      break;
    }
    if (action === 'ignore') return;
    if (action === 'error') throw new PyRaise(newException(category, [message]));
    const key =
      action === 'once'
        ? `${category.name}\0${message}`
        : `${site.filename}\0${site.line}\0${category.name}\0${message}`;
    if (action !== 'always') {
      if (this.warningRegistry.has(key)) return;
      this.warningRegistry.add(key);
    }
    const recorder = this.warningRecorders[this.warningRecorders.length - 1];
    if (recorder) {
      recorder.items.push(this.warningMessage(category, message, site));
      return;
    }
    // warnings.formatwarning: "{file}:{line}: {Category}: {message}\n  {source line stripped}\n"
    let text = `${site.filename}:${site.line}: ${category.name}: ${message}\n`;
    if (site.sourceLine !== null && site.sourceLine.trim()) text += `  ${site.sourceLine.trim()}\n`;
    this.write('stderr', text, 'warning');
  },
};
