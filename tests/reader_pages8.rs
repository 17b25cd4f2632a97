//! The eighth set of full pages (tests/e2e/pages/full8/, also read by the browser suite tests/e2e/full8.mjs
//! through the extension), natively. (Two links side by side inside a sentence still cut it: the fix in
//! src/html/extract.rs `lines_with` moved a golden page's read-also link into its story and was taken
//! back at the merge.) The print edition's strip (edition.html, its only date) and the page dated only
//! by its address (urldate.html, read by the extension from the tab's address) are not checked for their
//! date here.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/full_pages.rs"]
mod full_pages;

use full_pages::{check_full_pages, Page};

const PAGES: &[Page] = &[
    Page {
        file: "longread.html",
        title: "نهر الليطاني: رحلة التلوث من النبع إلى المصب",
        published: "2025-03-12",
        relative: &[("أمس الثلاثاء", "2025-03-11"), ("قبل ثلاثة أيام", "2025-03-09")],
        has: &["على ضفة النهر قرب زحلة", "النبع: مياه صافية", "وقال وزير البيئة ناصر ياسين", "وفي بحيرة القرعون"],
        // (KNOWN: the chapters box, «في هذا الملف: 1. النبع · 2. السهل …», is read as a line of the story.)
        absent: &["طرابلس", "الأكثر قراءة", "عكار", "ريتا من جونية", "تصوير"],
    },
    Page {
        file: "bilingual.html",
        title: "وهران: دخول محطة توليد الكهرباء الجديدة حيز الخدمة",
        published: "2025-02-03",
        relative: &[("أمس الأحد", "2025-02-02"), ("الخميس الماضي", "2025-01-30"), ("جوان 2022", "2022-06")],
        has: &["دخلت محطة توليد الكهرباء", "وأشرف وزير الطاقة والمناجم محمد عرقاب", "وأضاف عرقاب"],
        absent: &["Connexion", "قسنطينة", "Tous droits", "cookies", "سطيف", "ابن مستغانم"],
    },
    Page {
        file: "eastern.html",
        title: "أمانة عمان تطلق مشروع الباص السريع إلى الزرقاء",
        published: "2025-01-05",
        relative: &[("أمس السبت", "2025-01-04"), ("آذار ٢٠٢٥", "2025-03")],
        has: &["أطلقت أمانة عمان الكبرى", "وقال أمين عمان يوسف الشواربة", "وتقدر الأمانة"],
        absent: &["إربد", "الكرك", "مادبا", "أبو محمد من السلط"],
    },
    Page {
        file: "ltr.html",
        title: "نابلس: بلدية المدينة تفتتح محطة لمعالجة المياه العادمة بتمويل ألماني",
        published: "2025-01-21",
        relative: &[("أمس الاثنين", "2025-01-20"), ("قبل ثلاثة أيام", "2025-01-18"), ("نيسان 2021", "2021-04")],
        has: &["افتتحت بلدية نابلس", "وقال رئيس البلدية سامي حجاوي", "وكانت سلطة المياه الفلسطينية"],
        absent: &["Sign in", "Hebron", "الخليل", "طولكرم", "All rights reserved"],
    },
    Page {
        file: "faq.html",
        title: "أبوظبي تعتمد التقويم المدرسي الجديد للعام الأكاديمي المقبل",
        published: "2025-04-15",
        relative: &[("أمس الاثنين", "2025-04-14"), ("بعد غد الخميس", "2025-04-17"), ("1 يونيو 2025", "2025-06-01")],
        has: &["اعتمدت دائرة التعليم والمعرفة", "وقالت وكيلة الدائرة", "وأضافت المنصوري"],
        absent: &["شارك برأيك", "أسئلة شائعة", "هل الموقع مجاني", "عجمان", "4,812"],
    },
];

#[test]
fn eighth_set_of_full_pages_gives_the_article_and_nothing_else() {
    check_full_pages("full8", PAGES);
}
