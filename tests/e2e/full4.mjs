// Six more full saved news pages (tests/e2e/pages/full4/, the team's own text), of site families the
// pages in full/, full2/, full3/ and reader/ do not cover: a Palestinian interview (questions and answers,
// pull quotes, the interviewer's box, other interviews with their dates); an Iraqi TV site's report (a
// video player with timecodes and chapters, a transcript with speakers, a «most watched» rail of
// durations, views and dates); a Lebanese story dated only by its byline's <time datetime> (its text says
// «منذ ساعتين»); a fact-check (the claim box quotes a post of two days before and an old photo's date,
// a verdict, dated sources); an Algerian page whose menus, footer and consent dialog are French, the
// dialog over the page when naba is clicked, with a focus trap; a ministry's media centre whose accessibility bar carries
// the site's own today's date and whose footer a later «last updated» one. Each page's article text is
// marked `data-body`. They share full/page.js (ticker, late cookie bar, gallery keys, wheel scrolling) and
// full/site.css.
//   node tests/e2e/full4-only.mjs
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ROOT, serve, assert, panelState, fullPageSuite } from './lib.mjs';

// [file, the article's date, the day its «أمس …» falls on, names that must be painted, another date of the timeline]
const PAGES = [
  ['interview.html', '2024-04-23', '2024-04-22', ['ريم الخطيب', 'طوباس', 'سلطة المياه الفلسطينية', 'الوكالة اليابانية للتعاون الدولي'], '2023-08'],
  ['tv.html', '2023-11-27', '2023-11-26', ['أربيل', 'سردار حسن', 'البصرة'], '2023-12-15'],
  ['time-attr.html', '2025-05-06', '2025-05-05', ['مصطفى حجازي', 'وزارة البيئة اللبنانية'], '2025-05-20'],
  ['factcheck.html', '2024-02-15', '2024-02-14', ['خالد العدوان', 'مادبا', 'مديرية الأرصاد الجوية الأردنية'], '2018-11'],
  ['cmp.html', '2025-09-17', '2025-09-16', ['سعيد سعيود', 'وهران'], '2025-10-05'],
  ['ministry.html', '2024-12-03', '2024-12-02', ['سعد آل حماد', 'الرياض'], '2025-01-01'],
];
// Words of the page's chrome that must not be painted nor listed (menus, widgets, rails, dialogs, footers).
const CHROME = {
  'interview.html': ['إبراهيم نصر الله', 'رفيديا', 'جنين', 'قلقيلية'],
  'tv.html': ['نينوى', 'دهوك', 'زاخو', 'كركوك', 'فيتنام'],
  'time-attr.html': ['الناقورة', 'مرجعيون', 'النبطية', 'جزين'],
  'factcheck.html': ['محمد النجار', 'إربد', 'الزرقاء', 'الرياض'],
  'cmp.html': ['Tizi Ouzou', 'Béjaïa', 'قسنطينة', 'Echorouk', 'RGPD'],
  'ministry.html': ['أحمد الراجحي', 'جدة', 'مساند'],
};
// What the core still gets wrong on these pages (not www's to fix): printed, not failed; a line that
// stops being true is said so, so it can be moved to the checks above.
const KNOWN = [
  ['tv.html', '«المزارع كاوه رسول» is cut to «كاوه»', (r) => r.names.includes('PER:كاوه')],
  ['factcheck.html', '«وادي الموجب» and «البحر الميت» are not places', (r) => !r.painted.includes('البحر الميت')],
];
// Core errors these pages showed and the core no longer makes (fixed in the seventeenth session or
// before): each must stay gone.
const FIXED = [
  ['interview.html', 'the byline keeps the place after the name: «سامر عودة · طوباس» (docs/api.md: the author\'s name only)', (r) => r.card.includes('سامر عودة · طوباس')],
  ['tv.html', 'the byline keeps the place after the name: «هيمن عبد الله · أربيل»', (r) => r.card.includes('هيمن عبد الله · أربيل')],
  ['cmp.html', '«نوفمبر» of «ساحة أول نوفمبر» (a square) is a date', (r) => r.dates.includes('نوفمبر')],
  ['tv.html', '«الله» of «والله السنة الرمان زين» is painted (MISC)', (r) => r.names.includes('MISC:الله')],
  ['interview.html', '«لي» of «وقال لي مزارع» is a person', (r) => r.names.includes('PER:لي')],
  ['cmp.html', '«الترامواي راهو» (Algerian «the tram is …») is a name (MISC)', (r) => r.names.includes('MISC:الترامواي راهو')],
  ['cmp.html', '«بلدية بئر الجير» is cut to «بلدية بئر»', (r) => r.names.includes('ORG:بلدية بئر')],
  ['ministry.html', '«الهيئة السعودية للمراجعين والمحاسبين» is cut before «والمحاسبين»', (r) => r.names.includes('ORG:الهيئة السعودية للمراجعين')],
];

// Byline stamps that count from when the page was made, as the <time datetime="2025-05-06T09:40…"> of
// time-attr.html may say them (Levantine, Gulf, Arabic-Indic digits), and one that names its day: only
// the last is shown as the page wrote it beside the value; the others, shown, were wrong on every later day.
const STAMPS = [['منذ ساعتين', false], ['قبل 3 ساعات', false], ['منذ ٤٥ دقيقة', false], ['قبل يومين', false], ['قبل ساعة', false], ['منذ 3 أيام', false], ['الثلاثاء 6 أيار 2025', true]];

export async function full4Tests(t) {
  await fullPageSuite(t, {
    name: 'full4', folder: 'full4', port: 8782, shots: 'x20', pages: PAGES, cleared: true, known: KNOWN, fixed: FIXED,
    ready: () => window.__ticks > 2 && document.querySelector('.cookie'),
    title: 'only the article is painted, its dates hang on its own day, its names are found, the chrome\'s are not, the page is left as it was',
    check(r, [file, ref, yesterday, names, other]) {
      assert(r.inside >= 6 && r.outside.length === 0, `painted outside the article: ${r.outside.join(' | ')} (${r.inside} inside)`);
      assert(r.ref === ref && r.refLine.includes(ref), `reference ${r.ref} (${r.refLine}), the article's date is ${ref}`);
      assert(r.heads.some((h) => h.startsWith(yesterday)), `«أمس …» is not ${yesterday}: ${r.heads.join(' | ')}`);
      assert(r.heads.some((h) => h.startsWith(other)), `no ${other} in the timeline: ${r.heads.join(' | ')}`);
      // Nothing resolved against today (2026-12 on this machine's clock) nor the page's later dates.
      const late = r.heads.filter((h) => +h.slice(0, 4) > +ref.slice(0, 4) + 1);
      assert(!late.length, `dates after ${ref}'s next year: ${late.join(' | ')}`);
      const missing = names.filter((n) => !r.painted.includes(n));
      assert(!missing.length, `not painted: ${missing.join(', ')} (painted: ${r.names.join(', ')})`);
      const chrome = CHROME[file].filter((w) => r.painted.some((p) => p.includes(w)) || r.text.includes(w));
      assert(!chrome.length, `the page's chrome painted or listed: ${chrome.join(', ')}`);
      assert(r.tags + r.bodyImgs === 0 && r.pwned === undefined, `page text made markup: ${r.tags + r.bodyImgs} elements, pwned ${r.pwned}`);
    },
  }, async ({ page, errors, shots, shot, open, run, panel }) => {
    await t.test('full4 time-attr.html: a byline stamp that counts from when the page was made («منذ ساعتين», «قبل 3 ساعات» …) is not shown as the article\'s date; its <time datetime> day is', async () => {
      const bad = [];
      for (const [stamp, shown] of STAMPS) {
        await open('time-attr.html', 1280, 900);
        await page.evaluate((s) => { document.querySelector('.byline time').textContent = s; }, stamp);
        await run('time-attr.html');
        const r = await panelState(page);
        const line = await panel(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.card .meta')?.textContent || '');
        if (!line.includes('2025-05-06') || line.includes(stamp) !== shown || r.ref !== '2025-05-06') bad.push(`${stamp}: «${line}», reference ${r.ref}`);
        await page.keyboard.press('Escape');
      }
      await open('time-attr.html', 390, 844);
      await run('time-attr.html');
      await panel(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.bar button').click());
      await page.waitForTimeout(150);
      await shot('time-attr-390-stamp');
      await page.keyboard.press('Escape');
      assert(!bad.length, bad.join('; '));
      assert(errors.length === 0, errors.join('; '));
    });

    // A consent dialog's focus trap (capturing listeners, as a focus-trap library sets them; or bubbling
    // ones): while it is up, the panel keeps the focus naba gave it, Tab walks the panel to an entity and
    // the timeline, Enter there shows the mention, none of it reaches the page's trap nor its shortcuts;
    // Escape closes the panel, and the page's trap works as before.
    for (const mode of ['capture', 'bubble']) {
      await t.test(`full4 cmp.html (focus trap on ${mode}): the consent dialog's trap does not take the panel's focus; Tab, Enter and Escape work in the panel; the trap works again after`, async () => {
        await open('cmp.html', 1280, 900);
        await page.evaluate((m) => { window.__trapMode = m; window.__trapped = 0; }, mode);
        await run('cmp.html');
        const at = () => page.evaluate(() => {
          const a = document.activeElement;
          if (a.id !== 'naba-panel-host') return `${a.localName}:${a.textContent.trim().slice(0, 12)}`;
          const b = a.shadowRoot.activeElement;
          return b ? b.className || b.localName : 'host';
        });
        const first = await at();
        await page.evaluate(() => { window.__pageKeys.length = 0; });
        const walk = [];
        for (let i = 0; i < 40 && !walk.includes('tl-event'); i++) { await page.keyboard.press('Tab'); walk.push(await at()); }
        await page.keyboard.press('Enter');
        await page.waitForTimeout(700);
        const r = await page.evaluate(() => ({ trapped: window.__trapped, keys: window.__pageKeys.length, focus: CSS.highlights.get('naba-focus')?.size || 0 }));
        await shot(`cmp-1280-trap-${mode}`);
        assert(first === 'button' && walk[0] === 'card' && walk.includes('entity ent-PER') && walk.at(-1) === 'tl-event', `focus after naba: ${first}; Tab: ${walk.join(', ')}`);
        assert(r.trapped === 0 && r.keys === 0 && r.focus === 1, `the page's trap ran ${r.trapped} times, its key handler saw ${r.keys} keys; Enter focused ${r.focus} mentions`);
        await page.keyboard.press('Escape');
        assert(!(await page.evaluate(() => !!document.getElementById('naba-panel-host'))), 'Escape in the panel left it open');
        await page.focus('nav a');
        const back = await page.evaluate(() => ({ trapped: window.__trapped, at: document.activeElement.textContent }));
        assert(back.trapped >= 1 && back.at === 'Accepter', `the page's trap after closing: ${JSON.stringify(back)}`);
        assert(errors.length === 0, errors.join('; '));
      });
    }

    // The demo page, given two of these pages' saved HTML: the story dated only by its byline's
    // <time datetime> (the text «منذ ساعتين») and the ministry's page whose bar carries the site's
    // own today: each article's date is its own, its «أمس» the day before it, and the status counts the
    // entities listed.
    await t.test('demo: the <time datetime> page and the ministry page pasted as HTML keep their own dates', async () => {
      const www = await serve(join(ROOT, 'www'), 8783);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(www.url);
        await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready', null, { timeout: 60000 });
        for (const [file, want, date, yesterday, not] of [['time-attr.html', 'تنظيف الشاطئ', '2025-05-06', '2025-05-05', ['الناقورة', 'مرجعيون']],
          ['ministry.html', 'توطين مهن المحاسبة', '2024-12-03', '2024-12-02', ['أحمد الراجحي', 'جدة']]]) {
          await page.evaluate(() => { document.getElementById('input-panel').open = true; });
          await page.fill('#input', readFileSync(join(ROOT, 'tests', 'e2e', 'pages', 'full4', file), 'utf8'));
          await page.click('#go');
          await page.waitForFunction((w) => document.querySelector('.article h2')?.textContent.includes(w) && document.getElementById('status').dataset.state === 'ready', want, { timeout: 20000 });
          const r = await page.evaluate(() => ({
            meta: document.querySelector('.article .meta').textContent,
            names: [...document.querySelectorAll('.entity .name')].map((x) => x.textContent),
            marks: [...document.querySelectorAll('.timeline .mark text')].map((x) => x.textContent.split(' ')[0]),
            status: document.getElementById('status').textContent,
            tags: document.querySelectorAll('#articles img, #articles script').length,
          }));
          await page.screenshot({ path: join(shots, `full4-demo-${file.replace('.html', '')}.png`) });
          const n = +(/(\d+) كيان/.exec(r.status) || [])[1];
          assert(n === r.names.length, `status «${r.status}» above ${r.names.length} entities`);
          assert(r.meta.includes(date) && r.marks.includes(yesterday) && r.tags === 0, JSON.stringify(r));
          const wrong = not.filter((x) => r.names.includes(x));
          assert(!wrong.length, `listed from outside the article: ${wrong.join(', ')}`);
        }
        // The byline's stamps as the demo shows them (the same words as the extension's card).
        const bad = [];
        const html = readFileSync(join(ROOT, 'tests', 'e2e', 'pages', 'full4', 'time-attr.html'), 'utf8');
        for (const [stamp, shown] of STAMPS) {
          await page.evaluate(() => { document.getElementById('input-panel').open = true; });
          await page.fill('#input', html.replace('>منذ ساعتين</time>', `>${stamp}</time>`));
          await page.click('#go');
          await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready' && document.querySelector('.article .meta .published'), null, { timeout: 20000 });
          const line = await page.evaluate(() => document.querySelector('.article .meta .published').textContent);
          if (!line.includes('2025-05-06') || line.includes(stamp) !== shown) bad.push(`${stamp}: «${line}»`);
        }
        assert(!bad.length, `the demo's date line: ${bad.join('; ')}`);
        assert(errors.length === 0, errors.join('; '));
      } finally { www.close(); }
    });
  });
}
