// A tenth set of full saved news pages (tests/e2e/pages/full10/, the team's own text), of site families the
// pages in full/ … full9/ do not cover: a Kuwaiti paper whose story's date is only in an English line under
// the headline («Published: Dec 3, 2025 - 10:45 AM», kuwait.html); an Egyptian portal whose story is a
// <section itemprop="articleBody"> with <h2> sub-headings and a quote box (itemprop.html); a Lebanese site
// with the Levantine months «تشرين الثاني», «كانون الأول», «آب» and a meta row's «منذ 3 ساعات» beside the full
// date (lebanon.html); two stories side by side, the page's story and a live column of another one, its
// updates timestamped 10:45, 11:20 (live.html); a carousel of long picture captions (other places, other
// days) between every two paragraphs (carousel.html). Each has a menu, a ticker, a cookie bar, a «most read»
// rail with its own dates, comments and a footer (most a login form too). The article's text is marked
// `data-body`. They share full/page.js and full/site.css.
//   node tests/e2e/full10-only.mjs          (FULL10_DUMP=1 prints each page's names, dates and timeline heads)
import { assert, panelState, fullPageSuite, fullPageCheck, FULL_PAGE } from './lib.mjs';

// [file, title, the article's date, the day its «أمس …» falls on, other days its relative dates fall on,
//  names that must be painted, another date of the timeline]
const PAGES = [
  ['kuwait.html', 'الكويت: مجلس الوزراء يقر خطة لتطوير جزيرة فيلكا على ثلاث مراحل', '2025-12-03', '2025-12-02', ['2025-12-07'],
    ['الكويت', 'وزارة المالية'], '2029-03'],
  ['itemprop.html', 'الإسكندرية: خطة لحماية الشواطئ من التآكل حتى 2030', '2025-10-14', '2025-10-13', ['2025-10-16'],
    ['الإسكندرية', 'الاتحاد الأوروبي'], '2024-06'],
  ['live.html', 'تونس: أمطار غزيرة تغمر أحياء في العاصمة وتعليق الدروس في ثلاث ولايات', '2025-11-20', '2025-11-19', ['2025-11-22'],
    ['تونس', 'وزارة التربية'], '2018-10'],
  ['lebanon.html', 'بيروت: المرفأ يستقبل أول سفينة حاويات عملاقة منذ الانفجار', '2025-11-15', '2025-11-14', ['2025-12'],
    ['بيروت', 'عمر عيتاني'], '2020-08'],
  ['carousel.html', 'البتراء تستقبل مليون زائر للمرة الأولى منذ خمس سنوات', '2025-11-30', '2025-11-29', ['2025-12-03'],
    ['البتراء', 'فارس البريزات'], '2020'],
];
// Pages with known core misses that fail the full check (below, KNOWN): opened by their own test, which
// checks what holds (one article, its title, the misses of FIXED gone) and prints the misses. Each moves to
// PAGES once fixed.
const LATER = [];
// Words of the page's chrome that must not be painted nor listed (menus, tickers, rails, the live column,
// the carousel's captions, comments, footers).
const CHROME = {
  'kuwait.html': ['الجهراء', 'الأحمدي', 'حولي', 'الفروانية', 'السالمي', 'بوناصر', 'أم فهد'],
  'itemprop.html': ['المنتزه', 'العجمي', 'برج العرب', 'المعمورة', 'كرموز', 'عمود السواري', 'ميامي'],
  'lebanon.html': ['طرابلس', 'صيدا', 'زحلة', 'جبيل', 'جونية', 'جورج'],
  'live.html': ['صفاقس', 'سوسة', 'بنزرت', 'البرلمان', 'وزير المالية', 'قانون المالية', 'المنزه'],
  'carousel.html': ['وادي رم', 'جرش', 'مأدبا', 'العقبة', 'عجلون', 'الكرك', 'كنيسة الخارطة', 'قلعة الربض', 'وادي موسى'],
};
// Form and footer words no page's panel may show.
const FORMS = ['كلمة المرور', 'اشترك', 'جميع الحقوق محفوظة', 'ملفات تعريف الارتباط', 'البريد الإلكتروني', 'تسجيل الدخول'];
// Per page, what else a reader would see wrong (a function of panelState → a message, or '' when right).
const EXTRA = {
  // The rail's 30 and 28 November and its «منذ 4 أيام» (29 November) are other stories'.
  'kuwait.html': (r) => r.heads.filter((h) => /^2025-11-(2[89]|30)/.test(h)).join(', '),
  // The rail's 12 October and its «منذ 3 أيام» (11 October) are other stories'.
  'itemprop.html': (r) => r.heads.filter((h) => /^2025-10-1[12]/.test(h)).join(', '),
  // The rail's 13 and 10 November, its «منذ يومين» (13 November) are other stories'.
  'lebanon.html': (r) => r.heads.filter((h) => /^2025-11-1[03]/.test(h)).join(', '),
  // The live column's clocks are another story's.
  'live.html': (r) => r.dates.filter((d) => /1[01]:[0-5]\d/.test(d)).join(', '),
  // The captions' «أيلول 2023» and «تموز», the rail's 28 November and «منذ 4 أيام» (26 November) are others'.
  'carousel.html': (r) => r.heads.filter((h) => /^2023-09|^2025-0?7|^2025-11-2[68]/.test(h)).join(', '),
};
// What the core still gets wrong on these pages: printed, not failed; a line that stops being true is said
// so, so it can be moved to the checks above.
// (Seen on the first run, 7 December: 51 of 60 checks right at 1280 px, kuwait.html and live.html whole;
// itemprop.html's one miss was the test's, its quote box not marked as the story's. The pages' two misses of
// extraction were fixed on 7 December (night), below in FIXED, and their two names the same night (src/entity/
// correct.rs chain_holders: «رئيس مجلس إدارة المرفأ عمر عيتاني» was painted «المرفأ عمر عيتاني», «رئيس مجلس مفوضي
// السلطة فارس البريزات» the organisation «فارس»): all five pages are checked whole.)
const KNOWN = [];
// Errors these pages showed and the extension or the core no longer makes: each must stay gone (asserted on
// the pages of PAGES and of LATER alike).
const FIXED = [
  ['lebanon.html', 'the meta row\'s spans have no space between them (`<span>بيروت - ريتا شمعون</span><span>منذ 3 ساعات</span><span>السبت 15 تشرين الثاني 2025</span>`, set apart by CSS margins): read as one glued line, its date was not found; the story had no date and its relative dates fell on today\'s (src/html/extract.rs, `glued_spans`)',
    (r) => r.ref !== '2025-11-15' || !r.heads.some((h) => h.startsWith('2025-11-14'))],
  ['carousel.html', 'the carousel\'s captions (`<span>`s in `<div>`s of classes that say nothing, each glued to its counter «1 / 3») were read as the story\'s lines and painted (src/html/extract.rs, `caption_strips`)',
    (r) => r.outside.some((o) => /جرش|عجلون|العقبة|مأدبا|وادي رم/.test(o)) || /جرش|عجلون|مأدبا|وادي رم/.test(r.card)],
];

// Checks made and missed at 1280 px (what the first run's count is taken from).
const tally = { made: 0, missed: 0 };
const laterTally = { made: 0, missed: 0 };

export async function full10Tests(t) {
  await fullPageSuite(t, {
    name: 'full10', folder: 'full10', port: 8791, shots: 'x29', pages: PAGES, cleared: true, known: KNOWN, fixed: FIXED,
    ...FULL_PAGE,
    chrome: CHROME, forms: FORMS, extra: EXTRA, dump: 'FULL10_DUMP', tally,
  }, async ({ page, errors, open, run, shot }) => {
    for (const entry of LATER) {
      const [file, title] = entry;
      await t.test(`full10 ${file} at 1280px: one article and its title (the rest: KNOWN)`, async () => {
        await open(file, 1280, 900);
        await run(file);
        await page.waitForTimeout(150);
        await shot(`${file.replace('.html', '')}-1280`);
        const r = await panelState(page);
        for (const [f, why, holds] of KNOWN) if (f === file) console.log(`     ${holds(r) ? 'known core miss' : 'NO LONGER SEEN'} (${f}): ${why}`);
        assert(r.cards === 1 && r.card.replace(/\s+/g, ' ').includes(title), `${r.cards} cards, «${r.card.slice(0, 80)}»`);
        for (const [f, why, holds] of FIXED) if (f === file) assert(!holds(r), `back again: ${why}`);
        // The full check, printed (not failed): what is left is the KNOWN misses above.
        try {
          fullPageCheck({ chrome: CHROME, forms: FORMS, extra: EXTRA, tally: laterTally })(r, entry, 1280);
          console.log(`     ${file}: the full check holds`);
        } catch (e) {
          console.log(`     ${file}: ${e.message}`);
        }
        await page.keyboard.press('Escape');
        assert(errors.length === 0, errors.join('; '));
      });
    }
  });
  console.log(`     full10 checks at 1280 px: ${tally.made - tally.missed} of ${tally.made} right (LATER pages: ${laterTally.made - laterTally.missed} of ${laterTally.made})`);
}
