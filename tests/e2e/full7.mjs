// A seventh set of full saved news pages (tests/e2e/pages/full7/, the team's own text), of site families the
// pages in full/ … full6/ do not cover: a Saudi paper whose story is one <div> per paragraph with an ad slot or
// an «اقرأ أيضا» teaser (another story's headline and day) after every two (divs.html); a Syrian paper whose
// right rail of the latest news comes BEFORE the story in the page's order, with the Levantine months
// (كانون الثاني, تشرين الأول, شباط) (levant.html); a Jordanian condolence notice in a double frame, its day in a
// <time> (obituary.html); a Moroccan photo story paginated «الصفحة 1 من 3», its months ماي and دجنبر
// (paged.html); a Qatari channel's story in tabs (النص / الفيديو / الصور), only the text shown (tabs.html); a
// Sudanese paper of the old table layout, <font> and <br><br>, no <p> (table.html); an Egyptian portal of
// one-sentence paragraphs full of tag links whose only visible date is «منذ 3 ساعات», the day in
// article:published_time (links.html); and a section front of twenty teasers, no article (section.html).
// Each has a menu, forms, a ticker, a cookie bar, a «most read» rail with its own dates and a footer of links.
// The article's text is marked `data-body`. They share full/page.js and full/site.css.
//   node tests/e2e/full7-only.mjs          (FULL7_DUMP=1 prints each page's names, dates and timeline heads)
import { assert, panelState, fullPageSuite, FULL_PAGE } from './lib.mjs';

// [file, title, the article's date, the day its «أمس …» falls on, other days its relative dates fall on,
//  names that must be painted, another date of the timeline]
const PAGES = [
  ['divs.html', 'أمانة جدة تبدأ توسعة كورنيش أبحر الشمالي بطول 7 كيلومترات', '2025-02-12', '2025-02-11', ['2025-02-09'],
    ['صالح التركي', 'محمد البقمي', 'أمانة جدة'], '2026-03'],
  ['levant.html', 'دمشق: عودة التيار الكهربائي إلى أحياء المزة وكفرسوسة بعد تأهيل محطة التحويل', '2025-01-19', '2025-01-18', ['2025-01-16'],
    ['غسان الزين', 'دمشق', 'وزارة الكهرباء'], '2024-10'],
  ['obituary.html', 'وفاة الحاج عبد الرحمن محمود العتوم عن عمر ناهز 84 عاما', '2024-10-08', '2024-10-07', ['2024-10-09'],
    ['جرش', 'يوسف العتوم'], '1965'],
  ['paged.html', 'بالصور: موسم طانطان يستقبل آلاف الزوار في دورته السابعة عشرة', '2024-05-17', '2024-05-16', ['2024-05-19'],
    ['منظمة اليونسكو', 'وزارة الشباب والثقافة والتواصل'], '2023-12'],
  ['tabs.html', 'كهرماء تنجز محطة تحلية جديدة في راس أبو فنطاس بطاقة 100 مليون غالون', '2024-03-05', '2024-03-04', ['2024-03-07'],
    ['عيسى الكواري', 'أم صلال'], '2026-04'],
  ['table.html', 'وصول شحنة أدوية جديدة إلى مستشفى بورتسودان التعليمي', '2024-10-03', '2024-10-02', ['2024-09-28'],
    ['عثمان الطيب', 'بورتسودان', 'منظمة الصحة العالمية', 'مستشفى بورتسودان التعليمي'], '2023-04'],
  ['links.html', 'محافظ الجيزة يتفقد أعمال تطوير ميدان الرماية ويوجه بسرعة الانتهاء منها', '2025-04-22', '2025-04-21', ['2025-04-27'],
    ['حسام الدين فوزي', 'الهرم', 'الهيئة الهندسية للقوات المسلحة'], '2024-01'],
];
// Words of the page's chrome that must not be painted nor listed (menus, tickers, teasers between the
// paragraphs, rails, hidden tabs, the next page's peek, comments, footers).
const CHROME = {
  'divs.html': ['الدمام', 'الطائف', 'ينبع', 'تبوك', 'القصيم', 'عسير', 'نجران', 'بريدة', 'النماص', 'سعود بن نايف', 'الشرم', 'نيوم', 'السودة', 'الخبر', 'سكاكا', 'أبو فهد الدوسري'],
  'levant.html': ['حلب', 'حمص', 'اللاذقية', 'طرطوس', 'دير الزور', 'السويداء', 'الميادين', 'الوعر', 'شهبا', 'أبو خالد', 'الدار الكبيرة'],
  'obituary.html': ['إربد', 'الكرك', 'معان', 'السلط', 'الزرقاء', 'الخصاونة', 'الطراونة', 'سالم عيد المجالي', 'نوال حداد', 'النعيمات', 'بني هاني'],
  'paged.html': ['مراكش', 'فاس', 'أكادير', 'وجدة', 'العيون', 'تطوان', 'الفنيدق', 'كلميم', 'أسا الزاك', 'الداخلة', 'التبوريدة'],
  'tabs.html': ['حمد المهندي', 'مسيعيد', 'لوسيل', 'ناصر السليطي', 'دخان', 'الوكرة', 'الخور', 'الرويس', 'الريان', 'الشحانية', 'بو جاسم'],
  'table.html': ['الخرطوم', 'كسلا', 'القضارف', 'عطبرة', 'الأبيض', 'ود مدني', 'اللفة', 'ود الحاج', 'النيلين'],
  'links.html': ['القليوبية', 'المنوفية', 'بني سويف', 'شبين الكوم', 'بنها', 'الواسطى', 'شبرا', 'قارون', 'المتحف المصري الكبير', 'أحمد سمير'],
};
// Form and footer words no page's panel may show.
const FORMS = ['كلمة المرور', 'كلمة السر', 'اشترك', 'جميع الحقوق محفوظة', 'ملفات تعريف الارتباط', 'الكوكيز', 'البريد الإلكتروني', 'صوّت', 'تسجيل الدخول'];
// Per page, what else a reader would see wrong (a function of panelState → a message, or '' when right).
const EXTRA = {
  // The first teaser's day (10 February, also its «منذ يومين») is another story's.
  'divs.html': (r) => r.heads.filter((h) => h.startsWith('2025-02-10')).join(', '),
  // The rail before the story: its Friday (17 January) is another story's, and the gold prices are no dates.
  'levant.html': (r) => [...r.heads.filter((h) => h.startsWith('2025-01-17')), ...r.dates.filter((d) => /ليرة|905/.test(d))].join(', '),
  // «وفيات اليوم»: 6 October is another notice's.
  'obituary.html': (r) => r.heads.filter((h) => h.startsWith('2024-10-06')).join(', '),
  // The pager («الصفحة 1 من 3») is no date.
  'paged.html': (r) => r.dates.filter((d) => /الصفحة|من 3/.test(d)).join(', '),
  // The rail's 30 September is another story's.
  'table.html': (r) => r.heads.filter((h) => h.startsWith('2024-09-30')).join(', '),
  // The rail's 20 April is another story's.
  'links.html': (r) => r.heads.filter((h) => h.startsWith('2025-04-20')).join(', '),
};
// What the core still gets wrong on these pages (not www's to fix): printed, not failed; a line that
// stops being true is said so, so it can be moved to the checks above. (Seen on the first run, 7 December:
// the tagger's misses, src/entity, no file of this suite's session.)
const KNOWN = [
  ['divs.html', '«كورنيش أبحر», «جسر أبحر»: the Jeddah district «أبحر» is no place (src/entity)', (r) => !r.painted.includes('أبحر')],
  ['divs.html', '«مرسى اليخوت» (the marina) gives a person «مرسى» (src/entity)', (r) => r.names.includes('PER:مرسى')],
  ['levant.html', '«أحياء المزة وكفرسوسة»: the Damascus districts are no places (src/entity)', (r) => !r.painted.includes('المزة')],
  ['levant.html', '«30 ميغا فولط أمبير» gives a person «أمبير» (src/entity)', (r) => r.names.includes('PER:أمبير')],
  ['paged.html', '«موسم طانطان», «فاضل بنيعيش»: the Moroccan town and the person are not tagged (src/entity)',
    (r) => !r.painted.includes('طانطان') || !r.painted.includes('فاضل بنيعيش')],
  ['table.html', '«في بورتسودان وسواكن»: the coordinated town «سواكن» is not tagged (src/entity)', (r) => !r.painted.includes('سواكن')],
  // (A fix in src/html/extract.rs lines_with — a link after a link starts a line only on a line of links so
  // far or after a keyword label — made the name whole, but moved a golden page's read-also link into its
  // story (egypt-inline-ads-read-also-links): taken back in the twenty-first session's merge.)
  ['links.html', '«رئيس حي الهرم <a>…</a> <a>مصطفى عبد الغني</a>»: two links side by side in a sentence break its line, the name is cut off its sentence and not tagged (src/html)',
    (r) => !r.painted.includes('مصطفى عبد الغني')],
];
// Core errors these pages showed and the core no longer makes: each must stay gone. (Fixed in this
// session, 7 December: src/entity/correct.rs bodies_with_adjectives, src/article/lines.rs MARKERS.)
const FIXED = [
  ['table.html', '«مستشفى بورتسودان التعليمي» ending the title made the tagger read past the text\'s end: the analysis aborted and the extension said it could not read the page (src/entity)',
    (r) => r.cards === 0],
  ['paged.html', 'the peek at the next page («في الصفحة التالية: … كلميم …») was read as the story\'s last paragraph (src/article)',
    (r) => r.painted.includes('كلميم')],
  // (Fixed in the twenty-second session, src/entity: a cape after رأس/راس is a facility's place.)
  ['tabs.html', '«راس أبو فنطاس» (a Qatari headland) gave a person «أبو فنطاس» (src/entity)', (r) => r.names.includes('PER:أبو فنطاس')],
];

// Checks made and missed at 1280 px (what the first run's count is taken from).
const tally = { made: 0, missed: 0 };

export async function full7Tests(t) {
  await fullPageSuite(t, {
    name: 'full7', folder: 'full7', port: 8787, shots: 'x26', pages: PAGES, cleared: true, known: KNOWN, fixed: FIXED,
    ...FULL_PAGE,
    chrome: CHROME, forms: FORMS, extra: EXTRA, dump: 'FULL7_DUMP', tally,
  }, async ({ page, errors, open, run }) => {
    // The classes fixed in the core, in other markups and wordings, on the live pages: each variant
    // inserted before `sel`, then what a reader sees must hold the names and none of `gone`.
    const variants = async (file, list, names, gone, head) => {
      const bad = [];
      for (const [i, [sel, html]] of list.entries()) {
        await open(file, 1280, 900);
        await page.evaluate(([s, h]) => { document.querySelector(s).insertAdjacentHTML('beforebegin', h); }, [sel, html]);
        await run(file);
        const r = await panelState(page);
        const lost = names[i].filter((n) => !r.painted.includes(n));
        const seen = gone.filter((w) => r.painted.some((p) => p.includes(w)) || r.text.includes(w));
        if (r.cards !== 1 || lost.length || seen.length || r.ref !== head || r.outside.length) {
          bad.push(`${i}: ${r.cards} cards, ref ${r.ref}, not painted ${lost.join(', ')}, chrome ${seen.join(', ')}, outside ${r.outside.join(', ')}`);
        }
        await page.keyboard.press('Escape');
      }
      assert(!bad.length, bad.join(' | '));
      assert(errors.length === 0, errors.join('; '));
    };
    await t.test('full7 paged.html: the peek at the next page (four markups and wordings) is not the story', async () => {
      const yes = ['منظمة اليونسكو'];
      await variants('paged.html', [
        ['.next-peek', '<p class="teaser">في الصفحة التالية: سباق الهجن على طريق وادي درعة بمشاركة 90 متسابقا</p>'],
        ['.next-peek', '<div><b>الصفحة التالية</b> - سباق الهجن على طريق وادي درعة بمشاركة 90 متسابقا</div>'],
        ['.next-peek', '<a href="?p=2" class="peek">في الصفحة التالية : سباق الهجن على طريق وادي درعة</a>'],
        ['.next-peek', '<section class="box"><span>الصفحة التالية:</span> <span>سباق الهجن على طريق وادي درعة بمشاركة 90 متسابقا</span></section>'],
      ], [yes, yes, yes, yes], ['الهجن', 'وادي درعة', 'كلميم'], '2024-05-17');
    });
    // A section front (twenty teasers, each a headline, a line and a day) has no article: a reader must see
    // no story made of the teasers. Decided: the panel says it found no article, or it lists the teasers as
    // stories of their own (a card per teaser, never one card holding two teasers' text); nothing of the
    // menu, ticker, rail, forms or footer is painted; no date is resolved against today.
    await t.test('full7 section.html at 1280px and 390px: a section front of twenty teasers is no story made of them', async () => {
      const bad = [];
      for (const [w, h] of [[1280, 900], [390, 844]]) {
        await open('section.html', w, h);
        await run('section.html');
        const r = await panelState(page);
        if (process.env.FULL7_DUMP && w > 700) console.log('section.html', JSON.stringify({ cards: r.cards, names: r.names.slice(0, 30), heads: r.heads, ref: r.refLine, text: r.text.slice(0, 400) }));
        const cards = await page.evaluate(() => [...document.getElementById('naba-panel-host').shadowRoot.querySelectorAll('.card')].map((c) => c.textContent));
        const heads = await page.evaluate(() => [...document.querySelectorAll('.teaser h2')].map((x) => x.textContent));
        const mixed = cards.filter((c) => heads.filter((x) => c.includes(x)).length > 1);
        if (mixed.length) bad.push(`${w}: ${mixed.length} cards hold two teasers or more: «${mixed[0].slice(0, 160)}»`);
        if (!cards.length && !r.text.includes('لم نجد مقالًا')) bad.push(`${w}: no card and no note: ${r.text.slice(0, 160)}`);
        const chrome = ['الجيزة', 'المريوطية', 'حلوان', 'الجلاء', 'القاهرة', ...FORMS].filter((x) => r.painted.some((p) => p.includes(x)) || r.text.includes(x));
        if (chrome.length) bad.push(`${w}: chrome painted or listed: ${chrome.join(', ')}`);
        const late = r.heads.filter((x) => /^2026/.test(x));
        if (late.length) bad.push(`${w}: dates resolved against today: ${late.join(', ')}`);
        if (r.tags + r.bodyImgs) bad.push(`${w}: page text made markup`);
        await page.keyboard.press('Escape');
      }
      assert(!bad.length, bad.join(' | '));
      assert(errors.length === 0, errors.join('; '));
    });
  });
  console.log(`     full7 checks at 1280 px: ${tally.made - tally.missed} of ${tally.made} right`);
}
