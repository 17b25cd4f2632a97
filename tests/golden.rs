//! Golden files, one folder per page under `tests/golden/<case>/`: `source.html` or `source.txt` in,
//! `articles.json` out (the `parse` result, without the page text). `BLESS=1 cargo test --test golden`
//! rewrites the expected files; review the diff in git. Any other difference fails.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use naba::{Options, RawOptions};

fn run_case(dir: &Path) -> Result<(), String> {
    let (source, format) = if dir.join("source.html").exists() {
        (naba::html::decode(&std::fs::read(dir.join("source.html")).unwrap()), "html")
    } else {
        (std::fs::read_to_string(dir.join("source.txt")).unwrap(), "text")
    };
    let opts = Options::from_raw(RawOptions { format: Some(format.into()), now: Some("2025-11-18".into()), labels: None }).unwrap();
    let result = naba::parse(&source, &opts).unwrap();
    // Every span slices the text it points into (UTF-16 offsets).
    let units: Vec<u16> = result.text.encode_utf16().collect();
    let slice = |s: usize, e: usize| String::from_utf16(&units[s..e]).unwrap();
    for a in &result.articles {
        let spans = a.title.iter().chain(&a.summary).chain(&a.source).chain(&a.byline).chain(&a.keywords).chain(&a.paragraphs);
        for s in spans {
            if slice(s.start, s.end) != s.text {
                return Err(format!("span {}..{} does not slice to {:?}", s.start, s.end, s.text));
            }
        }
    }
    // A page with running prose always yields an article (every golden page has one).
    if result.articles.iter().all(|a| a.paragraphs.is_empty()) {
        return Err("no article with a body paragraph".into());
    }
    let got = serde_json::to_string_pretty(&serde_json::json!({ "articles": result.articles })).unwrap() + "\n";
    let expected_path = dir.join("articles.json");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&expected_path, &got).unwrap();
        return Ok(());
    }
    let expected = std::fs::read_to_string(&expected_path).map_err(|e| format!("{}: {e} (run with BLESS=1)", expected_path.display()))?;
    if expected != got {
        let diff_line = expected.lines().zip(got.lines()).position(|(a, b)| a != b).unwrap_or(0);
        return Err(format!(
            "differs from articles.json at line {}:\n  expected: {}\n  got:      {}\nhelp: BLESS=1 cargo test --test golden, then review the diff",
            diff_line + 1,
            expected.lines().nth(diff_line).unwrap_or(""),
            got.lines().nth(diff_line).unwrap_or("")
        ));
    }
    Ok(())
}

#[test]
fn golden_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut dirs: Vec<_> = std::fs::read_dir(&root).unwrap().flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    assert!(dirs.len() >= 4);
    let failures: Vec<String> =
        dirs.iter().filter_map(|d| run_case(d).err().map(|e| format!("{}: {e}", d.file_name().unwrap().to_string_lossy()))).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
