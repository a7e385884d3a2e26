// The engine side of the protocol: one Session, answering one request at a time. The worker
// (engine.worker.ts) wraps it in `onmessage`; Node tests and browsers without module workers
// call it in-process. Everything here runs off the page's main thread in the browser.
import * as python from '../../engine/python/index.ts';
import type { RegistryState } from '../../engine/registry/types.ts';
import { Session, type PythonRuntime, type SessionSnapshot } from '../../engine/session.ts';
import { liveSources } from '../../engine/sources.ts';
import type { EngineAnswer, EngineCall, EngineRequest, EngineValues, SessionView } from './protocol.ts';

const runtime: PythonRuntime = python;

/** A snippet and a command that exercise the interpreter, the mlflow module and click once. */
const WARM_SNIPPET = [
  'import mlflow',
  'from mlflow import MlflowClient',
  'client = MlflowClient()',
  'for m in client.search_registered_models():',
  '    print(m.name, [v.version for v in m.latest_versions])',
].join('\n');

export class EngineCore {
  private session: Session | null = null;
  private sentRegistry: RegistryState | null = null;

  answer(call: EngineCall): EngineAnswer {
    try {
      const value = this.handle(call.request);
      return { id: call.id, ok: true, value, view: changesNothing(call.request) ? null : this.view() };
    } catch (error) {
      return { id: call.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  private open(scenario: RegistryState, strict: boolean): Session {
    return new Session({ strict, sources: liveSources(), python: runtime, scenario });
  }

  private current(): Session {
    if (!this.session) throw new Error('the session was not opened');
    return this.session;
  }

  private handle(req: EngineRequest): EngineValues[EngineOp] {
    switch (req.op) {
      case 'open': {
        this.sentRegistry = null;
        if (req.snapshot !== null && req.snapshot !== undefined) {
          try {
            const opts = { strict: req.strict, sources: liveSources(), python: runtime };
            const { session, problems } = Session.restoreReporting(req.snapshot as SessionSnapshot, opts);
            this.session = session;
            return { restored: problems.length ? 'partly' : 'restored', problems };
          } catch (error) {
            this.session = this.open(req.scenario, req.strict);
            return { restored: 'unreadable', problems: [error instanceof Error ? error.message : String(error)] };
          }
        }
        this.session = this.open(req.scenario, req.strict);
        return { restored: 'fresh', problems: [] };
      }
      case 'reset':
        // A new session rather than reset() on the old one: see resetSession in ../session.ts.
        this.session = this.open(req.scenario, req.strict);
        this.sentRegistry = null;
        return null;
      case 'run':
        return this.current().run(req.line);
      case 'interrupt':
        return this.current().interrupt();
      case 'eof':
        return this.current().eof();
      case 'python': {
        const r = this.current().runPython(req.source, req.filename);
        return { stdout: r.stdout, stderr: r.stderr, output: r.output, exitCode: r.exitCode, changes: r.changes };
      }
      case 'strict':
        this.current().strict = req.strict;
        return null;
      case 'complete':
        return this.current().complete(req.line, req.cursor);
      case 'check':
        return python.checkPython(req.source).map((d) => ({ ...d }));
      case 'warm': {
        // A throwaway session, so the learner's own is untouched: the first real Run then finds
        // every module loaded and its hot paths compiled.
        const scratch = new Session({ python: runtime });
        scratch.run('mlflow models --help');
        scratch.runPython(WARM_SNIPPET, '<warm-up>');
        python.checkPython(WARM_SNIPPET);
        return null;
      }
    }
  }

  private view(): SessionView | null {
    const s = this.session;
    if (!s) return null;
    const changed = s.registry !== this.sentRegistry;
    this.sentRegistry = s.registry;
    return {
      mode: s.mode,
      prompt: s.prompt,
      strict: s.strict,
      foreground: s.servers.some((server) => server.foreground),
      ...(changed ? { registry: s.registry } : {}),
      snapshot: s.snapshot(),
    };
  }
}

type EngineOp = EngineRequest['op'];

function changesNothing(req: EngineRequest): boolean {
  return req.op === 'complete' || req.op === 'check' || req.op === 'warm';
}
