//! Entities: find the people, places, organisations and other names in Arabic text.
//!
//! Input: a text. Output: [`crate::model::Entity`] mentions with byte offsets (clitics outside the span).
//! (Foundation stage: finds nothing yet; the tagger issue fills this in.)

pub mod gazetteer;

use crate::model::Entity;

/// Every entity mention in `text`.
pub fn find_entities(_text: &str) -> Vec<Entity> {
    Vec::new()
}

/// Whole-token IOB2 tags for CoNLL-style input: one tag per line, `""` for blank lines (sentence breaks).
/// (Foundation stage: every token is `O`.)
pub fn conll_tags(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|l| if l.is_empty() { String::new() } else { "O".to_string() }).collect()
}
