// `make bench` (browser part): in one headless Chromium run, on the same pages, Readability.js
// (DOMParser + Readability.parse) against naba's `parse` and `analyze` from the release package;
// module init time; wasm memory after 1,000 analyze calls; growth 1x..8x; the team's realistic full
// pages (geomean of analyze/Readability); seed-sized analyze; wasm against native (from
// artifacts/bench-native.json, written by examples/bench.rs in the same `make bench`); 3 MB of random
// Arabic-script words in wasm. Prints one table.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
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

// Cold init: import + init() on a blank page of the same origin that loads nothing else (the demo page
// runs its own init and a worker's, which the measure would wait on), the connection to the server
// already open as the page's own load leaves it. The blank page is a file the server serves
// (tests/e2e/blank.html), not a Playwright route: a route intercepts every request of its page,
// which added a few ms to each fetch init makes. Nine fresh pages, the median.
// Where the time goes, from the page's Resource Timing: the import of naba.js (its fetch, then parse and
// evaluation), the fetches of the .wasm and the model (started together by init()), and what is left after
// the last byte of both has arrived (the engine's end of compiling, instantiation, the glue), medians; and
// the first analyze of the sample text after init() (the model's hand-over and decoding, and the engine's
// lazy compilation of the functions analyze calls first).
const inits = [];
const phases = [];
for (let k = 0; k < 9; k++) {
  const blank = await ctx.newPage();
  await blank.goto(`${server.url}tests/e2e/blank.html`);
  await blank.evaluate(() => fetch('/www/pkg/package.json').then((r) => r.text()));
  const r = await blank.evaluate(async (sample) => {
    const t0 = performance.now();
    const m = await import('/www/pkg/naba.js');
    const imported = performance.now();
    await m.default();
    const done = performance.now();
    m.analyze(sample, { now: '2025-11-18' });
    const first = performance.now() - done;
    const res = (file) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(file));
    const wasm = res('/naba_core_bg.wasm'), model = res('/naba.model');
    return {
      total: done - t0, import: imported - t0,
      wasm: wasm.responseEnd - wasm.startTime, wasmFirstByte: wasm.responseStart - wasm.startTime, model: model.responseEnd - model.startTime,
      afterBytes: done - Math.max(wasm.responseEnd, model.responseEnd), first,
    };
  }, SAMPLE);
  inits.push(r.total);
  phases.push(r);
  await blank.close();
}
inits.sort((a, b) => a - b);
const phase = (k) => { const xs = phases.map((p) => p[k]).sort((a, b) => a - b); return xs[xs.length >> 1]; };

const page = await ctx.newPage();
await page.goto(`${server.url}www/index.html`);
// The demo's worker analyses the sample as the page opens: wait until it has, so that it does not run
// on the second core during the timings.
await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready', null, { timeout: 60000 });
await page.addScriptTag({ path: join(ROOT, 'tools/node_modules/@mozilla/readability/Readability.js') });
// On the demo page, once it shows the sample: the page itself does not load the module (its worker
// does), so this is a cold import and init() of a second copy, in a page that is not blank.
const init = await page.evaluate(async () => {
  const t0 = performance.now();
  const m = await import('/www/pkg/naba.js');
  window.nabaWasm = await m.default();
  window.naba = m;
  return performance.now() - t0;
});

function fmt(x) { return x < 10 ? x.toFixed(2) : x.toFixed(1); }
console.log(`module init (import + fetch + compile + instantiate): ${fmt(init)} ms on the demo page (after its worker's); cold on a blank page (import too): ${fmt(inits[4])} ms median of 9 (${fmt(inits[0])}–${fmt(inits[8])})`);
console.log(`  cold init, medians: import of naba.js ${fmt(phase('import'))} ms; then .wasm fetch ${fmt(phase('wasm'))} ms (first byte at ${fmt(phase('wasmFirstByte'))}), model fetch ${fmt(phase('model'))} ms, at once; after the last byte ${fmt(phase('afterBytes'))} ms (compile, instantiate, glue); the first analyze of the sample after it ${fmt(phase('first'))} ms`);
console.log('| page                | size    | Readability ms | naba parse ms | naba analyze ms | parse/R | analyze/R |');
console.log('|---------------------|---------|----------------|---------------|-----------------|---------|-----------|');
for (const [name, html] of pages) {
  const runs = html.length > 1e6 ? 5 : 25;
  // The three are timed in turn within each round (Readability, parse, analyze, then again), so that a
  // collection or a recompilation in the page's engine falls on all three alike; the medians over
  // the rounds are compared.
  const r = await page.evaluate(({ html, runs }) => {
    const calls = {
      readability: () => new Readability(new DOMParser().parseFromString(html, 'text/html')).parse(),
      parse: () => window.naba.parse(html, { format: 'html' }),
      analyze: () => window.naba.analyze(html, { format: 'html', now: '2025-11-18' }),
    };
    const ts = { readability: [], parse: [], analyze: [] };
    for (const f of Object.values(calls)) f();
    for (let i = 0; i < runs; i++) {
      for (const [k, f] of Object.entries(calls)) { const t = performance.now(); f(); ts[k].push(performance.now() - t); }
    }
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { readability: median(ts.readability), parse: median(ts.parse), analyze: median(ts.analyze) };
  }, { html, runs });
  const kb = Math.round(Buffer.byteLength(html) / 1024);
  console.log(`| ${name.padEnd(19)} | ${String(kb).padStart(4)} KB | ${fmt(r.readability).padStart(14)} | ${fmt(r.parse).padStart(13)} | ${fmt(r.analyze).padStart(15)} | ${(r.parse / r.readability).toFixed(2).padStart(7)} | ${(r.analyze / r.readability).toFixed(2).padStart(9)} |`);
}

// BENCH_QUICK=1: the table above only (a check while working on speed).
if (process.env.BENCH_QUICK) {
  await ctx.close();
  server.close();
  process.exit(0);
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

// The team's realistic full pages (tests/e2e/pages/reader): each one as a reader meets it, chrome included.
// A page takes 0.2–6 ms and the page's clock (performance.now) ticks in 0.1 ms, so each of the 15 samples
// times 10 calls.
const READER = join(ROOT, 'tests/e2e/pages/reader');
const real = readdirSync(READER).filter((f) => f.startsWith('ar-') && f.endsWith('.html')).map((f) => [f, readFileSync(join(READER, f), 'utf8')]);
const realRows = [];
for (const [name, html] of real) {
  realRows.push([name, Buffer.byteLength(html), await page.evaluate((html) => {
    // Both timed in turn within each of the 15 rounds, as above.
    const calls = {
      readability: () => new Readability(new DOMParser().parseFromString(html, 'text/html')).parse(),
      analyze: () => window.naba.analyze(html, { format: 'html', now: '2025-11-18' }),
    };
    const ts = { readability: [], analyze: [] };
    for (const f of Object.values(calls)) f();
    for (let i = 0; i < 15; i++) {
      for (const [k, f] of Object.entries(calls)) {
        const t = performance.now();
        for (let j = 0; j < 10; j++) f();
        ts[k].push((performance.now() - t) / 10);
      }
    }
    const median = (xs) => xs.sort((a, b) => a - b)[7];
    return { readability: median(ts.readability), analyze: median(ts.analyze) };
  }, html)]);
}
console.log('\n| realistic page            | size   | Readability ms | analyze ms | analyze/R |');
console.log('|---------------------------|--------|----------------|------------|-----------|');
let logSum = 0;
for (const [name, bytes, r] of realRows) {
  logSum += Math.log(r.analyze / r.readability);
  console.log(`| ${name.padEnd(25)} | ${String(Math.round(bytes / 1024)).padStart(3)} KB | ${fmt(r.readability).padStart(14)} | ${fmt(r.analyze).padStart(10)} | ${(r.analyze / r.readability).toFixed(2).padStart(9)} |`);
}
console.log(`realistic pages: analyze/Readability geomean ${Math.exp(logSum / realRows.length).toFixed(2)} over ${realRows.length} pages`);

// Seed-sized analyze, and wasm against native on the same inputs.
const seed = await page.evaluate((text) => {
  const ts = [];
  window.naba.analyze(text, { now: '2025-11-18' });
  for (let i = 0; i < 50; i++) { const t = performance.now(); window.naba.analyze(text, { now: '2025-11-18' }); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  return ts[25];
}, SAMPLE);
console.log(`seed-sized analyze (sample text, wasm): ${fmt(seed)} ms`);
const nativePath = join(ROOT, 'artifacts/bench-native.json');
if (existsSync(nativePath)) {
  const n = JSON.parse(readFileSync(nativePath, 'utf8'));
  console.log(`wasm/native: tag ${(n.tagKTokensPerS / (tagRate.tokens / tagRate.ms)).toFixed(2)}× (native ${Math.round(n.tagKTokensPerS)} k tokens/s), seed-sized analyze ${(seed / n.sampleAnalyzeMs).toFixed(2)}× (native ${fmt(n.sampleAnalyzeMs)} ms)`);
} else {
  console.log('wasm/native: run the native bench first (make bench does)');
}

// 3 MB of random Arabic-script words: the worst case for per-document caches (same generator as native).
const random = await page.evaluate(() => {
  let x = 0x9E3779B97F4A7C15n;
  const mask = (1n << 64n) - 1n;
  const next = (n) => { x ^= (x << 13n) & mask; x ^= x >> 7n; x ^= (x << 17n) & mask; return Number(x % BigInt(n)); };
  const parts = [];
  let len = 0, inSentence = 0, sentence = 8 + next(13);
  while (len < 3 * 1024 * 1024) {
    let w = '';
    for (let i = 0, n = 2 + next(8); i < n; i++) w += String.fromCharCode(0x0621 + next(0x064A - 0x0621 + 1));
    inSentence++;
    if (inSentence === sentence) { w += '.\n'; inSentence = 0; sentence = 8 + next(13); } else w += ' ';
    parts.push(w);
    len += new TextEncoder().encode(w).length;
  }
  const text = parts.join('');
  const size = () => window.nabaWasm.memory.buffer.byteLength;
  const before = size();
  const t = performance.now();
  window.naba.analyze(text, { now: '2025-11-18' });
  return { ms: performance.now() - t, before, after: size() };
});
console.log(`random Arabic-script words, 3 MB (wasm analyze): ${Math.round(random.ms)} ms, linear memory ${(random.before / 1048576).toFixed(1)} → ${(random.after / 1048576).toFixed(1)} MB`);

await ctx.close();
server.close();
