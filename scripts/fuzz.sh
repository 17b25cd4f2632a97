#!/usr/bin/env bash
# Runs every cargo-fuzz target (nightly + cargo-fuzz) for SECONDS each (default 600), two at a time,
# with corpora seeded from the project's fixtures. Crashes land in fuzz/artifacts/<target>/; each one
# fixed becomes a regression test in tests/hostile.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-600}
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
for t in parse_text parse_html parse_dom tag dates analyze; do
  mkdir -p "fuzz/corpus/$t"
  cp www/samples/*.txt tests/golden/*/source.* tests/e2e/pages/*.html "fuzz/corpus/$t/" 2>/dev/null || true
done
# The live-DOM target starts from the walker's events (a JSON array), not from HTML.
printf '%s' '[["html","lang","ar"],["body"],["nav"],["a"],"الرئيسية",0,0,["article","class","post"],["h1"],"قمة بودابست",0,["p"],"قال الرئيس الروسي فلاديمير بوتين، أمس الأحد، إن القمة ستعقد في بودابست.",0,["div","hidden",""],0,0,0,0]' > fuzz/corpus/parse_dom/seed.json
run() {
  local t=$1
  (cd fuzz && cargo +nightly fuzz run "$t" -- -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=4096) \
    > "fuzz/$t.log" 2>&1 && echo "fuzz $t: ok ($(grep -Eo '#[0-9]+' "fuzz/$t.log" | tail -1) runs)" || echo "fuzz $t: FAILED (see fuzz/$t.log)"
}
run parse_text & run parse_html & wait
run tag & run dates & wait
run analyze & run parse_dom & wait
