// End-to-end: the *release* package (wasm-opt applied) in headless Chromium, through the demo page.
import { join } from 'node:path';
import { ROOT, ARTIFACTS, serve, launch, runner, assert } from './lib.mjs';

const t = runner();
const server = await serve(join(ROOT, 'www'), 8765);
const ctx = await launch();
try {
  const page = await ctx.newPage();
  const errors = [];
  const outside = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) outside.push(r.url()); });

  await t.test('demo loads the release package and analyses the sample', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('ready'), null, { timeout: 20000 });
    const json = JSON.parse(await page.textContent('#out'));
    assert(json.version === 1, `version ${json.version}`);
    assert(json.articles.length >= 1, `articles: ${json.articles.length}`);
    assert(json.articles[0].title.text.includes('أنقرة'), `title: ${json.articles[0].title.text}`);
    await page.screenshot({ path: join(ARTIFACTS, 'demo.png'), fullPage: false });
  });

  await t.test('analyze offsets slice the text in JavaScript', async () => {
    const bad = await page.evaluate(async () => {
      const m = await import('./pkg/naba.js');
      const text = '😀 قال الرئيسُ بُوتين في الخارجیة\nفقرة ثانية 😀 عن موسكو';
      const r = m.analyze(text, { now: '2025-10-20' });
      const spans = [];
      for (const a of r.articles) {
        spans.push(a, a.title, ...a.paragraphs, ...a.entities, ...a.dates);
      }
      return spans.filter((s) => s && s.text !== undefined && r.text.slice(s.start, s.end) !== s.text);
    });
    assert(bad.length === 0, `bad spans: ${JSON.stringify(bad)}`);
  });

  await t.test('bad options throw an Error naming the field', async () => {
    const msg = await page.evaluate(async () => {
      const m = await import('./pkg/naba.js');
      try { m.parse('نص', { format: 'pdf' }); return 'no error'; } catch (e) { return e instanceof Error ? e.message : 'not an Error'; }
    });
    assert(msg.includes('format'), msg);
  });

  await t.test('no page errors and no request left 127.0.0.1', async () => {
    assert(errors.length === 0, `errors: ${errors.join('; ')}`);
    assert(outside.length === 0, `outside requests: ${outside.join(', ')}`);
  });
} finally {
  await ctx.close();
  server.close();
}
t.done();
