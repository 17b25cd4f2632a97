// Eight more full saved news pages (tests/e2e/pages/full6/, the team's own text), of site families the
// pages in full/ … full5/ and reader/ do not cover: a lazy Yemeni page whose long «الأكثر قراءة» block
// comes before the story in the page's order, the next story waiting in a <template> and a <noscript> asking
// for JavaScript (lazy.html); an Iraqi paper's Kurdistan desk, its top bar the site's later today, its byline
// in Arabic-Indic digits with the Iraqi month (كانون الثاني), a slide-in menu and a کوردی/English switch
// (iraq.html); an Egyptian court-news story with a case box (case number «4521 لسنة 2023», the next
// session's day) (court.html); an Omani weather story with future relative dates («غد الأربعاء», «بعد غد
// الخميس»), a forecast table and the header's weather strip of a later today (weather.html); a Tunisian
// election-night page, a results table with percentages, a turnout counter, Tunisian months (فيفري)
// (elections.html); a Kuwaiti transfer story with a scores strip of other matches («90+3'») and a table of
// signings («حتى 2026») (transfer.html); a Libyan explainer, its questions and answers in open <details>
// with a table of contents (explainer.html); an Emirati site built by a framework, all <div>s with hashed
// class names, its mega-menu open with whole headlines and dates, its sign-in drawer open (hashed.html).
// Each has a menu (hidden, hover, off-canvas, <details> or open), forms (login, newsletter, comments, a
// poll), a ticker, a cookie banner, a «most read» rail with its own dates,
// and a footer of links. The article's text is marked `data-body`. They share full/page.js and full/site.css.
//   node tests/e2e/full6-only.mjs          (FULL6_DUMP=1 prints each page's names, dates and timeline heads)
import { assert, panelState, fullPageSuite, FULL_PAGE } from './lib.mjs';

// [file, title, the article's date, the day its «أمس …» falls on, other days its relative dates fall on,
//  names that must be painted, another date of the timeline]
const PAGES = [
  ['lazy.html', 'عدن: إعادة فتح ميناء المعلا أمام سفن الحاويات بعد توقف شهرين', '2025-03-09', '2025-03-08', ['2025-03-06'],
    ['محسن الجفري', 'خليج عدن'], '2025-01-12'],
  ['iraq.html', 'أربيل: افتتاح جسر دارتو الجديد أمام حركة السير', '2025-01-20', '2025-01-19', ['2025-01-18'],
    ['أربيل', 'هيمن عبدالله', 'وزارة الإعمار والإسكان'], '2025-03-15'],
  ['court.html', 'السجن المشدد 10 سنوات لمتهمين بتزوير عقود أراض في الإسكندرية', '2024-11-26', '2024-11-25', ['2022-11'],
    ['الإسكندرية', 'برج العرب', 'طارق الشناوي'], '1998'],
  ['weather.html', 'الأرصاد: أمطار رعدية على محافظة ظفار حتى الخميس', '2025-07-15', '2025-07-14', ['2025-07-16', '2025-07-17'],
    ['ظفار', 'صلالة', 'سالم الشحري'], '2024-07-20'],
  ['elections.html', 'هيئة الانتخابات تعلن النتائج الأولية للدور الأول في صفاقس', '2023-12-26', '2023-12-25', ['2023-12-24'],
    ['صفاقس', 'محمد الشريف', 'الهيئة العليا المستقلة للانتخابات'], '2024-02-04'],
  ['transfer.html', 'الكويت يتعاقد مع المهاجم البرازيلي رافائيل سيلفا لموسمين', '2024-07-03', '2024-07-02', ['2024-07-15'],
    ['رافائيل سيلفا', 'فهد العنزي', 'تركيا'], '2024-04-20'],
  ['explainer.html', 'كل ما تريد معرفته عن منظومة جواز السفر الإلكتروني الجديدة', '2025-05-12', '2025-05-11', ['2025-05-09', '2025-05-26'],
    ['علي الورفلي', 'مصلحة الجوازات والجنسية', 'وزارة الداخلية'], '2020-01-01'],
  ['hashed.html', 'الشارقة تطلق أول حافلات كهربائية بين المدينة الجامعية ومحطة الجبيل', '2024-09-18', '2024-09-17', ['2024-09-13'],
    ['يوسف السويدي', 'هيئة الطرق والمواصلات', 'الشارقة'], '2024-10'],
];
// Words of the page's chrome that must not be painted nor listed (menus, tickers, strips, rails, comments,
// the <template>'s next story, footers).
const CHROME = {
  'lazy.html': ['حضرموت', 'المكلا', 'شبوة', 'سقطرى', 'الضالع', 'الشيخ عثمان', 'مبخوت بن ماضي', 'عوض باحميش', 'أبو سالم', 'ناصر اليافعي', 'كريتر', 'الغيضة', 'جافاسكربت'],
  'iraq.html': ['البصرة', 'نينوى', 'كركوك', 'السليمانية', 'دهوك', 'الأنبار', 'ذي قار', 'كاروان', 'أم قصر', 'آزادي', 'کوردی'],
  'court.html': ['المنصورة', 'طنطا', 'الزقازيق', 'بورسعيد', 'سوهاج', 'دمياط', 'مصطفى من أسيوط', 'الدقهلية'],
  'weather.html': ['مسقط', 'نزوى', 'صور', 'مسندم', 'البريمي', 'عبري', 'بو حمد', 'جامعة السلطان قابوس', 'خصب'],
  'elections.html': ['بنزرت', 'نابل', 'القيروان', 'قفصة', 'مدنين', 'جندوبة', 'بن قردان', 'عين دراهم', 'جرجيس', 'منجي', 'Mentions'],
  'transfer.html': ['السالمية', 'كاظمة', 'الجهراء', 'الفحيحيل', 'ناصر الشطي', 'أبو يوسف', 'النصر'],
  'hashed.html': ['دبي', 'شارع الخيل', 'رأس الخيمة', 'الجزيرة الحمراء', 'الفجيرة', 'عجمان', 'أم القيوين', 'دبا الحصن', 'خورفكان', 'كلباء', 'بو راشد', 'أنشئ حسابا'],
  'explainer.html': ['سبها', 'الزاوية', 'درنة', 'غدامس', 'زليتن', 'حمزة', 'معيتيقة', 'المصرف المركزي', 'مفيدا'],
};
// Form and footer words no page's panel may show.
const FORMS = ['كلمة المرور', 'كلمة السر', 'اشترك', 'جميع الحقوق محفوظة', 'ملفات تعريف الارتباط', 'الكوكيز', 'البريد الإلكتروني', 'صوّت', 'تسجيل الدخول'];
// Per page, what else a reader would see wrong (a function of panelState → a message, or '' when right).
const EXTRA = {
  // The top bar's today (4 February 2025) is the site's, not the story's.
  'iraq.html': (r) => r.heads.filter((h) => h.startsWith('2025-02-04')).join(', '),
  // The header's weather strip is the site's today (21 August 2025); the forecast's temperatures are no dates.
  'weather.html': (r) => [...r.heads.filter((h) => h.startsWith('2025-08')), ...r.dates.filter((d) => /^[\d\s°]+$/.test(d))].join(', '),
  // The results' votes and percentages and the turnout counter's clock are no dates.
  'elections.html': (r) => r.dates.filter((d) => /%|23:40|^[\d\s,]+$/.test(d)).join(', '),
  // The scores strip's minutes and days are other matches'.
  'transfer.html': (r) => [...r.dates.filter((d) => /90\+3|يونيو/.test(d)), ...r.heads.filter((h) => h.startsWith('2024-06-29'))].join(', '),
  // The <template>'s next story (8 March, its «أمس الجمعة» 7 March) is not read.
  'lazy.html': (r) => r.heads.filter((h) => h === '2025-03-07').join(', '),
  // The open mega-menu's headlines (12 September, December) are other stories'.
  'hashed.html': (r) => r.heads.filter((h) => h.startsWith('2024-09-12') || h.startsWith('2024-12')).join(', '),
};
// What the core still gets wrong on these pages (not www's to fix): printed, not failed; a line that
// stops being true is said so, so it can be moved to the checks above. (Seen on the first run, 7 December.)
const KNOWN = [
  ['explainer.html', '«خمسين دينارا» gives a person «دينارا» (src/entity)', (r) => r.names.includes('PER:دينارا')],
];
// Core errors these pages showed and the core no longer makes: each must stay gone.
// (Fixed in the nineteenth session: the masculine ordinal and the Sunday weekend in src/date, the resort and the bridge
// in src/entity; in the twenty-second, the case box's <dd>, a label's value kept as body text, in src/article.)
const FIXED = [
  ['court.html', 'the case box\'s next session «14/1/2025» (a <dd> of its own) was not read: its label was, its date was not (src/article)',
    (r) => !r.dates.some((d) => d.includes('14/1/2025'))],
  ['lazy.html', 'in «رست في الرصيف الثالث صباح اليوم» the berth\'s «الثالث» is read as the hour (2025-03-09 03:00): a masculine ordinal is no clock (src/date)',
    (r) => r.dates.some((d) => d.includes('الثالث'))],
  ['lazy.html', '«سيستقبل ثلاث سفن أخرى حتى نهاية الأسبوع» on a Sunday is the weekend just past (2025-03-07 – 2025-03-09), not the coming one (src/date)',
    (r) => r.heads.includes('2025-03-07 – 2025-03-09')],
  ['iraq.html', '«مصيف صلاح الدين» (a resort near Erbil) gives a person «صلاح الدين» (src/entity)', (r) => r.names.includes('PER:صلاح الدين')],
  ['iraq.html', '«جسر دارتو» gives an organisation «دارتو» beside the place (src/entity)', (r) => r.names.includes('ORG:دارتو')],
];

export async function full6Tests(t) {
  await fullPageSuite(t, {
    name: 'full6', folder: 'full6', port: 8786, shots: 'x24', pages: PAGES, cleared: true, known: KNOWN, fixed: FIXED,
    ...FULL_PAGE,
    chrome: CHROME, forms: FORMS, extra: EXTRA, dump: 'FULL6_DUMP',
  }, async ({ page, errors, open, run }) => {
    // The chrome classes these pages hold, in other markups: what a reader sees must stay the story alone.
    const variants = async (file, list, names, gone, head) => {
      const bad = [];
      for (const [i, [sel, html]] of list.entries()) {
        await open(file, 1280, 900);
        await page.evaluate(([s, h]) => { document.querySelector(s).insertAdjacentHTML('beforebegin', h); }, [sel, html]);
        await run(file);
        const r = await panelState(page);
        const lost = names.filter((n) => !r.painted.includes(n));
        const seen = gone.filter((w) => r.painted.some((p) => p.includes(w)) || r.text.includes(w));
        if (r.cards !== 1 || lost.length || seen.length || r.ref !== head || r.outside.length) {
          bad.push(`${i}: ${r.cards} cards, ref ${r.ref}, not painted ${lost.join(', ')}, chrome ${seen.join(', ')}, outside ${r.outside.join(', ')}`);
        }
        await page.keyboard.press('Escape');
      }
      assert(!bad.length, bad.join(' | '));
      assert(errors.length === 0, errors.join('; '));
    };
    const NEXT = '<h2>المكلا: افتتاح سوق السمك الجديد بحضور المحافظ</h2><p>افتتح محافظ حضرموت مبخوت بن ماضي أمس الجمعة سوق السمك المركزي في المكلا، وقال مدير الأسواق عوض باحميش إن السوق يتسع لثلاثمئة بائع.</p>';
    await t.test('full6 lazy.html: the next story waiting off the page (a <template>, display:none, aria-hidden, <noscript>, hidden) before the story is not read', async () => {
      await variants('lazy.html', [
        ['article', `<template class="story-next">${NEXT}</template>`],
        ['article', `<div class="next-story" style="display:none">${NEXT}</div>`],
        ['article', `<section aria-hidden="true">${NEXT}</section>`],
        ['article', `<noscript><div class="article">${NEXT}</div></noscript>`],
        ['article', `<article hidden>${NEXT}</article>`],
      ], ['محسن الجفري', 'خليج عدن'], ['مبخوت', 'باحميش', 'المكلا', 'سوق السمك'], '2025-03-09');
    });
    await t.test('full6 hashed.html: an open mega-menu of other stories\' headlines and dates (four markups) is not the story', async () => {
      const items = ['بلدية دبي تفتتح حديقة القرآن في منطقة الخوانيج يوم الخميس 12 سبتمبر 2024', 'رأس الخيمة: مهرجان الجزيرة الحمراء التراثي يبدأ الشهر المقبل بمشاركة 30 فرقة',
        'الفجيرة: وزير الطاقة سهيل المزروعي يدشن محطة تحلية في دبا بتكلفة 400 مليون درهم'];
      await variants('hashed.html', [
        ['.Gr_m3', `<ul class="mega-list">${items.map((x) => `<li><a href="#">${x}</a></li>`).join('')}</ul>`],
        ['.Gr_m3', `<div class="c_8fk2">${items.map((x) => `<a href="#"><div class="t_1">${x}</div><div class="d_2">منذ 3 أيام</div></a>`).join('')}</div>`],
        ['.Gr_m3', `<table class="x_menu"><tr>${items.map((x) => `<td><a href="#">${x}</a></td>`).join('')}</tr></table>`],
        ['.Gr_m3', `<div role="navigation" class="Nv_q1">${items.map((x) => `<div><a href="#">${x}</a></div>`).join('')}</div>`],
      ], ['يوسف السويدي', 'هيئة الطرق والمواصلات'], ['الخوانيج', 'سهيل المزروعي', 'الجزيرة الحمراء', 'دبا'], '2024-09-18');
    });
  });
}
