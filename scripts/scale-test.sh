#!/usr/bin/env bash
# `make scale-test`: the batch CLI and Spark (local mode, RDD.pipe over `naba analyze --jsonl`) on a
# generated archive (SCALE_N articles, 100,000 by default). Installs what it needs: pyspark from PyPI
# (pinned) and Java from Debian when missing. Prints articles/s for each run. Not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v java >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; }
python3 -c 'import pyspark' 2>/dev/null || python3 -m pip install -q 'pyspark==4.3.0'
cargo build -q --profile native --bin naba
export SPARK_LOCAL_IP=127.0.0.1
python3 scripts/scale_test.py target/native/naba "${SCALE_N:-100000}"
