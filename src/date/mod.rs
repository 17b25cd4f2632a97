//! Dates: find Arabic time expressions and resolve them against a reference date.
//!
//! Input: a text and a [`calendar::Reference`] (the article's publication date, or the caller's `now`;
//! the core never reads the clock). Output: [`crate::model::DateMention`]s with byte offsets.
//! `scan` finds expressions on folded tokens (any digits, any alef, diacritics ignored), `resolve`
//! applies the news policy; `hijri` and the generated `ummalqura` table convert other calendars.

pub mod calendar;
pub mod direction;
pub mod expr;
pub mod hijri;
pub mod lexicon;
pub mod number;
pub mod resolve;
pub mod scan;
mod ummalqura;

use crate::model::DateMention;
use calendar::Reference;

/// Every time expression in `text`, resolved against `reference` when one is known.
/// `قال يوم الاثنين` with reference 2025-10-20 → `يوم الاثنين` = 2025-10-20 (day).
pub fn find_dates(text: &str, reference: Option<Reference>) -> Vec<DateMention> {
    scan::scan(text)
        .into_iter()
        .map(|f| {
            let r = resolve::resolve(&f.expr, reference);
            DateMention {
                text: text[f.start..f.end].to_string(),
                start: f.start,
                end: f.end,
                value: r.value,
                grain: r.grain,
                relative: r.relative,
                kind: r.kind.as_str(),
                end_value: r.end_value,
            }
        })
        .collect()
}
