//! The tenth set of full pages (tests/e2e/pages/full10/, also read by the browser suite tests/e2e/full10.mjs
//! through the extension), natively: a Kuwaiti paper whose date is only in an English line («Published: Dec
//! 3, 2025»), a story in a `<section itemprop="articleBody">` with `<h2>` sub-headings and a quote box, a
//! Lebanese page of Levantine months and «منذ 3 ساعات» beside the date, a story beside a live column of
//! another one, a carousel of captions between its paragraphs. And variants of our own of the two classes the
//! set showed (tests/pages/reader10/): a meta row of spans written with nothing between them, and a caption
//! strip of slides, each with its counter, between a story's paragraphs.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/full_pages.rs"]
mod full_pages;

use full_pages::{check_full_pages, Page};

const PAGES: &[Page] = &[
    Page {
        file: "kuwait.html",
        title: "الكويت: مجلس الوزراء يقر خطة لتطوير جزيرة فيلكا على ثلاث مراحل",
        published: "2025-12-03",
        relative: &[("أمس الثلاثاء", "2025-12-02"), ("الأحد المقبل", "2025-12-07"), ("مارس 2029", "2029-03"), ("أكتوبر 2024", "2024-10")],
        has: &["أقر مجلس الوزراء", "وقال وزير الدولة لشؤون البلدية", "وأضاف أن الحكومة", "وكانت الحكومة قد شكلت"],
        absent: &["الجهراء", "الأحمدي", "الفروانية", "بوناصر", "Published", "Updated", "الأكثر قراءة"],
    },
    Page {
        file: "itemprop.html",
        title: "الإسكندرية: خطة لحماية الشواطئ من التآكل حتى 2030",
        published: "2025-10-14",
        relative: &[("أمس الاثنين", "2025-10-13"), ("الخميس المقبل", "2025-10-16"), ("يونيو 2024", "2024-06")],
        has: &["أعلنت محافظة الإسكندرية", "وقال محافظ الإسكندرية", "وأوضح أن الخطة", "ويتوقع أن تنتهي المراحل"],
        absent: &["العجمي", "برج العرب", "المنتزه", "كرموز", "سكندري أصيل"],
    },
    Page {
        file: "live.html",
        title: "تونس: أمطار غزيرة تغمر أحياء في العاصمة وتعليق الدروس في ثلاث ولايات",
        published: "2025-11-20",
        relative: &[("أمس الأربعاء", "2025-11-19"), ("السبت المقبل", "2025-11-22"), ("أكتوبر 2018", "2018-10")],
        has: &["غمرت أمطار غزيرة", "وقال المعهد الوطني للرصد الجوي", "وقررت وزارة التربية"],
        absent: &["البرلمان", "وزير المالية", "10:45", "11:20", "صفاقس", "سوسة"],
    },
    Page {
        file: "lebanon.html",
        title: "بيروت: المرفأ يستقبل أول سفينة حاويات عملاقة منذ الانفجار",
        published: "2025-11-15",
        relative: &[("أمس الجمعة", "2025-11-14"), ("كانون الأول المقبل", "2025-12"), ("آب 2020", "2020-08")],
        has: &["استقبل مرفأ بيروت", "وقال رئيس مجلس إدارة المرفأ", "وأضاف عيتاني"],
        absent: &["طرابلس", "صيدا", "زحلة", "جبيل", "جونية"],
    },
    Page {
        file: "carousel.html",
        title: "البتراء تستقبل مليون زائر للمرة الأولى منذ خمس سنوات",
        published: "2025-11-30",
        relative: &[("أمس السبت", "2025-11-29"), ("الأربعاء المقبل", "2025-12-03")],
        has: &["استقبلت مدينة البتراء", "وقال رئيس مجلس مفوضي السلطة", "وأضاف البريزات"],
        absent: &["وادي رم", "جرش", "مأدبا", "العقبة", "عجلون", "1 / 3"],
    },
];

#[test]
fn tenth_set_of_full_pages_gives_the_article_and_nothing_else() {
    check_full_pages("full10", PAGES);
}

/// Variants of lebanon.html's meta row (its spans glued, set apart by CSS alone): a `<time>` among the spans,
/// a row in an `<li>`, an English date span («Nov 15, 2025»), two spans in a `<header>`: the date found,
/// the row none of the story's lines. A tag list of ten glued spans under the story is no line of it; a lead
/// sentence whose words sit in spans for styling (their spaces inside them) stays the story's first line.
const ROWS: &[Page] = &[
    Page {
        file: "row-time.html",
        title: "دمشق: إعادة تأهيل سوق الحميدية بعد الحريق",
        published: "2025-12-07",
        relative: &[("أمس السبت", "2025-12-06"), ("شباط المقبل", "2026-02"), ("تموز 2023", "2023-07")],
        has: &["بدأت محافظة دمشق", "وقال مدير الأسواق في المحافظة", "وكان حريق مماثل"],
        absent: &["منذ ساعتين", "سامر الحلبي", "حمص", "اللاذقية", "الأكثر قراءة"],
    },
    Page {
        file: "row-li.html",
        title: "صور: مهرجان الليمون يعود بعد انقطاع ثلاث سنوات",
        published: "2025-11-03",
        relative: &[("أمس الأحد", "2025-11-02"), ("الجمعة المقبل", "2025-11-07")],
        has: &["افتتحت بلدية صور", "وقال رئيس البلدية إن المهرجان"],
        absent: &["آخر تحديث", "فاطمة بزي", "النبطية", "مرجعيون"],
    },
    Page {
        file: "row-en.html",
        title: "إربد: افتتاح أول مكتبة رقمية عامة في الشمال",
        published: "2025-11-15",
        relative: &[("أمس الجمعة", "2025-11-14"), ("آذار 2026", "2026-03")],
        has: &["افتتحت بلدية إربد الكبرى", "وقال رئيس البلدية إن المكتبة", "وأضاف أن مكتبة ثانية"],
        absent: &["min read", "Nov 15", "هبة الزعبي", "عجلون"],
    },
    Page {
        file: "row-two.html",
        title: "سوسة: ميناء الصيد البحري يستقبل أسطولا من القوارب الجديدة",
        published: "2025-11-20",
        relative: &[("أمس الأربعاء", "2025-11-19"), ("الاثنين المقبل", "2025-11-24")],
        has: &["تسلم بحارة ميناء سوسة", "وقال المندوب الجهوي للفلاحة"],
        absent: &["أمين الجلاصي", "20/11/2025", "المنستير", "القيروان"],
    },
    Page {
        file: "row-tags.html",
        title: "الرباط: تدشين خط جديد للترامواي نحو حي الرياض",
        published: "2025-11-06",
        relative: &[("أمس الأربعاء", "2025-11-05")],
        has: &["دشنت شركة الرباط للتنقل", "وقال المدير العام للشركة"],
        absent: &["تمارة", "القنيطرة", "الصخيرات", "البنية التحتية", "المدينة العتيقة"],
    },
    Page {
        file: "row-sentence.html",
        title: "الموصل: إعادة افتتاح جامع النوري بعد ترميمه",
        published: "2025-11-21",
        relative: &[("أمس الخميس", "2025-11-20"), ("الجمعة المقبلة", "2025-11-28")],
        has: &["أعيد أمس الخميس افتتاح جامع النوري في الموصل القديمة بعد سنوات من الترميم.", "وقال مسؤول في دائرة الأوقاف", "وأضاف أن الأعمال كلفت أكثر من خمسين مليون دولار."],
        absent: &["دهوك"],
    },
];

#[test]
fn a_meta_row_of_glued_spans_is_read_span_by_span() {
    check_full_pages("../../pages/reader10", ROWS);
}

/// A sentence whose words sit in spans stays one line (one paragraph), whether its spaces are inside the
/// spans or between them.
#[test]
fn a_sentence_of_styled_spans_stays_one_paragraph() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/reader10");
    let r = naba::analyze(&std::fs::read_to_string(dir.join("row-sentence.html")).unwrap(), &full_pages::opts("html")).unwrap();
    let paragraphs: Vec<String> = r.articles.iter().flat_map(|a| a.paragraphs.iter().map(|p| full_pages::norm(&p.text))).collect();
    for s in ["أعيد أمس الخميس افتتاح جامع النوري في الموصل القديمة بعد سنوات من الترميم.", "وأضاف أن الأعمال كلفت أكثر من خمسين مليون دولار."] {
        assert!(paragraphs.iter().any(|p| p == s), "«{s}» is not one paragraph: {paragraphs:?}");
    }
}

/// Variants of carousel.html's caption strip (slides of a picture and a caption of other places and days,
/// each with its counter, between a story's paragraphs, in classes that say nothing): the counter in Eastern
/// digits in an `<em>`, «الصورة 2 من 5» under a `<p>` caption, a gallery in a `<ul>` with `1/4` in a
/// `<small>`, one counter for the whole strip after its slides. And a story whose lines hold «1 / 3» and «3 / 1»
/// (a score, a fraction; in a `<b>`, a `<strong>` at a sentence's end, a line of two spans): all kept.
const CAPTIONS: &[Page] = &[
    Page {
        file: "car-eastern.html",
        title: "الأقصر: اكتشاف مقبرة جديدة في البر الغربي",
        published: "2025-10-28",
        relative: &[("أمس الاثنين", "2025-10-27")],
        has: &["أعلنت وزارة السياحة والآثار", "وقال الأمين العام للمجلس الأعلى للآثار"],
        absent: &["فيلة", "دندرة", "إدفو", "١ / ٣", "مارس ٢٠٢٢"],
    },
    Page {
        file: "car-photo-of.html",
        title: "أبها: موسم الضباب يجذب آلاف الزوار إلى السودة",
        published: "2025-10-18",
        relative: &[("أمس الجمعة", "2025-10-17"), ("الخميس المقبل", "2025-10-23")],
        has: &["استقبلت منطقة السودة", "وقال مدير فرع هيئة السياحة"],
        absent: &["رجال ألمع", "النماص", "تنومة", "الصورة 1 من 4"],
    },
    Page {
        file: "car-ul.html",
        title: "شفشاون: المدينة الزرقاء تستقبل مهرجان الموسيقى الأندلسية",
        published: "2025-10-24",
        relative: &[("أمس الخميس", "2025-10-23"), ("الاثنين المقبل", "2025-10-27")],
        has: &["انطلقت أمس الخميس في شفشاون", "وقال مدير المهرجان"],
        absent: &["تطوان", "الحسيمة", "وزان", "العرائش", "1/4"],
    },
    Page {
        file: "car-shared.html",
        title: "صلالة: موسم الخريف يسجل أعلى عدد من الزوار",
        published: "2025-09-10",
        relative: &[("أمس الثلاثاء", "2025-09-09")],
        has: &["سجل موسم خريف ظفار", "وقال مدير عام البلدية"],
        absent: &["مرباط", "عين رزات", "ضلكوت", "1 / 3"],
    },
    Page {
        file: "score.html",
        title: "الترجي يتأهل إلى نصف نهائي الكأس بعد فوزه على الصفاقسي",
        published: "2025-11-16",
        relative: &[("أمس السبت", "2025-11-15"), ("الأربعاء المقبل", "2025-11-19")],
        has: &["بنتيجة 3 / 1 في ملعب رادس", "أي ما يعادل 1 / 3", "أي 1 / 3 المدرجات", "الأهداف 1 / 3", "ويلتقي الترجي في نصف النهائي"],
        absent: &["كرة القدم"],
    },
];

#[test]
fn a_caption_strip_between_paragraphs_is_not_the_story() {
    check_full_pages("../../pages/reader10", CAPTIONS);
}
