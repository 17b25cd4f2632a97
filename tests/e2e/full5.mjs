// Seven more full saved news pages (tests/e2e/pages/full5/, the team's own text), of site families the
// pages in full/ … full4/ and reader/ do not cover: a Saudi daily whose header carries the site's today in
// Hijri and Gregorian and whose byline the story's day in both, in Arabic-Indic digits (hijri.html); an
// Egyptian photo gallery, eight slides with counters «2 / 8», captions and credits (gallery.html); a Qatari
// story dated only by the NewsArticle's datePublished in a JSON-LD @graph that lists other articles'
// dates first (jsonld.html); a Jordanian economy page with a price table inside the story and a markets
// strip of a later day (prices.html); a 2009 table-layout site with <font> titles, no <article> nor <h1>
// (legacy.html); a Moroccan print view with its print date a month later (print.html); a Sudanese story
// whose body holds an «اقرأ أيضا» box, an embedded post, a video and a pager (embeds.html). Each has a
// menu (often a hidden mega-menu), forms (login, newsletter, comments, a poll or a converter), a ticker, a
// cookie banner, a «most read» rail with its own dates, and a footer of links. The article's text is
// marked `data-body`. They share full/page.js (ticker, late cookie bar, keys) and full/site.css.
//   node tests/e2e/full5-only.mjs
import { assert, panelState, fullPageSuite, FULL_PAGE } from './lib.mjs';

// [file, title, the article's date, the day its «أمس …» falls on, other days its relative dates fall on,
//  names that must be painted, another date of the timeline]
const PAGES = [
  ['hijri.html', 'أمانة الرياض تبدأ زراعة 25 ألف شجرة على طريق الملك سلمان', '2024-12-14', '2024-12-13', ['2024-12-11'],
    ['ناصر العتيبي', 'الملقا', 'مجلس الوزراء'], '2025-03'],
  ['gallery.html', 'بالصور.. انطلاق مهرجان التحطيب في الأقصر وسط إقبال كبير', '2023-10-05', '2023-10-04', [],
    ['الأقصر', 'حسن الشافعي'], '2023-10-12'],
  ['jsonld.html', 'بلدية الدوحة تفتتح حديقة الوكرة الشاطئية بعد تطويرها', '2025-02-18', '2025-02-17', ['2025-02-15'],
    ['محمد الخوري', 'وزارة البلدية'], '2025-02-25'],
  ['prices.html', 'ارتفاع أسعار الذهب في السوق المحلية 40 قرشا للغرام', '2025-01-14', '2025-01-13', [],
    [], '2024-10'],
  ['legacy.html', 'تعز: انقطاع المياه عن أحياء المدينة لليوم الثالث', '2009-03-17', '2009-03-16', ['2009-03-15'],
    ['تعز', 'عبدالسلام الحكيمي'], '2008-10'],
  ['print.html', 'القطار الجديد يربط الدار البيضاء بمراكش في ساعة ونصف', '2024-08-07', '2024-08-06', [],
    ['الدار البيضاء', 'مراكش', 'يوسف بنعلي', 'المكتب الوطني للسكك الحديدية'], '2024-10-01'],
  ['embeds.html', 'وزارة الصحة تطلق حملة تطعيم ضد الكوليرا في بورتسودان', '2024-02-04', '2024-02-03', ['2024-02-01'],
    ['بورتسودان', 'معتصم الطيب', 'منظمة الصحة العالمية'], '2024-02-18'],
];
// Words of the page's chrome that must not be painted nor listed (menus, tickers, rails, comments, read-also
// boxes, footers).
const CHROME = {
  'hijri.html': ['تبوك', 'حائل', 'نجران', 'جازان', 'عبدالله الدوسري', 'الدمام', 'سلطان القحطاني', 'أبها', 'جدة'],
  'gallery.html': ['سوهاج', 'قنا', 'أسيوط', 'محمد صلاح', 'المنيا', 'أبو سمبل', 'الفيوم', 'وزير النقل'],
  'jsonld.html': ['لوسيل', 'الخور', 'دخان', 'ناصر العطية', 'بو جاسم', 'وزارة التربية'],
  'prices.html': ['إربد', 'الزرقاء', 'العقبة', 'مادبا', 'البنك المركزي', 'هيئة الاستثمار'],
  'legacy.html': ['عدن', 'حضرموت', 'المكلا', 'الحديدة', 'إب', 'المنصورة', 'مجلس النواب'],
  'print.html': ['الرباط', 'شارع محمد الخامس', 'مغرب بريس'],
  'embeds.html': ['كسلا', 'القضارف', 'اللفة', 'سنار', 'نيالا', 'الفاشر', 'مبارك الفاضل', 'الأبيض', 'ود الحاج'],
};
// Form and footer words no page's panel may show.
const FORMS = ['كلمة المرور', 'كلمة السر', 'اشترك', 'جميع الحقوق محفوظة', 'ملفات تعريف الارتباط', 'الكوكيز', 'البريد الإلكتروني', 'صوّت'];
// Per page, what else a reader would see wrong (a function of panelState → a message, or '' when right).
const EXTRA = {
  // The slide counters («2 / 8») and the album's size are not dates.
  'gallery.html': (r) => r.dates.filter((d) => /\d\s*\/\s*\d|صور/.test(d)).join(', '),
  // The price table's carats and prices are not dates; «البيع أمس» in its head is the day before.
  'prices.html': (r) => r.dates.filter((d) => /^[\d.+\s]+$/.test(d)).join(', '),
  // The print line's day is not the article's, and the story's address is not a date.
  'print.html': (r) => r.heads.filter((h) => h.startsWith('2024-09-12')).join(', '),
  // The «most read» items of the JSON-LD graph (2025-02-27, 2025-02-10) are not the story's dates.
  'jsonld.html': (r) => r.heads.filter((h) => h.startsWith('2025-02-27') || h.startsWith('2025-02-10')).join(', '),
  // The embedded post's day is the day before the story (its own «اليوم»), shown once.
  'embeds.html': (r) => (r.painted.some((p) => /February|Ministry/.test(p)) ? 'the embedded post\'s English is painted' : ''),
};
// What the core still gets wrong on these pages (not www's to fix): printed, not failed; a line that
// stops being true is said so, so it can be moved to the checks above. (Seen on the first run, 7 December.)
const KNOWN = [
  ['gallery.html', 'the gallery\'s eight captions are not read as the story (only its intro is): «عبد المطلب عماد», «الكرنك», «إسنا» are not painted',
    (r) => !r.painted.includes('عبد المطلب عماد') && !r.painted.includes('الكرنك')],
  ['jsonld.html', '«الوكرة» (a Qatari town) is not a place: only «ليالي الوكرة» is painted (MISC)', (r) => !r.painted.includes('الوكرة')],
  ['embeds.html', 'the embedded post\'s «اليوم» is its own day (February 3, 2024, under it), not the story\'s: it is resolved to 2024-02-04', (r) => r.dates.includes('اليوم')],
  ['hijri.html', 'the Gulf «نبي الرياض خضراء» («we want Riyadh green») gives a name «نبي الرياض» (MISC)', (r) => r.names.includes('MISC:نبي الرياض')],
];
// Core errors these pages showed and the core no longer makes: each must stay gone.
// (Fixed in the nineteenth session, e24's entity rules: the road's patron, the union title, the Sudanese verb.)
const FIXED = [
  ['embeds.html', 'the video player\'s label «▶ فيديو: انطلاق الحملة · 02:14» was read as the story, its length painted as a clock (outside the article)',
    (r) => r.dates.includes('02:14') || r.outside.length > 0],
  ['prices.html', '«نقيب الصاغة سامي القضاة» is painted as a person «نقيب الصاغة سامي» (the title in, the family name out)',
    (r) => r.names.includes('PER:نقيب الصاغة سامي')],
  ['hijri.html', '«طريق الملك سلمان» (a road) gives a person «سلمان»', (r) => r.names.includes('PER:سلمان')],
  ['embeds.html', 'the Sudanese «داير» («I want») of a quote is painted as an organisation', (r) => r.names.includes('ORG:داير')],
];
// The video player's label in other wordings and markups (the class fixed in lines.rs, video_label): none
// of its length is painted, the story's paragraphs around it are.
const VIDEO_LABELS = [
  '<div class="video">▶ فيديو: انطلاق الحملة · 02:14</div>',
  '<p class="video-title">فيديو | لحظة وصول أول شحنة لقاحات إلى المطار (1:35)</p>',
  '<figure><div class="video">►</div><figcaption>شاهد الفيديو - 3:20</figcaption></figure>',
  '<div class="player"><span>▶</span> <span>بالفيديو: طوابير أمام مراكز التطعيم</span> <span>•</span> <span>12:05</span></div>',
];

export async function full5Tests(t) {
  await fullPageSuite(t, {
    name: 'full5', folder: 'full5', port: 8784, shots: 'x23', pages: PAGES, cleared: true, known: KNOWN, fixed: FIXED,
    ...FULL_PAGE,
    chrome: CHROME, forms: FORMS, extra: EXTRA, late: 'after',
  }, async ({ page, errors, shot, open, run }) => {
    await t.test('full5 embeds.html: a video player\'s label in the story (four wordings and markups) is not painted; the story around it is', async () => {
      const bad = [];
      for (const [i, html] of VIDEO_LABELS.entries()) {
        await open('embeds.html', 1280, 900);
        await page.evaluate((h) => { document.querySelector('.video').outerHTML = h; }, html);
        await run('embeds.html');
        const r = await panelState(page);
        if (r.dates.some((d) => /\d:\d\d/.test(d)) || r.outside.length || !r.painted.includes('معتصم الطيب') || !r.heads.some((h) => h.startsWith('2024-02-18'))) {
          bad.push(`${i}: dates ${r.dates.join(', ')}; outside ${r.outside.join(', ')}`);
        }
        if (i === 3) await shot('embeds-1280-player');
        await page.keyboard.press('Escape');
      }
      assert(!bad.length, bad.join(' | '));
      assert(errors.length === 0, errors.join('; '));
    });
  });
}
