#!/bin/sh
# Writes each language case's expected output by running it under CPython 3.11 as a file named
# `<snippet>` (so tracebacks and warnings name it exactly as the simulator does).
# Usage: test/python/cpython-expect.sh test/python/cases/<topic>/<name>.py ...
# Cases whose first line is `# simulator-only: <why>` are skipped (their output is hand-checked).
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for case in "$@"; do
  case "$case" in */cases/mlflow/*) continue ;; esac
  if head -n 1 "$case" | grep -q '^# simulator-only'; then continue; fi
  base=${case%.py}
  cp "$case" "$tmp/<snippet>"
  (cd "$tmp" && TZ=UTC PYTHONHASHSEED=0 python3 '<snippet>' >"$tmp/out.raw" 2>"$tmp/err.raw" </dev/null) || true
  # CPython names the main script by its absolute path: keep just `<snippet>`.
  sed "s#$tmp/##g" "$tmp/out.raw" >"$tmp/out"
  sed "s#$tmp/##g" "$tmp/err.raw" >"$tmp/err"
  if [ -s "$tmp/out" ]; then cp "$tmp/out" "$base.stdout"; else rm -f "$base.stdout"; fi
  if [ -s "$tmp/err" ]; then cp "$tmp/err" "$base.stderr"; else rm -f "$base.stderr"; fi
done
