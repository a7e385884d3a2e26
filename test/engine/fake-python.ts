// A stand-in for the Python interpreter (src/engine/python), so session tests do not depend on
// it: `print(x)` prints, lines ending in ':' open a block, `raise` fails, `promote(N)` moves
// my-model vN to Production through the same registry operation the client binding uses.
import type { SimEnv } from '../../src/engine/env.ts';
import { apply } from '../../src/engine/env.ts';
import { transitionStage } from '../../src/engine/registry/index.ts';
import type { PythonRepl, PythonRuntime } from '../../src/engine/session.ts';

function exec(env: SimEnv, line: string): number {
  const print = /^print\((.*)\)$/.exec(line.trim());
  if (print) {
    env.out.write('stdout', `${(print[1] ?? '').replace(/^['"]|['"]$/g, '')}\n`);
    return 0;
  }
  const promote = /^promote\((\d+)\)$/.exec(line.trim());
  if (promote) {
    const r = apply(
      env,
      transitionStage(env.registry, env.sources, { name: 'my-model', version: promote[1], stage: 'Production' }),
    );
    if (!r.ok) {
      env.out.write(
        'stderr',
        `Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nmlflow.exceptions.MlflowException: ${r.error.message}\n`,
      );
      return 1;
    }
    return 0;
  }
  if (line.trim().startsWith('raise')) {
    env.out.write(
      'stderr',
      'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nValueError: boom\n',
    );
    return 1;
  }
  if (line.trim() === 'bug()') throw new Error('interpreter bug');
  return 0;
}

export function fakePython(): PythonRuntime & { repls: number } {
  const runtime = {
    repls: 0,
    runPythonScript(env: SimEnv, source: string): { exitCode: number } {
      for (const line of source.split('\n')) {
        if (exec(env, line) !== 0) return { exitCode: 1 };
      }
      return { exitCode: 0 };
    },
    createPythonRepl(env: SimEnv): PythonRepl {
      runtime.repls++;
      let block: string[] = [];
      let exited = false;
      return {
        get exited() {
          return exited;
        },
        feed(line: string): 'more' | 'ready' {
          if (block.length > 0) {
            if (line.trim() !== '') {
              block.push(line);
              return 'more';
            }
            for (const l of block.slice(1)) exec(env, l);
            block = [];
            return 'ready';
          }
          if (line.trim().endsWith(':')) {
            block = [line];
            return 'more';
          }
          if (line.trim() === 'exit()' || line.trim() === 'quit()') {
            exited = true;
            return 'ready';
          }
          exec(env, line);
          return 'ready';
        },
        interrupt(): void {
          block = [];
          env.out.write('stderr', '\nKeyboardInterrupt\n');
        },
      };
    },
  };
  return runtime;
}
