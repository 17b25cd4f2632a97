// An eighth set of full saved news pages (tests/e2e/pages/full8/, the team's own text), of site families the
// pages in full/ … full7/ do not cover: a Lebanese long read in chapters under <h2>, with pull quotes, figure
// captions and a table of contents between the paragraphs (longread.html); an Algerian bilingual paper whose
// menu, login, ticker, footer and cookie text are French around an Arabic story with the Algerian months
// (فيفري, جوان) (bilingual.html); a Jordanian paper in Arabic-Indic digits throughout, its byline «الأحد
// ٢٠٢٥/١/٥», a strip of prayer times (eastern.html); an English site whose root is dir="ltr" lang="en" with a
// Palestinian story inside <article lang="ar" dir="rtl"> (ltr.html); an Emirati story with a «شارك برأيك» poll
// inside it and an accordion «أسئلة شائعة» after it (faq.html); a Kuwaiti print-edition page whose only date is
// the edition's strip («العدد 16234», «الصفحة 7», Gregorian and Hijri) (edition.html); an Omani page whose only
// date is its address (/2025/03/14/), its byline a <time> without datetime («قبل يومين»), a sticky video player
// and a «شاهد أيضاً» carousel inside the story (2025/03/14/urldate.html). Each has a menu, forms, a ticker, a
// cookie bar, a «most read» rail with its own dates and a footer of links. The article's text is marked
// `data-body`. They share full/page.js and full/site.css.
//   node tests/e2e/full8-only.mjs          (FULL8_DUMP=1 prints each page's names, dates and timeline heads)
import { assert, panelState, fullPageSuite, FULL_PAGE } from './lib.mjs';

// [file, title, the article's date, the day its «أمس …» falls on, other days its relative dates fall on,
//  names that must be painted, another date of the timeline]
const PAGES = [
  ['longread.html', 'نهر الليطاني: رحلة التلوث من النبع إلى المصب', '2025-03-12', '2025-03-11', ['2025-03-09'],
    ['ناصر ياسين', 'سامي علوية', 'القرعون'], '2023-09'],
  ['bilingual.html', 'وهران: دخول محطة توليد الكهرباء الجديدة حيز الخدمة', '2025-02-03', '2025-02-02', ['2025-01-30'],
    ['وهران', 'محمد عرقاب'], '2022-06'],
  ['eastern.html', 'أمانة عمان تطلق مشروع الباص السريع إلى الزرقاء', '2025-01-05', '2025-01-04', [],
    ['يوسف الشواربة', 'الزرقاء'], '2025-03'],
  ['ltr.html', 'نابلس: بلدية المدينة تفتتح محطة لمعالجة المياه العادمة بتمويل ألماني', '2025-01-21', '2025-01-20', ['2025-01-18'],
    ['نابلس', 'سامي حجاوي', 'سلطة المياه الفلسطينية'], '2021-04'],
  ['faq.html', 'أبوظبي تعتمد التقويم المدرسي الجديد للعام الأكاديمي المقبل', '2025-04-15', '2025-04-14', ['2025-04-17'],
    ['عامرة المنصوري', 'أبوظبي'], '2025-06-01'],
  ['2025/03/14/urldate.html', 'مسقط: افتتاح متحف عُمان عبر الزمان أمام الزوار بعد التوسعة', '2025-03-14', '2025-03-13', ['2025-03-11'],
    ['سالم المعمري', 'وزارة التراث والسياحة'], '2023-11'],
];
// Words of the page's chrome that must not be painted nor listed (menus, tickers, rails, the poll, the
// accordion, the edition's strip, the carousel, comments, footers; French and English ones too).
const CHROME = {
  'longread.html': ['طرابلس', 'صيدا', 'صور', 'جبيل', 'النبطية', 'عكار', 'القبيات', 'الست نفيسة', 'جونية', 'الهرمل', 'العاصي', 'القموعة', 'نهر إبراهيم'],
  'bilingual.html': ['قسنطينة', 'عنابة', 'تلمسان', 'سطيف', 'بجاية', 'سرايدي', 'مستغانم', 'Tlemcen', 'Annaba', 'Connexion', 'Mot de passe', 'Tous droits', 'cookies', 'Mentions'],
  'eastern.html': ['إربد', 'الكرك', 'مادبا', 'جرش', 'معان', 'الطفيلة', 'العقبة', 'السلط', 'الأغوار الشمالية', 'كنيسة الخارطة'],
  'ltr.html': ['الخليل', 'طولكرم', 'بيت لحم', 'Hebron', 'Tulkarm', 'Jenin', 'Sign in', 'Password', 'Subscribe', 'All rights reserved', 'cookies', 'Chicago'],
  'faq.html': ['دبي', 'الشارقة', 'عجمان', 'الفجيرة', 'العين', 'رأس الخيمة', 'خورفكان', 'أم القيوين', 'الجرف', 'شارع الشيخ زايد', 'شارك برأيك', 'أسئلة شائعة'],
  'edition.html': ['الجهراء', 'الفروانية', 'السالمي', 'المطلاع', 'العدان', 'تحميل PDF', 'صفحات العدد'],
  '2025/03/14/urldate.html': ['صلالة', 'نزوى', 'صحار', 'بهلا', 'عبري', 'ظفار', 'الباطنة', 'حارة العقر', 'صور', 'شاهد أيضاً'],
};
// Form and footer words no page's panel may show.
const FORMS = ['كلمة المرور', 'كلمة السر', 'اشترك', 'جميع الحقوق محفوظة', 'ملفات تعريف الارتباط', 'الكوكيز', 'البريد الإلكتروني', 'صوّت', 'تسجيل الدخول'];
// Per page, what else a reader would see wrong (a function of panelState → a message, or '' when right).
const EXTRA = {
  // The reading time is no date; the comment's Monday (10 March) and the rail's 8 March are others'.
  'longread.html': (r) => [...r.dates.filter((d) => /دقيقة/.test(d)), ...r.heads.filter((h) => /^2025-03-(10|08)/.test(h))].join(', '),
  // The rail's 1 February and 31 January are other stories'.
  'bilingual.html': (r) => r.heads.filter((h) => /^2025-0(2-01|1-31)/.test(h)).join(', '),
  // The prayer times are no dates of the story; the rail's Friday (3 January) is another story's.
  'eastern.html': (r) => [...r.dates.filter((d) => /[٠-٩]:[٠-٩]/.test(d)), ...r.heads.filter((h) => h.startsWith('2025-01-03'))].join(', '),
  // The rail's 19 and 6 January are other stories'.
  'ltr.html': (r) => r.heads.filter((h) => /^2025-01-(19|06)/.test(h)).join(', '),
  // The poll's shares and readers are no dates, its closing day (30 April) is no date of the story; the
  // rail's 13 and 11 April are other stories'.
  'faq.html': (r) => [...r.dates.filter((d) => /%|4,812/.test(d)), ...r.heads.filter((h) => /^2025-04-(30|13|11)/.test(h))].join(', '),
  // The edition's number and page are no dates; the rail's 4 and 2 March are other stories'.
  'edition.html': (r) => [...r.dates.filter((d) => /العدد|16234|الصفحة/.test(d)), ...r.heads.filter((h) => /^2025-03-0[42]/.test(h))].join(', '),
  // The videos' lengths are no clocks; the byline's «قبل يومين» (12 March) is the page's stamp, not the story's.
  '2025/03/14/urldate.html': (r) => [...r.dates.filter((d) => /\d:\d\d/.test(d)), ...r.heads.filter((h) => h.startsWith('2025-03-12'))].join(', '),
};
// The print edition (not in PAGES: its date is a known miss, below; its own test checks the rest).
const EDITION = ['edition.html', 'البلدية: إزالة 300 مخالفة في الأحمدي خلال أسبوعين', '2025-03-06', '2025-03-05', ['2025-03-03'],
  ['فهد العازمي', 'الأحمدي', 'بلدية الكويت'], '2024-10'];
// What the core still gets wrong on these pages (not fixed in this session: src/entity is no file of
// it, and the edition's strip needs more than a small rule): printed, not failed; a line that stops being
// true is said so, so it can be moved to the checks above. (Seen on the first run, 7 December.)
const KNOWN = [
  ['longread.html', '«قرب زحلة»: the Lebanese town is no place, and the byline «زحلة - نادين خوري» gives the writer «زحلة» (src/entity gazetteer, src/article header)',
    (r) => !r.painted.includes('زحلة')],
  // (The strip sits above a row of the edition's page numbers, ten lines over the headline, and is one line
  // of 85 characters holding the number, the day and the page: assemble's «date lines just above the
  // headline» look three lines up at lines under 80 characters. Not fixed: the rule needs the numbers'
  // row skipped and the strip's day taken out of its line; src/html/extract.rs assemble.)
  ['edition.html', 'the print edition\'s strip «العدد 16234 · الخميس 6 مارس 2025 - 6 رمضان 1446 · الصفحة 7» is not the story\'s date: its relative dates are resolved against today (src/html)',
    (r) => r.ref !== '2025-03-06'],
];
// Errors these pages showed and the extension or the core no longer makes: each must stay gone. (Fixed in
// this session, 7 December: www/highlight.js walkDom, the tab's address and a canonical link's.)
const FIXED = [
  ['2025/03/14/urldate.html', 'the page dated only by its address (/2025/03/14/) had no date: the extension sent no address, and its relative dates were resolved against today',
    (r) => r.ref !== '2025-03-14'],
  // (Fixed in the twenty-second session, src/entity: a ministry's portfolio takes no verb opening on و; دائرة
  // heads joined genitives; و is not cut off the feminine of a word the model knows.)
  ['eastern.html', '«وزارة النقل وقّعت الخميس الماضي»: the verb with its shadda was read into the organisation, which swallowed the date «الخميس الماضي» (2025-01-02) (src/entity)',
    (r) => r.names.some((n) => n.startsWith('ORG:') && n.includes('الخميس'))],
  ['faq.html', '«اعتمدت دائرة التعليم والمعرفة»: the Abu Dhabi department was no organisation (src/entity)', (r) => !r.painted.includes('دائرة التعليم والمعرفة')],
  ['faq.html', '«وقالت وكيلة الدائرة» gave a person «كيلة» (the و of وكيلة read as «and») (src/entity)', (r) => r.names.includes('PER:كيلة')],
];

// Checks made and missed at 1280 px (what the first run's count is taken from).
const tally = { made: 0, missed: 0 };

export async function full8Tests(t) {
  await fullPageSuite(t, {
    name: 'full8', folder: 'full8', port: 8788, shots: 'x27', pages: PAGES, cleared: true, known: KNOWN, fixed: FIXED,
    ...FULL_PAGE,
    chrome: CHROME, forms: FORMS, extra: EXTRA, dump: 'FULL8_DUMP', tally,
  }, async ({ page, errors, open, run, shot }) => {
    // The print edition: one article, its title, its names, none of the chrome's, the strip's numbers no
    // dates, nothing painted outside it; its date (the strip's day) is a known miss, printed.
    await t.test('full8 edition.html at 1280px and 390px: the print edition\'s story, its names, none of the chrome\'s (its date: KNOWN)', async () => {
      const bad = [];
      const [file, title, , , , names] = EDITION;
      for (const [w, h] of [[1280, 900], [390, 844]]) {
        await open(file, w, h);
        await run(file);
        if (w < 700) await page.evaluate(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.bar button').click());
        await page.waitForTimeout(150);
        await shot(`edition-${w}`);
        const r = await panelState(page);
        const word = (x) => new RegExp(`(^|[^\\p{L}])${x}($|[^\\p{L}])`, 'u');
        const chrome = [...CHROME[file], ...FORMS].filter((x) => r.painted.some((p) => word(x).test(p)) || word(x).test(r.text));
        const missing = names.filter((n) => !r.painted.includes(n));
        const extra = r.dates.filter((d) => /العدد|16234|الصفحة/.test(d));
        if (r.cards !== 1 || !r.card.replace(/\s+/g, ' ').includes(title)) bad.push(`${w}: ${r.cards} cards, «${r.card.slice(0, 80)}»`);
        if (r.inside < 5 || r.outside.length) bad.push(`${w}: painted outside: ${r.outside.join(' | ')}`);
        if (missing.length || chrome.length || extra.length) bad.push(`${w}: not painted ${missing.join(', ')}; chrome ${chrome.join(', ')}; numbers as dates ${extra.join(', ')}`);
        if (r.tags + r.bodyImgs) bad.push(`${w}: page text made markup`);
        if (w > 700) {
          for (const [f, why, holds] of KNOWN) if (f === file) console.log(`     ${holds(r) ? 'known core miss' : 'NO LONGER SEEN'} (${f}): ${why}`);
        }
        await page.keyboard.press('Escape');
      }
      assert(!bad.length, bad.join(' | '));
      assert(errors.length === 0, errors.join('; '));
    });
    // The day in the page's address, in other places and forms: the tab's address unpadded
    // (/news/2024/7/9/…), a canonical link's (the tab's address says nothing), and the page of the suite.
    // Its relative dates then fall on that day, and a stamp without a day («منذ 3 أيام», «قبل ساعات») is
    // not the story's date.
    await t.test('full8: a page dated only by its address (the tab\'s, unpadded; a canonical link\'s) has that day, its relative dates on it', async () => {
      const bad = [];
      for (const [file, ref, days, names] of [
        ['news/2024/7/9/story-5512.html', '2024-07-09', ['2024-07-08', '2024-07-11'], ['منير الفقي', 'صفاقس']],
        ['canonical.html', '2024-11-28', ['2024-11-27', '2024-11-30'], ['فرج العبيدي', 'بنغازي']],
        ['2025/03/14/urldate.html', '2025-03-14', ['2025-03-13', '2025-03-11'], ['سالم المعمري']],
      ]) {
        await open(file, 1280, 900);
        await run(file);
        const r = await panelState(page);
        const lost = days.filter((d) => !r.heads.some((h) => h.startsWith(d)));
        const unnamed = names.filter((n) => !r.painted.includes(n));
        const late = r.heads.filter((h) => /^2026/.test(h));
        if (r.cards !== 1 || r.ref !== ref || lost.length || unnamed.length || late.length || r.outside.length) {
          bad.push(`${file}: ${r.cards} cards, ref ${r.ref} (${r.refLine}), days not on ${lost.join(', ')}, not painted ${unnamed.join(', ')}, late ${late.join(', ')}, outside ${r.outside.join(', ')}`);
        }
        if (file.startsWith('news')) await shot('address-unpadded-1280');
        await page.keyboard.press('Escape');
      }
      assert(!bad.length, bad.join(' | '));
      assert(errors.length === 0, errors.join('; '));
    });
    // (Two links side by side inside a sentence, `رئيس <a>غرفة تجارة نابلس</a> <a>عمر هاشم</a>.`, still cut
    // it: x27's fix in src/html/extract.rs lines_with moved a golden page's read-also link into its story
    // and was taken back at the merge; the class stays KNOWN in full7.mjs.)
  });
  console.log(`     full8 checks at 1280 px: ${tally.made - tally.missed} of ${tally.made} right`);
}
