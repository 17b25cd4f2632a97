//! Dates: find Arabic time expressions and resolve them against a reference date.
//!
//! Input: a text and a [`calendar::Reference`] (the article's publication date, or the caller's `now`;
//! the core never reads the clock). Output: [`crate::model::DateMention`]s with byte offsets.

pub mod calendar;

use crate::model::DateMention;

/// Every time expression in `text`, resolved against `reference` when one is known.
/// (Foundation stage: recognises nothing yet; the dates issue fills this in.)
pub fn find_dates(_text: &str, _reference: Option<calendar::Reference>) -> Vec<DateMention> {
    Vec::new()
}
