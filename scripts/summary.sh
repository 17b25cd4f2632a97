#!/usr/bin/env bash
# Prints the counts recorded in artifacts/summary.txt; the last line is the total.
set -euo pipefail
cd "$(dirname "$0")/.."
awk '{ printf "  %-10s %5d passed, %d failed\n", $1, $2, $3; p += $2; f += $3 }
     END { printf "%d passed, %d failed\n", p, f }' artifacts/summary.txt
