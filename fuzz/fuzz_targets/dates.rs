//! Fuzz target `dates`: any UTF-8 input; no panic, and every span is in bounds.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "common.rs"]
mod common;
#[allow(unused_imports)]
use common::check;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let reference = naba::date::calendar::Reference::parse("2025-10-20").unwrap();
    for line in s.lines() {
        let d = naba::dates_of_line(line, reference);
        let units = line.encode_utf16().count();
        for m in &d.dates {
            assert!(m.start <= m.end && m.end <= units);
        }
    }
});
