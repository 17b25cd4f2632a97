// Full news pages written for the review of the extension as a reader meets it (tests/e2e/pages/):
// a long page must stay responsive while the extension works on it, with its progress shown.
import { join } from 'node:path';
import { ROOT, ARTIFACTS, serve, launch, assert, extensionForTests } from './lib.mjs';

export async function siteTests(t) {
  const dir = extensionForTests();
  const server = await serve(join(ROOT, 'tests', 'e2e', 'pages'), 8769);
  const ctx = await launch([`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]);
  try {
    let [sw] = ctx.serviceWorkers();
    if (!sw) sw = await ctx.waitForEvent('serviceworker', { timeout: 15000 });
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    // About 300 KB of text, thousands of mentions and dated events: the longest gap between the page's
    // frames, from the click until the panel is up, was a second (one task: painting, building the panel's
    // lists and laying them out, and docking). A live blog of <p> entries and a report of <br> lines.
    for (const file of ['long-live.html', 'long-hearing.html']) {
      await t.test(`${file}: a 300 KB page keeps drawing frames while the extension works, and says what it is doing`, async () => {
        await page.goto(server.url + file);
        const size = await page.evaluate(() => document.getElementById('story').textContent.length);
        assert(size > 250000, `page text ${size}`);
        await page.evaluate(() => {
          const g = window.__gap = { last: performance.now(), max: 0, said: new Set() };
          const f = () => {
            const n = performance.now();
            g.max = Math.max(g.max, n - g.last); g.last = n;
            const b = document.getElementById('naba-busy');
            if (b) g.said.add(b.shadowRoot.textContent);
            g.raf = requestAnimationFrame(f);
          };
          f();
        });
        const run = sw.evaluate(async (u) => { const [tab] = await chrome.tabs.query({ url: u }); await self.nabaRun(tab.id); }, server.url + file);
        await page.waitForFunction(() => document.documentElement.dataset.naba !== undefined, null, { timeout: 60000, polling: 50 });
        await run;
        await page.waitForTimeout(400);
        const r = await page.evaluate(() => { cancelAnimationFrame(window.__gap.raf); return { gap: Math.round(window.__gap.max), said: [...window.__gap.said], naba: +document.documentElement.dataset.naba }; });
        console.log(`     ${file}: ${r.naba} mentions, longest gap between frames ${r.gap} ms; said: ${r.said.join(' / ')}`);
        await page.screenshot({ path: join(ARTIFACTS, `sites-${file.replace('.html', '')}.png`) });
        assert(r.naba > 1000, `mentions ${r.naba}`);
        // Said while it reads the page, and again while it paints and builds the panel.
        assert(r.said.some((s) => s.includes('قراءة')) && r.said.some((s) => s.includes('التظليل')), `progress shown: ${JSON.stringify(r.said)}`);
        assert(r.gap < 800, `the page froze for ${r.gap} ms`);
        // The panel's long lists still answer: the last timeline entry scrolls its clause into view.
        const focused = await page.evaluate(async () => {
          const ev = [...document.getElementById('naba-panel-host').shadowRoot.querySelectorAll('.tl-event')];
          ev[ev.length - 1].click();
          // (A smooth scroll across 90,000 px takes over a second: waited until it comes to rest.)
          for (let i = 0, last = -1, still = 0; i < 40 && still < 3; i++) {
            await new Promise((ok) => setTimeout(ok, 200));
            still = scrollY === last ? still + 1 : 0; last = scrollY;
          }
          const [range] = CSS.highlights.get('naba-focus');
          const b = range.getBoundingClientRect();
          return { n: ev.length, top: b.top, bottom: b.bottom, h: innerHeight };
        });
        assert(focused.n > 500 && focused.top >= 0 && focused.bottom <= focused.h, JSON.stringify(focused));
        await page.keyboard.press('Escape');
      });
    }
    await t.test('sites: no page errors', async () => { assert(errors.length === 0, errors.join('; ')); });
  } finally {
    await ctx.close();
    server.close();
  }
}
