// Six more full saved news pages (tests/e2e/pages/full4/, the team's own text), of site families the
// pages in full/, full2/, full3/ and reader/ do not cover: a Palestinian interview (questions and answers,
// pull quotes, the interviewer's box, other interviews with their dates); an Iraqi TV site's report (a
// video player with timecodes and chapters, a transcript with speakers, a «most watched» rail of
// durations, views and dates); a Lebanese story dated only by its byline's <time datetime> (its text says
// «منذ ساعتين»); a fact-check (the claim box quotes a post of two days before and an old photo's date,
// a verdict, dated sources); an Algerian page whose menus, footer and consent dialog are French, the
// dialog over the page when naba is clicked; a ministry's media centre whose accessibility bar carries
// the site's own today's date and whose footer a later «last updated» one. Each page's article text is
// marked `data-body`. They share full/page.js (ticker, late cookie bar, gallery keys, wheel scrolling) and
// full/site.css.
//   node tests/e2e/full4-only.mjs
import { join } from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import { ROOT, ARTIFACTS, serve, launch, assert, extensionForTests, serviceWorker, nabaRun, screenshot, panelState } from './lib.mjs';

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
  'interview.html': ['إبراهيم نصر الله', 'رفيديا', 'جنين', 'سامر عودة'],
  'tv.html': ['نينوى', 'دهوك', 'زاخو', 'كركوك', 'فيتنام'],
  'time-attr.html': ['الناقورة', 'مرجعيون', 'النبطية', 'جزين'],
  'factcheck.html': ['محمد النجار', 'إربد', 'الزرقاء', 'الرياض'],
  'cmp.html': ['Tizi Ouzou', 'Béjaïa', 'قسنطينة', 'Echorouk', 'RGPD'],
  'ministry.html': ['أحمد الراجحي', 'جدة', 'مساند'],
};
// What the core still gets wrong on these pages (not www's to fix): printed, not failed; a line that
// stops being true is said so, so it can be moved to the checks above.
const KNOWN = [
  ['tv.html', 'the player\'s chapter list («00:12 الحقول في سهل حرير …») is read as the article\'s first lines', (r) => r.text.includes('00:12') || r.card.includes('00:12')],
  ['interview.html', '«لي» of «وقال لي مزارع» is a person', (r) => r.names.includes('PER:لي')],
  ['cmp.html', '«نوفمبر» of «ساحة أول نوفمبر» (a square) is a date', (r) => r.dates.includes('نوفمبر')],
  ['cmp.html', '«الترامواي راهو» (Algerian «the tram is …») is a name (MISC)', (r) => r.names.includes('MISC:الترامواي راهو')],
  ['cmp.html', '«بلدية بئر الجير» is cut to «بلدية بئر»', (r) => r.names.includes('ORG:بلدية بئر')],
  ['ministry.html', '«الهيئة السعودية للمراجعين والمحاسبين» is cut before «والمحاسبين»', (r) => r.names.includes('ORG:الهيئة السعودية للمراجعين')],
  ['factcheck.html', '«وادي الموجب» and «البحر الميت» are not places', (r) => !r.painted.includes('البحر الميت')],
];

export async function full4Tests(t) {
  const dir = extensionForTests();
  const server = await serve(join(ROOT, 'tests', 'e2e', 'pages'), 8782);
  const ctx = await launch([`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]);
  const shots = join(ARTIFACTS, 'x20');
  mkdirSync(shots, { recursive: true });
  try {
    const sw = await serviceWorker(ctx);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await ctx.newCDPSession(page);
    const shot = (name) => screenshot(cdp, join(shots, `full4-${name}.png`));
    const open = async (file, width, height) => {
      await page.setViewportSize({ width, height });
      await page.goto(`${server.url}full4/${file}`);
      await page.waitForFunction(() => window.__ticks > 2 && document.querySelector('.cookie'), null, { timeout: 5000 });
    };
    const run = (file) => nabaRun(sw, page, `${server.url}full4/${file}`, { settle: 200 });
    const panel = (fn, arg) => page.evaluate(fn, arg);
    const layoutOf = () => page.evaluate(() => {
      const h = document.querySelector('h1').getBoundingClientRect();
      return JSON.stringify({ h: [h.left, h.width, h.height], style: document.documentElement.getAttribute('style'), sw: document.documentElement.scrollWidth });
    });

    for (const [file, ref, yesterday, names, other] of PAGES) {
      for (const [width, height] of [[1280, 900], [390, 844]]) {
        await t.test(`full4 ${file} at ${width}px: only the article is painted, its dates hang on its own day, its names are found, the chrome's are not, the page is left as it was`, async () => {
          await open(file, width, height);
          const before = await layoutOf();
          const ticks = await page.evaluate(() => window.__ticks);
          await run(file);
          if (width < 700) await panel(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.bar button').click());
          await page.waitForTimeout(150);
          await shot(`${file.replace('.html', '')}-${width}`);
          const r = await panelState(page);
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
          assert(await page.evaluate(() => window.__ticks) > ticks, 'the page script stopped');
          if (width > 700) {
            for (const [f, why, holds] of KNOWN) {
              if (f === file) console.log(`     ${holds(r) ? 'known core miss' : 'NO LONGER SEEN'} (${f}): ${why}`);
            }
          }
          await page.keyboard.press('Escape');
          const after = await layoutOf();
          assert(after === before, `layout after closing: ${after}, before: ${before}`);
          const left = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('naba-')).length);
          assert(left === 0, `${left} highlights left after closing`);
          assert(errors.length === 0, errors.join('; '));
        });
      }
    }
  } finally {
    await ctx.close();
    server.close();
  }
}
