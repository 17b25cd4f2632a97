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

/// For byte `i` of `t`: `None` inside a character, else whether the character starting there is white
/// space (`char::is_whitespace`), read from its bytes: ASCII directly, and only the few lead bytes a
/// multi-byte space can start with (C2, E1, E2, E3: U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000)
/// decoded. For scans over every character of a page's text.
#[inline]
pub fn space_at(t: &str, i: usize) -> Option<bool> {
    match t.as_bytes()[i] {
        0x80..=0xBF => None,
        x @ 0x00..=0x7F => Some(x.is_ascii_whitespace() || x == 0x0B),
        0xC2 | 0xE1..=0xE3 => Some(t[i..].chars().next().is_some_and(char::is_whitespace)),
        _ => Some(false),
    }
}

#[cfg(test)]
mod tests {
    use crate::normalize::fold;

    #[test]
    fn spaces_by_bytes_as_by_characters() {
        let text: String = (0u32..0x3100).chain(0xFE00..0xFF10).filter_map(char::from_u32).chain(['😀', '\u{10FFFF}']).collect();
        for (i, c) in text.char_indices() {
            assert_eq!(super::space_at(&text, i), Some(c.is_whitespace()), "help: U+{:04X}", c as u32);
            for k in 1..c.len_utf8() {
                assert_eq!(super::space_at(&text, i + k), None);
            }
        }
    }

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
