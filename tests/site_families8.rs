//! Site families met after tests/site_families7.rs, built to find pages where we return no article, the wrong
//! block, the wrong title or the wrong date: whole pages of our own under tests/pages/families8/ (WordPress's
//! default theme, Blogger with its date header over the post, Drupal 7 fields, Joomla K2's intro and full
//! text, Ghost's `gh-content`, a story followed by related cards each an `<article>`, an `<h1>` holding the
//! site's name over an `<h2>` headline, «تاريخ النشر» beside «آخر تحديث», `ld+json` with `dateModified`
//! before `datePublished`, microdata `datePublished` only, `<meta name="date">` only, an English
//! «Published On» line, breadcrumbs ending on the headline, a byline only in `ld+json`, a court story whose
//! labelled dates are body text; Sudanese, Algerian, Tunisian, Libyan, Yemeni and Omani papers) checked
//! against what a reader expects (expect.json).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/families.rs"]
mod families;

#[test]
fn whole_pages_of_an_eighth_set_of_site_families() {
    families::check_family("families8", 15);
}

use families::{body, first, text_of};

fn day(a: &naba::model::Article) -> Option<&str> {
    a.published.as_ref().and_then(|p| p.value.as_deref()).and_then(|v| v.get(..10))
}

const P1: &str = "أجلت المحكمة الابتدائية النظر في قضية الأراضي المتابع فيها أربعة متهمين بينهم موظف سابق في البلدية.";
const P2: &str = "وجاء التأجيل بطلب من الدفاع الذي التمس مهلة للاطلاع على تقرير الخبرة الذي أودع متأخرا في الملف.";

/// A heading that is only a date (Blogger's `<h2 class="date-header">` above the post's `<h3>`, a day's
/// `<h2>` over a list) is no headline: the post's heading is. (KNOWN: with the blog's name in an `<h1>` of
/// its own above them, that name is still read as the title.)
#[test]
fn a_date_heading_above_the_post_is_no_headline() {
    let head = "تلاميذ القرية يقطعون ستة كيلومترات كل صباح";
    for (blog, date) in [
        ("مدونة الهضاب", "<h2 class=\"date-header\"><span>الثلاثاء، 18 مارس 2025</span></h2>"),
        ("يوميات معلم", "<h2 class=\"date-header\">الثلاثاء 18/03/2025</h2>"),
        ("دفتر سطيف", "<h2>18 مارس 2025</h2>"),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>{blog}: {head}</title></head><body><div class=\"header\"><a href=\"/\">{blog}</a></div><div class=\"blog-posts\">{date}<div class=\"post\"><h3 class=\"post-title\">{head}</h3><div class=\"post-body\"><p>{P1}</p><p>{P2}</p></div></div></div></body></html>");
        let a = first(&html, "html");
        assert_eq!(text_of(&a.title), Some(head), "help: {date}");
        assert_eq!(day(&a), Some("2025-03-18"), "help: {date}");
        assert_eq!(body(&a), [P1, P2], "help: {date}");
    }
}

/// Blogger's `أرسلها` and Joomla's `كتب بواسطة` (no colon) label the byline; the name alone is the byline.
#[test]
fn blogger_and_joomla_byline_labels() {
    for (line, name) in [
        ("أرسلها رضا بوزيد", "رضا بوزيد"),
        ("أرسلها: سامية قاسمي", "سامية قاسمي"),
        ("كتب بواسطة هالة الفريخة", "هالة الفريخة"),
        ("كتب بواسطة: منير الطرابلسي", "منير الطرابلسي"),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>تأجيل قضية الأراضي إلى جلسة جديدة</title></head><body><h1>تأجيل قضية الأراضي إلى جلسة جديدة</h1><div class=\"meta\"><span>{line}</span></div><div class=\"article-body\"><p>{P1}</p><p>{P2}</p></div></body></html>");
        assert_eq!(text_of(&first(&html, "html").byline), Some(name), "help: {line}");
    }
}
