//! The check of a set of full pages (tests/e2e/pages/fullN/, also read by the browser suites through the
//! extension), natively: each page through `analyze` as HTML, held to what a reader expects — one article,
//! its title, its publication date, its relative dates on that day (the reference `now` is years away, so a
//! date resolved against it would show), the passages shown and none of the page chrome. Shared by
//! `tests/reader_pages5.rs` and `tests/reader_pages6.rs` (included with `#[path]`).
#![allow(dead_code)]

use std::path::Path;

use naba::{Options, RawOptions};

pub const NOW: &str = "2026-12-02";

pub fn opts(format: &str) -> Options {
    Options::from_raw(RawOptions { format: Some(format.into()), now: Some(NOW.into()), labels: None }).unwrap()
}

pub fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The article's title and paragraphs as the panel shows them, spaces folded.
pub fn shown(a: &naba::model::Article) -> String {
    norm(&a.title.iter().chain(&a.paragraphs).map(|s| s.text.as_str()).collect::<Vec<_>>().join(" "))
}

pub struct Page {
    pub file: &'static str,
    pub title: &'static str,
    pub published: &'static str,
    /// (phrase, value) of relative dates.
    pub relative: &'static [(&'static str, &'static str)],
    /// Passages of the article that must be shown.
    pub has: &'static [&'static str],
    /// Chrome that must not be (not hidden by CSS alone).
    pub absent: &'static [&'static str],
}

/// Checks every page of `tests/e2e/pages/{folder}` and says every miss (not only the first).
pub fn check_full_pages(folder: &str, pages: &[Page]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/pages").join(folder);
    let mut failures = Vec::new();
    for p in pages {
        let html = std::fs::read_to_string(dir.join(p.file)).unwrap();
        let r = naba::analyze(&html, &opts("html")).unwrap();
        let mut fail = |m: String| failures.push(format!("{}: {m}", p.file));
        if r.articles.len() != 1 {
            fail(format!("{} articles", r.articles.len()));
        }
        let Some(a) = r.articles.first() else { continue };
        let title = a.title.as_ref().map(|t| norm(&t.text)).unwrap_or_default();
        if title != p.title {
            fail(format!("title «{title}»"));
        }
        let published = a.published.as_ref().and_then(|d| d.value.clone()).unwrap_or_default();
        if published.get(..10) != Some(p.published) {
            fail(format!("published {published:?}, expected {}", p.published));
        }
        let text = shown(a);
        for s in p.has {
            if !text.contains(s) {
                fail(format!("missing «{s}»"));
            }
        }
        for s in p.absent {
            if text.contains(s) {
                fail(format!("page chrome read as article: «{s}»"));
            }
        }
        for (phrase, want) in p.relative {
            let got: Vec<&str> = a.dates.iter().filter(|d| phrase.contains(d.text.as_str()) || d.text.contains(phrase)).filter_map(|d| d.value.as_deref()).collect();
            if !got.contains(want) {
                fail(format!("«{phrase}» → {got:?}, expected {want}"));
            }
        }
    }
    assert!(failures.is_empty(), "help:\n{}", failures.join("\n"));
}
