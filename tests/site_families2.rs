//! More site families met after tests/site_families.rs (government pages of spans under a site-only
//! title, reader shells that frame the story in `<iframe srcdoc>`, one-cell table pages closing on a
//! contact line), each class in variants of wording, markup and numbers. The full pages are golden
//! cases under tests/golden/.
#![cfg(not(target_arch = "wasm32"))]

use naba::{Options, RawOptions};

struct Got {
    n: usize,
    title: String,
    published: Option<String>,
    paragraphs: Vec<String>,
}

fn first(html: &str) -> Got {
    let opts = Options::from_raw(RawOptions { format: Some("html".into()), now: Some("2025-11-18".into()), labels: None }).unwrap();
    let r = naba::parse(html, &opts).unwrap();
    let a = r.articles.first().unwrap_or_else(|| panic!("no article in {html}"));
    Got {
        n: r.articles.len(),
        title: a.title.as_ref().map(|t| t.text.clone()).unwrap_or_default(),
        published: a.published.as_ref().and_then(|p| p.value.clone()),
        paragraphs: a.paragraphs.iter().map(|p| p.text.clone()).collect(),
    }
}

const P1: &str = "بدأت البلدية أعمال رصف الشارع التجاري الرئيسي في المدينة القديمة، على أن تنتهي المرحلة الأولى قبل حلول شهر رمضان المبارك.";
const P2: &str = "وقال مهندس المشروع إن العمل يجري ليلا لتخفيف الازدحام، وإن المحلات ستبقى مفتوحة أمام الزبائن طوال مدة الأشغال.";
const P3: &str = "واشتكى عدد من أصحاب المحلات من الغبار والضجيج، مطالبين بتعويضهم عن تراجع المبيعات خلال الأسابيع الماضية.";
const HEAD: &str = "البلدية تبدأ رصف الشارع التجاري في المدينة القديمة";

/// A government page of spans: the site's name in a logo span, a `<title>` of the site and a section
/// (`وزارة الإعلام - الأخبار`), the headline a span of its own. The short title part is the site's, not
/// the story's headline, whichever part comes first.
#[test]
fn a_logo_span_naming_a_short_title_part_is_no_headline() {
    for (title, logo) in [
        ("وزارة الإعلام - الأخبار", "وزارة الإعلام"),
        ("الأخبار | بلدية مسقط", "بلدية مسقط"),
        ("المركز الإعلامي – أمانة العاصمة", "أمانة العاصمة"),
        ("هيئة الأشغال العامة : المركز الإعلامي", "هيئة الأشغال العامة"),
    ] {
        let html = format!(
            "<html><head><meta charset=utf-8><title>{title}</title></head><body><div id=header><span class=logo>{logo}</span>\
             <div class=nav><span><a href=/>الرئيسية</a></span><span><a href=/n>الأخبار</a></span></div></div>\
             <div class=details><span class=t>{HEAD}</span><br><span class=d>الاثنين 10 نوفمبر 2025</span>\
             <div class=body><span>{P1}</span><br><br><span>{P2}</span><br><br><span>{P3}</span></div></div>\
             <div id=footer><span>جميع الحقوق محفوظة 2025</span></div></body></html>"
        );
        let g = first(&html);
        assert_eq!(g.title, HEAD, "help: {title}");
        assert_eq!(g.paragraphs, [P1, P2, P3], "help: {title}");
        assert_eq!(g.published.as_deref(), Some("2025-11-10"), "help: {title}");
    }
    // A headline that is the title's long part still agrees with it.
    let html = format!(
        "<html><head><meta charset=utf-8><title>{HEAD} - بلدية مسقط</title></head><body><span class=logo>بلدية مسقط</span>\
         <div class=details><span class=t>{HEAD}</span><div class=body><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></body></html>"
    );
    assert_eq!(first(&html).title, HEAD);
}

/// A reader's shell (an app's web view, a saved preview) that shows the story in `<iframe srcdoc>`:
/// the framed page is read, in either quoting, with or without a heading; a small framed widget
/// beside a story of the page's own is not.
#[test]
fn a_story_framed_in_an_iframe_srcdoc_is_read() {
    let inner = |h: &str| format!("<html dir=rtl><body>{h}<p class=date>3 سبتمبر 2025</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></body></html>");
    let esc = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;");
    for framed in [
        format!("<iframe class=reader srcdoc=\"{}\"></iframe>", esc(&inner(&format!("<h1>{HEAD}</h1>")))),
        format!("<iframe srcdoc='{}' width=100%></iframe>", inner(&format!("<h2 class=t>{HEAD}</h2>")).replace('\'', "&#39;")),
        format!("<div class=frame><iframe sandbox srcdoc=\"{}\"></iframe></div>", esc(&inner(&format!("<div class=title><b>{HEAD}</b></div>")))),
    ] {
        let html = format!(
            "<html><head><meta charset=utf-8><title>عرض الخبر</title></head><body><div class=bar><a href=/>رجوع</a> <a>تكبير الخط</a></div>{framed}</body></html>"
        );
        let g = first(&html);
        assert_eq!((g.n, g.title.as_str()), (1, HEAD), "help: {framed}");
        assert_eq!(g.paragraphs, [P1, P2, P3], "help: {framed}");
        assert_eq!(g.published.as_deref(), Some("2025-09-03"), "help: {framed}");
    }
    // The page's own story with a framed poll beside it: the story stays the page's.
    let html = format!(
        "<html><head><meta charset=utf-8><title>{HEAD}</title></head><body><article><h1>{HEAD}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>\
         <iframe srcdoc=\"&lt;p&gt;هل تؤيد رصف الشارع؟ نعم لا&lt;/p&gt;\"></iframe></body></html>"
    );
    assert_eq!(first(&html).paragraphs, [P1, P2, P3]);
}

/// A contact line under the story (`للتواصل مع التحرير: …@…`, an advertising phone number), in a
/// one-cell table page or a plain box: no body. A sentence that mentions contact stays.
#[test]
fn a_contact_line_under_the_story_is_no_body() {
    for line in [
        "للتواصل مع التحرير: editor@example.ly",
        "للإعلان على الموقع: 0912 345 678",
        "راسلونا على news@example.com",
        "للاستفسار هاتف ٠٩٢٥٥٥١٢٣٤",
        "البريد الإلكتروني: info@example.mr",
    ] {
        for markup in [format!("{P1}<br><br>{P2}<br><br>{P3}<br><hr><font size=2>{line}</font>"), format!("<p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{line}</p>")] {
            let html = format!(
                "<html><head><meta charset=utf-8><title>{HEAD}</title></head><body><table><tr><td><b><font size=5>{HEAD}</font></b><br>\
                 <font size=2>نشر في: الخميس 28 أغسطس 2025</font><br><br>{markup}</td></tr></table></body></html>"
            );
            let g = first(&html);
            assert_eq!(g.paragraphs, [P1, P2, P3], "help: {line}");
        }
    }
    // A sentence of the story that gives a contact stays body.
    let said = "للتواصل مع المتضررين، خصصت البلدية خطا ساخنا يعمل على مدار الساعة، ودعت السكان إلى الإبلاغ عن أي أضرار في منازلهم أو محلاتهم.";
    let html = format!("<html><head><meta charset=utf-8><title>{HEAD}</title></head><body><article><h1>{HEAD}</h1><p>{P1}</p><p>{P2}</p><p>{said}</p><p>{P3}</p></article></body></html>");
    assert_eq!(first(&html).paragraphs, [P1, P2, said, P3]);
}
