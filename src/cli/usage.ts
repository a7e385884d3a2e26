export const VERSION = '0.1.0';

export const USAGE = `Usage: mlflow-sim [OPTIONS] [COMMAND] [FILE...]

A simulated MLflow model registry with the \`mlflow\` command line and a Python client,
the same engine as the learning site.

Commands:
  (none)          an interactive terminal (shell prompt; \`python\` opens a Python REPL);
                  with piped input, the lines are read as a script: no prompts
  run FILE        replay FILE's lines as if typed, on one fresh session, and print the
                  transcript as the browser terminal shows it; stops at the first line
                  that fails (exit 1)
  python FILE     run FILE as a Python script (stdout and stderr kept apart)
  check FILE...   check transcript files (doc-tests); see content/README.md
  scenarios       list the named starting registries in content/scenarios
  new lesson NAME          write a lesson, its question bank and its scenario
  new bank NAME [LESSON]   write a question bank for a lesson (default: the lesson NAME)
  new lab LESSON NAME      write a lab for a lesson, from the lesson's scenario
                  (run from the course's root folder; every file passes check:content)

Options:
  --scenario NAME         start from a named registry (e.g. model-stages)
  --strict                the terminal is exactly real MLflow 3.x: no course shorthand
  --seed N                deterministic ids and clock (default for run, python and check: 1)
  --export-scenario PATH  after \`run\`, write the registry as a scenario file (YAML)
  --keep-going            \`run\`: replay every line even after one failed, and exit 0
  --version               print the version
  -h, --help              show this message

Exit codes: 0 done, 1 the program failed, 2 usage, 70 internal error.
`;
