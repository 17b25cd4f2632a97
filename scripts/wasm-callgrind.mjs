// Runs the package's analyze over the team's realistic pages ITER times in Node (see
// scripts/wasm-callgrind.sh, which counts the instructions under callgrind).
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(ROOT, process.argv[2] || 'pkg');
const iters = Number(process.argv[3] || 1);
const m = await import(join(pkg, 'naba.js'));
m.initSync({ module: readFileSync(join(pkg, 'naba_core_bg.wasm')), model: readFileSync(join(pkg, 'naba.model')) });
const READER = join(ROOT, 'tests/e2e/pages/reader');
const pages = readdirSync(READER).filter((f) => f.startsWith('ar-') && f.endsWith('.html')).map((f) => readFileSync(join(READER, f), 'utf8'));
let articles = 0;
for (let k = 0; k < iters; k++) for (const p of pages) articles += m.analyze(p, { format: 'html', now: '2026-12-01' }).articles.length;
console.log(`${pages.length} pages × ${iters}: ${articles} articles`);
