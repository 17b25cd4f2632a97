//! Fuzz target `analyze`: any UTF-8 input; no panic, and every span is in bounds.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "common.rs"]
mod common;
#[allow(unused_imports)]
use common::check;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let opts = naba::Options::from_raw(naba::RawOptions { now: Some("2025-10-20".into()), ..Default::default() }).unwrap();
    let r = naba::analyze(s, &opts).unwrap();
    check(&r.text, &r);
    let opts = naba::Options::from_raw(naba::RawOptions { format: Some("html".into()), ..Default::default() }).unwrap();
    let r = naba::analyze(s, &opts).unwrap();
    check(&r.text, &r);
});
