# naba — the README's two commands are `make demo` and `make test`; both install what is missing.
SHELL := /bin/bash
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080
SHARED ?= $(CURDIR)/../shared
# The release .wasm is built by a pinned nightly compiler (scripts/setup.sh installs it, with its wasm32
# target) for one flag stable rustc lacks: `-Zlocation-detail=none` leaves out the file, line and column
# of every bounds check and `expect` (the package has no panic hook, so nothing ever showed them): 10.5 KB
# gzipped less (README, "Size and speed"). Tests, the CLI and the wasm test builds use stable.
WASM_TOOLCHAIN ?= nightly-2026-05-20
WASM_BUILD = RUSTUP_TOOLCHAIN=$(WASM_TOOLCHAIN) wasm-pack --quiet build --target web --mode no-install --out-name naba_core
WASM_FLAGS = --config 'target.wasm32-unknown-unknown.rustflags=["-Zlocation-detail=none"]'
# The package's .wasm also rebuilds the standard library (its source is the nightly's rust-src component)
# with `-Cpanic=immediate-abort`: a panic traps at once instead of formatting a message nobody sees (the
# package has no panic hook), so std's panic and formatting paths leave the .wasm: 354,114 → 341,476 bytes
# gzipped (seventeenth session). The core does not panic on any input (fuzzed); a trap would throw
# `RuntimeError: unreachable` in JS, as the abort did before. Building std adds about 2 minutes to `make pkg`.
WASM_STD = --config 'target.wasm32-unknown-unknown.rustflags=["-Zlocation-detail=none","-Zunstable-options","-Cpanic=immediate-abort"]' -Zbuild-std=std,panic_abort

.PHONY: setup pkg demo test floors size bench bench-profile train train-folds eval-ner eval-ner-folds eval-dates eval-extract e2e clean scale-test

setup:
	@bash scripts/setup.sh

# The release package, built with the npm binaryen's wasm-opt (naba_core.*), plus its entry point js/naba.js
# and the tagger's model (naba.model, scripts/package.mjs); copied where the demo and extension load it.
# The package leaves out the console panic hook (a default feature, which the wasm tests keep): the
# core does not panic on any input (fuzzed), and its message formatting cost 889 bytes gzipped.
# naba.js is minified (esbuild keeps its exports' names): 6.0 → 3.7 KB gzipped, room the size budget
# needs; `make bench-profile` builds an unminified copy whose function names profiles show.
pkg: setup
	rm -rf pkg
	$(WASM_BUILD) --release --out-dir pkg -- --no-default-features $(WASM_STD)
	node scripts/package.mjs pkg
	esbuild pkg/naba.js --minify --format=esm --log-level=warning --outfile=pkg/naba.js --allow-overwrite
	rm -rf www/pkg www/extension/pkg && cp -r pkg www/pkg
	cp -r pkg www/extension/pkg && cp www/highlight.js www/render.js www/extension/
	@bash scripts/size.sh

demo: pkg
	@echo "naba demo: http://127.0.0.1:$(PORT)/"
	cd www && python3 -m http.server $(PORT) --bind 127.0.0.1

test: setup
	@bash scripts/test.sh

# Accuracy floors on the shared development data (CI has ../shared; a user's clone does not).
floors:
	@bash scripts/floors.sh "$(SHARED)"

size: pkg

e2e: pkg
	node tests/e2e/run.mjs

clean:
	cargo clean
	rm -rf pkg www/pkg www/extension/pkg artifacts

eval-extract:
	cargo run -q --release --example eval_extract -- "$(SHARED)"

# One table: native timings (examples/bench.rs), wasm size, and the Chromium run against Readability.js.
bench: pkg
	cargo run -q --profile native --example bench
	cargo run -q --profile native --example bench -- --random-words
	node tests/e2e/bench.mjs

# Chromium's CPU profile of analyze (PROFILE_CALL=parse for parse) on the 100 KB page, from a build
# that keeps function names; prints the top functions by self time (tests/e2e/profile.mjs).
bench-profile: setup
	$(WASM_BUILD) --profiling --out-dir artifacts/pkg-profile -- $(WASM_FLAGS)
	node scripts/package.mjs artifacts/pkg-profile
	node tests/e2e/profile.mjs

# Retrain the shipped tagger from ../shared/data/ner (ANERcorp, all ten tenths; ANERGazet for name
# swapping at training time only). Without --all, naba-train holds the last tenth back and scores it.
train:
	cargo run --profile native --bin naba-train -- --all --anercorp "$(SHARED)/data/ner/anercorp_train.txt" --gazetteers "$(SHARED)/data/ner/anergazet"

# Strict F1 on each of the ten tenths of ANERcorp, each tagged by a model trained without it, and the
# mean, with the error analysis and Wojood val (scripts/folds.sh; ARGS go to naba-train). 2.5–4
# minutes on 2 busy cores, hence apart from eval-ner.
train-folds eval-ner-folds:
	SHARED="$(SHARED)" bash scripts/folds.sh $(ARGS)

eval-ner:
	cargo run -q --profile native --example eval_ner -- "$(SHARED)"

eval-dates:
	cargo run -q --release --example eval_dates -- "$(SHARED)"

# Batch CLI and Spark (local mode) on a generated archive of SCALE_N articles (default 100,000).
scale-test:
	bash scripts/scale-test.sh

# cargo-fuzz targets for parse (text, HTML), tag, dates and analyze; 10 minutes each by default.
fuzz:
	bash scripts/fuzz.sh $(FUZZ_SECONDS)
