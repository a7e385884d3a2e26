// `npm run check:content -- --real`: the same content check, with the real MLflow answering.
// Three passes over the unchanged checker (src/content-check/check.ts), so what is compared and
// how a disagreement is reported (file, line, diff) stay exactly the checker's:
//  1. run the check on the simulator through recording sessions: every session the checker opens
//     (a lesson's blocks, a question's snippet, a lab's steps) and every line or program it runs;
//  2. replay each recorded session on the real MLflow (the oracle's replay-terminal.py: shell
//     lines in bash with the real `mlflow`, `python` blocks typed into the real REPL, code
//     examples run as files), starting from the scenario built by ./prelude.ts;
//  3. run the check again with sessions that answer with the real outputs, in the same order.
// Course-shorthand commands (`transition-stage`, `transition-version`, `list-versions`) are not
// real MLflow: they are counted and skipped (answered by the simulator); a transition still
// happens on the real side, through the client call it stands for, so later steps see it. Goal
// checks read the simulator's registry (the real one is not inspected).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckEngine, CheckSession, PythonRun } from '../content-check/engine.ts';
import type { RegistryState } from '../engine/registry/types.ts';
import type { Oracle } from './locate.ts';
import { toSimulatorWorld } from './normalise.ts';
import { scenarioPrelude } from './prelude.ts';

type LineResult = ReturnType<CheckSession['run']>;

type Call =
  | { readonly kind: 'line'; readonly line: string; readonly sim: LineResult; readonly repl: boolean }
  | { readonly kind: 'python'; readonly source: string; readonly filename: string; readonly sim: PythonRun };

interface SessionLog {
  readonly spec: unknown;
  readonly calls: Call[];
}

/** The real side's answer to one call (null: answered by the simulator, e.g. shorthand). */
interface RealAnswer {
  readonly text: string;
  readonly exitCode: number;
}

const SHORTHAND = /^\s*mlflow\s+models\s+(transition-stage|transition-version|list-versions)\b/;

/** Pass 1: a simulator engine whose sessions write down what the checker asks of them. */
export function recordingEngine(inner: CheckEngine, logs: SessionLog[]): CheckEngine {
  return {
    parseScenario: (data, file) => inner.parseScenario(data, file),
    newSession(spec, options) {
      const session = inner.newSession(spec, options);
      const log: SessionLog = { spec, calls: [] };
      logs.push(log);
      let inRepl = false;
      return {
        get registry(): RegistryState {
          return session.registry;
        },
        run(line: string) {
          const sim = session.run(line);
          log.calls.push({ kind: 'line', line, sim, repl: inRepl });
          if (!inRepl && line.trim() === 'python') inRepl = true;
          else if (inRepl && /^\s*(exit|quit)\(\)\s*$/.test(line)) inRepl = false;
          return sim;
        },
        runPython(source: string, filename = '<snippet>') {
          const sim = session.runPython(source, filename);
          log.calls.push({ kind: 'python', source, filename, sim });
          return sim;
        },
      };
    },
  };
}

const quote = (s: string): string => `'${s.replace(/'/g, `'"'"'`)}'`;

/** The client call a shorthand transition stands for, so the real registry changes the same way. */
function shorthandAsPython(line: string, py: string): string | null {
  if (!/transition-(stage|version)/.test(line)) return null;
  const arg = (flag: string): string | undefined => new RegExp(`${flag}[ =](\\S+)`).exec(line)?.[1];
  const name = arg('(?:--model-name|--name|-n)');
  const version = arg('--version');
  const stage = arg('--stage');
  if (!name || !version || !stage) return null;
  const archive = /--archive-existing-versions/.test(line) ? 'True' : 'False';
  const code =
    'import warnings; warnings.simplefilter("ignore"); from mlflow import MlflowClient; ' +
    `MlflowClient().transition_model_version_stage(${JSON.stringify(name.replace(/^['"]|['"]$/g, ''))}, ` +
    `${JSON.stringify(version)}, ${JSON.stringify(stage)}, archive_existing_versions=${archive})`;
  return `${py} -c ${quote(code)} >/dev/null 2>&1`;
}

/** Rewrite a copied backend's absolute paths (artifact locations) from the template's dir to the cwd. */
const RETARGET = [
  'import os, sqlite3, sys',
  'old, new = sys.argv[1], os.getcwd()',
  'con = sqlite3.connect("mlflow.db")',
  'for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type=\'table\'").fetchall():',
  '    for col in con.execute(f\'PRAGMA table_info("{t}")\').fetchall():',
  '        if any(k in (col[2] or "").upper() for k in ("CHAR", "TEXT")):',
  '            con.execute(f\'UPDATE "{t}" SET "{col[1]}" = replace("{col[1]}", ?, ?)\', (old, new))',
  'con.commit()',
].join('\n');

/** One backend per scenario (or none), made once by the real MLflow: tables, runs, versions. */
function buildTemplate(oracle: Oracle, dir: string, spec: unknown): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const prelude = join(dir, '..', `${dir.split('/').pop()}-prelude.py`);
  writeFileSync(
    prelude,
    spec === undefined ? 'import mlflow\nmlflow.MlflowClient().search_experiments()\n' : scenarioPrelude(spec),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(oracle.python, [prelude], {
      cwd: dir,
      env: { ...process.env, ...oracle.env, MLFLOW_TRACKING_URI: `sqlite:///${dir}/mlflow.db` },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString('utf8');
    });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`scenario prelude failed: ${err.trim().split('\n').pop()}`)),
    );
  });
}

interface Plan {
  /** The session file for replay-terminal.py. */
  readonly lines: string[];
  /** Per call: how to find its answer in the transcript (or null when the simulator answers). */
  readonly slots: ({ readonly marker: number; readonly replIndex?: number } | null)[];
  skipped: number;
  /** Requests to a background server, which the replay has already stopped. */
  unreplayable: number;
}

/** Pass 2a: one replay-terminal session file for a recorded session. */
function planSession(log: SessionLog, dir: string, python: string, template: string): Plan {
  // The oracle's own Python (the `python3` first on PATH may be another one without its packages).
  const py = quote(python);
  const lines: string[] = [];
  // The scenario's backend, built once (./runner.py's idea): copied in, its paths moved here.
  // (A file, not `-c`: each line of a session file is one command.)
  lines.push(
    `cp -r ${quote(template)}/. . && ${py} ${quote(`${template}-retarget.py`)} ${quote(template)} >/dev/null 2>&1`,
  );
  void dir;
  const plan: Plan = { lines, slots: [], skipped: 0, unreplayable: 0 };
  let backgroundServer = false;
  let marker = 0;
  let replMarker = -1;
  let replIndex = 0;
  log.calls.forEach((call, i) => {
    if (call.kind === 'python') {
      const file = join(dir, `p${i}`, call.filename);
      mkdirSync(join(dir, `p${i}`), { recursive: true });
      writeFileSync(file, call.source);
      lines.push(`: call-${marker}`);
      // Unbuffered, both streams in the order written, as the lesson page shows them.
      lines.push(
        `cp ${quote(file)} . && ${py} -u ${quote(call.filename)} 2>&1; rc=$?; rm -f ${quote(call.filename)}; exit $rc`,
      );
      plan.slots.push({ marker: marker++ });
      return;
    }
    if (call.repl) {
      plan.slots.push({ marker: replMarker, replIndex: replIndex++ });
      lines.push(call.line);
      return;
    }
    if (backgroundServer && /^\s*curl\b/.test(call.line)) {
      // replay-terminal.py stops a command still running after its timeout, so a server started
      // with `&` is gone before the next line: a request to it cannot be replayed.
      plan.unreplayable += 1;
      plan.slots.push(null);
      return;
    }
    if (/\bmlflow\s+models\s+serve\b.*&\s*$/.test(call.line)) backgroundServer = true;
    if (SHORTHAND.test(call.line)) {
      plan.skipped += 1;
      const real = shorthandAsPython(call.line, py);
      if (real) lines.push(real);
      plan.slots.push(null);
      return;
    }
    if (call.line.trim() === '') {
      plan.slots.push(null);
      return;
    }
    lines.push(`: call-${marker}`);
    lines.push(call.line);
    if (call.line.trim() === 'python') {
      replMarker = marker;
      replIndex = 0;
      // The REPL's banner is Python's, not MLflow's: the simulator answers the `python` line.
      plan.slots.push(null);
    } else plan.slots.push({ marker });
    marker += 1;
  });
  return plan;
}

/** Split replay-terminal.py's transcript at the `: call-N` markers. */
function segments(transcript: string): Map<number, string> {
  const out = new Map<number, string>();
  const parts = transcript.split(/^\$ : call-(\d+)\n\[exit 0\]\n/m);
  for (let k = 1; k < parts.length; k += 2) out.set(Number(parts[k]), parts[k + 1] ?? '');
  return out;
}

/** A shell line's segment: `$ line`, its output, `[exit N]`. */
function shellAnswer(segment: string): RealAnswer {
  const body = segment.replace(/^\$ [^\n]*\n/, '');
  const m = /\[exit ([^\]]*)\]\n?$/.exec(body);
  const code = m ? Number.parseInt(m[1] ?? '0', 10) : 0;
  return { text: m ? body.slice(0, m.index) : body, exitCode: Number.isNaN(code) ? 0 : code };
}

/** A `python` segment split per input line: what the REPL printed after each echoed input. */
function replAnswers(segment: string): RealAnswer[] {
  const body = segment.replace(/^\$ python\n/, '');
  const answers: RealAnswer[] = [];
  let current: string[] | null = null;
  for (const line of body.split('\n')) {
    if (/^(>>>|\.\.\.) /.test(line) || line === '>>>' || line === '...') {
      if (current) answers.push({ text: current.join('\n'), exitCode: 0 });
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current) answers.push({ text: current.join('\n'), exitCode: 0 });
  return answers;
}

function runReplay(oracle: Oracle, sessionFile: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(oracle.python, [join(oracle.scripts, 'replay-terminal.py'), sessionFile], {
      env: { ...process.env, ...oracle.env, REPLAY_CMD_TIMEOUT: '15' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
    });
    child.on('close', () => resolve(out));
  });
}

/** Pass 2: every recorded session on the real MLflow, two at a time (a shared 2-core machine). */
export async function replayOnOracle(
  oracle: Oracle,
  logs: readonly SessionLog[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ answers: (RealAnswer | null)[][]; skipped: number; unreplayable: number }> {
  const root = mkdtempSync(join(tmpdir(), 'oracle-content.'));
  const answers: (RealAnswer | null)[][] = logs.map(() => []);
  let skipped = 0;
  let unreplayable = 0;
  let done = 0;
  try {
    const templates = new Map<string, string>();
    for (const log of logs) {
      const key = JSON.stringify(log.spec ?? null);
      if (templates.has(key)) continue;
      const dir = join(root, `template-${templates.size}`);
      await buildTemplate(oracle, dir, log.spec);
      writeFileSync(`${dir}-retarget.py`, `${RETARGET}\n`);
      templates.set(key, dir);
    }
    const jobs = logs.map((log, s) => async () => {
      // A session with nothing the real MLflow could answer (no calls) costs nothing.
      if (log.calls.length === 0) {
        answers[s] = [];
        done += 1;
        return;
      }
      const dir = join(root, `s${s}`);
      mkdirSync(dir, { recursive: true });
      const plan = planSession(log, dir, oracle.python, templates.get(JSON.stringify(log.spec ?? null)) ?? '');
      skipped += plan.skipped;
      unreplayable += plan.unreplayable;
      const file = join(dir, 'session.txt');
      writeFileSync(file, `${plan.lines.join('\n')}\n`);
      const transcript = await runReplay(oracle, file);
      const segs = segments(transcript);
      const repl = new Map<number, RealAnswer[]>();
      answers[s] = plan.slots.map((slot) => {
        if (slot === null) return null;
        const seg = segs.get(slot.marker);
        if (seg === undefined) return { text: '', exitCode: 0 };
        if (slot.replIndex === undefined) return shellAnswer(seg);
        if (!repl.has(slot.marker)) repl.set(slot.marker, replAnswers(seg));
        return repl.get(slot.marker)?.[slot.replIndex] ?? { text: '', exitCode: 0 };
      });
      done += 1;
      onProgress(done, logs.length);
    });
    const queue = [...jobs];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job();
    };
    await Promise.all([worker(), worker()]);
  } finally {
    // ORACLE_KEEP=1 keeps the session files and templates (as the oracle's run.sh does).
    if (process.env.ORACLE_KEEP) process.stderr.write(`check:content --real: kept ${root}\n`);
    else rmSync(root, { recursive: true, force: true });
  }
  return { answers, skipped, unreplayable };
}

/** Pass 3: sessions that answer the checker, call for call, with what the real MLflow printed. */
export function replayingEngine(
  inner: CheckEngine,
  logs: readonly SessionLog[],
  answers: (RealAnswer | null)[][],
): CheckEngine {
  let next = 0;
  return {
    parseScenario: (data, file) => inner.parseScenario(data, file),
    newSession(spec, options) {
      const s = next++;
      const log = logs[s];
      const real = answers[s] ?? [];
      const sim = inner.newSession(spec, options);
      let i = 0;
      const take = (): { call: Call | undefined; answer: RealAnswer | null } => {
        const k = i++;
        return { call: log?.calls[k], answer: real[k] ?? null };
      };
      return {
        get registry(): RegistryState {
          return sim.registry;
        },
        run(line: string) {
          const simResult = sim.run(line);
          const { answer } = take();
          if (answer === null) return simResult;
          return {
            prompt: simResult.prompt,
            lines: [{ stream: 'stdout', text: toSimulatorWorld(answer.text) }],
            exitCode: answer.exitCode,
          };
        },
        runPython(source: string, filename?: string) {
          const simResult = sim.runPython(source, filename);
          const { answer } = take();
          if (answer === null) return simResult;
          // `python3 NAME.py` names the script by its absolute path; the page runs it as NAME.py.
          const name = filename ?? '<snippet>';
          const text = toSimulatorWorld(answer.text).split(`/home/learner/${name}`).join(name);
          return { stdout: text, stderr: '', exitCode: answer.exitCode };
        },
      };
    },
  };
}

export type { SessionLog };
