//! Normalisation: the *matching form* of Arabic text, with a map back to the original.
//!
//! Input: any `&str`. Output: [`Normalized`], whose `text` is folded for matching (no diacritics, no
//! tatweel, one alef, one ya, ة → ه, Persian letters → Arabic, ASCII digits, lower-case Latin, no
//! invisible marks, single spaces) and whose map sends every normalised byte back to the original byte
//! it came from. Results never quote the normalised text: [`Normalized::to_original`] turns a
//! normalised span into the original span, diacritics and tatweel inside the word included.
//!
//! Adding a fold: write a unit struct implementing [`Normalizer`] (one file per family) and add one line
//! to [`NORMALIZERS`]. Order matters only where one fold's output is another's input (presentation
//! forms come first so that their letters go through the letter folds).

pub mod arabic;
pub mod digits;
pub mod space;
pub mod table;

pub use table::CharTable;

use std::ops::Range;

/// What one normalizer does with one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Leave it for the next normalizer.
    Keep,
    /// Replace it by another character.
    To(char),
    /// Replace it by several characters (ligatures).
    Str(&'static str),
    /// Remove it.
    Drop,
}

/// One small, per-character rule.
pub trait Normalizer: Sync {
    fn fold(&self, c: char) -> Fold;
}

/// The ordered list of folds applied to every character.
pub static NORMALIZERS: &[&dyn Normalizer] = &[
    &arabic::Presentation,
    &space::Invisible,
    &arabic::Diacritics,
    &arabic::Tatweel,
    &arabic::Alef,
    &arabic::Ya,
    &arabic::Kaf,
    &arabic::TaMarbuta,
    &digits::Digits,
    &digits::LatinCase,
];

/// Runs `c` through `NORMALIZERS` starting at index `from`, pushing the result into `out`.
fn fold_from(c: char, from: usize, out: &mut String) {
    let mut c = c;
    for (i, n) in NORMALIZERS.iter().enumerate().skip(from) {
        match n.fold(c) {
            Fold::Keep => {}
            Fold::To(d) => c = d,
            Fold::Drop => return,
            Fold::Str(s) => {
                for d in s.chars() {
                    fold_from(d, i + 1, out);
                }
                return;
            }
        }
    }
    out.push(c);
}

/// Characters no normalizer changes: most Arabic letters and lower-case ASCII. Checked first, so that
/// folding ordinary text costs one comparison per character.
fn is_plain(c: char) -> bool {
    match c {
        'a'..='z' | '0'..='9' | ' ' | '.' | ',' | ':' | '-' | '/' => true,
        '\u{0621}'..='\u{064A}' => !matches!(c, 'أ' | 'إ' | 'آ' | 'ى' | 'ة' | '\u{0640}'),
        _ => false,
    }
}

/// The matching forms of the Arabic block (U+0600–U+06FF), worked out once through the normalizers:
/// [`fold_char_into`] and [`fold_one`] ask for nearly every letter of a page.
static ARABIC_BLOCK: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    (0x0600..=0x06FF)
        .map(|u| {
            let mut f = String::new();
            if let Some(c) = char::from_u32(u) {
                fold_from(c, 0, &mut f);
            }
            f
        })
        .collect()
});

/// [`ARABIC_BLOCK`]'s entry for `c`, when `c` is in the block.
fn arabic_block(c: char) -> Option<&'static str> {
    (c as u32).checked_sub(0x0600).and_then(|i| ARABIC_BLOCK.get(i as usize)).map(String::as_str)
}

/// Appends the matching form of one character (white space is kept as is).
pub fn fold_char_into(c: char, out: &mut String) {
    if is_plain(c) {
        out.push(c);
    } else if let Some(f) = arabic_block(c) {
        out.push_str(f);
    } else {
        fold_from(c, 0, out)
    }
}

/// The matching form of `s`, without a map: for keys of lists and quick comparisons.
/// `الخارجیة الروسی` → `الخارجيه الروسي`. White space runs become one space (a line break when the run
/// holds one).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appended to `out` (a buffer reused for many words saves an allocation per word).
pub fn fold_into(s: &str, out: &mut String) {
    let mut space: Option<bool> = None; // a pending white-space run: does it hold a line break?
    // Runs of characters that are their own matching form (most Arabic letters, digits, ASCII) are
    // copied whole; `run` is where the current one starts.
    let mut run = 0;
    for (i, c) in s.char_indices() {
        if c != ' ' && is_plain(c) {
            continue;
        }
        if run < i {
            if let Some(nl) = space.take() {
                out.push(if nl { '\n' } else { ' ' });
            }
            out.push_str(&s[run..i]);
        }
        run = i + c.len_utf8();
        if c.is_whitespace() {
            let nl = matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
            space = Some(space.unwrap_or(false) || nl);
            continue;
        }
        if let Some(nl) = space.take() {
            out.push(if nl { '\n' } else { ' ' });
        }
        fold_char_into(c, out);
    }
    if run < s.len() {
        if let Some(nl) = space.take() {
            out.push(if nl { '\n' } else { ' ' });
        }
        out.push_str(&s[run..]);
    }
    if let Some(nl) = space {
        out.push(if nl { '\n' } else { ' ' });
    }
}

/// The matching form of one character when it is a single character (`أ` → `ا`, `ـ` → none).
/// Ligatures that expand give their first letter; for letter-by-letter scans such as clitic splitting.
pub fn fold_one(c: char) -> Option<char> {
    if is_plain(c) {
        return Some(c);
    }
    if let Some(f) = arabic_block(c) {
        return f.chars().next();
    }
    let mut buf = String::new();
    fold_from(c, 0, &mut buf);
    buf.chars().next()
}

/// Text in matching form plus the way back to the original.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    pub source: &'a str,
    pub text: String,
    /// `map[i]` = original byte offset of the character that produced normalised byte `i`;
    /// `map[text.len()]` = `source.len()`.
    map: Vec<u32>,
}

/// Normalises `source` for matching and keeps the offset map.
pub fn normalize(source: &str) -> Normalized<'_> {
    let mut text = String::with_capacity(source.len());
    let mut map = Vec::with_capacity(source.len() + 1);
    let mut pending_space: Option<(usize, bool)> = None; // (original offset of the run, holds a line break)
    for (i, c) in source.char_indices() {
        if c.is_whitespace() {
            let nl = c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}';
            pending_space = match pending_space {
                None => Some((i, nl)),
                Some((at, had)) => Some((at, had || nl)),
            };
            continue;
        }
        if let Some((at, nl)) = pending_space.take() {
            text.push(if nl { '\n' } else { ' ' });
            map.push(at as u32);
        }
        let mark = text.len();
        fold_char_into(c, &mut text);
        if text.len() == mark {
            // The character was dropped. A space just emitted stays: it still separates.
            continue;
        }
        map.resize(text.len(), i as u32);
    }
    if let Some((at, nl)) = pending_space {
        text.push(if nl { '\n' } else { ' ' });
        map.push(at as u32);
    }
    map.push(source.len() as u32);
    Normalized { source, text, map }
}

impl<'a> Normalized<'a> {
    /// The original byte offset of normalised byte `i` (clamped to the text).
    pub fn original_offset(&self, i: usize) -> usize {
        self.map[i.min(self.text.len())] as usize
    }

    /// The original span of the normalised span `range`: it starts at the first character's original
    /// start and ends after the last character, including the diacritics and tatweel written on it but
    /// not trailing spaces or invisible marks. `بُوتِينُ،` normalised `بوتين` → the whole `بُوتِينُ`.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        let a = range.start.min(self.text.len());
        let b = range.end.clamp(a, self.text.len());
        let start = self.map[a] as usize;
        if a == b {
            return start..start;
        }
        let mut end = self.map[b] as usize;
        // Back over what separates this span from the next kept character.
        while end > start {
            let c = self.source[..end].chars().next_back().unwrap();
            if c.is_whitespace() || space::is_invisible(c) {
                end -= c.len_utf8();
            } else {
                break;
            }
        }
        // The span ends inside one expanded original character (a ligature): take all of it.
        let last_start = self.map[self.text[..b].char_indices().next_back().map_or(a, |(i, _)| i)] as usize;
        if self.map[b] as usize == last_start {
            end = last_start + self.source[last_start..].chars().next().map_or(0, char::len_utf8);
        }
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `fold` copies runs of plain characters whole: it must give what folding character by character
    /// gives, on the repository's own Arabic, Persian and English pages.
    #[test]
    fn fold_equals_folding_each_character() {
        let by_char = |s: &str| {
            let mut out = String::new();
            let mut space: Option<bool> = None;
            for c in s.chars() {
                if c.is_whitespace() {
                    space = Some(space.unwrap_or(false) || matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'));
                    continue;
                }
                if let Some(nl) = space.take() {
                    out.push(if nl { '\n' } else { ' ' });
                }
                fold_char_into(c, &mut out);
            }
            if let Some(nl) = space {
                out.push(if nl { '\n' } else { ' ' });
            }
            out
        };
        let root = env!("CARGO_MANIFEST_DIR");
        let mut texts = vec![" \n وَبُـوتين  قال:\t«الخارجیة»  ﻻ ١٢ ", "", "  ", "Putin\r\n"].into_iter().map(String::from).collect::<Vec<_>>();
        for entry in std::fs::read_dir(format!("{root}/tests/golden")).unwrap().flatten() {
            texts.extend(std::fs::read_to_string(entry.path().join("source.html")).ok());
        }
        assert!(texts.len() > 20);
        for t in &texts {
            assert_eq!(fold(t), by_char(t), "help: {}", t.chars().take(60).collect::<String>());
        }
    }

    #[test]
    fn map_points_into_the_original() {
        // (source, normalised needle, expected original slice)
        const CASES: &[(&str, &str, &str)] = &[
            ("قال بُوتِينُ، أمس", "بوتين", "بُوتِينُ"),
            ("الرئيس بـوتـيـن\u{200F} في", "بوتين", "بـوتـيـن"),
            ("الخارجیة الروسی", "الروسي", "الروسی"),
            ("في ١٦ أكتوبر", "16 اكتوبر", "١٦ أكتوبر"),
            ("😀 موسكو", "موسكو", "موسكو"),
            ("بين   بوتين   وترامب", "بوتين", "بوتين"),
            ("ﻻ شيء", "لا", "ﻻ"),
            ("ﻻ شيء", "ل", "ﻻ"),
        ];
        for (source, needle, expected) in CASES {
            let n = normalize(source);
            let at = n.text.find(needle).unwrap_or_else(|| panic!("help: {needle:?} not in {:?}", n.text));
            let r = n.to_original(at..at + needle.len());
            assert_eq!(&source[r.clone()], *expected, "help: span {r:?} of {source:?}");
        }
    }

    #[test]
    fn whole_text_maps_to_whole_text() {
        let s = "  بُوتِينُ  ";
        let n = normalize(s);
        assert_eq!(n.text, " بوتين ");
        assert_eq!(n.to_original(0..n.text.len()), 0..s.len() - 2);
        assert_eq!(n.original_offset(n.text.len()), s.len());
    }
}
