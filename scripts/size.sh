#!/usr/bin/env bash
# Prints what a page loads from the package — the release .wasm, the tagger's model and the JS glue —
# raw and gzipped, and fails above the budgets (issue 13): the wasm core ≤ 350 KiB gzipped, everything
# the page loads ≤ 700 KiB gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET=${NABA_WASM_BUDGET_GZ:-358400}
TOTAL_BUDGET=${NABA_TOTAL_BUDGET_GZ:-716800}
total=0
for f in pkg/naba_core_bg.wasm pkg/naba.model pkg/naba.js; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf 'size: %-22s %7d bytes raw, %7d bytes gzipped\n' "${f#pkg/}" "$raw" "$gz"
  if [ "$f" = pkg/naba_core_bg.wasm ]; then wasm_gz=$gz; fi
done
printf 'wasm size: %d bytes gzipped (budget %d); everything the page loads: %d bytes gzipped (budget %d)\n' \
  "$wasm_gz" "$BUDGET" "$total" "$TOTAL_BUDGET"
if [ "$wasm_gz" -gt "$BUDGET" ]; then
  echo "wasm size: over budget" >&2
  exit 1
fi
if [ "$total" -gt "$TOTAL_BUDGET" ]; then
  echo "package size: over budget" >&2
  exit 1
fi
