// A reader's review of the extension (not part of run.mjs): opens full pages of different site families,
// runs the extension on each as a click would, and saves screenshots at 1280 px, at 390 px (folded and
// open) and in dark mode to artifacts/review-*.png, printing what was painted where, the cards, the
// reference date, the console errors and whether the page's own layout moved.
//   node tests/e2e/review.mjs [name-filter | page.html …]
// Pages come from tests/e2e/pages, tests/golden and, when present, the real pages of
// ../shared/eval/extract (or $SHARED/eval/extract; served from there, read-only).
import { join } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { ROOT, ARTIFACTS, serve, launch, extensionForTests, serviceWorker, nabaRun, screenshot } from './lib.mjs';

// (The shared development pages beside the checkout, as the Makefile's SHARED; absent in a user's clone.)
const SHARED = join(process.env.SHARED || join(ROOT, '..', 'shared'), 'eval', 'extract');
const PAGES = [
  ['aggregator', 'tests/e2e/pages/reader/ar-aggregator.html'],
  ['telegram', 'tests/e2e/pages/tg-feed.html'],
  ['maghreb', 'tests/golden/maghreb-consent-comments/source.html'],
  ['persian', 'tests/golden/fa-solar-lead/source.html'],
  ['english', 'tests/e2e/pages/reader/en-news.html'],
  ['nodate', 'tests/e2e/pages/reader/ar-nodate.html'],
  ['liveblog', 'tests/golden/live-blog-entries/source.html'],
  ['login', 'tests/golden/libya-classless-login-poll-forms/source.html'],
  // Pages of the second review: a section front of teasers (no article of its own), an English blog with
  // an Arabic tweet and comment, an Arabic story among left-to-right widgets (ticker, tweet, code, markets).
  ['listing', 'tests/e2e/pages/review/listing.html'],
  ['enblog', 'tests/e2e/pages/review/en-blog.html'],
  ['ltrwidgets', 'tests/e2e/pages/review/rtl-ltr-widgets.html'],
];
if (existsSync(SHARED)) {
  for (const d of ['htmldate-ar-youm7', 'htmldate-ar-albayan', 'htmldate-fa-khabaronline']) {
    const f = readdirSync(join(SHARED, d)).find((x) => x.endsWith('.html'));
    if (f) PAGES.push([d.replace('htmldate-', ''), `shared/${d}/${f}`]);
  }
}
// Given file paths (from the checkout) instead of a filter, those pages are reviewed instead, each named
// by its folder (golden) or file name: `node tests/e2e/review.mjs tests/golden/x/source.html …`.
const paths = process.argv.slice(2).filter((a) => a.endsWith('.html'));
if (paths.length) PAGES.splice(0, PAGES.length, ...paths.map((p) => [p.replace(/\/source\.html$|\.html$/, '').split('/').pop(), p]));
const only = paths.length ? null : process.argv[2];

const dir = extensionForTests();
const server = await serve(ROOT, 8771);
const shared = existsSync(SHARED) ? await serve(SHARED, 8772) : null;
const ctx = await launch([`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]);
// Nothing leaves the machine: a saved real page's scripts, fonts and images from its site are refused.
await ctx.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
const sw = await serviceWorker(ctx);

// In the page: every painted mention's block (its nearest element with a class, id or a block tag).
const painted = () => {
  const out = new Map();
  for (const t of ['PER', 'LOC', 'ORG', 'MISC', 'DATE']) {
    const h = CSS.highlights.get(`naba-${t}`);
    if (!h) continue;
    for (const r of h) {
      let e = r.commonAncestorContainer;
      if (e.nodeType !== 1) e = e.parentElement;
      const path = [];
      for (let x = e; x && x !== document.body; x = x.parentElement) path.push(x.localName + (x.id ? `#${x.id}` : '') + (x.className && typeof x.className === 'string' ? `.${x.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''));
      const key = path.slice(0, 4).reverse().join(' > ');
      if (!out.has(key)) out.set(key, []);
      out.get(key).push(`${t}:${r.toString()}`);
    }
  }
  return [...out].map(([k, v]) => `${k}\n        ${v.join(' | ')}`);
};
// In the page: the panel's body scrolled to its timeline's heading (false when it has none).
const scrollToTimeline = () => {
  const root = document.getElementById('naba-panel-host').shadowRoot;
  const h = [...root.querySelectorAll('h3')].find((x) => x.textContent === 'الخط الزمني');
  if (!h) return false;
  const body = root.querySelector('.body');
  body.scrollTop += h.getBoundingClientRect().top - body.getBoundingClientRect().top;
  return true;
};
const panelInfo = () => {
  const root = document.getElementById('naba-panel-host').shadowRoot;
  const q = (s) => [...root.querySelectorAll(s)];
  const p = root.querySelector('.panel').getBoundingClientRect();
  return {
    heading: root.querySelector('.bar h2').textContent,
    ref: (root.querySelector('.ref') || {}).textContent, note: q('.note').map((n) => n.textContent).join(' '),
    cards: q('.card').map((c) => [c.querySelector('.title').textContent, ...[...c.querySelectorAll('.meta')].map((m) => m.textContent)].join(' / ')),
    entities: q('.entity .name').map((e) => e.textContent).slice(0, 30),
    timeline: q('.tl-group').map((g) => `${g.querySelector('bdi').textContent}: ${[...g.querySelectorAll('.tl-text')].map((e) => e.textContent.slice(0, 50)).join(' ‖ ')}`),
    panel: [p.left, p.top, p.width, p.height].map(Math.round),
    dirs: q('.card .title, .entity .name').slice(0, 3).map((e) => getComputedStyle(e).direction),
  };
};

for (const [name, path] of PAGES) {
  if (only && !name.includes(only)) continue;
  const url = path.startsWith('shared/') ? `${shared.url}${path.slice(7)}` : `${server.url}${path}`;
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror ${e}`));
  page.on('console', (m) => { if (m.type() === 'error' && !/net::ERR_FAILED|Failed to load resource/.test(m.text())) errors.push(`console ${m.text()}`); });
  const cdp = await ctx.newCDPSession(page);
  // (With a clip {x, y, width, height}: that part of the window, twice as large, to read the panel's small print.)
  const shot = (suffix, clip) => screenshot(cdp, join(ARTIFACTS, `review-${name}-${suffix}.png`), clip);
  const run = () => nabaRun(sw, page, url, { timeout: 30000, settle: 400 });
  // The page's own layout: its first headline's box and its widest block's width, before and after.
  const layoutOf = () => page.evaluate(() => {
    const h = document.querySelector('h1') || document.querySelector('h2');
    const r = h ? h.getBoundingClientRect() : null;
    return { h: r && [Math.round(r.width), Math.round(r.height)], body: Math.round(document.body.getBoundingClientRect().width), sw: document.documentElement.scrollWidth };
  });
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load', timeout: 20000 }).catch((e) => errors.push(`goto ${e.message.split('\n')[0]}`));
    const before = await layoutOf();
    await run();
    const after = await layoutOf();
    console.log(`\n=== ${name} (${path})  naba=${await page.evaluate(() => document.documentElement.dataset.naba)} ref=${await page.evaluate(() => document.documentElement.dataset.nabaRef)} lang=${await page.evaluate(() => document.documentElement.dataset.nabaLang)}`);
    console.log('  layout before/after', JSON.stringify(before), JSON.stringify(after));
    const info = await page.evaluate(panelInfo);
    console.log('  panel', JSON.stringify(info, null, 1).replace(/\n/g, '\n  '));
    console.log('  painted by block:\n    ' + (await page.evaluate(painted)).join('\n    '));
    await shot('1280');
    // The panel's top (cards, reference date) and its timeline, close up.
    await shot('1280-panel', { x: 0, y: 0, width: 390, height: 450 });
    if (await page.evaluate(scrollToTimeline)) {
      await page.waitForTimeout(200);
      await shot('1280-timeline', { x: 0, y: 0, width: 390, height: 900 });
      await page.evaluate(() => { document.getElementById('naba-panel-host').shadowRoot.querySelector('.body').scrollTop = 0; });
    }
    // A click on the first entity: where its mention is brought.
    const sel = await page.evaluate(() => {
      const li = document.getElementById('naba-panel-host').shadowRoot.querySelector('.entity');
      if (!li) return null;
      li.click();
      return li.querySelector('.name').textContent;
    });
    if (sel) {
      await page.waitForTimeout(1200);
      const at = await page.evaluate(() => {
        const f = CSS.highlights.get('naba-focus');
        const [r] = f ? [...f] : [];
        const b = r && r.getBoundingClientRect();
        const p = document.getElementById('naba-panel-host').shadowRoot.querySelector('.panel').getBoundingClientRect();
        return b && { mention: [b.left, b.top, b.right, b.bottom].map(Math.round), panel: [p.left, p.right].map(Math.round), vh: innerHeight };
      });
      console.log(`  clicked ${sel}: ${JSON.stringify(at)}`);
      await shot('1280-clicked');
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    await shot('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    const closed = await page.evaluate(() => ({ host: !!document.getElementById('naba-panel-host'), style: document.documentElement.getAttribute('style') }));
    console.log('  after Escape', JSON.stringify(closed), JSON.stringify(await layoutOf()));
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    await run();
    await shot('390');
    await page.evaluate(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.bar button').click());
    await page.waitForTimeout(300);
    await shot('390-open');
    if (await page.evaluate(scrollToTimeline)) { await page.waitForTimeout(200); await shot('390-timeline'); }
    console.log('  390 panel', JSON.stringify((await page.evaluate(panelInfo)).panel));
  } catch (e) {
    console.log(`  FAILED ${e.stack}`);
  }
  console.log('  errors', JSON.stringify(errors));
  await page.close();
}
await ctx.close();
server.close();
if (shared) shared.close();
