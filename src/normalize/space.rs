//! Invisible characters and white space.
//! Zero-width joiners/non-joiners, bidi marks and embeddings, the BOM, soft hyphens and NUL are dropped
//! (`بوتين\u{200F}` → `بوتين`); every white-space run becomes one space, or one line break if it held one
//! (`بين   بوتين` → `بين بوتين`). The run folding is contextual, so it lives in `normalize()` itself.

use super::{Fold, Normalizer};

pub struct Invisible;
impl Normalizer for Invisible {
    fn fold(&self, c: char) -> Fold {
        if is_invisible(c) {
            Fold::Drop
        } else {
            Fold::Keep
        }
    }
}

/// Format characters that carry no letter: ZWSP/ZWNJ/ZWJ, LRM/RLM, bidi embeddings and isolates, ALM,
/// word joiner, BOM, soft hyphen, and control characters other than white space.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}')
        || (c.is_control() && !c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use crate::normalize::fold;

    const CASES: &[(&str, &str)] = &[
        ("بوتين\u{200F}", "بوتين"),
        ("\u{202B}موسكو\u{202C}", "موسكو"),
        ("بين   بوتين", "بين بوتين"),
        ("سطر\n\n  سطر", "سطر\nسطر"),
        ("می\u{200C}خواهد", "ميخواهد"),
        ("a\u{0}b", "ab"),
        ("\u{00A0}\u{00A0}x", " x"),
    ];

    #[test]
    fn invisible_and_space_folds() {
        for (input, expected) in CASES {
            assert_eq!(fold(input), *expected, "help: fold({input:?})");
        }
    }
}
