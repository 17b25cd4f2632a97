//! The tenth set of full pages (tests/e2e/pages/full10/, also read by the browser suite tests/e2e/full10.mjs
//! through the extension), natively: a Kuwaiti paper whose date is only in an English line («Published: Dec
//! 3, 2025»), a story in a `<section itemprop="articleBody">` with `<h2>` sub-headings and a quote box, a
//! Lebanese page of Levantine months and «منذ 3 ساعات» beside the date, a story beside a live column of
//! another one, a carousel of captions between its paragraphs.
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
];

#[test]
fn tenth_set_of_full_pages_gives_the_article_and_nothing_else() {
    check_full_pages("full10", PAGES);
}

/// What the core still gets wrong on the set (as full10.mjs's KNOWN; seen on the first run, 7 December),
/// pinned so that a fix is noticed and the page moved to `PAGES` with its checks below:
/// - lebanon.html: the meta row's spans, written with no space between them (`<span>بيروت - ريتا شمعون</span>
///   <span>منذ 3 ساعات</span><span>السبت 15 تشرين الثاني 2025</span>`, set apart by CSS margins), are read as one
///   glued line, `…شمعونمنذ 3 ساعاتالسبت 15 تشرين الثاني 2025`, whose date is not found: no publication date,
///   its relative dates read against today (src/html/extract.rs, lines of inline elements);
/// - carousel.html: the carousel's captions, `<span>`s in `<div>`s of classes that say nothing between the
///   story's paragraphs, each glued to its counter (`…قياسيا1 / 3`), are read as the story's lines.
#[test]
fn known_misses_of_the_tenth_set() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/pages/full10");
    let read = |f: &str| naba::analyze(&std::fs::read_to_string(dir.join(f)).unwrap(), &full_pages::opts("html")).unwrap();
    let r = read("lebanon.html");
    assert!(r.articles.len() == 1 && r.articles[0].published.is_none(), "NO LONGER SEEN: lebanon.html has its date; move it from LATER to PAGES");
    let r = read("carousel.html");
    assert!(r.articles.len() == 1 && full_pages::shown(&r.articles[0]).contains("وادي رم"), "NO LONGER SEEN: carousel.html's captions are gone; move it from LATER to PAGES");
}

/// The checks of the two pages, to hold once their misses are fixed (then moved to `PAGES`).
#[allow(dead_code)]
const LATER: &[Page] = &[
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
