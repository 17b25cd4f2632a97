//! `make eval-extract`: runs `parse` over the shared development pages (`eval/extract/*/`) and the seed,
//! and prints per page what was found against the hand-checked gold, then a summary line
//! `extract: N passed, M failed` (one check per gold field). Reads ../shared only here, never in tests.
//!
//! `cargo run --release --example eval_extract -- ../shared [--min-pass RATIO]`

use std::path::Path;

use naba::{Options, RawOptions};
use serde_json::Value;

fn fold_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Tally {
    passed: usize,
    failed: usize,
}

impl Tally {
    fn check(&mut self, page: &str, what: &str, ok: bool, detail: String) {
        if ok {
            self.passed += 1;
        } else {
            self.failed += 1;
        }
        println!("  {} {what}: {detail}", if ok { "ok  " } else { "FAIL" });
        let _ = page;
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let shared = args.next().unwrap_or_else(|| "../shared".into());
    let mut min_pass = None;
    while let Some(a) = args.next() {
        if a == "--min-pass" {
            min_pass = args.next().and_then(|v| v.parse::<f64>().ok());
        }
    }
    let root = Path::new(&shared).join("eval/extract");
    let mut t = Tally { passed: 0, failed: 0 };
    let mut dirs: Vec<_> = std::fs::read_dir(&root).expect("eval/extract").flatten().map(|e| e.path()).collect();
    dirs.sort();
    let opts = Options::from_raw(RawOptions { format: Some("html".into()), ..Default::default() }).unwrap();
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("gold-naba.json")).unwrap()).unwrap();
        let html_path = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).find(|p| p.extension().is_some_and(|x| x == "html")).unwrap();
        let html = naba::html::decode(&std::fs::read(&html_path).unwrap());
        let page = gold["page"].as_str().unwrap_or("?").to_string();
        println!("== {page}");
        let r = naba::parse(&html, &opts).unwrap();
        let g = &gold["articles"][0];
        let Some(a) = r.articles.first() else {
            t.check(&page, "article", false, "no article found".into());
            continue;
        };
        let title = a.title.as_ref().map(|s| fold_ws(&s.text)).unwrap_or_default();
        t.check(&page, "title", title == g["title"].as_str().unwrap_or(""), title.clone());
        let date = a.published.as_ref().and_then(|p| p.value.clone()).unwrap_or_default();
        let dtext = a.published.as_ref().map(|p| fold_ws(&p.text)).unwrap_or_default();
        t.check(&page, "date", date == g["published"].as_str().unwrap_or(""), format!("{date} ({dtext})"));
        t.check(&page, "date text", dtext == g["published_text"].as_str().unwrap_or(""), dtext.clone());
        let byline = a.byline.as_ref().map(|s| fold_ws(&s.text));
        t.check(&page, "byline", byline.as_deref() == g["byline"].as_str(), format!("{byline:?}"));
        let source = a.source.as_ref().map(|s| fold_ws(&s.text));
        t.check(&page, "source", source.as_deref() == g["source"].as_str(), format!("{source:?}"));
        let kws: Vec<String> = a.keywords.iter().map(|k| fold_ws(&k.text)).collect();
        let gk: Vec<String> = g["keywords"].as_array().unwrap().iter().map(|k| k.as_str().unwrap().to_string()).collect();
        t.check(&page, "keywords", kws == gk, format!("{kws:?}"));
        let body: Vec<String> = a.paragraphs.iter().map(|p| fold_ws(&p.text)).collect();
        let joined = body.join(" ");
        let first = g["body_first"].as_str().unwrap_or("");
        let last = g["body_last"].as_str().unwrap_or("");
        t.check(&page, "body start", joined.starts_with(first), body.first().map(|s| s.chars().take(60).collect()).unwrap_or_default());
        t.check(&page, "body end", joined.ends_with(last), body.last().map(|s| s.chars().rev().take(60).collect::<String>().chars().rev().collect()).unwrap_or_default());
        for m in g["must_contain"].as_array().unwrap() {
            let m = m.as_str().unwrap();
            t.check(&page, "contains", joined.contains(m), m.chars().take(50).collect());
        }
        let everything = format!("{} {}", joined, title);
        for m in g["must_not_contain"].as_array().unwrap() {
            let m = m.as_str().unwrap();
            t.check(&page, "excludes", !everything.contains(m), m.chars().take(50).collect());
        }
        t.check(&page, "one article", r.articles.len() == 1, format!("{} articles", r.articles.len()));
    }
    // The seed page: two articles on one aggregator page.
    let seed_path = Path::new(&shared).join("seeds/seed-article.txt");
    if let Ok(seed) = std::fs::read_to_string(&seed_path) {
        println!("== seed");
        let r = naba::parse(&seed, &Options::default()).unwrap();
        t.check("seed", "2 articles", r.articles.len() == 2, format!("{}", r.articles.len()));
        if r.articles.len() == 2 {
            let (a, b) = (&r.articles[0], &r.articles[1]);
            let ta = a.title.as_ref().map(|s| s.text.clone()).unwrap_or_default();
            let tb = b.title.as_ref().map(|s| s.text.clone()).unwrap_or_default();
            t.check("seed", "title 1", ta.starts_with("مباحثات بين وزيري خارجية روسيا"), ta);
            t.check("seed", "title 2", tb.starts_with("الكرملين يكشف سبب اختيار"), tb);
            let pa = a.published.as_ref().map(|p| (p.value.clone(), p.inferred));
            let pb = b.published.as_ref().map(|p| (p.value.clone(), p.inferred));
            t.check("seed", "date 1", pa == Some((Some("2025-10-20".into()), false)), format!("{pa:?}"));
            t.check("seed", "date 2 inferred", pb == Some((Some("2025-10-20".into()), true)), format!("{pb:?}"));
            let src = a.source.as_ref().map(|s| s.text.clone());
            t.check("seed", "source", src.as_deref() == Some("صدى البلد"), format!("{src:?}"));
            let kws: Vec<String> = a.keywords.iter().map(|k| k.text.clone()).collect();
            let want = ["وزير الخارجية الروسي سيرجي لافروف", "الرئيس الروسي بوتين", "لافروف", "روبيو", "ترامب", "الخارجیة الروسی"];
            t.check("seed", "keywords", kws == want, format!("{kws:?}"));
            let leaks = r.articles.iter().flat_map(|x| &x.paragraphs).any(|p| {
                ["المصدر:", "كلمات دلالية", "إقرأ أيضاً", "تاريخ النشر"].iter().any(|m| p.text.contains(m))
            });
            t.check("seed", "no metadata in bodies", !leaks, String::new());
        }
    }
    let total = t.passed + t.failed;
    println!("extract: {} passed, {} failed", t.passed, t.failed);
    if let Some(min) = min_pass {
        let ratio = t.passed as f64 / total.max(1) as f64;
        if ratio < min {
            eprintln!("extract: pass ratio {ratio:.3} is below the floor {min}");
            std::process::exit(1);
        }
    }
}
