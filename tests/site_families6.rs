//! Site families met after tests/site_families5.rs: whole pages of our own under tests/pages/families6/
//! (Arc XP Fusion and Brightspot markup, a Sitecore ministry page, an Arabic Substack newsletter, a
//! Telegram channel's web preview and a copied post, a copied Facebook post, a PDF-to-text newspaper page
//! with running heads and page numbers, a vBulletin post quoting the news, a Google AMP page, Mauritanian,
//! Libyan, Omani and Palestinian papers, a university's news, a sports page with a match box, pages dated
//! only in the URL or in `<meta name="date">`, a right-to-left page dated `14-03-2025`) checked against what
//! a reader expects (expect.json).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/families.rs"]
mod families;

#[test]
fn whole_pages_of_a_sixth_set_of_site_families() {
    families::check_family("families6", 15);
}

use families::{body, first, text_of};

fn day(a: &naba::model::Article) -> Option<&str> {
    a.published.as_ref().and_then(|p| p.value.as_deref()).and_then(|v| v.get(..10))
}

const P1: &str = "افتتحت مديرية التربية مدرسة ثانوية جديدة للبنات في البلدة، بتمويل من صندوق التنمية وبمشاركة المجلس البلدي.";
const P2: &str = "وقال مدير التربية إن المدرسة تضم ثمانية عشر صفا ومختبرين للعلوم والحاسوب، وتستوعب ستمئة طالبة من البلدة.";
const P3: &str = "وأضاف أن افتتاح المدرسة يخفف الاكتظاظ في مدارس البلدة، حيث كان عدد الطالبات في الصف يتجاوز أربعين.";

/// A page dated nowhere but in its own address (`<link rel="canonical">` or `og:url`, `/2025/03/04/`) is dated
/// that day; an address with a year and a month only, or a linked story's address, dates nothing.
#[test]
fn a_page_dated_only_in_its_address() {
    let head = "افتتاح مدرسة جديدة في البلدة";
    for (tag, want) in [
        ("<link rel=\"canonical\" href=\"https://a.example/2025/03/04/new-school/\">", Some("2025-03-04")),
        ("<meta property=\"og:url\" content=\"https://b.example/news/2024/12/9/school-opens\">", Some("2024-12-09")),
        ("<link rel=\"canonical\" href=\"/local/2025/7/21/\">", Some("2025-07-21")),
        ("<link rel=\"canonical\" href=\"https://c.example/2025/03/new-school/\">", None),
        ("<link rel=\"canonical\" href=\"https://c.example/news/123456/new-school\">", None),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>{head} - شبكة البلدة</title>{tag}</head><body><h1>{head}</h1><div class=\"post-content\"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div><aside><a href=\"/2025/01/02/other/\">إغلاق طريق البلدة لساعات</a></aside></body></html>");
        let a = first(&html, "html");
        assert_eq!(day(&a), want, "help: {tag}");
        assert_eq!(body(&a), [P1, P2, P3], "help: {tag}");
    }
    // (A date shown on the page is the date, whatever the address says.)
    let html = format!("<html><head><meta charset=utf-8><title>{head}</title><link rel=\"canonical\" href=\"https://a.example/2025/03/04/x/\"></head><body><h1>{head}</h1><div class=\"date\">الأربعاء 12 مارس 2025</div><div class=\"post-content\"><p>{P1}</p><p>{P2}</p></div></body></html>");
    assert_eq!(day(&first(&html, "html")), Some("2025-03-12"));
}

/// A channel's or a social post's copy (Telegram, Facebook): its counters (`8.1K views`, `١٨ تعليقًا`, `45
/// مشاركة`), its buttons (`أعجبني`, `تعليق`), its hashtags, and its calls to follow (`📌 تابعونا على تلغرام`,
/// `🔗 للمزيد: https://…`, `اشترك في قناتنا: t.me/…`) are no body.
#[test]
fn a_posts_counters_buttons_hashtags_and_follow_calls() {
    for tail in [
        "8.1K views\n10:15",
        "📌 تابعونا على تلغرام: @town_news\n12.4K views",
        "🔗 للمزيد: https://town.example/news/8821\nاشترك في قناتنا: t.me/town_news",
        "#مدارس_البلدة #التربية\n٢٣٤\n١٨ تعليقًا\n٤٥ مشاركة\nأعجبني\nتعليق\nمشاركة",
        "#التعليم\n1.2K\n3 تعليقات\nLike\nأعجبني · رد",
        "▪️ تابعوا قناتنا على واتساب: https://whatsapp.com/channel/0029Va\n950 مشاهدة",
    ] {
        let page = format!("أخبار البلدة\n12 مارس 2025\nافتتاح مدرسة جديدة في البلدة\n{P1}\n{P2}\n{P3}\n{tail}\n");
        let a = first(&page, "text");
        assert_eq!(body(&a), [P1, P2, P3], "help: {tail}");
        assert_eq!(day(&a), Some("2025-03-12"), "help: {tail}");
    }
    // (A sentence that closes on a link is still a sentence, and one hashtag inside a line is its word.)
    let long = "وللاطلاع على شروط التقديم والمواعيد المحددة لكل مرحلة يمكن زيارة موقع الوزارة: https://moe.example/apply";
    let tagged = "وانطلقت الحملة تحت وسم #مدرستي_أجمل بمشاركة واسعة من الأهالي والمعلمين.";
    let page = format!("افتتاح مدرسة جديدة في البلدة\n12 مارس 2025\n{P1}\n{long}\n{tagged}\n{P2}\n");
    assert_eq!(body(&first(&page, "text")), [P1, long, tagged, P2]);
}

/// A forum's label over a quoted post (`اقتباس:`) is no body; the quoted news is.
#[test]
fn a_forums_quote_label() {
    for label in ["اقتباس:", "اقتباس", "اقتباس :"] {
        let html = format!("<html><head><meta charset=utf-8><title>افتتاح مدرسة جديدة - منتديات البلدة</title></head><body><table><tr><td class=\"thead\">12-03-2025, 08:15 PM</td></tr><tr><td class=\"alt1\"><div><strong>افتتاح مدرسة جديدة في البلدة</strong></div><div id=\"post_message_1\"><div class=\"smallfont\">{label}</div><table><tr><td class=\"alt2\">{P1}<br><br>{P2}<br><br>{P3}</td></tr></table></div></td></tr></table></body></html>");
        let a = first(&html, "html");
        assert_eq!(body(&a), [P1, P2, P3], "help: {label}");
    }
}

/// A meta row of fields after a bar (`نشر بتاريخ: … | بواسطة: name | المشاهدات: 318`): the name is the
/// byline, without the field after it.
#[test]
fn a_byline_field_between_bars() {
    for (row, want) in [
        ("نشر بتاريخ: 2025/03/12 - 11:30 | بواسطة: <a href=\"/a/5\">عبد السلام الفيتوري</a> | <span>المشاهدات: 318</span>", "عبد السلام الفيتوري"),
        ("التاريخ: 12/03/2025 | كتب: سالم المبروك | عدد القراءات: 1,204", "سالم المبروك"),
        ("بقلم: هدى الورفلي | التعليقات: 3", "هدى الورفلي"),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>افتتاح مدرسة جديدة في البلدة</title></head><body><div class=\"post\"><h1>افتتاح مدرسة جديدة في البلدة</h1><div class=\"post-info\">{row}</div><div class=\"post-body\"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></body></html>");
        let a = first(&html, "html");
        assert_eq!(text_of(&a.byline), Some(want), "help: {row}");
        assert_eq!(body(&a), [P1, P2, P3], "help: {row}");
    }
}

/// A dateline's name that is the paper's, one word of a short `<title>` (`مسقط - الرؤية` under `جريدة الرؤية
/// العمانية`), is the source, no writer; a reporter's name there stays the byline.
#[test]
fn a_datelines_name_that_is_the_papers() {
    for (title, line, source, byline) in [
        ("جريدة الرؤية العمانية", "مسقط - الرؤية", Some("الرؤية"), None),
        ("صحيفة الوطن", "صلالة - الوطن", Some("الوطن"), None),
        ("جريدة الرؤية العمانية", "مسقط - خالد البلوشي", None, Some("خالد البلوشي")),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>{title}</title></head><body><div class=\"article-title\">افتتاح مدرسة جديدة في البلدة</div><div class=\"article-date\">14-03-2025</div><div class=\"article-writer\">{line}</div><div class=\"article-text\"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>");
        let a = first(&html, "html");
        // (The source may keep the place before the name: `مسقط - الرؤية`.)
        assert!(text_of(&a.source).is_some_and(|s| Some(s) == source || source.is_some_and(|w| s.ends_with(&format!(" - {w}")))) || source.is_none() && a.source.is_none(), "help: {line}: {:?}", a.source);
        assert_eq!(text_of(&a.byline), byline, "help: {line}");
        assert_eq!(day(&a), Some("2025-03-14"), "help: {line}");
        assert_eq!(body(&a), [P1, P2, P3], "help: {line}");
    }
}
