// Seven more full saved news pages (tests/e2e/pages/full2/, the team's own text), of site families the
// pages in full/ do not cover: a Tunisian site with a French menu, login and footer and «جانفي» dates; a
// Gulf news agency with an English/French/Arabic switch, a Hijri dateline and a press-photo caption; an
// Egyptian page with an autoplaying video box that floats into a corner on scroll, ads and a «اقرأ أيضا»
// link between paragraphs; a Yemeni blog (Blogger) whose post is <br>-separated lines, with its archive
// widget and dated comments; a sports page with a scoreboard that sticks to the top on scroll, a stats
// table, a standings table and a minute-by-minute list; an opinion page with the writer's photo card and
// a long quote; an endless-scroll page that appends the next story below the first. Each page's article
// text is marked `data-body`. They share full/page.js (ticker, late cookie bar, gallery keys, wheel
// scrolling) and full/site.css.
//   node tests/e2e/full2-only.mjs
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ROOT, serve, assert, fullPageSuite } from './lib.mjs';

// [file, the article's date, the day its «أمس …» falls on, names that must be painted (all right now)]
const PAGES = [
  ['maghreb.html', '2025-01-16', '2025-01-15', ['عز الدين بن الشيخ', 'المعهد الوطني للإحصاء'], '2025-02-03'],
  ['agency.html', '2024-12-12', '2024-12-11', ['أنور إبراهيم', 'خالد الفالح', 'الرياض']],
  ['video.html', '2024-06-22', '2024-06-21', ['أحمد عبد الحميد', 'أوسيم', 'وزارة التموين'], '2024-06-30'],
  ['blog.html', '2024-11-19', '2024-11-18', ['عدن', 'تعز', 'أبو محمد']],
  ['match.html', '2024-11-08', '2024-11-07', ['سالم الدوسري', 'كريستيانو رونالدو', 'جدة'], '2024-11-22'],
  ['opinion.html', '2025-03-09', '2025-03-08', ['بغداد', 'وزارة الموارد المائية العراقية'], '1933'],
  ['infinite.html', '2024-10-14', '2024-10-13', ['أبو سنينة', 'الوكالة الألمانية للتعاون الدولي']],
];
// What the core still gets wrong on these pages (not www's to fix): printed, not failed; a line that
// stops being true is said so, so it can be moved to the checks above.
const KNOWN = [
  ['match.html', 'the minute-by-minute list is not read', (r) => !r.painted.includes('مالكوم') && !r.text.includes('صافرة النهاية')],
  ['opinion.html', '«رفعة الجادرجي» in the quote is not a person', (r) => !r.painted.includes('الجادرجي')],
  ['opinion.html', '«قبل أكثر من أربعين عاما» is an exact day', (r) => r.heads.some((h) => /^1985-03-09/.test(h))],
  ['blog.html', '«الله» of «إن شاء الله» is painted (MISC)', (r) => r.names.includes('MISC:الله')],
];
// Core errors these pages showed and the core no longer makes (fixed in the seventeenth session or
// before): each must stay gone.
const FIXED = [
  ['match.html', 'the score «2-1» before «مساء أمس الخميس» is read as 1 pm', (r) => r.dates.includes('1 مساء أمس الخميس')],
  ['video.html', '«وكيل» alone (of «وكيل وزارة التموين بالجيزة أحمد عبد الحميد») is a person', (r) => r.names.includes('PER:وكيل')],
  ['maghreb.html', 'the governorates باجة، جندوبة، الكاف، سليانة are not places', (r) => !r.painted.includes('جندوبة')],
  ['opinion.html', 'the writer of the card (د. نادية الشمري) is not the byline', (r) => !r.card.includes('الشمري')],
  ['blog.html', 'the Blogger byline (سلمى الحكيمي) is not read', (r) => !r.card.includes('الحكيمي')],
];

export async function full2Tests(t) {
  await fullPageSuite(t, {
    name: 'full2', folder: 'full2', port: 8777, shots: 'x17', match: '*', pages: PAGES, known: KNOWN, fixed: FIXED,
    ready: () => window.__ticks > 2 && document.querySelector('.cookie'),
    title: 'only the article is painted, its dates hang on its own day, its names are found, the page is left as it was',
    check(r, [, ref, yesterday, names, other]) {
      assert(r.inside >= 6 && r.outside.length === 0, `painted outside the article: ${r.outside.join(' | ')} (${r.inside} inside)`);
      // (A page of several articles says that each one's relative dates count from its own card's date.)
      assert(r.ref === ref && (r.refLine.includes(ref) || r.cards > 1 && r.refLine.includes('لكل مقال')), `reference ${r.ref} (${r.refLine}), the article's date is ${ref}`);
      assert(r.heads.some((h) => h.startsWith(yesterday)), `«أمس …» is not ${yesterday}: ${r.heads.join(' | ')}`);
      if (other) assert(r.heads.some((h) => h.startsWith(other)), `no ${other} in the timeline: ${r.heads.join(' | ')}`);
      // Nothing resolved against today (2026 or later on this machine's clock).
      const late = r.heads.filter((h) => +h.slice(0, 4) > +ref.slice(0, 4) + 1);
      assert(!late.length, `dates after ${ref}'s next year: ${late.join(' | ')}`);
      const missing = names.filter((n) => !r.painted.includes(n));
      assert(!missing.length, `not painted: ${missing.join(', ')} (painted: ${r.names.join(', ')})`);
      assert(r.tags + r.bodyImgs === 0 && r.pwned === undefined, `page text made markup: ${r.tags + r.bodyImgs} elements, pwned ${r.pwned}`);
    },
  }, async ({ page, errors, shots, shot, open, run, panel }) => {
    // A box the page makes position:fixed after the panel opened, by a class it sets on scroll: the
    // video that floats into the bottom corner (the panel's side), the scoreboard that sticks to the top
    // across the whole width. Each is moved or narrowed out from under the panel (on a phone lifted above
    // the sheet), its own buttons reachable; scrolled back, it gets its own style back.
    for (const [file, sel, width, height] of [['video.html', '#vbox', 1280, 800], ['match.html', '.score', 1280, 800], ['video.html', '#vbox', 390, 844]]) {
      await t.test(`full2 ${file} at ${width}px: a box the page makes fixed on scroll after the panel opened is not left under the panel`, async () => {
        await open(file, width, height);
        const own = await page.evaluate((s) => document.querySelector(s).getAttribute('style'), sel);
        await run(file);
        // On the phone, with the sheet open (the page's cookie bar, which would cover the video there
        // without the panel too, accepted first).
        if (width < 700) {
          await page.click('[data-act=cookie-ok]');
          await panel(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.bar button').click());
          await page.waitForTimeout(200);
        }
        await page.mouse.move(width > 700 ? 900 : 200, 200);
        await page.mouse.wheel(0, 800);
        await page.waitForTimeout(900);
        const r = await page.evaluate((s) => {
          const e = document.querySelector(s), b = e.getBoundingClientRect();
          const p = document.getElementById('naba-panel-host').shadowRoot.querySelector('.panel').getBoundingClientRect();
          const overlap = Math.max(0, Math.min(b.right, p.right) - Math.max(b.left, p.left)) * Math.max(0, Math.min(b.bottom, p.bottom) - Math.max(b.top, p.top));
          // The box's own control (the video's ×) or its middle, under the pointer, is the box's.
          const c = (e.querySelector('button') || e).getBoundingClientRect();
          const hit = document.elementFromPoint((c.left + c.right) / 2, (c.top + c.bottom) / 2);
          return { fixed: getComputedStyle(e).position, overlap, hit: !!hit && e.contains(hit), box: [b.left, b.top, b.right, b.bottom].map(Math.round), panel: [p.left, p.top, p.right, p.bottom].map(Math.round) };
        }, sel);
        await shot(`${file.replace('.html', '')}-${width}-fixed-on-scroll`);
        assert(r.fixed === 'fixed' && r.overlap === 0 && r.hit, `the box made fixed on scroll: ${JSON.stringify(r)}`);
        await page.mouse.wheel(0, -3000);
        await page.waitForTimeout(900);
        const back = await page.evaluate((s) => ({ style: document.querySelector(s).getAttribute('style'), fixed: getComputedStyle(document.querySelector(s)).position }), sel);
        assert(back.fixed !== 'fixed' && back.style === own, `scrolled back: ${JSON.stringify(back)}, its own style ${own}`);
        await page.keyboard.press('Escape');
        assert(errors.length === 0, errors.join('; '));
      });
    }

    // A window between a phone's and a wide desktop's (a tablet, half a screen): docked beside, the page
    // kept its 290px sidebar (its media queries see the whole window) and its article's column went to a
    // few words a line. There the panel is the sheet, as on a phone, and the article keeps its column;
    // wider, or once the window is widened, the panel docks beside again.
    for (const [file, width, sheet] of [['agency.html', 768, true], ['opinion.html', 900, true], ['agency.html', 1024, false]]) {
      await t.test(`full2 ${file} at ${width}px: the panel ${sheet ? 'is the sheet: docked beside, it squeezed the article\'s column' : 'docks beside'}, and a mention chosen by keyboard is shown clear of it`, async () => {
        await open(file, width, 900);
        const col = () => page.evaluate(() => Math.round(document.querySelector('[data-body] p').getBoundingClientRect().width));
        const before = await col();
        await run(file);
        const mode = () => panel(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.panel').className);
        const after = await col();
        assert((await mode()).includes('sheet') === sheet && (sheet ? after === before : after >= 280), `${await mode()}: the column ${before} → ${after}px`);
        if (sheet) {
          await page.keyboard.press('Shift+Tab'); // ▴
          await page.keyboard.press('Enter');
          await page.waitForTimeout(200);
        }
        let n = 0;
        for (; n < 30; n++) {
          await page.keyboard.press('Tab');
          if (await panel(() => document.getElementById('naba-panel-host').shadowRoot.activeElement?.classList.contains('entity'))) break;
        }
        await page.keyboard.press('Enter');
        await page.waitForTimeout(900);
        const r = await page.evaluate(() => {
          const [range] = CSS.highlights.get('naba-focus') || [];
          const b = range && range.getBoundingClientRect();
          const p = document.getElementById('naba-panel-host').shadowRoot.querySelector('.panel').getBoundingClientRect();
          return { mention: b && [b.left, b.top, b.right, b.bottom].map(Math.round), panel: [p.left, p.top, p.right, p.bottom].map(Math.round) };
        });
        await shot(`${file.replace('.html', '')}-${width}-${sheet ? 'sheet' : 'docked'}`);
        const clear = r.mention && (sheet ? r.mention[3] <= r.panel[1] && r.mention[1] >= 0 : r.mention[0] >= r.panel[2]);
        assert(n < 30 && clear, JSON.stringify(r));
        if (sheet) {
          // Widened: docked beside, the column wide enough.
          await page.setViewportSize({ width: 1280, height: 900 });
          await page.waitForTimeout(400);
          const wide = { mode: await mode(), col: await col() };
          assert(!wide.mode.includes('sheet') && wide.col >= 280, JSON.stringify(wide));
        }
        await page.keyboard.press('Escape');
        assert(errors.length === 0, errors.join('; '));
      });
    }

    // Hovering a painted date shows the day it was resolved to, against the article's own date (a week,
    // a span as the timeline shows it; a date without a value says so); a name still shows its type.
    for (const [file, cases] of [
      ['maghreb.html', [['أمس الأربعاء', '2025-01-15'], ['3 فيفري القادم', '2025-02-03'], ['عز الدين بن الشيخ', 'شخص']]],
      ['blog.html', [['أمس الاثنين', '2024-11-18'], ['الأسبوع القادم', '2024-11-25 – 2024-12-01'], ['منذ سنوات', 'غير محدد']]],
      ['video.html', [['يوم الأحد 30 يونيو', '2024-06-30'], ['بداية الشهر الجاري', '2024-06-01 – 2024-06-10']]],
    ]) {
      await t.test(`full2 ${file}: hovering a painted date shows the day it stands for, against the article's date`, async () => {
        await open(file, 1280, 900);
        if (file === 'video.html') await page.click('.vclose'); // (its floating video would lie over the text)
        await run(file);
        const bad = [];
        for (const [text, want] of cases) {
          const at = await page.evaluate((w) => {
            for (const n of ['naba-DATE', 'naba-PER']) {
              for (const r of CSS.highlights.get(n) || []) {
                if (String(r) !== w) continue;
                const e = r.startContainer.parentElement;
                e.scrollIntoView({ block: 'center' });
                const q = r.getClientRects()[0];
                return { x: (q.left + q.right) / 2, y: (q.top + q.bottom) / 2 };
              }
            }
            return null;
          }, text);
          if (!at) { bad.push(`${text}: not painted`); continue; }
          await page.mouse.move(at.x, at.y);
          await page.waitForTimeout(80);
          const tip = await panel(() => { const x = document.getElementById('naba-panel-host').shadowRoot.querySelector('.tip'); return { hidden: x.hidden, text: x.textContent }; });
          const type = want === 'شخص' ? 'شخص' : 'تاريخ';
          if (tip.hidden || !tip.text.replace(/[\u2066-\u2069]/g, '').includes(want) || !tip.text.includes(type)) bad.push(`${text}: ${JSON.stringify(tip)}`);
        }
        await page.mouse.move(5, 5);
        assert(!bad.length, bad.join('; '));
        await page.keyboard.press('Escape');
      });
    }

    await t.test('full2 maghreb.html: from the French menu\'s login field, Tab walks the panel to the timeline, Enter shows an entry, Escape gives the focus back', async () => {
      await open('maghreb.html', 1280, 900);
      await page.focus('nav input[type=password]');
      await run('maghreb.html');
      const at = () => page.evaluate(() => {
        const a = document.activeElement;
        if (a.id !== 'naba-panel-host') return a.getAttribute('type') || a.localName;
        const b = a.shadowRoot.activeElement;
        return b ? b.className || b.localName : 'host';
      });
      const walk = [];
      for (let i = 0; i < 30 && !walk.includes('tl-event'); i++) { await page.keyboard.press('Tab'); walk.push(await at()); }
      assert(walk[0] === 'card' && walk.includes('entity ent-PER') && walk.at(-1) === 'tl-event', `Tab order: ${walk.join(', ')}`);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(700);
      const focus = await page.evaluate(() => [...(CSS.highlights.get('naba-focus') || [])].map(String));
      assert(focus.length === 1 && focus[0].includes('2023'), `Enter on the first timeline entry: ${focus}`);
      await page.keyboard.press('Escape');
      const r = await page.evaluate(() => ({ host: !!document.getElementById('naba-panel-host'), at: document.activeElement.getAttribute('type') }));
      assert(!r.host && r.at === 'password', `after Escape: ${JSON.stringify(r)}`);
    });

    // The demo page, given the blog's saved HTML (a post of <br>-separated lines) and the opinion
    // article's text as a reader copies it: lines become paragraphs, the quote stays text.
    await t.test('demo: the blog page pasted as HTML and the opinion article pasted as text', async () => {
      const www = await serve(join(ROOT, 'www'), 8778);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(www.url);
        await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready', null, { timeout: 60000 });
        const paste = async (text, want) => {
          await page.evaluate(() => { document.getElementById('input-panel').open = true; });
          await page.fill('#input', text);
          await page.click('#go');
          await page.waitForFunction((w) => document.querySelector('.article h2')?.textContent.includes(w), want, { timeout: 20000 });
          return page.evaluate(() => ({
            paras: [...document.querySelectorAll('.article p:not(.summary)')].map((p) => p.textContent),
            meta: document.querySelector('.article .meta').textContent,
            marks: [...document.querySelectorAll('.timeline .mark text')].map((x) => x.textContent.split(' ')[0]),
            tags: document.querySelectorAll('#articles img, #articles script').length,
            pwned: window.__pwned,
          }));
        };
        const blog = await paste(readFileSync(join(ROOT, 'tests', 'e2e', 'pages', 'full2', 'blog.html'), 'utf8'), 'الطريق من عدن');
        await page.screenshot({ path: join(shots, 'full2-demo-blog.png') });
        assert(blog.paras.length === 5 && blog.paras[4].includes('<img src=x'), `the blog's lines: ${blog.paras.map((p) => p.slice(0, 30)).join(' | ')}`);
        assert(blog.meta.includes('2024-11-19') && blog.marks.includes('2024-11-18') && blog.tags === 0 && blog.pwned === undefined, JSON.stringify(blog));
        // The demo's hover tip over a date: its day, as in the extension.
        const at = await page.evaluate(() => {
          const r = [...CSS.highlights.get('naba-DATE')].find((x) => String(x) === 'أمس الاثنين');
          r.startContainer.parentElement.scrollIntoView({ block: 'center' });
          const q = r.getClientRects()[0];
          return { x: (q.left + q.right) / 2, y: (q.top + q.bottom) / 2 };
        });
        await page.mouse.move(at.x, at.y);
        await page.waitForFunction(() => !document.getElementById('tooltip').hidden, null, { timeout: 3000 });
        const tip = await page.textContent('#tooltip');
        assert(tip.includes('2024-11-18') && tip.includes('تاريخ'), `the demo's tip over «أمس الاثنين»: ${tip}`);
        const html = readFileSync(join(ROOT, 'tests', 'e2e', 'pages', 'full2', 'opinion.html'), 'utf8');
        const plain = ['المدن التي تنسى أنهارها', 'الأحد 9 مارس 2025', ...[...html.matchAll(/<(?:p|blockquote)>([^<]+)<\/(?:p|blockquote)>/g)].map((m) => m[1])].join('\n');
        const op = await paste(plain, 'المدن التي تنسى');
        await page.screenshot({ path: join(shots, 'full2-demo-opinion.png') });
        assert(op.paras.some((p) => p.startsWith('«النهر')) && op.meta.includes('2025-03-09') && op.marks.includes('2025-03-08') && op.marks.includes('1933'), JSON.stringify(op));
        assert(errors.length === 0, errors.join('; '));
      } finally { www.close(); }
    });
  });
}
