#!/usr/bin/env bash
# Instructions per pass of the .wasm's analyze over the realistic pages (tests/e2e/pages/reader), counted
# by callgrind under Node with V8's optimising compiler only (`--no-liftoff --no-wasm-tier-up`: the same
# machine code every run) and no JavaScript optimiser: a measure of the WebAssembly build's speed that a
# busy machine does not move (two runs of one build agree within about 1.5%), for A/Bs of build settings.
# Usage: bash scripts/wasm-callgrind.sh [PKG_DIR, default pkg]   (about 3 minutes; needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
PKG=${1:-pkg}
out=$(mktemp -d)
for i in 1 3; do
  valgrind --tool=callgrind --smc-check=all --callgrind-out-file="$out/cg-$i" \
    node --no-liftoff --no-wasm-tier-up --single-threaded --no-opt scripts/wasm-callgrind.mjs "$PKG" "$i" >"$out/log-$i" 2>&1
done
a=$(grep -o "refs: *[0-9,]*" "$out/log-1" | tr -dc 0-9)
b=$(grep -o "refs: *[0-9,]*" "$out/log-3" | tr -dc 0-9)
echo "wasm analyze, realistic pages: $(( (b - a) / 2 )) instructions per pass ($PKG)"
rm -rf "$out"
