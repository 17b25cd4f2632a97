//! The `naba` command line: same JSON as the library, clear errors with a non-zero exit.
#![cfg(not(target_arch = "wasm32"))]

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
