#!/usr/bin/env python3
"""runner.py MANIFEST.json RESULTS.json: run many snippets on the real MLflow in one process.

The project's own runner (started by src/oracle/run.ts with the oracle's environment), built on
the idea of the oracle's batch.py: `import mlflow` is paid once, and each snippet gets a fresh
sqlite backend in its own temp dir (its cwd). Unlike batch.py it

- compiles each snippet under the name it has in the simulator (`<snippet>`) and registers its
  source with linecache, so tracebacks and warnings show `File "<snippet>", line N` and the
  source line exactly as the simulator does;
- starts each snippet from a *prelude*'s backend (a scenario's registry, or just the created
  tables), built once with its output discarded and copied into the snippet's own dir, so a
  case's line numbers and output are its own and the ~50 INFO lines of a fresh backend never
  reach the recording;
- forgets the fluent API's process state (active experiment, last run) between snippets.

MANIFEST: {"cases": [{"id": str, "source": str, "filename": str, "prelude": str | null}]}
RESULTS:  {"results": [{"id", "stdout", "stderr", "rc"}], "mlflow_version": str}
"""
import contextlib
import io
import json
import linecache
import os
import shutil
import sqlite3
import sys
import tempfile
import traceback
import warnings

manifest_path, results_path = sys.argv[1], sys.argv[2]
with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)

# The simulated machine's user (the simulator's `mlflow.user` tag and `getpass.getuser()`).
os.environ["LOGNAME"] = os.environ["USER"] = "learner"

import mlflow  # noqa: E402  (after argv handling: the import is the slow part)

# The warning filters a script sees after `import mlflow` (Python's defaults plus MLflow's own).
BASE_FILTERS = list(warnings.filters)

# Table creation, so the 50 INFO lines of a fresh backend go to the discarded prelude output.
INIT = "import mlflow\nmlflow.MlflowClient().search_experiments()\n"


def run_source(src, filename, g=None):
    """Run src as a main module; return the exit status (traceback printed like Python's)."""
    linecache.cache[filename] = (len(src), None, src.splitlines(True), filename)
    try:
        exec(compile(src, filename, "exec"), g if g is not None else {"__name__": "__main__"})
        return 0
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        # Python's own top-level report: the chain, without this runner's exec frame.
        etype, value, tb = sys.exc_info()
        traceback.print_exception(etype, value, tb.tb_next)
        return 1


def reset_process_state():
    """What a new Python process would not remember from the snippet before (fluent.py globals)."""
    from mlflow.tracking import fluent

    while mlflow.active_run():
        mlflow.end_run()
    fluent._active_experiment_id = None
    fluent._last_active_run_id.set(None)
    fluent._last_logged_model_id.set(None)
    fluent._ACTIVE_MODEL_CONTEXT.set(fluent.ActiveModelContext())
    for var in ("MLFLOW_EXPERIMENT_ID", "MLFLOW_EXPERIMENT_NAME", "MLFLOW_RUN_ID", "MLFLOW_ACTIVE_MODEL_ID", "MLFLOW_REGISTRY_URI"):
        os.environ.pop(var, None)


def use_backend(d):
    os.chdir(d)
    uri = f"sqlite:///{d}/mlflow.db"
    os.environ["MLFLOW_TRACKING_URI"] = uri
    mlflow.set_tracking_uri(uri)
    # No registry URI of its own: a script's registry follows its tracking URI unless it sets one.
    from mlflow.tracking._model_registry import utils as registry_utils

    registry_utils._registry_uri = None


def retarget(db_path, old, new):
    """A copied backend's absolute paths (artifact locations) still name the template's dir."""
    con = sqlite3.connect(db_path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for t in tables:
            for col in con.execute(f'PRAGMA table_info("{t}")').fetchall():
                if "CHAR" in (col[2] or "").upper() or "TEXT" in (col[2] or "").upper():
                    con.execute(f'UPDATE "{t}" SET "{col[1]}" = replace("{col[1]}", ?, ?) WHERE instr("{col[1]}", ?) > 0', (old, new, old))
        con.commit()
    finally:
        con.close()


# One template backend per prelude (the table creation and a scenario's runs and logged models
# are the slow part), copied into each case's own fresh dir.
root = tempfile.mkdtemp(prefix="oracle-record.")
templates = {}


def template_for(prelude):
    if prelude in templates:
        return templates[prelude]
    d = os.path.join(root, f"template-{len(templates)}")
    os.makedirs(d)
    use_backend(d)
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rc = run_source(prelude, "<prelude>")
    reset_process_state()
    templates[prelude] = (d, rc, sink.getvalue())
    return templates[prelude]


results = []
start_cwd = os.getcwd()
for n, case in enumerate(manifest["cases"]):
    tpl, prc, plog = template_for(case.get("prelude") or INIT)
    if prc != 0:
        results.append({"id": case["id"], "stdout": "", "stderr": "prelude failed:\n" + plog, "rc": 70})
        continue
    d = os.path.join(root, f"oracle-record.{n}")
    shutil.copytree(tpl, d)
    retarget(os.path.join(d, "mlflow.db"), tpl, d)
    use_backend(d)
    reset_process_state()
    # As `python <snippet>` would have it: MLflow's run context reads the script's name from argv.
    sys.argv = [case.get("filename", "<snippet>")]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), warnings.catch_warnings():
        warnings.filters[:] = BASE_FILTERS
        rc = run_source(case["source"], case.get("filename", "<snippet>"))
        reset_process_state()
    os.chdir(start_cwd)
    shutil.rmtree(d, ignore_errors=True)
    results.append({"id": case["id"], "stdout": out.getvalue(), "stderr": err.getvalue(), "rc": rc})

shutil.rmtree(root, ignore_errors=True)
with open(results_path, "w", encoding="utf-8") as f:
    json.dump({"results": results, "mlflow_version": mlflow.__version__}, f)
print(f"runner: {len(results)} snippets run", file=sys.stderr)
