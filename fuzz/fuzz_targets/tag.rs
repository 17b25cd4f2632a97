//! Fuzz target `tag`: any UTF-8 input; no panic, and every span is in bounds.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "common.rs"]
mod common;
#[allow(unused_imports)]
use common::check;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let r = naba::tag(s, &naba::Options::default()).unwrap();
    let units = r.text.encode_utf16().count();
    for e in &r.entities {
        assert!(e.start < e.end && e.end <= units);
    }
});
