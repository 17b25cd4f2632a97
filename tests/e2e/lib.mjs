// Shared helpers for the end-to-end tests: a static server for www/ on 127.0.0.1 and Debian's Chromium
// driven by playwright-core (never a downloaded browser).
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(ROOT, 'tools', 'package.json'));
export const { chromium } = require('playwright-core');
export const ARTIFACTS = join(ROOT, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Serves `dir` on 127.0.0.1:`port` with Python's http.server; resolves when it answers. */
export async function serve(dir, port) {
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'],
    { cwd: dir, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try { await fetch(url); return { url, close: () => proc.kill() }; } catch { await new Promise(r => setTimeout(r, 100)); }
  }
  proc.kill();
  throw new Error(`server on ${url} did not start`);
}

export async function launch(extraArgs = []) {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'naba-e2e-')), {
    executablePath: '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** A tiny test runner that prints `e2e: N passed, M failed` at the end. */
export function runner() {
  let passed = 0, failed = 0;
  return {
    async test(name, fn) {
      try { await fn(); passed++; console.log(`ok   ${name}`); }
      catch (e) { failed++; console.log(`FAIL ${name}\n     ${e && e.stack || e}`); }
    },
    done() { console.log(`e2e: ${passed} passed, ${failed} failed`); process.exit(failed ? 1 : 0); },
  };
}

export function assert(cond, msg) { if (!cond) throw new Error(msg); }
