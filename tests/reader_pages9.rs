//! The ninth set of full pages (tests/e2e/pages/full9/, also read by the browser suite tests/e2e/full9.mjs
//! through the extension), natively, and variants of our own of the classes they showed the core getting
//! wrong (tests/pages/reader9/), all fixed in src/html/extract.rs:
//! - a rail of teasers, each a linked headline over a long summary, outscored a short story beside it and
//!   was read as its paragraphs (or as the article, the story lost): a teaser's excerpt under its card's
//!   linked headline is the link's (`extract_with`), on a page with a story of its own (a heading agreeing
//!   with the `<title>`): section fronts and tag pages stay no article;
//! - a grid of related stories under the story, each card a headline that is no link over a summary and a
//!   date of its own, outscored the story's box and was read with it: the card's summary is the link's too;
//! - a registration box above the story (a heading, long help text, a form asking for a password) was read
//!   as a story of its own: the box of a form asking for a password is clutter (`comment_sections`);
//! - an ad slot at the story's end, its label (`المحتوى المدعوم`) over a line of the ad in a box whose class
//!   says nothing, was read as the story's last lines: the label's small box goes (`drop_teaser_boxes`).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/full_pages.rs"]
mod full_pages;

use full_pages::{check_full_pages, Page};

const PAGES: &[Page] = &[
    Page {
        file: "short.html",
        title: "نواكشوط: وصول أول شحنة من الغاز المحلي إلى محطة الكهرباء المزدوجة",
        published: "2025-05-06",
        relative: &[("أمس الاثنين", "2025-05-05"), ("الخميس المقبل", "2025-05-08"), ("نوفمبر 2024", "2024-11")],
        has: &["وصلت أمس الاثنين إلى ميناء نواكشوط", "وقال وزير الطاقة محمد ولد خالد", "وكانت الحكومة قد وقعت"],
        absent: &["نواذيبو", "روصو", "كيفه", "الزويرات", "سيدي محمد", "الأكثر قراءة", "ولاية لعصابة"],
    },
    Page {
        file: "brbr.html",
        title: "عدن: إعادة تشغيل مصفاة عدن جزئيا بعد توقف دام ثلاث سنوات",
        published: "2025-06-14",
        relative: &[("أمس الجمعة", "2025-06-13"), ("الأربعاء الماضي", "2025-06-11"), ("مارس 2022", "2022-03")],
        has: &["أعادت شركة مصافي عدن", "وقال المدير التنفيذي للشركة", "وأوضح السعدي", "وكانت المصفاة قد توقفت"],
        absent: &["تعز", "المكلا", "استطلاع الرأي", "أبو علي", "كريتر", "تعليقات القراء", "جميع الحقوق"],
    },
    Page {
        file: "readalso.html",
        title: "المنامة: هيئة الكهرباء والماء تبدأ تركيب العدادات الذكية في 40 ألف منزل",
        published: "2025-08-19",
        relative: &[("أمس الاثنين", "2025-08-18"), ("الأحد المقبل", "2025-08-24"), ("يناير 2024", "2024-01")],
        has: &["بدأت هيئة الكهرباء والماء", "وقال الرئيس التنفيذي للهيئة", "وأوضح أحمد", "وأشار إلى أن الهيئة", "وكان مجلس الوزراء"],
        // (The last ad slot, «المحتوى المدعوم» over one line of an ad in a box whose class says nothing, was read
        // as the story's last two lines: the box of an ad slot's label goes, `extract::drop_teaser_boxes`.)
        absent: &["اقرأ أيضاً", "اقرأ أيضًا", "قلالي", "الرفاع", "سترة", "عراد", "إعلان", "أم حسن", "المحتوى المدعوم", "عروض حصرية", "البسيتين"],
    },
    Page {
        file: "loginfirst.html",
        title: "حلب: عودة الرحلات الجوية بين مطار حلب الدولي والشارقة بعد انقطاع طويل",
        published: "2025-10-02",
        relative: &[("أمس الأربعاء", "2025-10-01"), ("آب 2023", "2023-08")],
        has: &["هبطت في مطار حلب الدولي", "وقال مدير المطار", "وأضاف القاسم", "وكانت أعمال تأهيل"],
        absent: &["للاستفادة من خدمات الموقع", "بتسجيلك فإنك توافق", "إنشاء حساب", "حمص", "اللاذقية", "الحمدانية"],
    },
    Page {
        file: "hespress.html",
        title: "طنجة.. انطلاق أشغال توسعة ميناء طنجة المدينة لاستقبال السفن السياحية الكبرى",
        published: "2025-07-16",
        relative: &[("أمس الثلاثاء", "2025-07-15"), ("يوم الجمعة المقبل", "2025-07-18"), ("شتنبر 2024", "2024-09"), ("غشت 2026", "2026-08")],
        has: &["انطلقت أمس الثلاثاء أشغال", "وقال المدير العام للوكالة", "وأضاف الأمين", "وكان الميناء قد استقبل"],
        absent: &["تطوان", "بروكسيل", "أصيلة", "فاس", "أكادير", "إعجاب", "تعليقات الزوار"],
    },
    Page {
        file: "saudi.html",
        title: "أمانة الرياض تبدأ زراعة 25 ألف شجرة في الأحياء الشمالية ضمن الرياض الخضراء",
        published: "2025-05-18",
        relative: &[("أمس السبت", "2025-05-17"), ("الثلاثاء المقبل", "2025-05-20"), ("مارس 2019", "2019-03")],
        has: &["بدأت أمانة منطقة الرياض", "وقال أمين منطقة الرياض", "وأوضح أن الأمانة", "ويهدف المشروع"],
        absent: &["مواقيت الصلاة", "جدة", "الدمام", "أبها", "العارض", "29 مايو"],
    },
    Page {
        file: "wam.html",
        title: "الإمارات تطلق برنامجا وطنيا لتدريب 10 آلاف مبرمج إماراتي خلال خمس سنوات",
        published: "2025-09-22",
        relative: &[("أمس الأحد", "2025-09-21"), ("الخميس المقبل", "2025-09-25"), ("22 سبتمبر", "2025-09-22")],
        has: &["أطلقت وزارة الاقتصاد", "وقال وزير الدولة للذكاء الاصطناعي", "وأضاف العلماء"],
        // (The grid of related stories under the story, headlines in <b> over summaries with dates of their own,
        // outscored the story's box and was read with it: a summary in a dated card is the link's, `extract_with`.)
        absent: &["العين", "الفجيرة", "English", "دبا", "كلباء", "الصيادين"],
    },
];

#[test]
fn ninth_set_of_full_pages_gives_the_article_and_nothing_else() {
    check_full_pages("full9", PAGES);
}

/// Variants of our own of the classes the set showed (tests/pages/reader9/): a short story beside or after a
/// rail of teasers whose summaries are longer than its paragraphs (a list of `<h4><a>` over `<p>`; cards of
/// `<a><h3>` over a `<div>` before the story); a registration or login box, long help text and a password
/// form, above the story in the same `<main>`; a story of `<br><br>`-parted lines in one `<span>` with
/// readers' comments under a bold label.
const VARIANTS: &[Page] = &[
    Page {
        file: "rail-list.html",
        title: "صفاقس: إعادة فتح السوق المركزية بعد أشغال الترميم",
        published: "2025-03-13",
        relative: &[("أمس الأربعاء", "2025-03-12")],
        has: &["أعادت بلدية صفاقس", "وقال رئيس البلدية منير اللومي"],
        absent: &["شنني", "المنستير", "نابل", "الأكثر قراءة"],
    },
    Page {
        file: "rail-li.html",
        title: "البصرة: افتتاح جسر الشهداء الجديد أمام حركة السيارات",
        published: "2025-06-21",
        relative: &[("أمس الجمعة", "2025-06-20"), ("آذار 2023", "2023-03")],
        has: &["افتتح محافظ البصرة", "وقال المحافظ إن الجسر", "وكان العمل في الجسر"],
        absent: &["الجبايش", "النجف", "الموصل", "الأكثر مشاهدة", "منذ يومين"],
    },
    Page {
        file: "rail-cards.html",
        title: "عمّان: الأمانة تطلق خدمة الحافلات الليلية على خمسة خطوط",
        published: "2025-09-10",
        relative: &[("أمس الثلاثاء", "2025-09-09"), ("الأحد المقبل", "2025-09-14")],
        has: &["أطلقت أمانة عمّان الكبرى", "وقال مدير النقل في الأمانة"],
        absent: &["إربد", "العقبة", "الكرك", "ذات اهتمام", "منذ 4 أيام"],
    },
    Page {
        file: "rail-table.html",
        title: "وهران: تسليم 1200 مسكن عمومي إيجاري في حي بلقايد",
        published: "2025-01-12",
        relative: &[("أمس السبت", "2025-01-11"), ("أكتوبر 2023", "2023-10")],
        has: &["سلّمت السلطات المحلية لولاية وهران", "وقال والي وهران", "وكانت الأشغال قد انطلقت"],
        absent: &["سطيف", "تلمسان", "بجاية", "الأكثر قراءة"],
    },
    Page {
        file: "rail-before.html",
        title: "بنغازي تستضيف معرض الكتاب الدولي في دورته الأولى",
        published: "2025-04-12",
        relative: &[("أمس الجمعة", "2025-04-11"), ("الاثنين المقبل", "2025-04-14")],
        has: &["افتتح معرض بنغازي", "وقالت مديرة المعرض", "ويختتم المعرض"],
        absent: &["تاجوراء", "مصراتة", "سبها", "اخترنا لكم"],
    },
    Page {
        file: "login-box.html",
        title: "الكويت: بلدية حولي تزيل 150 إعلانا مخالفا في أسبوع",
        published: "2025-02-09",
        relative: &[("أمس السبت", "2025-02-08")],
        has: &["أزالت فرق بلدية", "وقال مدير فرع البلدية", "وأضاف الشمري"],
        absent: &["سجّل الآن", "يمكنك من خلال حسابك", "بالضغط على زر التسجيل"],
    },
    Page {
        file: "login-panel.html",
        title: "مسقط: وزارة الإسكان توزع 500 قطعة أرض سكنية في ولاية بركاء",
        published: "2025-03-04",
        relative: &[("أمس الاثنين", "2025-03-03"), ("مايو 2025", "2025-05")],
        has: &["وزعت وزارة الإسكان", "وقال المدير العام للإسكان"],
        absent: &["تسجيل الدخول", "أدخل بريدك", "كلمة المرور"],
    },
    Page {
        file: "br-span.html",
        title: "بورتسودان: افتتاح مركز جديد لغسيل الكلى بسعة 30 جهازا",
        published: "2025-03-17",
        relative: &[("أمس الأحد", "2025-03-16")],
        has: &["افتتح وزير الصحة الاتحادي", "وقال الوزير إن المركز", "وأشاد مدير المستشفى"],
        absent: &["آراء القراء", "سنكات", "عطبرة", "منذ ساعتين"],
    },
];

#[test]
fn variants_of_the_ninth_set_give_the_article_and_nothing_else() {
    check_full_pages("../../pages/reader9", VARIANTS);
}

/// Pages of teaser cards with excerpts and no story of their own (tests/pages/reader9/): a section front
/// whose cards are `<div>`s of an `<h2><a>` over a `<p>` and a time, under a bare section `<h1>` and a line
/// saying what the section holds; a section front of `<article>` cards, `<a><h3>` over a `<div>`, no
/// heading; a tag's page, a list of `<a><h3>` over a `<p>` and a date. No article: each excerpt's story is
/// on a page of its own (an excerpt under its card's headline is the link's only beside a story).
#[test]
fn fronts_and_tag_pages_with_excerpts_give_no_article() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/reader9");
    let mut failures = Vec::new();
    for file in ["front-excerpts.html", "front-articles.html", "tag-page.html"] {
        let html = std::fs::read_to_string(dir.join(file)).unwrap();
        let r = naba::analyze(&html, &full_pages::opts("html")).unwrap();
        if !r.articles.is_empty() {
            failures.push(format!("{file}: {:?}", r.articles.iter().map(full_pages::shown).collect::<Vec<_>>()));
        }
    }
    assert!(failures.is_empty(), "help:\n{}", failures.join("\n"));
}

/// Variants of the agency page's class (wam.html): a grid of related stories under a story, each card a
/// headline that is no link (`<strong>`, a `<span>` after the card's date, `<b>` in an `<li>`) over a summary
/// with commas and a date of its own (`04/10/2025`, `16 نوفمبر 2025`, `منذ يومين`), in classes that say
/// nothing: not the story's last paragraphs. And a story whose second half sits in a box of its own, under
/// bold sub-headings, no dates: still the story's.
const GRIDS: &[Page] = &[
    Page {
        file: "grid-strong.html",
        title: "الكويت تطلق منصة موحدة لتراخيص البناء في المحافظات الست",
        published: "2025-10-05",
        relative: &[("أمس السبت", "2025-10-04"), ("الأحد المقبل", "2025-10-12")],
        has: &["أطلقت بلدية الكويت", "وقال مدير عام البلدية", "وأضاف أن المرحلة الثانية"],
        absent: &["الجهراء", "الفروانية", "مبارك الكبير", "النسيم"],
    },
    Page {
        file: "grid-dated-first.html",
        title: "البحرين: بدء التسجيل في برنامج الإسكان الاجتماعي الجديد",
        published: "2025-11-17",
        relative: &[("أمس الأحد", "2025-11-16"), ("يناير 2026", "2026-01")],
        has: &["بدأت وزارة الإسكان", "وقال وكيل الوزارة"],
        absent: &["المحرق", "سترة", "16 نوفمبر"],
    },
    Page {
        file: "grid-li.html",
        title: "هيئة الهلال الأحمر تدشن 12 مركزا إسعافيا على الطرق السريعة",
        published: "2025-11-19",
        relative: &[("أمس الثلاثاء", "2025-11-18")],
        has: &["دشنت هيئة الهلال الأحمر", "وأوضح رئيس الهيئة", "وأشار إلى أن ستة مراكز"],
        absent: &["جدة", "تبوك", "منذ يومين"],
    },
    Page {
        file: "two-boxes.html",
        title: "مسقط: افتتاح أكبر محطة لتحلية المياه في السلطنة",
        published: "2025-11-13",
        relative: &[("أمس الأربعاء", "2025-11-12"), ("مارس 2026", "2026-03")],
        has: &["افتتحت شركة المياه", "وقال الرئيس التنفيذي للشركة", "وبلغت كلفة المشروع", "وأضاف الرئيس التنفيذي أن الشركة تدرس"],
        absent: &["جميع الحقوق"],
    },
];

#[test]
fn a_grid_of_dated_cards_under_a_story_is_not_its_paragraphs() {
    check_full_pages("../../pages/reader9", GRIDS);
}

/// Variants of readalso.html's last ad slot: a box in a class that says nothing, led by the slot's label
/// (`محتوى مدعوم`, `مساحة إعلانية`, `Advertisement`) over a line or two of the ad, at the story's end, between
/// two of its paragraphs, or after its box: not the story's lines.
const ADS: &[Page] = &[
    Page {
        file: "ad-end.html",
        title: "الدوحة: افتتاح خط جديد للمترو إلى المدينة التعليمية",
        published: "2025-12-03",
        relative: &[("أمس الثلاثاء", "2025-12-02"), ("مارس 2026", "2026-03")],
        has: &["افتتحت شركة سكك الحديد", "وقال الرئيس التنفيذي", "وأضاف أن خطا آخر"],
        absent: &["محتوى مدعوم", "خصومات", "الوكرة"],
    },
    Page {
        file: "ad-middle.html",
        title: "أربيل: المطار الدولي يستقبل أولى رحلات الشتاء من أوروبا",
        published: "2025-11-07",
        relative: &[("أمس الخميس", "2025-11-06")],
        has: &["استقبل مطار أربيل", "وقال مدير المطار"],
        absent: &["مساحة إعلانية", "إسطنبول", "اتصل الآن", "السفر الذهبي"],
    },
    Page {
        file: "ad-en.html",
        title: "صنعاء: إعادة فتح طريق الحديدة بعد أشهر من الإغلاق",
        published: "2025-11-08",
        relative: &[("أمس الجمعة", "2025-11-07")],
        has: &["أعيد أمس الجمعة فتح", "وقال مسؤول في وزارة الأشغال"],
        absent: &["Advertisement", "يمن نت", "باقات الإنترنت"],
    },
];

#[test]
fn an_ad_slot_led_by_its_label_is_not_the_story() {
    check_full_pages("../../pages/reader9", ADS);
}
