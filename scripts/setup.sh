#!/usr/bin/env bash
# Installs what naba's build and tests need, skipping whatever is already present.
# Only the package registries and rustup are used (apt, crates.io, npm, rustup's toolchains): wasm-pack's own downloads
# from GitHub are made unnecessary by putting every tool it wants on PATH first.
# First run on a fresh Debian machine: about 8-10 minutes (mostly cargo install). Re-run: ~1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '[setup] %s\n' "$*"; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

pkgs=()
command -v chromium     >/dev/null 2>&1 || pkgs+=(chromium)
command -v chromedriver >/dev/null 2>&1 || pkgs+=(chromium-driver)
command -v firefox-esr  >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || pkgs+=(firefox-esr)
command -v curl         >/dev/null 2>&1 || pkgs+=(curl)
command -v python3      >/dev/null 2>&1 || pkgs+=(python3)
command -v gzip         >/dev/null 2>&1 || pkgs+=(gzip)
command -v npm          >/dev/null 2>&1 || pkgs+=(nodejs npm)
if [ ${#pkgs[@]} -gt 0 ]; then
  say "apt-get install ${pkgs[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The release .wasm's compiler (Makefile, WASM_TOOLCHAIN): a pinned nightly, minimal, with its wasm32 target
# (about 40 seconds from rustup's own server, as the stable target above).
WASM_TOOLCHAIN=${WASM_TOOLCHAIN:-nightly-2026-05-20}
if ! { rustup toolchain list | grep -q "^$WASM_TOOLCHAIN" \
       && rustup target list --toolchain "$WASM_TOOLCHAIN" --installed | grep -qx wasm32-unknown-unknown; }; then
  say "rustup toolchain install $WASM_TOOLCHAIN --profile minimal --target wasm32-unknown-unknown"
  rustup toolchain install "$WASM_TOOLCHAIN" --profile minimal --target wasm32-unknown-unknown
fi
# Its standard library's source (about 3 MB): the release .wasm rebuilds std with panics that abort at
# once (Makefile, WASM_STD), which leaves the panic machinery's formatting out of the .wasm.
if ! rustup component list --toolchain "$WASM_TOOLCHAIN" --installed | grep -q '^rust-src'; then
  say "rustup component add rust-src --toolchain $WASM_TOOLCHAIN"
  rustup component add rust-src --toolchain "$WASM_TOOLCHAIN"
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly (no --locked: see TOOLCHAIN notes in README).
WB=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB" ]; then
  say "cargo install wasm-bindgen-cli $WB (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$WB" --force
fi
if ! command -v wasm-pack >/dev/null 2>&1; then
  say "cargo install wasm-pack 0.15.1 (about 2 minutes)"
  cargo install wasm-pack --version 0.15.1 --locked
fi
if ! command -v geckodriver >/dev/null 2>&1; then
  say "cargo install geckodriver 0.37.1 (about 2 minutes)"
  cargo install geckodriver --version 0.37.1 --locked
fi

# wasm-opt from npm's binaryen (never Debian's binaryen 108: it corrupts wasm-bindgen output),
# playwright-core (drives Debian's /usr/bin/chromium), Readability.js (benchmark baseline), web-ext (lints
# the extension for Firefox), Vite 7 (the bundler test), esbuild (minifies the package's naba.js).
if [ "$(tools/node_modules/.bin/wasm-opt --version 2>/dev/null || true)" != "wasm-opt version 132 (version_132)" ] \
   || [ ! -d tools/node_modules/playwright-core ] || [ ! -d tools/node_modules/@mozilla/readability ] \
   || [ ! -x tools/node_modules/.bin/web-ext ] || [ ! -x tools/node_modules/.bin/vite ] \
   || [ ! -x tools/node_modules/.bin/esbuild ]; then
  say "npm ci in tools/"
  (cd tools && npm ci --no-audit --no-fund --silent)
fi
say "ok"
