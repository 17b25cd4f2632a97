//! The `naba` command line: same JSON as the library, clear errors with a non-zero exit.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SAMPLE: &str = include_str!("../www/samples/aggregator-ar.txt");

fn naba(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_naba"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn analyze_prints_the_library_json() {
    let out = naba(&["analyze", "-", "--now", "2025-11-18"], SAMPLE.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let opts = naba::Options::from_raw(naba::RawOptions { now: Some("2025-11-18".into()), ..Default::default() }).unwrap();
    let expected = serde_json::to_string(&naba::analyze(SAMPLE, &opts).unwrap()).unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim_end(), expected);
}

#[test]
fn any_utf8_gives_valid_json() {
    for input in ["", "\u{200F}", "😀", "ُ", "a\u{0}b", "<p>"] {
        let out = naba(&["analyze"], input.as_bytes());
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["version"], 1);
        assert!(v["articles"].is_array());
    }
}

#[test]
fn errors_go_to_stderr_with_a_non_zero_exit() {
    let cases: &[(&[&str], &[u8], &str)] = &[
        (&["analyze", "/no/such/file.txt"], b"", "cannot read"),
        (&["analyze"], b"abc \xD8 def", "invalid byte at offset 4"),
        (&["analyze", "--colour"], b"", "unknown flag `--colour`"),
        (&["frobnicate"], b"", "unknown command"),
        (&["analyze", "--now", "tomorrow"], b"x", "`now`"),
        (&["dates"], b"x", "--ref"),
        (&[], b"", "missing command"),
    ];
    for (args, stdin, message) in cases {
        let out = naba(args, stdin);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn help_and_version() {
    let out = naba(&["--help"], b"");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("naba analyze"));
    let out = naba(&["--version"], b"");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("naba 0."));
}

#[test]
fn html_pages_in_arabic_charsets_are_decoded() {
    // "موسكو" in windows-1256.
    let page = b"<html><head><meta charset=windows-1256></head><body><h1>\xE3\xE6\xD3\xDF\xE6</h1></body></html>";
    let out = naba(&["parse", "--html"], page);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["text"].as_str().unwrap().contains("موسكو"), "{v}");
}

#[test]
fn dom_events_give_the_library_json_and_bad_events_a_clear_error() {
    let events = r#"[["html"],["body"],["nav"],["a"],"الرئيسية",0,0,["article"],["h1"],"وزير الخارجية يزور عمان الأسبوع المقبل",0,
        ["p"],"قال وزير الخارجية أيمن الصفدي، أمس الأحد، إنه سيلتقي نظيره المصري في عمان الأسبوع المقبل لبحث الأوضاع في غزة.",0,0,0,0]"#;
    let out = naba(&["analyze", "--dom", "--now", "2025-11-18"], events.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let opts = naba::Options::from_raw(naba::RawOptions { format: Some("dom".into()), now: Some("2025-11-18".into()), ..Default::default() }).unwrap();
    let expected = serde_json::to_string(&naba::analyze(events, &opts).unwrap()).unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim_end(), expected);
    assert!(expected.contains("\"nodeMap\":[") && !expected.contains("الرئيسية\""));
    let bad = naba(&["parse", "--dom"], b"<p>not events</p>");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("dom"));
}

/// A small archive: texts and HTML pages with ids, one with its own `now`.
fn archive(n: usize) -> String {
    let html = include_str!("golden/html-aggregator/source.html");
    (0..n)
        .map(|i| {
            let v = if i % 3 == 0 {
                serde_json::json!({ "id": i, "html": html })
            } else {
                serde_json::json!({ "id": format!("a{i}"), "text": SAMPLE.replace("2025", &(2000 + i % 25).to_string()), "now": "2024-03-01" })
            };
            v.to_string() + "\n"
        })
        .collect()
}

fn lines_of(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn batch_keeps_input_order_on_all_cores_and_matches_single_runs() {
    let input = archive(40);
    let one = naba(&["analyze", "--jsonl", "--jobs", "1", "--now", "2025-11-18"], input.as_bytes());
    let two = naba(&["analyze", "--jsonl", "--jobs", "2", "--now", "2025-11-18"], input.as_bytes());
    assert!(one.status.success() && two.status.success(), "{}", String::from_utf8_lossy(&two.stderr));
    assert_eq!(one.stdout, two.stdout, "help: the output must not depend on the number of threads");
    let got = lines_of(&two.stdout);
    assert_eq!(got.len(), 40);
    for (i, v) in got.iter().enumerate() {
        let want = if i % 3 == 0 { serde_json::json!(i) } else { serde_json::json!(format!("a{i}")) };
        assert_eq!(v["id"], want, "help: line {i} out of order");
        assert_eq!(v["version"], 1);
    }
    // A line is the single-file result with its id in front; its own `now` wins over --now.
    let line1: serde_json::Value = serde_json::from_str(input.lines().nth(1).unwrap()).unwrap();
    let single = naba(&["analyze", "-", "--now", "2024-03-01"], line1["text"].as_str().unwrap().as_bytes());
    let mut expected: serde_json::Value = serde_json::from_slice(&single.stdout).unwrap();
    expected.as_object_mut().unwrap().insert("id".into(), "a1".into());
    assert_eq!(got[1], expected);
}

#[test]
fn batch_reports_bad_lines_and_says_how_many_in_its_exit_status() {
    let good = archive(3);
    let mut lines: Vec<&str> = good.lines().collect();
    lines.insert(1, "{not json");
    lines.insert(3, r#"{"id": 7}"#);
    lines.insert(4, r#"{"text": "نص بلا معرّف"}"#);
    lines.insert(5, r#"{"id": 8, "text": "نص", "now": "20/10/2025"}"#);
    let input = lines.join("\n") + "\n\n";
    let out = naba(&["tag", "--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(104), "help: 100 + four bad lines");
    let err = String::from_utf8_lossy(&out.stderr);
    for n in ["line 2:", "line 4:", "line 5:", "line 6:"] {
        assert!(err.contains(n), "help: {n} not reported in {err}");
    }
    assert!(err.contains("`now`"), "help: {err}");
    assert_eq!(lines_of(&out.stdout).len(), 3);
    // Usage errors stay 2.
    assert_eq!(naba(&["dates", "--jsonl"], b"").status.code(), Some(2));
    assert_eq!(naba(&["analyze", "--resume", "--jsonl"], b"").status.code(), Some(2));
    assert_eq!(naba(&["analyze", "--jobs", "0", "--jsonl"], b"").status.code(), Some(2));
}

#[test]
fn batch_resume_skips_what_is_done_and_mends_a_cut_last_line() {
    let dir = std::env::temp_dir().join(format!("naba-resume-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.jsonl");
    let out = dir.join("out.jsonl");
    let all = archive(12);
    std::fs::write(&input, &all).unwrap();
    let (inp, outp) = (input.to_str().unwrap(), out.to_str().unwrap());
    // A first run that stopped after five articles, in the middle of writing the sixth.
    let first: String = all.lines().take(5).collect::<Vec<_>>().join("\n") + "\n";
    std::fs::write(dir.join("first.jsonl"), &first).unwrap();
    let r = naba(&["parse", "--jsonl", dir.join("first.jsonl").to_str().unwrap(), "--out", outp], b"");
    assert!(r.status.success());
    let mut f = std::fs::OpenOptions::new().append(true).open(&out).unwrap();
    f.write_all(b"{\"id\":\"a5\",\"version\":1,\"te").unwrap();
    drop(f);
    let r = naba(&["parse", "--jsonl", inp, "--out", outp, "--resume"], b"");
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(String::from_utf8_lossy(&r.stderr).contains("7 written, 5 already in the output"));
    let resumed = lines_of(&std::fs::read(&out).unwrap());
    let fresh = naba(&["parse", "--jsonl", inp], b"");
    assert_eq!(resumed, lines_of(&fresh.stdout), "help: a resumed run ends with the same lines as a fresh one");
    std::fs::remove_dir_all(&dir).ok();
}

/// The package's results (`naba::for_js`, what `js/naba.js` calls) leave out, as null, the texts that are
/// `text.slice(start, end)` of the result's text, and carry entities, dates and timeline entries as
/// numbers (`naba::packed`); filled back and rebuilt the way the package does (UTF-16 slices), they give
/// the library's JSON exactly, every item was packed, and most texts were left out. Text with emoji
/// (surrogate pairs) and a Persian page too.
#[test]
fn package_results_are_the_library_json_once_slices_are_filled() {
    let opts = |format: Option<&str>| {
        naba::Options::from_raw(naba::RawOptions { now: Some("2025-11-18".into()), format: format.map(Into::into), ..Default::default() }).unwrap()
    };
    let emoji = format!("🔴 عاجل 🔴\n{SAMPLE}\n👈 تابعونا على تويتر");
    let persian = include_str!("e2e/pages/reader/fa-news.html");
    let reader = include_str!("e2e/pages/reader/ar-aggregator.html");
    for (input, format) in [(SAMPLE, None), (emoji.as_str(), None), (persian, Some("html")), (reader, Some("html"))] {
        let o = opts(format);
        for (plain, sliced) in [
            (naba::analyze(input, &o).unwrap(), naba::for_js::analyze(input, &o).unwrap()),
            (naba::parse(input, &o).unwrap(), naba::for_js::parse(input, &o).unwrap()),
        ] {
            let count = |f: fn(&naba::model::Article) -> usize| plain.articles.iter().map(f).sum::<usize>();
            let found = [count(|a| a.entities.len()), count(|a| a.dates.len()), count(|a| a.timeline.len())];
            let (sliced, counts, left_out) = common::rebuilt(sliced);
            assert_eq!(counts, found, "help: every item packed");
            assert_eq!(sliced, serde_json::to_value(plain).unwrap());
            assert!(left_out >= 5, "{left_out} texts left out");
        }
        if format.is_none() {
            let tagged = naba::for_js::tag(input, &o).unwrap();
            let packed = tagged.packed.clone().expect("help: packed");
            let mut sliced = serde_json::to_value(tagged).unwrap();
            assert!(sliced["text"].is_null());
            sliced["text"] = input.into();
            let units: Vec<u16> = input.encode_utf16().collect();
            let (mut e, mut d) = (sliced["entities"].take(), sliced["dates"].take());
            let [entities, dates, _] = common::unpack(&packed, &units, [vec![&mut e], vec![&mut d], vec![]]);
            assert!(entities >= 5 && dates >= 1, "help: {entities} entities, {dates} dates");
            sliced["entities"] = e;
            sliced["dates"] = d;
            assert_eq!(sliced, serde_json::to_value(naba::tag(input, &o).unwrap()).unwrap());
        }
    }
}
