//! `format: "dom"` (the extension's path): a page sent as the walker's events gives the same articles as
//! the same page sent as HTML, and its `nodeMap` points every piece of the result text back at the very
//! characters of the page's text nodes. The browser test (tests/e2e) checks the same with the real
//! walker on a real DOM; here the events are made from naba's own DOM of each golden page.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use naba::html::dom::{Data, Dom};
use naba::{Options, RawOptions};

/// The events the walker would send for `dom` (no CSS here: what the markup hides stays as it is).
fn events(dom: &Dom) -> (String, Vec<String>) {
    let mut out: Vec<serde_json::Value> = Vec::new();
    let mut texts = Vec::new();
    let mut stack: Vec<(usize, bool)> = dom.children(0).map(|c| (c, true)).collect();
    stack.reverse();
    while let Some((id, entering)) = stack.pop() {
        if !entering {
            out.push(0.into());
            continue;
        }
        match &dom.nodes[id].data {
            Data::Text(t) => {
                out.push(t.to_string().into());
                texts.push(t.to_string());
            }
            Data::Element { name, attrs } => {
                let mut ev = vec![serde_json::Value::from(name.clone())];
                for (k, v) in attrs {
                    ev.push((*k).into());
                    ev.push(v.to_string().into());
                }
                out.push(ev.into());
                stack.push((id, false));
                let from = stack.len();
                stack.extend(dom.children(id).map(|c| (c, true)));
                stack[from..].reverse();
            }
        }
    }
    (serde_json::to_string(&out).unwrap(), texts)
}

fn opts(format: &str) -> Options {
    Options::from_raw(RawOptions { format: Some(format.into()), now: Some("2025-11-18".into()), labels: None }).unwrap()
}

fn pages() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["tests/golden", "tests/e2e/pages", "tests/e2e/pages/reader"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() && p.join("source.html").exists() {
                out.push(p.join("source.html"));
            } else if p.extension().is_some_and(|x| x == "html") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn utf16_slice(s: &str, start: usize, len: usize) -> String {
    let units: Vec<u16> = s.encode_utf16().collect();
    String::from_utf16(&units[start..start + len]).unwrap()
}

#[test]
fn dom_events_give_the_articles_of_the_html() {
    let pages = pages();
    assert!(pages.len() >= 5, "help: golden and e2e pages expected, found {}", pages.len());
    for path in pages {
        let html = naba::html::decode(&std::fs::read(&path).unwrap());
        let (ev, texts) = events(&Dom::parse(&html));
        let from_html = naba::analyze(&html, &opts("html")).unwrap();
        let from_dom = naba::analyze(&ev, &opts("dom")).unwrap();
        let name = path.display();
        // An app's shell (the story only in its page data: Next.js's `__NEXT_DATA__`, a declared
        // `articleBody`) is read from that data in HTML; in a live page its scripts have drawn the story,
        // so the events of the undrawn shell carry less, and are not compared.
        if from_html.text.len() > 3 * from_dom.text.len() {
            continue;
        }
        assert_eq!(from_dom.text, from_html.text, "help: {name}");
        assert_eq!(from_dom.articles, from_html.articles, "help: {name}");
        assert_eq!(from_dom.language, from_html.language, "help: {name}");
        assert!(from_html.node_map.is_none());
        // Every run of the map is the same text in the result and in its text node.
        let map = from_dom.node_map.expect("a dom result carries its node map");
        assert_eq!(map.len() % 4, 0);
        let mut covered = 0;
        for q in map.chunks(4) {
            let (at, node, node_at, len) = (q[0] as usize, q[1] as usize, q[2] as usize, q[3] as usize);
            assert_eq!(utf16_slice(&from_dom.text, at, len), utf16_slice(&texts[node], node_at, len), "help: {name} run {q:?}");
            covered += len;
        }
        // Only folded white space is left out of the map.
        let non_space = from_dom.text.encode_utf16().filter(|&u| !matches!(u, 0x20 | 0x0A)).count();
        assert!(covered >= non_space, "help: {name}: map covers {covered} of {non_space} non-space units");
    }
}

#[test]
fn every_mention_maps_onto_one_text_node_run() {
    // A name split across inline markup (قال <b>فلاديمير</b> بوتين), an entity (&nbsp;), an emoji before it
    // (UTF-16 ≠ chars), diacritics and tatweel: each mention still lands on page characters.
    let html = "<html><head><title>قمة بودابست</title></head><body><nav><a>الرئيسية</a> <a>سياسة</a></nav>\
        <article><h1>قمة بودابست بين ترامب وبوتين</h1><p>الاثنين 20 أكتوبر 2025</p>\
        <p>🇷🇺 قال الرئيس الروسي <b>فلاديمير</b>&nbsp;بوتين،   أمس الأحد، إن القمة مع الرئيس الأمريكي دونالد ترامب ستعقد في بودابست، عاصمة المجر، قريبا جدا.</p>\
        <p>وأضاف الكـرملين في بيان أن وزير الخارجية سيرغي لافروف سيلتقي نظيره الأمريكي ماركو روبيو الخميس المقبل في موسكو.</p>\
        </article><footer>جميع الحقوق محفوظة</footer></body></html>";
    let (ev, texts) = events(&Dom::parse(html));
    let r = naba::analyze(&ev, &opts("dom")).unwrap();
    let map = r.node_map.clone().unwrap();
    let locate = |pos: usize| map.chunks(4).find(|q| (q[0] as usize) <= pos && pos < (q[0] + q[3]) as usize).map(|q| q.to_vec());
    let a = &r.articles[0];
    assert!(a.entities.len() >= 5, "help: {:?}", a.entities);
    for m in a.entities.iter().map(|e| (e.start, e.end, &e.text)).chain(a.dates.iter().map(|d| (d.start, d.end, &d.text))) {
        let (start, end, text) = m;
        let first = locate(start).unwrap_or_else(|| panic!("help: start of {text} is not mapped"));
        let last = locate(end - 1).unwrap_or_else(|| panic!("help: end of {text} is not mapped"));
        // Read the mention back from the page's text nodes through the map.
        let from = first[2] as usize + (start - first[0] as usize);
        let to = last[2] as usize + (end - last[0] as usize);
        let back = if first[1] == last[1] {
            utf16_slice(&texts[first[1] as usize], from, to - from)
        } else {
            let a = &texts[first[1] as usize];
            let b = &texts[last[1] as usize];
            format!("{} {}", utf16_slice(a, from, a.encode_utf16().count() - from).trim_end(), utf16_slice(b, 0, to).trim_start())
        };
        let norm = |s: &str| s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
        assert_eq!(norm(&back), norm(text), "help: mention {text}");
    }
    assert!(a.entities.iter().any(|e| e.text == "فلاديمير بوتين" || e.text == "فلاديمير\u{a0}بوتين"), "help: {:?}", a.entities);
    assert!(!r.text.contains("الرئيسية") && !r.text.contains("محفوظة"));
}

#[test]
fn bad_dom_input_is_a_clear_error() {
    for bad in ["", "<html><body>نص</body></html>", "{\"nodes\": []}", "[", "\"نص\""] {
        let e = naba::analyze(bad, &opts("dom")).unwrap_err().to_string();
        assert!(e.contains("invalid input") && e.contains("dom"), "help: {e}");
    }
    // An empty or odd array is a page with nothing to read, not an error.
    for odd in ["[]", "[0,0,0]", "[[\"p\"],\"\",0]", "[1e308,null,[],[[]]]"] {
        let r = naba::analyze(odd, &opts("dom")).unwrap();
        assert!(r.articles.is_empty(), "help: {odd}");
    }
}
