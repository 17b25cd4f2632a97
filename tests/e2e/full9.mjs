// A ninth set of full saved news pages (tests/e2e/pages/full9/, the team's own text), of site families the
// pages in full/ … full8/ do not cover, leaning on the classes that gave "no article" or a wrong one: a
// Mauritanian SHORT story (three short paragraphs) beside a rail of «الأكثر قراءة» teasers whose summaries
// are longer than any of its paragraphs, in classes that say nothing (short.html); an old Yemeni CMS,
// windows-1256 declared, no <h1>, the story one <font> of <br><br>-parted lines, the agency's «عدن - سبأنت:»
// (brbr.html); a Bahraini story cut by read-also boxes of four shapes and two ad slots (readalso.html); a
// Syrian <main> that opens with a registration box of long help text and a form above the <article>
// (loginfirst.html); a Moroccan page with the Maghrebi months «يوليوز», «غشت», «شتنبر» and numbered readers'
// comments (hespress.html); a Saudi page whose date line is dual, Hijri first, under a top strip of TODAY's
// dual date (saudi.html); an Emirati agency story «أبوظبي في 22 سبتمبر / وام /» (wam.html). Each has a menu,
// forms, a ticker, a cookie bar, a «most read» rail with its own dates, comments («منذ ساعتين») and a footer.
// The article's text is marked `data-body`. They share full/page.js and full/site.css.
//   node tests/e2e/full9-only.mjs          (FULL9_DUMP=1 prints each page's names, dates and timeline heads)
import { fullPageSuite, FULL_PAGE } from './lib.mjs';

// [file, title, the article's date, the day its «أمس …» falls on, other days its relative dates fall on,
//  names that must be painted, another date of the timeline]
const PAGES = [
  ['short.html', 'نواكشوط: وصول أول شحنة من الغاز المحلي إلى محطة الكهرباء المزدوجة', '2025-05-06', '2025-05-05', ['2025-05-08'],
    ['نواكشوط', 'محمد ولد خالد'], '2024-11'],
  ['brbr.html', 'عدن: إعادة تشغيل مصفاة عدن جزئيا بعد توقف دام ثلاث سنوات', '2025-06-14', '2025-06-13', ['2025-06-11'],
    ['عدن', 'محمد عبدالله السعدي'], '2022-03'],
  ['readalso.html', 'المنامة: هيئة الكهرباء والماء تبدأ تركيب العدادات الذكية في 40 ألف منزل', '2025-08-19', '2025-08-18', ['2025-08-24'],
    ['كمال أحمد', 'هيئة الكهرباء والماء'], '2024-01'],
  ['loginfirst.html', 'حلب: عودة الرحلات الجوية بين مطار حلب الدولي والشارقة بعد انقطاع طويل', '2025-10-02', '2025-10-01', ['2025-09-18'],
    ['عبد الرحمن القاسم', 'حلب'], '2023-08'],
  ['hespress.html', 'طنجة.. انطلاق أشغال توسعة ميناء طنجة المدينة لاستقبال السفن السياحية الكبرى', '2025-07-16', '2025-07-15', ['2025-07-18'],
    ['محمد الأمين', 'طنجة'], '2024-09'],
  ['saudi.html', 'أمانة الرياض تبدأ زراعة 25 ألف شجرة في الأحياء الشمالية ضمن الرياض الخضراء', '2025-05-18', '2025-05-17', ['2025-05-20'],
    ['فيصل بن عبدالعزيز بن عياف', 'الرياض'], '2019-03'],
  // (Its date is the meta row's «22/09/2025», not the dateline's yearless «22 سبتمبر» read against today.)
  ['wam.html', 'الإمارات تطلق برنامجا وطنيا لتدريب 10 آلاف مبرمج إماراتي خلال خمس سنوات', '2025-09-22', '2025-09-21', ['2025-09-25'],
    ['أبوظبي', 'وزارة الاقتصاد'], '2031'],
];
// Words of the page's chrome that must not be painted nor listed (menus, tickers, rails and their teasers,
// read-also boxes, ads, the registration box, the prayer times, comments, footers).
const CHROME = {
  'short.html': ['نواذيبو', 'روصو', 'كيفه', 'الزويرات', 'أطار', 'لعصابة', 'تيرس زمور', 'كيهيدي', 'لاس بالماس', 'السنغال', 'الحوض الشرقي', 'سيدي محمد', 'أم كلثوم'],
  'brbr.html': ['تعز', 'الحديدة', 'المكلا', 'سيئون', 'الحوطة', 'شبوة', 'عتق', 'المنصورة', 'كريتر', 'الصليف', 'أبو علي', 'استطلاع الرأي', 'تعليقات القراء'],
  'readalso.html': ['المحرق', 'الرفاع', 'سترة', 'عراد', 'البسيتين', 'قلالي', 'اقرأ أيضاً', 'اقرأ أيضًا', 'إعلان', 'المحتوى المدعوم', 'عروض حصرية', 'أم حسن'],
  'loginfirst.html': ['دمشق', 'حمص', 'اللاذقية', 'طرطوس', 'إدلب', 'دير الزور', 'أرواد', 'الحمدانية', 'الأشرفية', 'إنشاء حساب', 'شروط الاستخدام', 'طرف ثالث', 'رسالة تأكيد'],
  'hespress.html': ['فاس', 'مراكش', 'أكادير', 'وجدة', 'الحسيمة', 'العيون', 'تطوان', 'بروكسيل', 'أصيلة', 'تغازوت', 'سعيد الفاسي', 'عبد الرحيم', 'إعجاب'],
  'wam.html': ['العين', 'الفجيرة', 'English', 'كلباء', 'دبا', 'الصيادين'],
  'saudi.html': ['جدة', 'الدمام', 'أبها', 'تبوك', 'حائل', 'بريدة', 'السودة', 'الحمراء', 'العارض', 'مواقيت الصلاة', 'القحطاني'],
};
// Form and footer words no page's panel may show.
const FORMS = ['كلمة المرور', 'كلمة السر', 'اشترك', 'جميع الحقوق محفوظة', 'ملفات تعريف الارتباط', 'الكوكيز', 'البريد الإلكتروني', 'تسجيل الدخول', 'تصويت'];
// Per page, what else a reader would see wrong (a function of panelState → a message, or '' when right).
const EXTRA = {
  // The rail's 4, 2 May and 30 April, its «منذ 3 أيام» (3 May) are other stories'.
  'short.html': (r) => r.heads.filter((h) => /^2025-0(5-0[234]|4-30)/.test(h)).join(', '),
  // The rail's 12, 10 and 8 June are other stories'; the poll's voters are no date.
  'brbr.html': (r) => [...r.dates.filter((d) => /1,204/.test(d)), ...r.heads.filter((h) => /^2025-06-(1[02]|08)/.test(h))].join(', '),
  // The read-also box's 17 August and «منذ 4 أيام» (15 August), the rail's 18 and 15 August are others'
  // (the story's own «أمس الاثنين» is 18 August: only a second head on that day would show, not checked).
  'readalso.html': (r) => r.heads.filter((h) => /^2025-08-1[57]/.test(h)).join(', '),
  // The rail's 30 and 27 September, the comment's «منذ يومين» (30 September) are others'.
  'loginfirst.html': (r) => r.heads.filter((h) => /^2025-09-(30|2[67])/.test(h)).join(', '),
  // The rail's 14 and 11 July, its «منذ 3 أيام» (13 July) are others'; the likes are no dates.
  'hespress.html': (r) => [...r.dates.filter((d) => /إعجاب/.test(d)), ...r.heads.filter((h) => /^2025-07-1[134]/.test(h))].join(', '),
  // The prayer times are no clocks of the story; today's strip (29 May) and the rail's 16, 13 and 14 May are
  // other days.
  'saudi.html': (r) => [...r.dates.filter((d) => /\d:\d\d/.test(d)), ...r.heads.filter((h) => /^2025-05-(29|1[346])/.test(h))].join(', '),
  // The related grid's 19 September is another story's (its 21 September is the story's «أمس الأحد» too).
  'wam.html': (r) => r.heads.filter((h) => /^2025-09-19/.test(h)).join(', '),
};
// What the core still gets wrong on these pages: printed, not failed; a line that stops being true is said
// so, so it can be moved to the checks above. (Seen on the first run, 7 December.)
const KNOWN = [
  ['loginfirst.html', '«هبطت في مطار حلب الدولي»: the airport is no organisation nor place, only «حلب» is (src/entity)',
    (r) => !r.painted.includes('مطار حلب الدولي')],
  ['wam.html', '«وزير الدولة للذكاء الاصطناعي عمر سلطان العلماء»: the person stops at «عمر سلطان» (src/entity)',
    (r) => !r.painted.includes('عمر سلطان العلماء')],
];
// Errors these pages showed and the extension or the core no longer makes: each must stay gone. (Fixed on
// 7 December: src/html/extract.rs, a teaser's excerpt under its card's headline, linked or in a dated card.)
const FIXED = [
  ['wam.html', 'the grid of related stories under the story («دبا: إطلاق مبادرة…», «كلباء: افتتاح مركز صحي جديد», their summaries) was read as its last paragraphs and painted',
    (r) => r.outside.some((o) => /كلباء|دبا/.test(o))],
  ['short.html', 'the rail of «الأكثر قراءة» teasers, each with a long summary, outscored the short story beside it: its summaries were read as the story\'s paragraphs and painted, the story\'s last paragraph lost',
    (r) => r.outside.length > 0 || !r.heads.some((h) => h.startsWith('2024-11'))],
];

// Checks made and missed at 1280 px (what the first run's count is taken from).
const tally = { made: 0, missed: 0 };

export async function full9Tests(t) {
  await fullPageSuite(t, {
    name: 'full9', folder: 'full9', port: 8789, shots: 'x28', pages: PAGES, cleared: true, known: KNOWN, fixed: FIXED,
    ...FULL_PAGE,
    chrome: CHROME, forms: FORMS, extra: EXTRA, dump: 'FULL9_DUMP', tally,
  });
  console.log(`     full9 checks at 1280 px: ${tally.made - tally.missed} of ${tally.made} right`);
}
