// `make bench` (browser part): in one headless Chromium run, on the same pages, Readability.js
// (DOMParser + Readability.parse) against naba's `parse` and `analyze` from the release package;
// module init time; wasm memory after 1,000 analyze calls; growth 1x..8x. Prints one table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, serve, launch } from './lib.mjs';

const SAMPLE = readFileSync(join(ROOT, 'www/samples/aggregator-ar.txt'), 'utf8');
const FIXTURE = readFileSync(join(ROOT, 'tests/golden/wp-inline-related/source.html'), 'utf8');

// The same page template as examples/bench.rs: the sample's paragraphs repeated in the fixture's body.
function htmlOfSize(bytes) {
  const paragraphs = SAMPLE.split('\n').slice(2, 7).map((l) => `<p>${l}</p>\n`).join('');
  const at = FIXTURE.indexOf('<p>');
  const reps = Math.max(1, Math.floor(Math.max(0, bytes - FIXTURE.length) / Buffer.byteLength(paragraphs)));
  return FIXTURE.slice(0, at) + paragraphs.repeat(reps) + FIXTURE.slice(at);
}

const pages = [
  ['news page (fixture)', FIXTURE],
  ['100 KB page', htmlOfSize(100 * 1024)],
  ['2 MB page', htmlOfSize(2 * 1024 * 1024)],
];

const server = await serve(ROOT, 8766);
const ctx = await launch();
const page = await ctx.newPage();
await page.goto(`${server.url}www/index.html`);
await page.addScriptTag({ path: join(ROOT, 'tools/node_modules/@mozilla/readability/Readability.js') });
const init = await page.evaluate(async () => {
  const t0 = performance.now();
  const m = await import('/www/pkg/naba.js');
  window.nabaWasm = await m.default();
  window.naba = m;
  return performance.now() - t0;
});

function fmt(x) { return x < 10 ? x.toFixed(2) : x.toFixed(1); }
console.log(`module init (fetch + compile + instantiate): ${fmt(init)} ms`);
console.log('| page                | size    | Readability ms | naba parse ms | naba analyze ms | parse/R | analyze/R |');
console.log('|---------------------|---------|----------------|---------------|-----------------|---------|-----------|');
for (const [name, html] of pages) {
  const runs = html.length > 1e6 ? 5 : 25;
  const r = await page.evaluate(({ html, runs }) => {
    const median = (f) => {
      f();
      const ts = [];
      for (let i = 0; i < runs; i++) { const t = performance.now(); f(); ts.push(performance.now() - t); }
      ts.sort((a, b) => a - b);
      return ts[Math.floor(ts.length / 2)];
    };
    const readability = median(() => new Readability(new DOMParser().parseFromString(html, 'text/html')).parse());
    const parse = median(() => window.naba.parse(html, { format: 'html' }));
    const analyze = median(() => window.naba.analyze(html, { format: 'html', now: '2025-11-18' }));
    return { readability, parse, analyze };
  }, { html, runs });
  const kb = Math.round(Buffer.byteLength(html) / 1024);
  console.log(`| ${name.padEnd(19)} | ${String(kb).padStart(4)} KB | ${fmt(r.readability).padStart(14)} | ${fmt(r.parse).padStart(13)} | ${fmt(r.analyze).padStart(15)} | ${(r.parse / r.readability).toFixed(2).padStart(7)} | ${(r.analyze / r.readability).toFixed(2).padStart(9)} |`);
}

// Growth: analyze on 1x, 2x, 4x, 8x the same text.
const growth = await page.evaluate((text) => {
  const out = [];
  for (const k of [1, 2, 4, 8]) {
    const input = text.repeat(k);
    window.naba.analyze(input, { now: '2025-11-18' });
    const t = performance.now();
    window.naba.analyze(input, { now: '2025-11-18' });
    out.push([k, input.length, performance.now() - t]);
  }
  return out;
}, SAMPLE.repeat(80));
console.log('growth of analyze (text, wasm): ' + growth.map(([k, n, t]) => `${k}x ${Math.round(n / 1024)}K chars ${fmt(t)} ms`).join(', '));
const slope = growth[3][2] / growth[0][2];
console.log(`  8x / 1x time ratio: ${slope.toFixed(2)} (8.00 is linear)`);

// Memory: linear memory after 1,000 analyze calls, and after one 2 MB page.
const mem = await page.evaluate(({ sample, big }) => {
  const m = window.naba;
  const size = () => window.nabaWasm.memory.buffer.byteLength;
  for (let i = 0; i < 10; i++) m.analyze(sample, { now: '2025-11-18' });
  const before = size();
  for (let i = 0; i < 1000; i++) m.analyze(sample, { now: '2025-11-18' });
  const after = size();
  m.analyze(big, { format: 'html', now: '2025-11-18' });
  return { before, after, peak: size() };
}, { sample: SAMPLE, big: pages[2][1] });
if (mem.before !== null) {
  console.log(`wasm linear memory: ${(mem.before / 1048576).toFixed(1)} MB before, ${(mem.after / 1048576).toFixed(1)} MB after 1,000 analyze calls, ${(mem.peak / 1048576).toFixed(1)} MB after a 2 MB page`);
} else {
  console.log('wasm linear memory: not exported by the package');
}
// Tokens per second of `tag` (entities and dates) on the same 2 MB text as the native bench.
const tagRate = await page.evaluate((text) => {
  const tokens = (text.match(/[\p{L}\p{M}\p{N}]+/gu) || []).length;
  window.naba.tag(text, { now: '2025-11-18' });
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    window.naba.tag(text, { now: '2025-11-18' });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { tokens, ms: times[2] };
}, SAMPLE.repeat(Math.floor(2 * 1024 * 1024 / Buffer.byteLength(SAMPLE))));
console.log(`tag (wasm): ${Math.round(tagRate.tokens / tagRate.ms)} k tokens/s (${tagRate.tokens} tokens in ${fmt(tagRate.ms)} ms, median of 5)`);

await ctx.close();
server.close();
