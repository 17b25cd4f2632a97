//! Fuzz target `parse_dom`: the extension's live-DOM events (`format: "dom"`). Any UTF-8 input: an error
//! for what is not a JSON array, else no panic, every span in bounds, and every node-map run inside the
//! text. Inputs that start with `[` reach the event reader; the rest test the error path.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "common.rs"]
mod common;
#[allow(unused_imports)]
use common::check;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let opts = naba::Options::from_raw(naba::RawOptions { format: Some("dom".into()), ..Default::default() }).unwrap();
    let Ok(r) = naba::analyze(s, &opts) else { return };
    check(&r.text, &r);
    let units = r.text.encode_utf16().count() as u32;
    for q in r.node_map.iter().flatten().collect::<Vec<_>>().chunks(4) {
        if q.len() == 4 {
            assert!(q[0] + q[3] <= units, "node map run outside the text");
        }
    }
});
