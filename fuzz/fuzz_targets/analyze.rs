//! Fuzz target `analyze`: any UTF-8 input; no panic, and every span is in bounds.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
fn check(text: &str, r: &naba::Analysis) {
    let units: Vec<u16> = text.encode_utf16().collect();
    for a in &r.articles {
        assert!(a.start <= a.end && a.end <= units.len());
        for p in a.title.iter().chain(&a.paragraphs).chain(&a.keywords).chain(&a.source).chain(&a.byline) {
            assert!(p.start <= p.end && p.end <= units.len());
            assert_eq!(String::from_utf16_lossy(&units[p.start..p.end]), p.text);
        }
        for e in &a.entities {
            assert_eq!(String::from_utf16_lossy(&units[e.start..e.end]), e.text);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let opts = naba::Options::from_raw(naba::RawOptions { now: Some("2025-10-20".into()), ..Default::default() }).unwrap();
    let r = naba::analyze(s, &opts).unwrap();
    check(&r.text, &r);
    let opts = naba::Options::from_raw(naba::RawOptions { format: Some("html".into()), ..Default::default() }).unwrap();
    let r = naba::analyze(s, &opts).unwrap();
    check(&r.text, &r);
});
