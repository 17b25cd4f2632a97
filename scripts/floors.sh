#!/usr/bin/env bash
# Accuracy floors on ../shared (development data). Each check prints its measurement and fails CI when
# it drops below the floor set from measurements noted in the issues. Skipped, saying so, without ../shared.
set -uo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
# A clone made elsewhere than beside ../shared falls back to the workplace's copy.
if [ ! -d "$SHARED" ] && [ -d /work/shared ]; then SHARED=/work/shared; fi
SHARED=$(cd "$SHARED" 2>/dev/null && pwd || echo "$SHARED")
export SHARED
mkdir -p artifacts
if [ ! -d "$SHARED" ]; then
  echo "floors: $SHARED is absent; accuracy floors skipped (they need the shared development data)"
  echo "floors 0 0" >> artifacts/summary.txt
  exit 0
fi
passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  echo "== floor: $name"
  if "$@"; then passed=$((passed+1)); else failed=$((failed+1)); echo "!! floor $name failed"; fi
}
# parse (issue 3): titles, dates, bylines, sources, keywords, body edges and leaks on the five
# development pages and the seed. Measured 119/119 checks; the floor leaves room for one or two.
check extract cargo run -q --release --example eval_extract -- "$SHARED" --min-pass 0.97
# tag (issues 4, 13): strict entity F1 on ANERcorp's contiguous dev part. Measured 76.6 with the
# committed model and the issue-13 rules (retraining with another seed moves it by about ±1); floor 75.6.
check ner cargo run -q --profile native --example eval_ner -- "$SHARED" --min-f1 75.6
# dates (issues 5, 12): accuracy on the shared date cases, policy disagreements excluded. Measured 98.0%
# after the compositional grammar (was 93.3%); floor 96.
check dates cargo run -q --release --example eval_dates -- "$SHARED" --min-accuracy 96
echo "floors: $passed passed, $failed failed"
echo "floors $passed $failed" >> artifacts/summary.txt
[ "$failed" = 0 ]
