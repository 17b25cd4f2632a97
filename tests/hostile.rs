//! Hostile and huge inputs (issues 3 and 7): each completes with a sane result and no panic, no stack
//! overflow, no super-linear blow-up (these would hang the suite; timings live in `make bench`).
#![cfg(not(target_arch = "wasm32"))]

use naba::{Options, RawOptions};

fn opts(format: &str) -> Options {
    Options::from_raw(RawOptions { format: Some(format.into()), now: Some("2025-10-20".into()), labels: None }).unwrap()
}

const PARAGRAPH: &str = "أعلنت وزارة الخارجية الروسية يوم الاثنين أن الوزير سيرجي لافروف بحث مع نظيره الأمريكي ماركو روبيو في 16 أكتوبر ترتيبات قمة بودابست، وفق بيان نشرته الوزارة.\n";

#[test]
fn nested_tags_100k() {
    let html = "<div>".repeat(100_000) + "<p>" + PARAGRAPH + "</p>" + &"</div>".repeat(100_000);
    let r = naba::analyze(&html, &opts("html")).unwrap();
    assert_eq!(r.articles.len(), 1);
    assert!(r.text.contains("لافروف"));
    let html = "<b><i>".repeat(50_000) + "نص";
    assert!(naba::parse(&html, &opts("html")).is_ok());
}

#[test]
fn ten_megabyte_pages() {
    let text = PARAGRAPH.repeat(10 * 1024 * 1024 / PARAGRAPH.len());
    let r = naba::parse(&text, &opts("text")).unwrap();
    assert_eq!(r.articles.len(), 1);
    let html = format!("<html><body><h1>عنوان</h1>{}</body></html>", format!("<p>{PARAGRAPH}</p>").repeat(10 * 1024 * 1024 / PARAGRAPH.len()));
    let r = naba::parse(&html, &opts("html")).unwrap();
    assert_eq!(r.articles.len(), 1);
}

#[test]
fn junk_and_odd_text() {
    let one_word: String = "بوتين".repeat(200_000); // a 2 MB "word" without spaces
    let diacritics: String = "َُِّْ".repeat(100_000);
    let marks: String = "\u{200F}\u{200C}\u{202B}\u{FEFF}".repeat(100_000);
    let nul = "\0".repeat(100_000);
    let digits: String = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯", "０１２３４５６７８９", "߀߁߂߃߄߅߆߇߈߉"].concat().repeat(5_000);
    let dates: String = (0..50_000).map(|i| format!("{}/{}/{} ", i % 40, i % 14, 1990 + i % 50)).collect();
    let binary: String = (0..200_000u32).filter_map(|i| char::from_u32(i.wrapping_mul(2_654_435_761) % 0x11000)).collect();
    for input in [one_word, diacritics, marks, nul, digits, dates, binary] {
        for f in ["text", "html"] {
            let r = naba::analyze(&input, &opts(f)).unwrap();
            assert!(r.articles.len() <= 1 || f == "text");
        }
        assert!(naba::tag(&input, &opts("text")).is_ok());
    }
}

#[test]
fn broken_html() {
    for html in [
        "<", "<<<>>>", "<p", "<p class=\"x", "<!--", "<script>", "<script>بوتين", "</p></p></div>", "<a href='x'>",
        "<html><head><title>t</head><body><p>نص", "<div><p>أ<div>ب</p></div>", "&#xFFFFFFFF;&#0;&amp",
        "<style>p{}</style><script>var s='<p>نص</p>'</script><p>ظاهر</p>",
    ] {
        let r = naba::parse(html, &opts("html")).unwrap();
        assert!(!r.text.contains("var s"), "{html}: {}", r.text);
    }
    let r = naba::parse("<script>var s='<p>نص</p>'</script><p>ظاهر</p>", &opts("html")).unwrap();
    assert_eq!(r.text, "ظاهر");
}

#[test]
fn scripts_full_of_arabic_are_not_text() {
    let html = format!(
        "<html><body><script>{}</script><style>/* {} */</style><h1>قمة بودابست</h1><p>{PARAGRAPH}</p></body></html>",
        "var t = 'بوتين ترامب موسكو';".repeat(10_000),
        "نص عربي".repeat(10_000)
    );
    let r = naba::analyze(&html, &opts("html")).unwrap();
    assert!(!r.text.contains("var t"));
    assert!(!r.text.contains("نص عربي"));
}
