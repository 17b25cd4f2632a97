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
# tag (issues 4, 13): CI's floor follows the ten-fold mean (each tenth of ANERcorp tagged by a model
# trained without it, here trained afresh with the current code and lists; about 3 minutes): measured
# 77.19 with the default seed (77.48 with seed 11) once the package places were read, two of the three
# members learnt from Wojood's train sample and every sentence was copied three times with names
# swapped (76.70 before); 77.36 (77.43 with seed 11) once weights were pruned at 2% instead of 3.5%;
# 77.44 (77.40 with seed 11, 77.12 with seed 7) once the places came from the packages; 77.75 (77.88
# with seed 11, 77.54 with seed 7) with the packages' name words (names_packages.txt); 77.96 (78.03
# with seed 11, 77.75 with seed 7) with the rules of 3 December's seventh session; 78.07 (78.13 with
# seed 11, 77.85 with seed 7) with the rules of 4 December (nationals, fixture clubs); 78.87 (78.86
# with seed 11, 78.68 with seed 7) with the second session's of 4 December (quoted names by their head,
# outlets, clubs, realms, ولد, the city alone); 78.91 (78.87 with seed 11, 78.71 with seed 7) with
# the third's (no common word opens a person, tanween words, listed surnames alone); 78.92 (79.07
# with seed 11, 79.13 with seed 7) once the third member was a CRF at half weight; 79.07 (79.25 with
# seed 11, 79.29 with seed 7) with the rules of 5 December's second session (coordinated places, towns
# and districts, Mauritanian names); floor 78.6.
# The committed model learns from all ten tenths (`make train` = naba-train --all; one tenth less costs
# the ten-fold mean about 1.2, see the README's training section), so ANERcorp has no held-out part left
# for it: its floors are its Wojood val (flattened to PER/LOC/ORG; never trained on): measured 71.6
# (61.8 five rounds before), 76.1 with the CRF member, 77.5 once trained on all ten tenths, 77.0 with
# the rules of 5 December's second session (Wojood takes the town's noun into the place); floor 74;
# and that it is what the trainer makes of the code and data (retrained, byte for byte: a model left
# stale by a change to the features or the lists fails here).
check ner-folds env FOLDS_MIN_MEAN=78.6 FOLDS_DIR=artifacts/folds-ci bash scripts/folds.sh
check ner cargo run -q --profile native --example eval_ner -- "$SHARED" --no-speed --min-wojood 74
check ner-model bash -c 'cargo build -q --profile native --bin naba-train && target/native/naba-train --all --anercorp "$SHARED/data/ner/anercorp_train.txt" --gazetteers "$SHARED/data/ner/anergazet" --out artifacts/ner-retrained.model > /dev/null && cmp src/data/ner.model artifacts/ner-retrained.model && echo "ner-model: src/data/ner.model is what naba-train --all makes of this code and data"'

# dates (issues 5, 12): accuracy on the shared date cases, policy disagreements excluded. Measured 98.0%
# after the compositional grammar (was 93.3%); floor 96.
check dates cargo run -q --release --example eval_dates -- "$SHARED" --min-accuracy 96
echo "floors: $passed passed, $failed failed"
echo "floors $passed $failed" >> artifacts/summary.txt
[ "$failed" = 0 ]
