// Full saved news pages (tests/e2e/pages/full/, the team's own text in the markup real sites use): a
// top menu with a login form, a breaking-news ticker, a cookie banner the page adds late, a «most read»
// sidebar with dates, the article with its figure, author box, tags and share row, related cards,
// dated comments and a footer; a page without dir or lang and mixed LTR, a live blog, two stories
// chained by «إقرأ أيضاً:», an AMP phone page, a Moroccan page under a login wall. Each page's article
// text is marked `data-body` (only what the core is expected to read). The page's own script (page.js)
// ticks, takes the arrow keys and Space for its gallery and every wheel turn for its smooth scrolling.
//   node tests/e2e/full-only.mjs
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ROOT, ARTIFACTS, serve, assert, fullPageSuite } from './lib.mjs';

// The article's date, and the day its «أمس» (or «الأحد الماضي») falls on.
const PAGES = [
  ['portal.html', '2024-03-14', '2024-03-13'],
  ['nodir.html', '2024-05-08', '2024-05-06'],
  ['live.html', '2023-12-24', '2023-12-23'],
  // Two stories of different days: each one's «أمس» hangs on its own date (the second's, 30 آب, on 29 آب).
  ['chained.html', '2024-09-02', '2024-09-01', '2024-08-29'],
  ['amp.html', '2025-02-17', '2025-02-16'],
  ['paywall.html', '2024-06-19', '2024-06-18'],
  // Today's date in the header, the article's own date in a line after its body («نُشر بتاريخ: 03/02/2025
  // - 06:15 م · عمّان - بترا»): its «أمس» hangs on that day, not on the header's nor on today.
  ['header-date.html', '2025-02-03', '2025-02-02'],
];

export async function fullTests(t) {
  await fullPageSuite(t, {
    name: 'full', folder: 'full', port: 8775, pages: PAGES,
    ready: () => window.__ticks > 2 && document.querySelector('.cookie, .bottombar'),
    title: 'only the article is painted, its dates hang on its own day, the page and its scripts are left as they were',
    check(r, [, ref, yesterday, second]) {
      r.fromPage = !r.refLine.includes('لا تاريخ نشر');
      assert(r.inside >= 6 && r.outside.length === 0, `painted outside the article: ${r.outside.join(' | ')} (${r.inside} inside)`);
      // The reference line names the day the relative dates hang on (or, for stories of several days,
      // says each hangs on its own).
      const perArticle = r.refLine.includes('لكل مقال من تاريخ نشره');
      assert(perArticle === !!second, `reference line: ${r.refLine} (one story per day expected: ${!second})`);
      assert(perArticle || r.refLine.includes(r.ref) && (r.fromPage || r.refLine.includes('لا تاريخ نشر')), `reference line: ${r.refLine} (${r.ref})`);
      if (second) assert(r.heads.some((h) => h.startsWith(second)), `the second story's «أمس» is not ${second}: ${r.heads.join(' | ')}`);
      if (ref) {
        assert(r.ref === ref && r.fromPage, `reference ${r.ref}, the article's date is ${ref}`);
        assert(r.heads.some((h) => h.startsWith(yesterday)), `«أمس»/«الأحد الماضي» is not ${yesterday}: ${r.heads.join(' | ')}`);
        // Nothing is resolved against today: every value lies within a year or two of the article's.
        const year = +ref.slice(0, 4);
        const far = r.heads.filter((h) => Math.abs(+h.slice(0, 4) - year) > 1);
        assert(!far.length, `dates far from ${ref}: ${far.join(' | ')}`);
      }
      assert(r.tags === 0 && r.pwned === undefined, `page text made markup: ${r.tags} elements, pwned ${r.pwned}`);
    },
  }, async ({ page, errors, shot, open, run, panel: shadow }) => {

    await t.test('full: the panel is worked by keyboard alone, its keys never reach the page\'s own shortcuts, and Escape gives the focus back', async () => {
      await open('portal.html', 1280, 900);
      await page.focus('input[type=email]');
      await run('portal.html');
      await page.evaluate(() => { window.__pageKeys.length = 0; window.__pageEscapes = 0; });
      const at = () => page.evaluate(() => {
        const a = document.activeElement;
        if (a.id !== 'naba-panel-host') return a.localName;
        const b = a.shadowRoot.activeElement;
        return b ? b.className || b.localName : 'host';
      });
      // Tab from × walks the card, the exports, the entities and every timeline entry, all in the panel.
      const walk = [];
      for (let i = 0; i < 40 && !walk.includes('tl-event'); i++) { await page.keyboard.press('Tab'); walk.push(await at()); }
      assert(walk[0] === 'card' && walk.includes('entity ent-PER') && walk.at(-1) === 'tl-event', `Tab order: ${walk.join(', ')}`);
      // Enter on a timeline entry (no hover needed): its mention is focused, the keyboard stays in the panel.
      await page.keyboard.press('Enter');
      await page.waitForTimeout(700);
      const picked = await page.evaluate(() => ({ focus: CSS.highlights.get('naba-focus')?.size || 0, text: [...(CSS.highlights.get('naba-focus') || [])].map((r) => r.toString()).join() }));
      assert(picked.focus === 1 && await at() === 'tl-event', `Enter on the timeline: ${JSON.stringify(picked)}, focus on ${await at()}`);
      // The arrow keys scroll the panel's list (the page's gallery script takes them for itself), Space too.
      const top0 = await shadow(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.body').scrollTop);
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(500); // (a smooth scroll)
      const top1 = await shadow(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.body').scrollTop);
      const seen = await page.evaluate(() => window.__pageKeys.slice());
      assert(seen.length === 0, `keys pressed in the panel reached the page: ${seen.join(', ')}`);
      assert(top1 > top0, `ArrowDown did not scroll the panel: ${top0} → ${top1}`);
      await page.keyboard.press('Escape');
      const closed = await page.evaluate(() => ({ host: !!document.getElementById('naba-panel-host'), at: document.activeElement.getAttribute('type'), esc: window.__pageEscapes }));
      assert(!closed.host && closed.at === 'email' && closed.esc === 0, `after Escape: ${JSON.stringify(closed)}`);
    });

    await t.test('full: Escape typed in the page\'s own field or taken by its dialog is the page\'s; the panel stays', async () => {
      await open('paywall.html', 1280, 900);
      await run('paywall.html');
      await page.click('.wall input');
      await page.keyboard.press('Escape');
      const kept = await page.evaluate(() => ({ host: !!document.getElementById('naba-panel-host'), esc: window.__pageEscapes }));
      assert(kept.host && kept.esc === 1, `Escape in the page's field: ${JSON.stringify(kept)}`);
      // A page's dialog that closes on Escape and says so (preventDefault).
      await page.evaluate(() => {
        document.querySelector('.wall button').focus();
        document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape' && document.querySelector('.wall')) { document.querySelector('.wall').remove(); ev.preventDefault(); } }, { capture: true, once: true });
      });
      await page.keyboard.press('Escape');
      const dialog = await page.evaluate(() => ({ host: !!document.getElementById('naba-panel-host'), wall: !!document.querySelector('.wall') }));
      assert(dialog.host && !dialog.wall, `Escape closing the page's dialog: ${JSON.stringify(dialog)}`);
      // Anywhere else (the page's link, the panel), Escape closes the panel.
      await page.focus('nav a');
      await page.keyboard.press('Escape');
      assert(!(await page.evaluate(() => !!document.getElementById('naba-panel-host'))), 'Escape on a page link left the panel open');
    });

    await t.test('full: the wheel over the panel scrolls its list, not the page, on a page whose smooth-scroll script takes every wheel turn', async () => {
      await open('chained.html', 1280, 600);
      await run('chained.html');
      const at = await shadow(() => { const r = document.getElementById('naba-panel-host').shadowRoot.querySelector('.body').getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
      await page.mouse.move(at.x, at.y);
      const before = await page.evaluate(() => window.scrollY);
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(400);
      const r = await page.evaluate(() => ({ list: document.getElementById('naba-panel-host').shadowRoot.querySelector('.body').scrollTop, page: window.scrollY }));
      assert(r.list > 0 && r.page === before, `wheel over the panel: list ${r.list}, page ${before} → ${r.page}`);
      // At the list's end, more turns stay in the panel: the article beneath does not move.
      for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, 1500); await page.waitForTimeout(150); }
      await page.waitForTimeout(300);
      const end = await page.evaluate(() => { const b = document.getElementById('naba-panel-host').shadowRoot.querySelector('.body'); return { left: b.scrollHeight - b.clientHeight - b.scrollTop, page: window.scrollY }; });
      assert(end.left < 2 && end.page === before, `wheel at the list's end: ${JSON.stringify(end)}, page was at ${before}`);
      // Over the page, the page's own script still scrolls it.
      await page.mouse.move(900, 300);
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(300);
      assert(await page.evaluate(() => window.scrollY) > before, 'the page\'s own wheel scrolling stopped');
      await page.keyboard.press('Escape');
    });

    // The page's own bars over the part the panel leaves free: a sticky header at its top, a cookie bar
    // (or a «follow us» bar) lifted above the phone's sheet at its bottom. A mention brought into view
    // is shown between them, not under them: all its lines when it fits there, else its first.
    for (const [file, width, height] of [['portal.html', 390, 844], ['amp.html', 390, 844], ['portal.html', 1280, 560]]) {
      await t.test(`full ${file} at ${width}×${height}: a mention clicked in the panel is not left under the page's sticky header or its bottom bar`, async () => {
        await open(file, width, height);
        await run(file);
        if (width < 700) await shadow(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.bar button').click());
        await page.waitForTimeout(200);
        const n = await shadow(() => document.getElementById('naba-panel-host').shadowRoot.querySelectorAll('.entity, .tl-event').length);
        const bad = [];
        for (let i = 0; i < n; i++) {
          await shadow((k) => document.getElementById('naba-panel-host').shadowRoot.querySelectorAll('.entity, .tl-event')[k].click(), i);
          await page.waitForTimeout(700);
          const r = await page.evaluate(() => {
            const [range] = CSS.highlights.get('naba-focus');
            const top = Math.max(0, document.querySelector('.topnav, header').getBoundingClientRect().bottom);
            const low = document.querySelector('.cookie, .bottombar').getBoundingClientRect().top;
            const lines = [...range.getClientRects()].filter((q) => q.width > 1);
            const seen = (q) => { const h = document.elementFromPoint((q.left + q.right) / 2, (q.top + q.bottom) / 2); return !!h && h.contains(range.startContainer); };
            const b = range.getBoundingClientRect();
            const check = b.height <= low - top - 8 ? lines : lines.slice(0, 1);
            return { text: range.toString().slice(0, 24), ok: check.every(seen), y: [b.top, b.bottom].map(Math.round), room: [top, low].map(Math.round) };
          });
          if (!r.ok) bad.push(JSON.stringify(r));
        }
        await shot(`${file.replace('.html', '')}-${width}x${height}-bars`);
        assert(n >= 8 && !bad.length, `${bad.length} of ${n} under the page's bars: ${bad.join('; ')}`);
        await page.keyboard.press('Escape');
      });
    }

    await t.test('full: hovering a mention on the window\'s last line shows its name whole, inside the window', async () => {
      await open('live.html', 1280, 700);
      await page.click('[data-act=cookie-ok]'); // the page's own consent: its bar goes
      await run('live.html');
      const bad = [];
      for (const edge of ['bottom', 'top']) {
        // A person's mention scrolled to the window's bottom edge (then just below the sticky menu), the pointer on it.
        const at = await page.evaluate((e) => {
          const [range] = [...CSS.highlights.get('naba-PER')];
          const r0 = range.getBoundingClientRect(), menu = document.querySelector('.topnav').getBoundingClientRect().height;
          window.scrollBy(0, e === 'bottom' ? r0.bottom - innerHeight + 4 : r0.top - menu - 4);
          const r = range.getBoundingClientRect();
          return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
        }, edge);
        await page.mouse.move(at.x, at.y);
        await page.waitForTimeout(100);
        const tip = await shadow(() => { const t = document.getElementById('naba-panel-host').shadowRoot.querySelector('.tip'); const r = t.getBoundingClientRect(); return { hidden: t.hidden, top: r.top, bottom: r.bottom, text: t.textContent, vh: innerHeight }; });
        if (tip.hidden || tip.top < 0 || tip.bottom > tip.vh || !tip.text.includes('شخص')) bad.push(`${edge}: ${JSON.stringify(tip)}`);
      }
      assert(!bad.length, bad.join('; '));
      await page.keyboard.press('Escape');
    });

    await t.test('full: on a phone the folded sheet opens by keyboard, and a timeline entry Entered shows its words above the sheet', async () => {
      await open('amp.html', 390, 844);
      await run('amp.html');
      await page.evaluate(() => { window.__pageKeys.length = 0; });
      await page.keyboard.press('Shift+Tab'); // ▴
      await page.keyboard.press('Enter');
      await page.waitForTimeout(200);
      const sheet = await shadow(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.panel').className);
      assert(sheet.includes('open'), `the sheet: ${sheet}`);
      let n = 0;
      for (; n < 30; n++) {
        await page.keyboard.press('Tab');
        if (await shadow(() => document.getElementById('naba-panel-host').shadowRoot.activeElement?.classList.contains('tl-event'))) break;
      }
      await page.keyboard.press('Enter');
      await page.waitForTimeout(900);
      const r = await page.evaluate(() => {
        const [range] = CSS.highlights.get('naba-focus') || [];
        const b = range && range.getBoundingClientRect();
        const p = document.getElementById('naba-panel-host').shadowRoot.querySelector('.panel').getBoundingClientRect();
        return { mention: b && [b.top, b.bottom].map(Math.round), sheet: Math.round(p.top), keys: window.__pageKeys.length };
      });
      await shot('amp-390-keyboard');
      assert(n < 30 && r.mention && r.mention[0] >= 0 && r.mention[1] <= r.sheet && r.keys === 0, JSON.stringify(r));
      await page.keyboard.press('Escape');
    });

    // The demo page, given a full saved page as HTML: its hover tip stays inside the window, on one
    // line, at a line's start (the right edge) and on the window's last line, and its timeline works by keyboard (Space too).
    await t.test('demo: a full page pasted as HTML: the hover tip stays inside the window; a timeline mark answers Enter and Space', async () => {
      const www = await serve(join(ROOT, 'www'), 8776);
      try {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.goto(www.url);
        await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready', null, { timeout: 60000 });
        await page.evaluate(() => { document.getElementById('input-panel').open = true; });
        await page.fill('#input', readFileSync(join(ROOT, 'tests', 'e2e', 'pages', 'full', 'portal.html'), 'utf8'));
        await page.selectOption('#format', 'html');
        await page.click('#go');
        await page.waitForFunction(() => document.querySelector('.article h2')?.textContent.includes('الغردقة'), null, { timeout: 20000 });
        await page.setViewportSize({ width: 1280, height: 500 });
        const bad = [];
        for (const edge of ['right', 'bottom']) {
          // The mention nearest the window's right edge (an RTL line's start), or the last one scrolled to the window's last line.
          const at = await page.evaluate((e) => {
            window.scrollTo(0, 0);
            const all = ['naba-PER', 'naba-LOC', 'naba-ORG'].flatMap((h) => [...(CSS.highlights.get(h) || [])]);
            // (each line of a mention on its own: one across two lines has its box's corner between them)
            const lines = all.flatMap((r) => [...r.getClientRects()].map((q) => ({ r, q })));
            const key = ({ q }) => (e === 'right' ? q.right : q.bottom);
            const { r, q: q0 } = lines.reduce((a, b) => (key(b) > key(a) ? b : a));
            const dy = e === 'bottom' ? q0.bottom - innerHeight + 3 : q0.top - 150;
            window.scrollBy(0, dy);
            const q = { left: q0.left, right: q0.right, top: q0.top - dy, bottom: q0.bottom - dy };
            return { x: e === 'right' ? q.right - 6 : (q.left + q.right) / 2, y: (q.top + q.bottom) / 2, text: r.toString() };
          }, edge);
          await page.mouse.move(at.x, at.y);
          await page.waitForTimeout(100);
          const tip = await page.evaluate(() => { const t = document.getElementById('tooltip'); const r = t.getBoundingClientRect(); return { hidden: t.hidden, box: [r.left, r.top, r.right, r.bottom].map(Math.round), vw: document.documentElement.clientWidth, vh: innerHeight }; });
          if (tip.hidden || tip.box[0] < 0 || tip.box[1] < 0 || tip.box[2] > tip.vw || tip.box[3] > tip.vh || tip.box[3] - tip.box[1] > 42) bad.push(`${at.text} (${edge}): ${JSON.stringify(tip)}`);
        }
        await page.screenshot({ path: join(ARTIFACTS, 'full-demo-portal.png') });
        assert(!bad.length, bad.join('; '));
        for (const key of ['Enter', ' ']) {
          await page.evaluate(() => { CSS.highlights.delete('naba-focus'); window.scrollTo(0, 0); });
          await page.focus('.timeline .mark');
          await page.keyboard.press(key === ' ' ? 'Space' : key);
          await page.waitForTimeout(200);
          const r = await page.evaluate(() => ({ focus: CSS.highlights.get('naba-focus')?.size || 0, y: window.scrollY }));
          assert(r.focus === 1, `${key === ' ' ? 'Space' : key} on a timeline mark: ${JSON.stringify(r)}`);
        }
        assert(errors.length === 0, errors.join('; '));
      } finally { www.close(); }
    });
  });
}
