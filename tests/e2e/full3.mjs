// Five more full saved news pages (tests/e2e/pages/full3/, the team's own text), of site families the
// pages in full/ and full2/ do not cover: a Jordanian site built of web components, whose story's body
// lies in a shadow root (a fact box of it in a closed one, nested), with its share bar and comments in
// shadow roots too and a reader's post embedded in an <iframe srcdoc>; a Moroccan page whose body comes
// 300 ms after the page and whose second half after «اقرأ المزيد»; an Arabic story on a bilingual
// site whose date lines, menu and sidebar are English; a Syrian story under 48 readers' comments full of
// names, places and dates, with a comment form; a Gulf newspaper's front page with two stories of the
// same day side by side in columns. Each page's article text is marked `data-body`. They share
// full/page.js (ticker, late cookie bar, gallery keys, wheel scrolling) and full/site.css.
//   node tests/e2e/full3-only.mjs
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ROOT, serve, assert, panelState, fullPageSuite } from './lib.mjs';

// [file, the article's date, the day its «أمس …» falls on, names that must be painted, another date of the timeline]
const PAGES = [
  ['shadow.html', '2025-02-18', '2025-02-17', ['يوسف الشواربة', 'صويلح', 'وزارة النقل', 'البنك الأوروبي لإعادة الإعمار والتنمية'], '2024-11'],
  ['late.html', '2024-09-05', '2024-09-04', ['محمد ربيع الخليع', 'القنيطرة'], '2024-10'],
  ['rtl-en.html', '2025-01-14', '2025-01-13', ['توفيق دبوسي', 'طرابلس', 'الاتحاد الأوروبي'], '2025-01-19'],
  ['comments.html', '2025-03-12', '2025-03-11', ['حلب', 'منظمة اليونسكو'], '2025-06'],
  ['columns.html', '2024-07-08', '2024-07-07', ['جاسم بن سيف السليطي', 'الدوحة'], '2024-09'],
];
// What the core still gets wrong on these pages (not www's to fix): printed, not failed; a line that
// stops being true is said so, so it can be moved to the checks above.
const KNOWN = [];
// Core errors these pages showed and the core no longer makes (fixed this session): each must stay gone.
const FIXED = [
  ['shadow.html', '«الكهرباء» of «تحويل … إلى الكهرباء» is a place', (r) => r.names.includes('LOC:الكهرباء')],
  ['shadow.html', '«بعد أسبوعين من التشغيل التجريبي» (two weeks of trial behind it) is a day two weeks ahead', (r) => r.heads.some((h) => h.startsWith('2025-03-04'))],
  ['columns.html', 'the source line keeps the «·» before it: «المصدر: · الدوحة - قنا»', (r) => r.card.includes('المصدر: · الدوحة')],
  // (Fixed in the seventeenth session: same-day stories in columns are an article each.)
  ['columns.html', 'the second column\'s story (الكويت تبدأ صرف دعم العمالة الوطنية) is not read', (r) => r.cards === 1 && !r.painted.includes('الكويت')],
];

export async function full3Tests(t) {
  await fullPageSuite(t, {
    name: 'full3', folder: 'full3', port: 8780, shots: 'x19', pages: PAGES, cleared: true, known: KNOWN, fixed: FIXED, heading: 'h1, h2',
    // (late.html's body comes 300 ms after the page: the reader clicks once it is there.)
    ready: () => window.__ticks > 2 && document.querySelector('.cookie') && !document.querySelector('.skeleton'),
    title: 'only the article is painted, its dates hang on its own day, its names are found, the page is left as it was',
    check(r, [, ref, yesterday, names, other]) {
      assert(r.inside >= 6 && r.outside.length === 0, `painted outside the article: ${r.outside.join(' | ')} (${r.inside} inside)`);
      assert(r.ref === ref && r.refLine.includes(ref), `reference ${r.ref} (${r.refLine}), the article's date is ${ref}`);
      assert(r.heads.some((h) => h.startsWith(yesterday)), `«أمس …» is not ${yesterday}: ${r.heads.join(' | ')}`);
      assert(r.heads.some((h) => h.startsWith(other)), `no ${other} in the timeline: ${r.heads.join(' | ')}`);
      const late = r.heads.filter((h) => +h.slice(0, 4) > 2030);
      assert(!late.length, `dates past the story's horizon: ${late.join(' | ')}`);
      const missing = names.filter((n) => !r.painted.includes(n));
      assert(!missing.length, `not painted: ${missing.join(', ')} (painted: ${r.names.join(', ')})`);
      assert(r.tags === 0, `page text made markup: ${r.tags} elements`);
    },
  }, async ({ page, errors, shots, shot, open, run, panel }) => {
    const painted = () => panelState(page);

    // A story in a shadow root: a mention there shows its tip on hover (the pointer's text position is
    // looked up in the shadow roots read), and its components keep working: the closed fact box keeps its
    // frame, the comments their text.
    await t.test('full3 shadow.html: hovering a mention in the story\'s shadow root shows its name and type; the components are left as they were', async () => {
      await open('shadow.html', 1280, 900);
      const before = await page.evaluate(() => document.querySelector('reader-comments').shadowRoot.textContent);
      await run('shadow.html');
      const bad = [];
      for (const [text, want] of [['يوسف الشواربة', 'شخص'], ['أمس الاثنين', '2025-02-17'], ['تشرين الثاني 2024', '2024-11']]) {
        const at = await page.evaluate((w) => {
          for (const n of ['naba-PER', 'naba-DATE']) {
            for (const r of CSS.highlights.get(n) || []) {
              if (String(r) !== w) continue;
              r.startContainer.parentElement.scrollIntoView({ block: 'center' });
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
        if (tip.hidden || !tip.text.replace(/[\u2066-\u2069]/g, '').includes(want)) bad.push(`${text}: ${JSON.stringify(tip)}`);
      }
      await page.mouse.move(5, 5);
      await shot('shadow-1280-hover');
      assert(!bad.length, bad.join('; '));
      await page.keyboard.press('Escape');
      const after = await page.evaluate(() => ({ comments: document.querySelector('reader-comments').shadowRoot.textContent, frame: getComputedStyle(document.querySelector('news-story').shadowRoot.querySelector('fact-box')).display }));
      assert(after.comments === before && after.frame === 'block', JSON.stringify(after));
    });

    // A page that changes after the panel opened: «اقرأ المزيد» draws the story's body anew with its
    // second half. A click in the panel then finds its words gone from the page: the panel says so (it did
    // nothing at all), and how to read the page again. A second click on naba reads it again: the new
    // paragraphs are painted, their «الاثنين الماضي» hangs on the story's Thursday, nothing twice.
    await t.test('full3 late.html: after «اقرأ المزيد» redraws the body the panel says the page changed; a second click reads the added paragraphs, each mention painted once', async () => {
      await open('late.html', 1280, 900);
      await run('late.html');
      const first = await painted();
      await page.click('.more');
      await page.locator('#naba-panel-host .entity', { hasText: 'القنيطرة' }).click(); // (a place of the redrawn body, not of the headline)
      await page.waitForTimeout(300);
      const said = await panel(() => [...document.getElementById('naba-panel-host').shadowRoot.querySelectorAll('.note[role=status]')].map((n) => n.textContent));
      await shot('late-1280-changed');
      assert(said.length === 1 && said[0].includes('تغيّرت هذه الصفحة') && said[0].includes('مرة أخرى'), `after the body was redrawn, a click in the panel: ${JSON.stringify(said)}`);
      await run('late.html');
      const gone = await panel(() => document.getElementById('naba-panel-host').shadowRoot.querySelectorAll('.note[role=status]').length);
      assert(gone === 0, 'the note is gone after the page was read again');
      const r = await painted();
      await shot('late-1280-more');
      assert(r.painted.includes('بن جرير') || r.painted.includes('إسبانيا'), `the added paragraphs are not painted: ${r.names.join(', ')}`);
      assert(r.heads.some((h) => h.startsWith('2024-09-02')), `«يوم الاثنين الماضي» of 2024-09-05: ${r.heads.join(' | ')}`);
      assert(r.inside > first.inside && r.outside.length === 0, `${first.inside} → ${r.inside}; outside ${r.outside.join(' | ')}`);
      // (Painted no more often than the article writes it: the first click's ranges are gone.)
      const n = await page.evaluate(() => ({ painted: [...CSS.highlights.get('naba-LOC')].filter((x) => String(x) === 'مراكش').length,
        written: [...document.querySelectorAll('[data-body]')].map((e) => e.textContent).join(' ').split('مراكش').length - 1 }));
      assert(n.painted >= 2 && n.painted <= n.written, `«مراكش» painted ${n.painted} times, written ${n.written}`);
      await page.keyboard.press('Escape');
      assert(errors.length === 0, errors.join('; '));
    });

    // Keyboard: from the comment form's text box, the panel takes the focus; Tab walks it to an entity
    // and to the timeline, Enter there shows the words (no hover needed); Escape in the page's own field
    // stays the page's, Escape in the panel closes it and gives the focus back to the text box.
    await t.test('full3 comments.html: from the comment box, Tab walks the panel, Enter shows a timeline entry, Escape closes and gives the focus back', async () => {
      await open('comments.html', 1280, 900);
      await page.focus('.cform textarea');
      await run('comments.html');
      const at = () => page.evaluate(() => {
        const a = document.activeElement;
        if (a.id !== 'naba-panel-host') return a.localName;
        const b = a.shadowRoot.activeElement;
        return b ? b.className || b.localName : 'host';
      });
      const walk = [];
      for (let i = 0; i < 30 && !walk.includes('tl-event'); i++) { await page.keyboard.press('Tab'); walk.push(await at()); }
      assert(walk[0] === 'card' && walk.some((w) => w.startsWith('entity')) && walk.at(-1) === 'tl-event', `Tab order: ${walk.join(', ')}`);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(700);
      const focus = await page.evaluate(() => {
        const [r] = CSS.highlights.get('naba-focus') || [];
        if (!r) return null;
        const b = r.getBoundingClientRect(), p = document.getElementById('naba-panel-host').shadowRoot.querySelector('.panel').getBoundingClientRect();
        return { text: String(r), seen: b.top >= 0 && b.bottom <= innerHeight && b.left >= p.right };
      });
      assert(focus && focus.text.includes('1986') && focus.seen, `Enter on the first timeline entry: ${JSON.stringify(focus)}`);
      await shot('comments-1280-keyboard');
      await page.keyboard.press('Escape');
      const r = await page.evaluate(() => ({ host: !!document.getElementById('naba-panel-host'), at: document.activeElement.localName }));
      assert(!r.host && r.at === 'textarea', `after Escape: ${JSON.stringify(r)}`);
      assert(errors.length === 0, errors.join('; '));
    });

    // The demo page, given two of these pages' saved HTML: the English date line gives the date, the
    // comments' names and places stay out of the list, and the status line counts the entities the list
    // shows (it counted their mentions: «8 كيانات» above six).
    await t.test('demo: the bilingual page and the commented page pasted as HTML; the status counts the entities listed', async () => {
      const www = await serve(join(ROOT, 'www'), 8781);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(www.url);
        await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready', null, { timeout: 60000 });
        for (const [file, want, date, yesterday, not] of [['rtl-en.html', 'مرفأ طرابلس', '2025-01-14', '2025-01-13', ['Faraya', 'Beirut']],
          ['comments.html', 'سوق المدينة', '2025-03-12', '2025-03-11', ['أبو خالد', 'دمشق', 'باب النصر']]]) {
          await page.evaluate(() => { document.getElementById('input-panel').open = true; });
          await page.fill('#input', readFileSync(join(ROOT, 'tests', 'e2e', 'pages', 'full3', file), 'utf8'));
          await page.click('#go');
          await page.waitForFunction((w) => document.querySelector('.article h2')?.textContent.includes(w) && document.getElementById('status').dataset.state === 'ready', want, { timeout: 20000 });
          const r = await page.evaluate(() => ({
            meta: document.querySelector('.article .meta').textContent,
            names: [...document.querySelectorAll('.entity .name')].map((x) => x.textContent),
            marks: [...document.querySelectorAll('.timeline .mark text')].map((x) => x.textContent.split(' ')[0]),
            status: document.getElementById('status').textContent,
          }));
          await page.screenshot({ path: join(shots, `full3-demo-${file.replace('.html', '')}.png`) });
          const n = +(/(\d+) كيان/.exec(r.status) || [])[1];
          assert(n === r.names.length, `status «${r.status}» above ${r.names.length} entities`);
          assert(r.meta.includes(date) && r.marks.includes(yesterday), JSON.stringify(r));
          const wrong = not.filter((x) => r.names.includes(x));
          assert(!wrong.length, `listed from outside the article: ${wrong.join(', ')}`);
        }
        // On a phone, the bilingual page's date lines: the Latin words isolated, each value readable
        // and on one line (it was «2025-» above «01-14», and «(2025-01-14T13:05)» drawn in pieces).
        await page.setViewportSize({ width: 390, height: 844 });
        await page.evaluate(() => { document.getElementById('input-panel').open = true; });
        await page.fill('#input', readFileSync(join(ROOT, 'tests', 'e2e', 'pages', 'full3', 'rtl-en.html'), 'utf8'));
        await page.click('#go');
        await page.waitForFunction(() => document.querySelector('.article h2')?.textContent.includes('مرفأ') && document.getElementById('status').dataset.state === 'ready', null, { timeout: 20000 });
        const m = await page.evaluate(() => ({
          isos: [...document.querySelectorAll('.article .meta .iso')].map((e) => [e.textContent, e.getClientRects().length]),
          bdi: [...document.querySelectorAll('.article .meta bdi:not(.iso)')].map((e) => e.textContent),
        }));
        await page.evaluate(() => document.querySelector('.article').scrollIntoView());
        await page.screenshot({ path: join(shots, 'full3-demo-rtl-en-390.png') });
        assert(JSON.stringify(m.isos) === JSON.stringify([['2025-01-14', 1], ['2025-01-14 13:05', 1]]), `the values: ${JSON.stringify(m.isos)}`);
        assert(m.bdi.includes('14 January 2025 - 13:05 GMT'), `the update line isolated: ${JSON.stringify(m.bdi)}`);
        assert(errors.length === 0, errors.join('; '));
      } finally { www.close(); }
    });
  });
}
