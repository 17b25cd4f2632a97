#!/usr/bin/env bash
# Prints the release .wasm size raw and gzipped and fails above the budget (bytes, gzipped).
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET=${NABA_WASM_BUDGET_GZ:-358400}
wasm=pkg/naba_bg.wasm
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
printf 'wasm size: %d bytes raw, %d bytes gzipped (budget %d gzipped)\n' "$raw" "$gz" "$BUDGET"
if [ "$gz" -gt "$BUDGET" ]; then
  echo "wasm size: over budget" >&2
  exit 1
fi
