// End-to-end: the *release* package (wasm-opt applied) in Debian's headless Chromium, through the demo
// page and the extension. Prints `e2e: N passed, M failed`; screenshots go to artifacts/.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ROOT, ARTIFACTS, serve, launch, runner, assert } from './lib.mjs';
import { extensionTests } from './extension.mjs';
import { readerTests } from './reader.mjs';
import { siteTests } from './sites.mjs';
import { viteTests } from './vite.mjs';
import { fullTests } from './full.mjs';
import { full2Tests } from './full2.mjs';
import { full3Tests } from './full3.mjs';
import { full4Tests } from './full4.mjs';
import { full5Tests } from './full5.mjs';
import { full6Tests } from './full6.mjs';
import { full7Tests } from './full7.mjs';
import { full8Tests } from './full8.mjs';
import { full9Tests } from './full9.mjs';
import { full10Tests } from './full10.mjs';
import { full11Tests } from './full11.mjs';

const t = runner();
const server = await serve(join(ROOT, 'www'), 8765);
const ctx = await launch();
const SECOND = `وزير الصحة يفتتح مستشفى جديدا في أسوان
تاريخ النشر: الأحد، 2 مارس 2025
افتتح وزير الصحة خالد عبد الغفار يوم الأحد مستشفى أسوان الجامعي الجديد بحضور محافظ أسوان، وقال إن المستشفى يخدم أكثر من مليون مواطن في جنوب مصر.
وأضاف عبد الغفار أن الوزارة ستفتتح مستشفيين آخرين في الأقصر وقنا قبل نهاية العام الجاري.`;
try {
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const errors = [];
  const outside = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url()); });
  const ready = () => page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready', null, { timeout: 60000 });

  await t.test('demo opens on the sample page with two articles', async () => {
    await page.goto(server.url);
    await ready();
    const titles = await page.$$eval('.article h2', (hs) => hs.map((h) => h.textContent));
    assert(titles.length === 2, `articles: ${titles.length}`);
    assert(titles[0].includes('أنقرة') && titles[1].includes('الرئاسة التركية'), titles.join(' | '));
    const meta = await page.textContent('.article .meta');
    assert(meta.includes('18th, November 2025 GMT') && meta.includes('2025-11-18') && meta.includes('بوابة الأهرام'), meta);
    const chips = await page.$$eval('.article .chips li', (li) => li.map((x) => x.textContent));
    assert(chips.includes('الرئيس التركي أردوغان'), chips.join(', '));
    await page.screenshot({ path: join(ARTIFACTS, 'demo.png') });
  });

  await t.test('highlights per type match the analysis (release wasm)', async () => {
    const r = await page.evaluate(async () => {
      // The demo page itself does not load the module (its worker does): this is a second copy.
      const m = await import('./pkg/naba.js');
      await m.default();
      const text = await (await fetch('./samples/aggregator-ar.txt')).text();
      const res = m.analyze(text, { now: '2025-11-18' });
      const want = {};
      for (const a of res.articles) for (const e of a.entities) want[e.label] = (want[e.label] || 0) + 1;
      want.DATE = res.articles.reduce((n, a) => n + a.dates.length, 0);
      const got = {};
      for (const k of ['PER', 'LOC', 'ORG', 'MISC', 'DATE']) got[k] = CSS.highlights.get(`naba-${k}`) ? CSS.highlights.get(`naba-${k}`).size : 0;
      const bad = [];
      for (const a of res.articles) for (const s of [...a.entities, ...a.dates]) if (res.text.slice(s.start, s.end) !== s.text) bad.push(s);
      return { want, got, bad: bad.length };
    });
    for (const k of ['PER', 'LOC', 'ORG', 'DATE']) assert((r.got[k] || 0) === (r.want[k] || 0), `${k}: painted ${r.got[k]}, found ${r.want[k]}`);
    assert(r.got.PER >= 15 && r.got.LOC >= 15 && r.got.ORG >= 4 && r.got.DATE === 7, JSON.stringify(r.got));
    assert(r.bad === 0, `${r.bad} spans do not slice`);
  });

  await t.test('entity list groups mentions by canonical name', async () => {
    const items = await page.$$eval('.entity', (li) => li.map((x) => [x.querySelector('.name').textContent, +x.querySelector('.count').textContent, x.className]));
    const erdogan = items.find(([n]) => n === 'رجب طيب أردوغان');
    assert(erdogan && erdogan[1] >= 5 && erdogan[2].includes('ent-PER'), JSON.stringify(items.slice(0, 5)));
    assert(items.some(([n]) => n === 'أنقرة') && items.some(([n]) => n === 'وزارة الخارجية المصرية'), 'missing entities');
    // Clicking an entity highlights all its mentions.
    await page.click('.entity[data-id] >> text=رجب طيب أردوغان');
    const selected = await page.evaluate(() => CSS.highlights.get('naba-selected').size);
    assert(selected === erdogan[1], `selected ${selected} of ${erdogan[1]}`);
  });

  await t.test('hover shows the canonical name and type', async () => {
    const box = await page.evaluate(() => {
      for (const p of document.querySelectorAll('.article p')) {
        const node = p.firstChild; const i = node.data.indexOf('أردوغان');
        if (i >= 0) { const r = document.createRange(); r.setStart(node, i + 2); r.setEnd(node, i + 3); const b = r.getBoundingClientRect(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; }
      }
      return null;
    });
    assert(box, 'no mention to hover');
    await page.mouse.move(box.x, box.y);
    await page.waitForFunction(() => !document.getElementById('tooltip').hidden, null, { timeout: 3000 });
    const tip = await page.textContent('#tooltip');
    assert(tip.includes('رجب طيب أردوغان') && tip.includes('شخص'), tip);
  });

  await t.test('timeline marks every dated event in order', async () => {
    const marks = await page.$$eval('.timeline .mark text', (ts) => ts.map((x) => x.textContent));
    const vals = marks.map((m) => m.split(' ')[0]);
    assert(vals.length === 6 && vals[0] === '2023-04' && vals.includes('2025-11-12') && vals.includes('2025-11-13'), vals.join(', '));
    assert(marks.some((m) => m.includes('تقريبي')), 'the vague entry is marked');
    const sorted = [...vals].sort();
    assert(JSON.stringify(sorted) === JSON.stringify(vals), 'sorted');
    await page.locator('.timeline .mark').nth(1).dispatchEvent('click');
    const focus = await page.evaluate(() => CSS.highlights.get('naba-focus').size);
    assert(focus >= 1, 'click focuses the clause');
  });

  await t.test('exports download the API JSON, displaCy and TimelineJS', async () => {
    for (const [kind, check] of [
      ['api', (j) => j.version === 1 && j.articles.length === 2],
      ['displacy', (j) => Array.isArray(j) && j[0].ents.length > 10 && typeof j[0].text === 'string'],
      ['timelinejs', (j) => j.events.length === 6 && j.events.some((e) => e.start_date.year === '2023' && e.start_date.month === '4')],
    ]) {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export=${kind}]`)]);
      const json = JSON.parse(readFileSync(await dl.path(), 'utf8'));
      assert(check(json), `${kind} export`);
    }
  });

  await t.test('pasting a second text updates the page', async () => {
    await page.evaluate(() => { document.getElementById('input-panel').open = true; });
    await page.fill('#input', SECOND);
    await page.click('#go');
    await page.waitForFunction(() => document.querySelector('.article h2').textContent.includes('أسوان'), null, { timeout: 20000 });
    const names = await page.$$eval('.entity .name', (n) => n.map((x) => x.textContent));
    assert(names.includes('خالد عبد الغفار') && names.includes('أسوان'), names.join(', '));
    assert(!names.includes('رجب طيب أردوغان'), 'old entities are gone');
    const meta = await page.textContent('.article .meta');
    assert(meta.includes('2025-03-02'), meta);
  });

  await t.test('a Persian or English page gets a plain-words note and no highlights; the status line is Arabic', async () => {
    for (const [file, word] of [['fa-news.html', 'الفارسية'], ['en-news.html', 'الإنجليزية']]) {
      const html = readFileSync(join(ROOT, 'tests', 'e2e', 'pages', 'reader', file), 'utf8');
      await page.evaluate(() => { document.getElementById('input-panel').open = true; });
      await page.fill('#input', html);
      await page.selectOption('#format', 'html');
      await page.click('#go');
      await page.waitForFunction((w) => (document.querySelector('.articles .note') || {}).textContent?.includes(w), word, { timeout: 20000 });
      const painted = await page.evaluate(() => ['PER', 'LOC', 'ORG', 'MISC', 'DATE'].reduce((n, t) => n + (CSS.highlights.get(`naba-${t}`)?.size || 0), 0));
      assert(painted === 0, `${file}: ${painted} highlights`);
      const status = await page.textContent('#status');
      assert(/^[^a-zA-Z]*جاهز/.test(status), `status: ${status}`);
    }
    await page.selectOption('#format', 'auto');
  });

  await t.test('a 10 MB page is analysed in the worker while the page keeps ticking', async () => {
    // The file is made in the page and handed to the file input, as a drop would (Playwright's own file
    // transfer would block the page itself and hide what naba does).
    await page.evaluate(async () => {
      const sample = await (await fetch('./samples/aggregator-ar.txt')).text();
      const bytes = new TextEncoder().encode(sample);
      const parts = Array(Math.ceil((10 * 1024 * 1024) / bytes.length)).fill(bytes);
      window.__file = new File(parts, 'big.txt', { type: 'text/plain' });
    });
    const r = await page.evaluate(async () => {
      const g = { last: performance.now(), max: 0, ticks: 0 };
      const timer = setInterval(() => { const n = performance.now(); g.max = Math.max(g.max, n - g.last); g.last = n; g.ticks++; }, 20);
      const t0 = performance.now();
      const dt = new DataTransfer();
      dt.items.add(window.__file);
      const input = document.getElementById('file');
      input.files = dt.files;
      input.dispatchEvent(new Event('change'));
      await new Promise((res) => { const w = setInterval(() => { if (document.getElementById('status').dataset.state === 'ready' && /(\d{4,}) مقال/.test(document.getElementById('status').textContent)) { clearInterval(w); res(); } }, 25); });
      clearInterval(timer);
      return { ms: performance.now() - t0, ...g, bytes: window.__file.size, status: document.getElementById('status').textContent };
    });
    console.log(`     10 MB page (${r.bytes} bytes): ${Math.round(r.ms)} ms, ${r.ticks} timer ticks, longest main-thread gap ${Math.round(r.max)} ms`);
    assert(r.ticks > 20 && r.max < 500, JSON.stringify(r));
  });

  await t.test('no page errors and no request left 127.0.0.1', async () => {
    assert(errors.length === 0, `errors: ${errors.join('; ')}`);
    assert(outside.length === 0, `outside requests: ${outside.join(', ')}`);
  });
} finally {
  await ctx.close();
  server.close();
}
await extensionTests(t);
await readerTests(t);
await siteTests(t);
await viteTests(t);
await fullTests(t);
await full2Tests(t);
await full3Tests(t);
await full4Tests(t);
await full5Tests(t);
await full6Tests(t);
await full7Tests(t);
await full8Tests(t);
await full9Tests(t);
await full10Tests(t);
await full11Tests(t);
t.done();
