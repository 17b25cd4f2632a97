//! Site families met after tests/site_families6.rs, built to find pages where we return no article or the
//! wrong block: whole pages of our own under tests/pages/families7/ (a script-rendered page saved before it
//! ran, its text only in `ld+json` `articleBody` or in `og:description`; an old table layout with `<font>` and
//! `<br><br>`; one-sentence paragraphs full of links; `<div class="paragraph">` siblings between ad slots;
//! Elementor and WPBakery page builders; a `<news-article>` custom element; a body in `<pre>` or in
//! `<blockquote>`; a headline only in `<title>` and `og:title`; a print page of bare `<br>`s; a phone app's
//! shared text; two copied articles pasted one after another; a page whose comments outweigh the article;
//! Sudanese, Algerian, Tunisian and Saudi papers) checked against what a reader expects (expect.json).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/families.rs"]
mod families;

#[test]
fn whole_pages_of_a_seventh_set_of_site_families() {
    families::check_family("families7", 15);
}


use families::{body, first, parse_as, text_of};

fn day(a: &naba::model::Article) -> Option<&str> {
    a.published.as_ref().and_then(|p| p.value.as_deref()).and_then(|v| v.get(..10))
}

fn title(a: &naba::model::Article) -> Option<&str> {
    text_of(&a.title)
}

const Q1: &str = "أعلنت هيئة المياه قطع الإمداد عن أحياء الشمال يوم السبت من الثامنة صباحا حتى الرابعة عصرا لإصلاح الخط الرئيسي.";
const Q2: &str = "وقالت الهيئة إن الصهاريج ستوزع المياه مجانا على المنازل والمستشفيات خلال فترة الانقطاع.";
const Q3: &str = "ودعت السكان إلى تخزين ما يكفيهم من الماء قبل موعد القطع وترشيد الاستهلاك.";

/// A page saved before its script drew it (an empty `<div id="root">`, `<div id="__next">`, `<app-root>`)
/// whose only story text is its description (`og:description`, `<meta name="description">`,
/// `twitter:description`): that text is the article, under the declared title, dated as declared.
#[test]
fn a_page_saved_before_its_script_ran_is_read_from_its_description() {
    let head = "قطع المياه عن أحياء الشمال يوم السبت";
    for (tag, shell) in [
        ("property=\"og:description\"", "<div id=\"root\"></div>"),
        ("name=\"description\"", "<div id=\"__next\"></div><script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{}}</script>"),
        ("name=\"twitter:description\"", "<app-root></app-root><noscript>فعّل جافاسكربت</noscript>"),
    ] {
        let html = format!("<!doctype html><html dir=rtl><head><meta charset=utf-8><title>{head} | الديار</title><meta property=\"og:title\" content=\"{head}\"><meta {tag} content=\"{Q1}\"><meta property=\"article:published_time\" content=\"2025-08-02T09:00:00+03:00\"></head><body>{shell}<script src=\"/main.js\"></script></body></html>");
        let a = first(&html, "html");
        assert_eq!(title(&a), Some(head), "help: {tag}");
        assert_eq!(body(&a), [Q1], "help: {tag}");
        assert_eq!(day(&a), Some("2025-08-02"), "help: {tag}");
    }
    // (A page that shows its story keeps it: the description is only its summary.)
    let html = format!("<html><head><meta charset=utf-8><title>{head}</title><meta name=\"description\" content=\"{Q1}\"></head><body><h1>{head}</h1><div class=\"content\"><p>{Q1}</p><p>{Q2}</p><p>{Q3}</p></div></body></html>");
    assert_eq!(body(&first(&html, "html")), [Q1, Q2, Q3]);
    // (A short description, a site's motto, makes no article of an empty shell.)
    let html = "<html><head><meta charset=utf-8><title>الديار</title><meta name=\"description\" content=\"موقع إخباري مستقل\"></head><body><div id=\"root\"></div></body></html>";
    assert!(parse_as(html, "html").articles.iter().all(|a| a.paragraphs.is_empty()));
}

/// A page of custom elements (`<news-article>`, `<story-paragraph>`): each element is a block of its
/// own, and one that names a headline (`<article-headline>`, `<story-headline>`) is the headline.
#[test]
fn custom_elements_are_blocks_and_a_headline_element_heads_the_story() {
    let head = "قطع المياه عن أحياء الشمال يوم السبت";
    for (wrap, h, p) in [("news-article", "article-headline", "article-paragraph"), ("story-view", "story-headline", "story-paragraph"), ("x-news", "x-headline", "x-text")] {
        let html = format!("<html><head><meta charset=utf-8><title>الديار</title></head><body><site-nav><a href=\"/\">الرئيسية</a> <a href=\"/local\">محليات</a></site-nav><{wrap}><{h}>{head}</{h}><time datetime=\"2025-08-02\">2 آب 2025</time><{p}>{Q1}</{p}><{p}>{Q2}</{p}><{p}>{Q3}</{p}></{wrap}></body></html>");
        let a = first(&html, "html");
        assert_eq!(title(&a), Some(head), "help: {h}");
        assert_eq!(body(&a), [Q1, Q2, Q3], "help: {p}");
    }
}

/// A body in `<pre>`: a blank line (with spaces or `\r` in it) parts paragraphs; a single line break is a
/// wrapped line's, inside the paragraph.
#[test]
fn a_body_in_pre_is_parted_at_blank_lines() {
    let (a1, a2) = Q1.split_at(Q1.find(" من الثامنة").unwrap());
    for gap in ["\n\n", "\r\n\r\n", "\n   \n", "\n\t\n\n"] {
        let html = format!("<html><head><meta charset=utf-8><title>قطع المياه عن أحياء الشمال يوم السبت</title></head><body><h2>قطع المياه عن أحياء الشمال يوم السبت</h2><pre>\n{a1}\n{}{gap}{Q2}{gap}{Q3}\n</pre></body></html>", a2.trim_start());
        let a = first(&html, "html");
        assert_eq!(body(&a), [Q1, Q2, Q3], "help: {gap:?}");
    }
}

/// A page with no headline in its markup, only in `<title>` and `og:title`: its lede, which retells the
/// headline in a longer sentence, is no headline; the declared title is.
#[test]
fn a_lede_that_retells_the_declared_title_is_no_headline() {
    for (head, lede) in [
        ("قطع المياه عن أحياء الشمال يوم السبت", Q1),
        ("هيئة المياه تقطع الإمداد عن أحياء الشمال", "أعلنت هيئة المياه أنها ستقطع الإمداد عن أحياء الشمال يوم السبت المقبل لمدة ثماني ساعات بسبب أعمال الصيانة."),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>{head} - الديار</title><meta property=\"og:title\" content=\"{head}\"></head><body><div class=\"nav\"><a href=\"/\">الرئيسية</a></div><div class=\"col-md-8\"><div class=\"details\"><p>{lede}</p><p>{Q2}</p><p>{Q3}</p></div></div></body></html>");
        let a = first(&html, "html");
        assert_eq!(title(&a), Some(head), "help: {head}");
        assert_eq!(body(&a), [lede, Q2, Q3], "help: {head}");
    }
}

/// A phone app's share sheet under a copied story (`تمت المشاركة من تطبيق …`, `مرسل من تطبيق …`,
/// `Shared via …`) is no body.
#[test]
fn a_share_sheets_line_is_no_body() {
    for tail in ["تمت المشاركة من تطبيق الديار", "تمت المشاركة عبر تطبيق «الخبر»", "مرسل من تطبيق الوطن للأخبار", "Shared via Al Diyar app", "أرسل من تطبيق الشروق"] {
        let page = format!("قطع المياه عن أحياء الشمال يوم السبت\nhttps://diyar.example/a/7781\n{Q1}\n{Q2}\n{Q3}\n{tail}\n");
        let a = first(&page, "text");
        assert_eq!(body(&a), [Q1, Q2, Q3], "help: {tail}");
    }
}

/// `نقلها:` / `نقله:` (who took a speech down) labels the byline, with its colon.
#[test]
fn a_transcribers_label_before_the_byline() {
    for (line, name) in [("نقلها: أيمن القضاة", "أيمن القضاة"), ("نقله : سامي الحلو", "سامي الحلو")] {
        let html = format!("<html><head><meta charset=utf-8><title>نص كلمة الوزير في افتتاح المؤتمر</title></head><body><h1>نص كلمة الوزير في افتتاح المؤتمر</h1><div class=\"byline\">{line}</div><div class=\"text\"><p>{Q1}</p><p>{Q2}</p></div></body></html>");
        assert_eq!(text_of(&first(&html, "html").byline), Some(name), "help: {line}");
    }
}

/// An old page's headline in a plain `<div>` and a dateline over the body that ends on the `<title>`'s
/// site part (`حلب - الوطن الحلبية` under `<title>الوطن الحلبية - …`): the dateline is no headline.
#[test]
fn a_dateline_on_the_sites_name_is_no_headline() {
    let head = "قطع المياه عن أحياء الشمال يوم السبت";
    for (site, line) in [("الوطن الحلبية", "حلب - الوطن الحلبية"), ("صدى الشمال", "الموصل - صدى الشمال"), ("أخبار الواحة", "سبها - أخبار الواحة")] {
        let html = format!("<html><head><meta charset=utf-8><title>{site} - {head}</title></head><body><div id=\"top\"><a href=\"/\"><img src=\"/logo.jpg\" alt=\"{site}\"></a></div><div class=\"news-title\">{head}</div><div class=\"news-date\">التاريخ: 2025-08-02</div><div class=\"content\">{line}<br><br>{Q1}<br><br>{Q2}<br><br>{Q3}<br><br></div></body></html>");
        let a = first(&html, "html");
        assert_eq!(title(&a), Some(head), "help: {line}");
        assert_eq!(body(&a).last(), Some(&Q3), "help: {line}");
    }
}
