#!/usr/bin/env bash
# `web-ext lint` (Mozilla's linter, from npm) over the extension as it is loaded (after `make pkg`).
# Errors fail; warnings are printed. Known warnings: Firefox ignores `background.service_worker` (it runs
# `background.scripts` instead); `data_collection_permissions` is newer than the oldest Firefox we load
# in (older ones ignore it); the content script loads its two modules with import() of
# runtime.getURL(...), which the linter cannot check statically. Prints "lint: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../www/extension"
report=$(mktemp)
trap 'rm -f "$report"' EXIT
../../tools/node_modules/.bin/web-ext lint --source-dir . --self-hosted --output json 2>/dev/null > "$report"
python3 - "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for kind in ("errors", "warnings", "notices"):
    for m in r[kind]:
        print("%-8s %-45s %s: %s" % (kind[:-1], m["code"], m.get("file") or "", m["message"][:120]))
s = r["summary"]
print("web-ext lint: %d errors, %d warnings, %d notices" % (s["errors"], s["warnings"], s["notices"]))
ok = s["errors"] == 0
print("lint: %d passed, %d failed" % (1 if ok else 0, 0 if ok else 1))
sys.exit(0 if ok else 1)
PY
