#!/usr/bin/env bash
# Checks a tagger change on more than the dev part: trains with each of four held-back tenths of
# ANERcorp (1, 4, 7 and 9, the last being the dev part) and prints the pipeline's strict F1 on each
# and their mean. Extra arguments go to naba-train (e.g. --seed 11). Reads ../shared; writes nothing.
# About a minute per run on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --profile native --bin naba-train
line=""
sum=0
for k in 1 4 7 9; do
  f=$(target/native/naba-train --no-write --fold "$k" "$@" | grep "ALL" | tail -1 | sed 's/.*F1 *\([0-9.]*\).*/\1/')
  line="$line fold $k: $f"
  sum=$(awk -v a="$sum" -v b="$f" 'BEGIN { print a + b }')
done
echo "$line  mean $(awk -v s="$sum" 'BEGIN { printf "%.2f", s / 4 }')  [$*]"
