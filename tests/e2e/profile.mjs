// `make bench-profile`: Chromium's CPU profile (DevTools protocol) of naba in the page, from a
// profiling build that keeps function names (artifacts/pkg-profile, `wasm-pack build --profiling`).
// Runs `analyze` (or PROFILE_CALL=parse) on the bench's 100 KB page 30 times under the sampling
// profiler and prints the top functions by self time. The README's benchmark section keeps the table.
// PROFILE_PAGES=reader profiles the team's realistic full pages instead (tests/e2e/pages/reader/ar-*,
// each called in turn); PROFILE_PKG=<dir> profiles another build of the package (an A/B of the glue).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, serve, launch } from './lib.mjs';

const CALL = process.env.PROFILE_CALL || 'analyze';
const SAMPLE = readFileSync(join(ROOT, 'www/samples/aggregator-ar.txt'), 'utf8');
const FIXTURE = readFileSync(join(ROOT, 'tests/golden/wp-inline-related/source.html'), 'utf8');
const paragraphs = SAMPLE.split('\n').slice(2, 7).map((l) => `<p>${l}</p>\n`).join('');
const at = FIXTURE.indexOf('<p>');
const reps = Math.floor((100 * 1024 - FIXTURE.length) / Buffer.byteLength(paragraphs));
const READER = join(ROOT, 'tests/e2e/pages/reader');
const htmls = process.env.PROFILE_PAGES === 'reader'
  ? readdirSync(READER).filter((f) => f.startsWith('ar-') && f.endsWith('.html')).map((f) => readFileSync(join(READER, f), 'utf8'))
  : [FIXTURE.slice(0, at) + paragraphs.repeat(reps) + FIXTURE.slice(at)];
const what = htmls.length > 1 ? `${htmls.length} realistic pages` : `a ${Math.round(Buffer.byteLength(htmls[0]) / 1024)} KB page`;

const server = await serve(ROOT, 8767);
const ctx = await launch();
const page = await ctx.newPage();
await page.goto(`${server.url}www/index.html`);
await page.evaluate(async (url) => {
  const m = await import(url);
  await m.default();
  window.naba = m;
}, `/${(process.env.PROFILE_PKG || 'artifacts/pkg-profile').replace(/^\.?\/*|\/*$/g, '')}/naba.js`);
// Warm up (tier-up of the hot functions) before sampling.
await page.evaluate(({ htmls, call }) => { for (let i = 0; i < 20; i++) for (const html of htmls) window.naba[call](html, { format: 'html', now: '2025-11-18' }); }, { htmls, call: CALL });
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const ms = await page.evaluate(({ htmls, call }) => {
  const t = performance.now();
  for (let i = 0; i < 30; i++) for (const html of htmls) window.naba[call](html, { format: 'html', now: '2025-11-18' });
  return (performance.now() - t) / 30;
}, { htmls, call: CALL });
const { profile } = await cdp.send('Profiler.stop');
await ctx.close();
server.close();

// Self time per function name: samples whose leaf is that node.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'program'})`;
  self.set(name, (self.get(name) || 0) + (deltas[i + 1] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP || 15));
console.log(`Chromium CPU profile: ${CALL} of ${what}, ${ms.toFixed(1)} ms per pass (30 passes, profiler on)`);
console.log('| self % | function |');
console.log('|-------:|----------|');
for (const [name, t] of rows) console.log(`| ${(100 * t / total).toFixed(1).padStart(5)} | \`${name.replace(/\|/g, '\\|').slice(0, 90)}\` |`);
