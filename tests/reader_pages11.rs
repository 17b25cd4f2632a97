//! The eleventh set of full pages (tests/e2e/pages/full11/, also read by the browser suite tests/e2e/full11.mjs
//! through the extension), natively: a Moroccan paper of Maghrebi months whose date is only in a French line
//! («Publié le 12 novembre 2025 à 10h30»), an Algerian story split into pages («1 2 3 التالي») over dated
//! readers' comments, an opinion column under its writer's photo box with a list of the writer's other
//! columns, a story in a `<div itemprop="articleBody">` dated only by its JSON-LD `datePublished`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/full_pages.rs"]
mod full_pages;

use full_pages::{check_full_pages, Page};

const PAGES: &[Page] = &[
    Page {
        file: "maghreb.html",
        title: "فاس: ترميم مدرسة البوعنانية يكتمل قبل نهاية السنة",
        published: "2025-11-12",
        relative: &[("أمس الثلاثاء", "2025-11-11"), ("يناير المقبل", "2026-01"), ("ماي 2023", "2023-05"), ("غشت 2022", "2022-08")],
        has: &["أعلنت وكالة إنقاذ مدينة فاس", "وقال مدير الوكالة", "وكانت المدرسة قد أغلقت"],
        absent: &["مكناس", "وجدة", "أكادير", "Publié", "تعليقات الزوار", "الأكثر قراءة"],
    },
    Page {
        file: "paged.html",
        title: "وهران: الميناء يستقبل أول رحلة بحرية سياحية من مرسيليا",
        published: "2026-01-08",
        relative: &[("أمس الأربعاء", "2026-01-07"), ("فيفري المقبل", "2026-02"), ("سبتمبر 2019", "2019-09")],
        has: &["استقبل ميناء وهران", "وقال مدير مؤسسة ميناء وهران", "وكانت آخر باخرة سياحية"],
        absent: &["التالي", "آراء القراء", "نسيمة", "سيدي بلعباس", "خبر سار", "تلمسان"],
    },
    Page {
        file: "column.html",
        title: "المدن الصغيرة تستحق قطارا",
        published: "2025-12-01",
        relative: &[("أمس الأحد", "2025-11-30"), ("صيف 2027", "2027-06-01"), ("مارس 2024", "2024-03")],
        has: &["أعلنت شركة القطارات", "فالمحطات كلها في المدن الكبرى", "وليس المطلوب خطا جديدا", "وقد وعدت وزارة الطاقة"],
        absent: &["مقالات أخرى للكاتب", "الفجيرة مدينة الموانئ", "كلباء", "كاتب وباحث", "جبل جيس"],
    },
    Page {
        file: "jsonld.html",
        title: "نواكشوط: افتتاح أول محطة لتحلية مياه البحر بالطاقة الشمسية",
        published: "2025-10-22",
        relative: &[("أمس الثلاثاء", "2025-10-21"), ("مارس 2026", "2026-03"), ("أبريل 2023", "2023-04")],
        has: &["افتتح وزير المياه والصرف الصحي", "وقال الوزير إن المحطة", "وأضاف أن المشروع بدأ"],
        absent: &["روصو", "كيفه", "الأكثر قراءة"],
    },
];

#[test]
fn eleventh_set_of_full_pages_gives_the_article_and_nothing_else() {
    check_full_pages("full11", PAGES);
}
