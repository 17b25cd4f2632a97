//! The whole-page check of the site-family sets (tests/site_families3.rs, tests/site_families4.rs): each
//! page of `tests/pages/<folder>/` parsed and held to its `expect.json`.
#![allow(dead_code)]

use std::path::Path;

use naba::{Options, RawOptions};
use serde_json::Value;

pub fn parse_as(src: &str, format: &str) -> naba::model::Analysis {
    let opts = Options::from_raw(RawOptions { format: Some(format.into()), now: Some("2025-11-18".into()), labels: None }).unwrap();
    naba::parse(src, &opts).unwrap()
}

/// The first article of a page read as `format`.
pub fn first(src: &str, format: &str) -> naba::model::Article {
    parse_as(src, format).articles.into_iter().next().expect("an article")
}

/// An article's paragraphs' texts.
pub fn body(a: &naba::model::Article) -> Vec<&str> {
    a.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

/// A span's text, if any.
pub fn text_of(s: &Option<naba::model::TextSpan>) -> Option<&str> {
    s.as_ref().map(|t| t.text.as_str())
}

pub fn strs(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

/// What is wrong with one page, against its expectations (empty when fully right).
pub fn page_faults(dir: &Path, spec: &Value) -> Vec<String> {
    let file = spec["file"].as_str().unwrap();
    let src = std::fs::read_to_string(dir.join(file)).unwrap();
    let r = parse_as(&src, if file.ends_with(".txt") { "text" } else { "html" });
    let mut out = Vec::new();
    if let Some(n) = spec["articles"].as_u64() {
        if r.articles.len() as u64 != n {
            out.push(format!("{} articles, expected {n}", r.articles.len()));
        }
    }
    let Some(a) = r.articles.first() else {
        out.push("no article".into());
        return out;
    };
    let title = a.title.as_ref().map(|t| t.text.as_str()).unwrap_or("");
    if title != spec["title"].as_str().unwrap() {
        out.push(format!("title «{title}»"));
    }
    let published = a.published.as_ref().and_then(|p| p.value.clone()).unwrap_or_default();
    if let Some(want) = spec["published"].as_str() {
        if published.get(..10) != Some(want) {
            out.push(format!("published {published:?}, expected {want}"));
        }
    }
    let source = a.source.as_ref().map(|s| s.text.as_str());
    match &spec["source"] {
        Value::String(want) if !source.is_some_and(|s| s.contains(want.as_str())) => out.push(format!("source {source:?}, expected …{want}…")),
        Value::Null if spec.get("source").is_some() && source.is_some() => out.push(format!("source {source:?}, expected none")),
        _ => {}
    }
    let byline = a.byline.as_ref().map(|s| s.text.as_str());
    match &spec["byline"] {
        Value::String(want) if byline != Some(want.as_str()) => out.push(format!("byline {byline:?}, expected {want}")),
        Value::Null if spec.get("byline").is_some() && byline.is_some() => out.push(format!("byline {byline:?}, expected none")),
        _ => {}
    }
    let keywords: Vec<String> = a.keywords.iter().map(|k| k.text.clone()).collect();
    if spec.get("keywords").is_some() && keywords != strs(&spec["keywords"]) {
        out.push(format!("keywords {keywords:?}"));
    }
    for k in strs(&spec["keywords_has"]) {
        if !keywords.contains(&k) {
            out.push(format!("keywords {keywords:?} lack {k}"));
        }
    }
    let paragraphs: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
    if let Some(want) = spec["first"].as_str() {
        if !paragraphs.first().is_some_and(|p| p.starts_with(want)) {
            out.push(format!("first paragraph {:?}", paragraphs.first().map(|p| p.chars().take(40).collect::<String>())));
        }
    }
    if let Some(want) = spec["last"].as_str() {
        if !paragraphs.last().is_some_and(|p| p.starts_with(want)) {
            out.push(format!("last paragraph {:?}", paragraphs.last().map(|p| p.chars().take(40).collect::<String>())));
        }
    }
    for want in strs(&spec["has"]) {
        if !paragraphs.iter().any(|p| p.contains(&want)) {
            out.push(format!("no paragraph with «{want}»"));
        }
    }
    for leak in strs(&spec["absent"]) {
        if let Some(p) = paragraphs.iter().find(|p| p.contains(&leak)) {
            out.push(format!("«{leak}» in the body: {p:?}"));
        }
    }
    out
}

/// Every page of `tests/pages/<folder>/` (at least `min`) against its `expect.json`; a page marked `known`
/// must still be wrong.
pub fn check_family(folder: &str, min: usize) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages").join(folder);
    let expect: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(dir.join("expect.json")).unwrap()).unwrap();
    assert!(expect.len() >= min, "{folder}: {} pages", expect.len());
    // (`"known": true` marks a page still wrong, its faults listed in the report: it must not pass unseen,
    // so that the mark is taken off when it is fixed.)
    let (mut failures, mut right) = (Vec::new(), 0);
    for spec in &expect {
        let faults = page_faults(&dir, spec);
        let file = spec["file"].as_str().unwrap();
        let known = spec["known"].as_bool() == Some(true);
        right += usize::from(faults.is_empty());
        if faults.is_empty() == known {
            failures.push(if known { format!("{file}: now fully right, take off its `known` mark") } else { format!("{file}:\n  {}", faults.join("\n  ")) });
        } else if known {
            eprintln!("known: {file}:\n  {}", faults.join("\n  "));
        }
    }
    eprintln!("{right} of {} pages fully right", expect.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

