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

fn court(boxed: &str) -> String {
    format!("<html><head><meta charset=utf-8><title>تأجيل قضية الأراضي إلى جلسة جديدة</title></head><body><h1>تأجيل قضية الأراضي إلى جلسة جديدة</h1><div class=\"meta\">الأحد 22 ديسمبر 2024</div><div class=\"article-body\"><p>{P1}</p>{boxed}<p>{P2}</p></div></body></html>")
}

/// A label's value in the body (`<dt>`/`<dd>`, `<th>`/`<td>`, a bold label and its colon) is body text: the
/// next hearing's date is no date line of the page's, and the page keeps its own date.
#[test]
fn a_labels_date_in_the_body_is_body_text() {
    for (boxed, value) in [
        ("<dl class=\"case\"><dt>موعد الجلسة القادمة</dt><dd>14/1/2025</dd></dl>", "14/1/2025"),
        ("<dl><dt>الجلسة المقبلة (للمتهم الثاني)</dt>\n<dd>2025-02-03</dd></dl>", "2025-02-03"),
        ("<table class=\"info\"><tr><th>تاريخ الخبرة التكميلية</th><td>8 يناير 2025</td></tr></table>", "8 يناير 2025"),
        ("<table><tbody><tr><th>آخر أجل للطعن</th> <td>2025/01/20</td></tr></tbody></table>", "2025/01/20"),
        ("<p><strong>آخر أجل لإيداع المذكرات:</strong> 10 جانفي 2025</p>", "10 جانفي 2025"),
        ("<p><b>موعد النطق بالحكم :</b> الخميس 16 يناير 2025</p>", "16 يناير 2025"),
        ("<dl><dt>رقم القضية</dt><dd>2231/24</dd></dl>", "2231/24"),
    ] {
        let a = first(&court(boxed), "html");
        assert_eq!(day(&a), Some("2024-12-22"), "help: {boxed}");
        assert!(body(&a).iter().any(|p| p.contains(value)), "help: {boxed}: {:?}", body(&a));
        assert_eq!(body(&a).first(), Some(&P1), "help: {boxed}");
        assert_eq!(body(&a).last(), Some(&P2), "help: {boxed}");
    }
    // (A date label's value stays the page's date: `<strong>تاريخ النشر:</strong>`, `<dt>تاريخ النشر</dt>`.)
    for boxed in ["<p><strong>تاريخ النشر:</strong> 14/1/2025</p>", "<dl><dt>تاريخ النشر</dt><dd>14/1/2025</dd></dl>", "<table><tr><th>نشر في</th><td>14/1/2025</td></tr></table>"] {
        let html = court(boxed).replace("<div class=\"meta\">الأحد 22 ديسمبر 2024</div>", "");
        let a = first(&html, "html");
        assert_eq!(day(&a), Some("2025-01-14"), "help: {boxed}");
        assert!(!body(&a).iter().any(|p| p.contains("14/1/2025")), "help: {boxed}");
    }
}

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
