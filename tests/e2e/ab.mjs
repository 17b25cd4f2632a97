// A/B of two builds of the package in one headless Chromium run, interleaved, since timings on a busy
// machine swing ±20% from run to run: `node tests/e2e/ab.mjs artifacts/pkg-a artifacts/pkg-b`
// (directories under the repository, each a `make pkg` output). Prints, for each build:
// - cold init: import of naba.js + init() on a fresh blank page, the builds alternating (AB BA AB …),
//   and the time until a first analyze of the sample text (www/samples) has returned;
// - analyze of the bench's 100 KB page and of the team's realistic pages (tests/e2e/pages/reader),
//   both builds loaded in the same page, called in turn within each round.
// Medians with the range. AB_INITS (default 15) and AB_ROUNDS (default 25) set the counts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, serve, launch } from './lib.mjs';

const [A, B] = process.argv.slice(2);
if (!A || !B) { console.error('usage: node tests/e2e/ab.mjs <pkg dir A> <pkg dir B>'); process.exit(2); }
const builds = [['A', `/${A.replace(/^\.?\/*/, '').replace(/\/*$/, '')}/naba.js`], ['B', `/${B.replace(/^\.?\/*/, '').replace(/\/*$/, '')}/naba.js`]];
const INITS = Number(process.env.AB_INITS || 15);
const ROUNDS = Number(process.env.AB_ROUNDS || 25);

const SAMPLE = readFileSync(join(ROOT, 'www/samples/aggregator-ar.txt'), 'utf8');
const FIXTURE = readFileSync(join(ROOT, 'tests/golden/wp-inline-related/source.html'), 'utf8');
const paragraphs = SAMPLE.split('\n').slice(2, 7).map((l) => `<p>${l}</p>\n`).join('');
const at = FIXTURE.indexOf('<p>');
const page100 = FIXTURE.slice(0, at) + paragraphs.repeat(Math.floor((100 * 1024 - FIXTURE.length) / Buffer.byteLength(paragraphs))) + FIXTURE.slice(at);
const READER = join(ROOT, 'tests/e2e/pages/reader');
const real = readdirSync(READER).filter((f) => f.startsWith('ar-') && f.endsWith('.html')).map((f) => readFileSync(join(READER, f), 'utf8'));

const server = await serve(ROOT, 8768);
const ctx = await launch();
const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return `${s[s.length >> 1].toFixed(2)} (${s[0].toFixed(2)}–${s.at(-1).toFixed(2)})`; };

const inits = { A: [], B: [] };
const firsts = { A: [], B: [] };
for (let k = 0; k < INITS; k++) {
  for (const [name, url] of (k % 2 ? [...builds].reverse() : builds)) {
    const blank = await ctx.newPage();
    await blank.goto(`${server.url}tests/e2e/blank.html`);
    await blank.evaluate(() => fetch('/www/pkg/package.json').then((r) => r.text()));
    const [init, first] = await blank.evaluate(async ({ url, sample }) => {
      const t0 = performance.now();
      const m = await import(url);
      await m.default();
      const t1 = performance.now();
      m.analyze(sample, { now: '2025-11-18' });
      return [t1 - t0, performance.now() - t0];
    }, { url, sample: SAMPLE });
    inits[name].push(init);
    firsts[name].push(first);
    await blank.close();
  }
}

const page = await ctx.newPage();
await page.goto(`${server.url}tests/e2e/blank.html`);
await page.evaluate(async (builds) => {
  window.builds = {};
  for (const [name, url] of builds) { const m = await import(url); await m.default(); window.builds[name] = m; }
}, builds);
const timed = await page.evaluate(({ page100, real, rounds }) => {
  const out = { A: { p100: [], real: [] }, B: { p100: [], real: [] } };
  const opts = { format: 'html', now: '2025-11-18' };
  for (const m of Object.values(window.builds)) for (let i = 0; i < 5; i++) { m.analyze(page100, opts); for (const h of real) m.analyze(h, opts); }
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? ['B', 'A'] : ['A', 'B']) {
      const m = window.builds[name];
      let t = performance.now();
      m.analyze(page100, opts);
      out[name].p100.push(performance.now() - t);
      t = performance.now();
      for (const h of real) m.analyze(h, opts);
      out[name].real.push(performance.now() - t);
    }
  }
  return out;
}, { page100, real, rounds: ROUNDS });
await ctx.close();
server.close();

for (const [name, url] of builds) {
  console.log(`${name} ${url}: cold init ${stats(inits[name])} ms, and first analyze of the sample done at ${stats(firsts[name])} ms; analyze 100 KB ${stats(timed[name].p100)} ms; ${real.length} realistic pages ${stats(timed[name].real)} ms per pass`);
}
// Paired: B/A within each round (each pair ran back to back), the median ratio.
const ratio = (k) => stats(timed.B[k].map((b, i) => b / timed.A[k][i]));
console.log(`B/A per round: analyze 100 KB ${ratio('p100')}; realistic pages ${ratio('real')}`);
