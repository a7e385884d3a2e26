// `mlflow models serve`: the 3.x start-up log (facts §6.3), URI resolved at start (seed-errata
// #5), a job until Ctrl+C or kill, and curl against it.
import { describe, expect, test } from 'vitest';
import { lessonSession, runAll, stderr, stdout } from './helpers.ts';

const TS = String.raw`\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}`;

function servedSession() {
  const s = lessonSession();
  s.run('mlflow models transition-stage --model-name my-model --version 2 --stage Production');
  return s;
}

describe('mlflow models serve start-up (facts §6.3)', () => {
  test("--env-manager local: backend line, uvicorn command, uvicorn's four lines", () => {
    const s = servedSession();
    const r = s.run('mlflow models serve -m models:/my-model/Production --env-manager local -p 1234');
    expect(r.exitCode).toBe(0);
    const err = stderr(r);
    expect(err).toMatch(
      new RegExp(
        `^${TS} INFO mlflow\\.models\\.flavor_backend_registry: Selected backend for flavor 'python_function'$`,
        'm',
      ),
    );
    expect(err).toMatch(
      new RegExp(
        `^${TS} INFO mlflow\\.pyfunc\\.backend: === Running command 'exec uvicorn --host 127\\.0\\.0\\.1 --port 1234 --workers 1 mlflow\\.pyfunc\\.scoring_server\\.app:app'$`,
        'm',
      ),
    );
    expect(err).toMatch(
      /INFO: {5}Started server process \[\d+\]\nINFO: {5}Waiting for application startup\.\nINFO: {5}Application startup complete\.\nINFO: {5}Uvicorn running on http:\/\/127\.0\.0\.1:1234 \(Press CTRL\+C to quit\)\n$/,
    );
    expect(err).not.toContain('mlflow.utils.virtualenv');
  });

  test('names the version a stage URI resolved to', () => {
    const r = servedSession().run('mlflow models serve -m models:/my-model/Production --no-conda');
    expect(stderr(r)).toContain(
      "note: models:/my-model/Production resolved to version 2 of registered model 'my-model', stage 'Production' at start-up (a simulator note; real MLflow prints no such line)",
    );
  });

  test('log timestamps come from the session clock, formatted YYYY/MM/DD HH:MM:SS', () => {
    const r = servedSession().run('mlflow models serve -m models:/my-model/2 --no-conda');
    expect(stderr(r)).toMatch(/^2025\/11\/27 10:\d{2}:\d{2} INFO /m);
  });

  test('default virtualenv manager adds its lines, and reuses the environment the second time', () => {
    const s = servedSession();
    const first = stderr(s.run('mlflow models serve -m models:/my-model/2 -p 5001'));
    expect(first).toMatch(/INFO mlflow\.utils\.virtualenv: Installing python 3\.11\.7 if it does not exist/);
    expect(first).toMatch(
      /INFO mlflow\.utils\.virtualenv: Creating a new environment in \/root\/\.mlflow\/envs\/mlflow-[0-9a-f]{40} with /,
    );
    expect(first).toMatch(/INFO mlflow\.utils\.virtualenv: Installing dependencies/);
    expect(first).toMatch(
      /INFO mlflow\.utils\.environment: === Running command '\['bash', '-c', 'source \/root\/\.mlflow\/envs\/mlflow-[0-9a-f]{40}\/bin\/activate && exec uvicorn --host 127\.0\.0\.1 --port 5001 --workers 1 mlflow\.pyfunc\.scoring_server\.app:app'\]'/,
    );
    const second = stderr(s.run('mlflow models serve -m models:/my-model/2 -p 5002'));
    expect(second).toMatch(
      /INFO mlflow\.utils\.virtualenv: Environment \/root\/\.mlflow\/envs\/mlflow-[0-9a-f]{40} already exists/,
    );
  });

  test('-h sets the host and -w the workers', () => {
    const r = servedSession().run('mlflow models serve -m models:/my-model/1 -h 0.0.0.0 -w 4 --env-manager local');
    expect(stderr(r)).toContain(
      "'exec uvicorn --host 0.0.0.0 --port 5000 --workers 4 mlflow.pyfunc.scoring_server.app:app'",
    );
    expect(stderr(r)).toContain('Uvicorn running on http://0.0.0.0:5000');
  });

  test.each([
    [
      'models:/my-model/Staging',
      "mlflow.exceptions.MlflowException: No versions of model with name 'my-model' and stage 'Staging' found",
    ],
    // MlflowClient.get_model_version_download_uri checks the model first (_raise_if_prompt, facts §2.2).
    ['models:/ghost/1', 'mlflow.exceptions.MlflowException: Registered Model with name=ghost not found'],
    ['models:/my-model/9', 'mlflow.exceptions.MlflowException: Model Version (name=my-model, version=9) not found'],
    [
      'models:/my-model/Prod',
      'mlflow.exceptions.MlflowException: Invalid Model Version stage: Prod. Value must be one of None, Staging, Production, Archived.',
    ],
    ['models:/my-model@champion', 'mlflow.exceptions.MlflowException: Registered model alias champion not found.'],
  ])('bad URI %s: traceback ending in the MlflowException, exit 1 (facts §5, §6.3)', (uri, last) => {
    const s = lessonSession();
    const r = s.run(`mlflow models serve -m ${uri}`);
    expect(r.exitCode).toBe(1);
    expect(stderr(r)).toMatch(/^Traceback \(most recent call last\):\n {2}File "/);
    expect(stderr(r).trimEnd().split('\n').pop()).toBe(last);
    // A failed serve leaves no job behind.
    expect(s.servers).toEqual([]);
  });

  test('conda warns "Use of conda is discouraged" and still serves (facts §6.2)', () => {
    const r = servedSession().run('mlflow models serve -m models:/my-model/1 --env-manager conda');
    expect(stderr(r)).toContain('UserWarning: Use of conda is discouraged.');
    expect(r.exitCode).toBe(0);
  });

  test('strict mode prints only what real MLflow prints (no "Resolved" line)', () => {
    const s = lessonSession({ strict: true });
    expect(stderr(s.run('mlflow models serve -m models:/my-model/1 --no-conda'))).not.toContain('Resolved');
  });
});

describe('a running server: jobs, curl, kill, Ctrl+C', () => {
  test('the URI is resolved at start: a later transition does not change what it serves', () => {
    const s = servedSession();
    s.run('mlflow models serve -m models:/my-model/Production --no-conda &');
    const body = '{"inputs": [[5.1, 3.5, 1.4, 0.2], [6.7, 3.0, 5.2, 2.3], [5.9, 3.0, 4.2, 1.5]]}';
    const curl = `curl -s http://127.0.0.1:5000/invocations -H 'Content-Type: application/json' -d '${body}'`;
    const before = stdout(s.run(curl));
    expect(JSON.parse(before)).toEqual({ predictions: expect.any(Array) });
    s.run(
      'mlflow models transition-stage --model-name my-model --version 3 --stage Production --archive-existing-versions',
    );
    expect(stdout(s.run(curl))).toBe(before);
    // A new server on the new Production version answers for version 3.
    s.run('kill %1');
    s.run('mlflow models serve -m models:/my-model/Production --no-conda &');
    expect(stderr(s.run(curl))).toContain('"POST /invocations HTTP/1.1" 200 OK');
  });

  test('background serve prints the job number and pid; jobs lists it', () => {
    const s = servedSession();
    const r = s.run('mlflow models serve -m models:/my-model/1 --no-conda &');
    expect(stderr(r)).toMatch(/^\[1\] \d+\n/);
    expect(stdout(s.run('jobs'))).toBe(
      '[1]+  Running                 mlflow models serve -m models:/my-model/1 --no-conda &\n',
    );
  });

  test.each([
    ['/ping', 'GET', '\n'],
    ['/health', 'GET', '\n'],
    ['/version', 'GET', '3.6.0\n'],
  ])('curl %s answers 200 with %j', (path, method, body) => {
    const s = servedSession();
    s.run('mlflow models serve -m models:/my-model/1 --no-conda');
    const r = s.run(`curl -X ${method} http://127.0.0.1:5000${path}`);
    expect(r.exitCode).toBe(0);
    expect(stdout(r)).toBe(body);
    expect(stderr(r)).toMatch(new RegExp(`"${method} ${path} HTTP/1\\.1" 200 OK`));
  });

  test.each([
    ['{"inputs": [[1, 2], [3, 4]]}', 2],
    ['{"dataframe_split": {"columns": ["a", "b"], "data": [[1, 2], [3, 4], [5, 6]]}}', 3],
    ['{"dataframe_records": [{"a": 1, "b": 2}]}', 1],
    ['{"instances": [[1, 2]]}', 1],
  ])('POST /invocations %s -> one prediction per row, deterministic', (body, rows) => {
    const run = () => {
      const s = servedSession();
      s.run('mlflow models serve -m models:/my-model/2 --no-conda');
      return s.run(
        `curl -s -X POST http://localhost:5000/invocations -H 'Content-Type: application/json' --data '${body}'`,
      );
    };
    const r = run();
    const answer = JSON.parse(stdout(r)) as { predictions: number[] };
    expect(answer.predictions).toHaveLength(rows);
    expect(stdout(run())).toBe(stdout(r));
  });

  // mlflow/pyfunc/scoring_server/__init__.py `invocations` and `_decode_json_input`; bodies are
  // Python's json.dumps (", " and ": " separators), except the plain-text 415s.
  const FORMAT =
    "The input must be a JSON dictionary with exactly one of the input fields {'dataframe_split', 'instances', 'inputs', 'dataframe_records'}";
  test.each([
    [
      `-d '{"inputs": [[1]]}'`,
      "This predictor only supports the following content types: Types: ['text/csv', 'application/json']. Got 'application/x-www-form-urlencoded'.",
    ],
    [
      `-H 'Content-Type: application/json; charset=latin-1' -d '{"inputs": [[1]]}'`,
      'The scoring server only supports UTF-8',
    ],
    [
      `-H 'Content-Type: application/json' -d 'nope'`,
      `{"error_code": "BAD_REQUEST", "message": "Invalid input. Ensure that input is a valid JSON formatted string. Error: 'JSONDecodeError('Expecting value: line 1 column 1 (char 0)')'\\nInput: \\nnope\\n"}`,
    ],
    [
      `-H 'Content-Type: application/json' -d "{'inputs': [[1]]}"`,
      `{"error_code": "BAD_REQUEST", "message": "Invalid input. Ensure that input is a valid JSON formatted string. Error: 'JSONDecodeError('Expecting property name enclosed in double quotes: line 1 column 2 (char 1)')'\\nInput: \\n{'inputs': [[1]]}\\n"}`,
    ],
    [
      `-H 'Content-Type: application/json' -d '[1]'`,
      `{"error_code": "BAD_REQUEST", "message": "Invalid input. ${FORMAT}. Received a list."}`,
    ],
    [
      `-H 'Content-Type: application/json' -d '{"x": 1}'`,
      `{"error_code": "BAD_REQUEST", "message": "${FORMAT}. Received dictionary with input fields: []. IMPORTANT:`,
    ],
  ])('POST /invocations %s answers exactly what the scoring server answers', (args, body) => {
    const s = servedSession();
    s.run('mlflow models serve -m models:/my-model/2 --no-conda');
    expect(stdout(s.run(`curl -s http://127.0.0.1:5000/invocations ${args}`))).toContain(body);
  });

  test('predictions are written by json.dump: a space after the colon, floats as Python prints them', () => {
    const s = servedSession();
    s.run('mlflow models serve -m models:/my-model/2 --no-conda');
    expect(
      stdout(
        s.run(
          `curl -s http://127.0.0.1:5000/invocations -H 'Content-Type: application/json' -d '{"inputs": [[0], [1]]}'`,
        ),
      ),
    ).toMatch(/^\{"predictions": \[\d+\.\d+, \d+\.\d+\]\}\n?$/);
  });

  test.each([
    [
      'curl http://127.0.0.1:5001/ping',
      "curl: (7) Failed to connect to 127.0.0.1 port 5001 after 0 ms: Couldn't connect to server\n",
      7,
    ],
    ['curl http://example.com/ping', 'curl: (6) Could not resolve host: example.com\n', 6],
    ['curl', "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", 2],
    [
      'curl --frobnicate http://127.0.0.1:5000/',
      "curl: option --frobnicate: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
      2,
    ],
  ])("%s -> curl's own error", (line, err, code) => {
    const r = lessonSession().run(line);
    expect([stderr(r), r.exitCode]).toEqual([err, code]);
  });

  test('a port past 2**53 is echoed with every digit, as Python prints the int click parsed', () => {
    const r = lessonSession().run(
      'mlflow models serve -m models:/my-model/1 -p 99999999999999999999999 --env-manager local',
    );
    expect(stderr(r)).toContain('--port 99999999999999999999999 --workers 1');
    expect(stderr(r)).not.toContain('e+');
  });

  test("curl refuses a port above 65535 with curl's URL error, exit 3", () => {
    const r = lessonSession().run('curl http://127.0.0.1:99999999999999999999999/ping');
    expect([stderr(r), r.exitCode]).toEqual([
      'curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535\n',
      3,
    ]);
  });

  // mlflow/pyfunc/scoring_server/__init__.py::get_cmd: `if port:` / `if host:`, shlex.quote(host).
  test('-p 0 leaves --port out of the uvicorn command, so uvicorn listens on its default 8000', () => {
    const s = lessonSession();
    const r = s.run('mlflow models serve -m models:/my-model/1 -p 0 --env-manager local &');
    expect(stderr(r)).toContain(
      "=== Running command 'exec uvicorn --host 127.0.0.1 --workers 1 mlflow.pyfunc.scoring_server.app:app'",
    );
    expect(stderr(r)).toContain('Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)');
    expect(s.run('curl -s http://127.0.0.1:8000/ping').exitCode).toBe(0);
  });

  test('a host with a space is shell-quoted in the logged command', () => {
    const r = lessonSession().run('mlflow models serve -m models:/my-model/1 -h "a b" -p 5020 --env-manager local');
    expect(stderr(r)).toContain("exec uvicorn --host 'a b' --port 5020 --workers 1");
  });

  test('--enable-mlserver warns that MLServer ignores the timeout click always passes', () => {
    const r = lessonSession().run('mlflow models serve -m models:/my-model/1 --enable-mlserver --env-manager local');
    expect(stderr(r)).toMatch(
      /WARNING mlflow\.pyfunc\.mlserver: Timeout is not yet supported in MLServer\.\n.*=== Running command 'exec mlserver start /,
    );
  });

  test('export sets MLFLOW_PORT / MLFLOW_HOST for later commands (click envvars, facts §6.2); unset removes them', () => {
    const s = lessonSession();
    expect(s.run('export MLFLOW_PORT=5040 MLFLOW_HOST=0.0.0.0').exitCode).toBe(0);
    expect(stdout(s.run('export'))).toBe('declare -x MLFLOW_HOST="0.0.0.0"\ndeclare -x MLFLOW_PORT="5040"\n');
    expect(stderr(s.run('mlflow models serve -m models:/my-model/1 --env-manager local &'))).toContain(
      'exec uvicorn --host 0.0.0.0 --port 5040 --workers 1',
    );
    s.run('unset MLFLOW_PORT');
    expect(stdout(s.run('export'))).toBe('declare -x MLFLOW_HOST="0.0.0.0"\n');
  });

  test('export refuses a name bash would: `not a valid identifier`, exit 1', () => {
    const r = lessonSession().run('export 1a=b');
    expect([stderr(r), r.exitCode]).toEqual(["bash: export: `1a=b': not a valid identifier\n", 1]);
  });

  // bash parameter expansion, checked against bash 5: `$?`, `$NAME`, `${NAME}`, none in '...'.
  test.each([
    ['mlflow models serv; echo $?', '2\n'],
    [`echo "code: $?" '$?' \\$?`, 'code: 0 $? $?\n'],
    ['export P=5050; echo ${P} $P $NOPE x$P', '5050 5050 x5050\n'],
    ['echo $ 5 $1', '$ 5\n'],
  ])('%s', (line, out) => {
    expect(stdout(lessonSession().run(line))).toBe(out);
  });

  test('an exported variable expands in a later command line', () => {
    const s = lessonSession();
    s.run('export PORT=5060');
    expect(stderr(s.run('mlflow models serve -m models:/my-model/1 -p $PORT --env-manager local &'))).toContain(
      '--port 5060 --workers 1',
    );
  });

  test('curl -s hides connection errors, like curl', () => {
    expect(stderr(lessonSession().run('curl -s http://127.0.0.1:5001/ping'))).toBe('');
  });

  test("kill %1 stops the server with uvicorn's shutdown lines and bash's job line", () => {
    const s = servedSession();
    s.run('mlflow models serve -m models:/my-model/1 --no-conda &');
    const r = s.run('kill %1');
    expect(stderr(r)).toMatch(
      /^INFO: {5}Shutting down\nINFO: {5}Waiting for application shutdown\.\nINFO: {5}Application shutdown complete\.\nINFO: {5}Finished server process \[\d+\]\n\[1\]\+ {2}Terminated {14}mlflow models serve -m models:\/my-model\/1 --no-conda\n$/,
    );
    expect(stderr(s.run('curl http://127.0.0.1:5000/ping'))).toContain('curl: (7)');
    expect(stdout(s.run('jobs'))).toBe('');
  });

  test("kill PID works too; unknown jobs and pids get bash's messages", () => {
    const s = servedSession();
    const pid = /^\[1\] (\d+)$/m.exec(stderr(s.run('mlflow models serve -m models:/my-model/1 --no-conda &')))?.[1];
    expect(stderr(s.run('kill %2'))).toBe('bash: kill: %2: no such job\n');
    expect(stderr(s.run('kill 99999999'))).toBe('bash: kill: (99999999) - No such process\n');
    expect(s.run(`kill ${pid}`).exitCode).toBe(0);
    expect(s.servers).toEqual([]);
  });

  test('Ctrl+C stops a foreground server; a background one keeps running', () => {
    const s = servedSession();
    s.run('mlflow models serve -m models:/my-model/1 --no-conda -p 5001 &');
    s.run('mlflow models serve -m models:/my-model/2 --no-conda');
    const r = s.interrupt();
    expect(r.lines[0]).toEqual({ stream: 'stdout', text: '^C' });
    expect(stderr(r)).toContain('INFO:     Shutting down');
    expect(s.servers.map((x) => x.port)).toEqual([5001]);
    expect(stderr(s.interrupt())).toBe('');
  });

  test('a second server on a busy port fails like uvicorn', () => {
    const s = servedSession();
    s.run('mlflow models serve -m models:/my-model/1 --no-conda &');
    const r = s.run('mlflow models serve -m models:/my-model/2 --no-conda');
    expect(r.exitCode).toBe(1);
    expect(stderr(r)).toContain(
      "ERROR:    [Errno 98] error while attempting to bind on address ('127.0.0.1', 5000): address already in use",
    );
    expect(runAll(s, ['jobs']).lines).toHaveLength(1);
  });
});
