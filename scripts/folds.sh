#!/usr/bin/env bash
# Ten-fold check of the tagger (make eval-ner-folds): trains a model without each tenth of ANERcorp
# (naba-train --fold K, K = 0..9; tenth 9 is the dev part the committed model leaves out), writes it to
# $FOLDS_DIR/foldK.model (default artifacts/folds), then scores every tenth with its own model through
# the whole pipeline (examples/eval_ner.rs --folds): per-fold F1 and their mean, per type, seen/unseen
# recall, the kinds of wrong predictions, and Wojood val. Extra arguments go to naba-train (e.g.
# --seed 11). With FOLDS_EVAL_ONLY=1 the models already in $FOLDS_DIR are scored again (for changes
# after tagging: consistency, corrections, spans; a few seconds). Reads ../shared. About 15–25 seconds
# per fold on 2 busy cores (2.5–4 minutes in all), so it is a target of its own, not part of make eval-ner.
#
# FOLDS_SEEDS="24301 11 …" runs the whole check once per training seed (models in $FOLDS_DIR/seedS; 24301
# is naba-train's default) and ends with the mean over the seeds: the ten-fold mean moves by about 0.6
# from one seed to another (75.79 with the default seed, 75.28 with seed 11, same code), so a change
# worth less than that needs two or three seeds to be told from noise.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
DIR=${FOLDS_DIR:-artifacts/folds}
if [ -n "${FOLDS_SEEDS:-}" ]; then
  summary=""
  for s in $FOLDS_SEEDS; do
    echo "== seed $s"
    line=$(FOLDS_SEEDS="" FOLDS_DIR="$DIR/seed$s" bash "$0" --seed "$s" "$@" | tee /dev/stderr | grep "^ner folds:")
    summary+="$line"$'\n'
  done
  printf '%s' "$summary" | awk -v n="$(wc -w <<<"$FOLDS_SEEDS")" '
    { for (i = 1; i <= NF; i++) { if ($i == "F1") f += $(i + 1); if ($i == "models") w += $(i + 1) } }
    END { printf "ner folds over %d seeds: mean F1 %.2f; Wojood val %.1f\n", n, f / n, w / n }'
  exit 0
fi
mkdir -p "$DIR"
if [ "${FOLDS_EVAL_ONLY:-0}" != 1 ]; then
  cargo build -q --profile native --bin naba-train
  for k in 0 1 2 3 4 5 6 7 8 9; do
    f=$(target/native/naba-train --anercorp "$SHARED/data/ner/anercorp_train.txt" --gazetteers "$SHARED/data/ner/anergazet" \
      --fold "$k" --out "$DIR/fold$k.model" "$@" | grep "ALL" | tail -1 | sed 's/.*F1 *\([0-9.]*\).*/\1/')
    echo "fold $k trained: F1 $f"
  done
fi
# FOLDS_MIN_MEAN=F: fail below that mean (CI's floor, scripts/floors.sh).
cargo run -q --profile native --example eval_ner -- "$SHARED" --folds "$DIR" --no-speed ${FOLDS_MIN_MEAN:+--min-mean "$FOLDS_MIN_MEAN"}
