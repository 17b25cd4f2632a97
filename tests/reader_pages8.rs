//! The eighth set of full pages (tests/e2e/pages/full8/, also read by the browser suite tests/e2e/full8.mjs
//! through the extension), natively, and the class they showed the core getting wrong, in variants of our
//! own (tests/pages/reader8/):
//! - two links side by side inside a sentence (`رئيس <a>بلدية صيدا</a> <a>حازم بديع</a>`, a portal's tag
//!   links) cut the paragraph in two: a link after a link started a line whatever came before it, so the
//!   name was cut off its sentence (and a title before it from the name). Now only on a line of links so
//!   far, or after a keyword label (`الوسوم: <a>…</a> <a>…</a>`, still one tag a line) (src/html/extract.rs
//!   `lines_with`).
//! The print edition's strip (edition.html, its only date) and the page dated only by its address
//! (urldate.html, read by the extension from the tab's address) are not checked for their date here.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/full_pages.rs"]
mod full_pages;

use full_pages::{check_full_pages, opts, shown, Page};

const PAGES: &[Page] = &[
    Page {
        file: "longread.html",
        title: "نهر الليطاني: رحلة التلوث من النبع إلى المصب",
        published: "2025-03-12",
        relative: &[("أمس الثلاثاء", "2025-03-11"), ("قبل ثلاثة أيام", "2025-03-09")],
        has: &["على ضفة النهر قرب زحلة", "النبع: مياه صافية", "وقال وزير البيئة ناصر ياسين", "وفي بحيرة القرعون"],
        absent: &["طرابلس", "الأكثر قراءة", "عكار", "ريتا من جونية", "في هذا الملف", "تصوير"],
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

fn page(file: &str) -> naba::model::Analysis {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/reader8").join(file);
    naba::analyze(&std::fs::read_to_string(path).unwrap(), &opts("html")).unwrap()
}

#[test]
fn two_links_side_by_side_in_a_sentence_stay_in_it_and_a_labelled_tag_list_stays_one_tag_a_line() {
    let mut failures = Vec::new();
    // The full7 page the class was seen on, and four variants of our own (a title and a name, a place and a
    // name, a link glued to a word's `و`, a role and a name before a comma; tag paths and plain ones).
    let seven = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/pages/full7/links.html");
    let r7 = naba::analyze(&std::fs::read_to_string(seven).unwrap(), &opts("html")).unwrap();
    let r = page("links-in-sentence.html");
    for (r, sentence, names) in [
        (&r7, "تفقد محافظ الجيزة حسام الدين فوزي، أمس الاثنين", &["حسام الدين فوزي"][..]),
        (&r7, "ورافق المحافظ رئيس حي الهرم مصطفى عبد الغني.", &["مصطفى عبد الغني"]),
        (&r, "يرافقه رئيس بلدية صيدا حازم بديع ومدير المستشفى.", &["حازم بديع"]),
        (&r, "وقال مدير المستشفى أحمد الصمدي إن القسم", &["أحمد الصمدي"]),
        (&r, "نائب محافظ الجنوب منصور ضو، ونقيب الأطباء يوسف بخاش.", &["منصور ضو", "يوسف بخاش"]),
    ] {
        let Some(a) = r.articles.first() else {
            failures.push(format!("no article for «{sentence}»"));
            continue;
        };
        let paragraphs: Vec<String> = a.paragraphs.iter().map(|p| full_pages::norm(&p.text)).collect();
        if !paragraphs.iter().any(|p| p.contains(sentence)) {
            failures.push(format!("«{sentence}» cut: {paragraphs:?}"));
        }
        for n in names {
            if !a.entities.iter().any(|e| e.label == naba::model::Label::PER && e.text == *n) {
                failures.push(format!("{n} not a person"));
            }
        }
    }
    // The tag list after a label stays one tag a line (its tags not run into one), and no tag is read as
    // the story.
    let a = &r.articles[0];
    let keywords: Vec<&str> = a.keywords.iter().map(|k| k.text.as_str()).collect();
    for k in ["صيدا", "وزارة الصحة", "مستشفيات"] {
        if !keywords.contains(&k) {
            failures.push(format!("keyword {k} not alone: {keywords:?}"));
        }
    }
    let text = shown(a);
    for gone in ["مستشفيات", "باب التبانة", "حملة تلقيح"] {
        if text.contains(gone) {
            failures.push(format!("«{gone}» read as the story"));
        }
    }
    assert!(failures.is_empty(), "help:\n{}", failures.join("\n"));
}
