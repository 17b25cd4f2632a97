#!/usr/bin/env bash
# Every test suite of naba, in order; prints one line per suite and a final `N passed, N failed`.
# Called by `make test` (after scripts/setup.sh). Exits non-zero if any suite fails.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
mkdir -p artifacts
: > artifacts/summary.txt
status=0

# Runs one suite, keeps its log in artifacts/<name>.log, records its counts in artifacts/summary.txt.
suite() {
  local name=$1; shift
  echo "== $name: $*"
  "$@" 2>&1 | tee "artifacts/$name.log"
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(grep -aEo '(^|[^0-9])[0-9]+ passed' "artifacts/$name.log" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')
  f=$(grep -aEo '(^|[^0-9])[0-9]+ failed' "artifacts/$name.log" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  # A step without test counts (the release build and its size check) counts as one check.
  if [ "$rc" = 0 ] && [ "$p" = 0 ] && [ "$f" = 0 ]; then p=1; fi
  echo "$name $p $f" >> artifacts/summary.txt
  if [ "$rc" != 0 ]; then echo "!! $name failed (exit $rc)"; status=1; fi
}

suite native   cargo test
suite chrome   wasm-pack test --headless --chrome --mode no-install -- --test web
suite firefox  wasm-pack test --headless --firefox --mode no-install -- --test web
suite package  make --no-print-directory pkg
suite node     node tests/node/pkg.mjs
suite e2e      node tests/e2e/run.mjs
suite lint     bash scripts/lint-extension.sh

bash scripts/summary.sh
exit $status
