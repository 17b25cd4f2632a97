//! Words: the text cut into tokens that tile it exactly (spaces and punctuation are tokens too).
//!
//! A word is a run of letters with the marks written on them (harakat, tatweel, and ZWNJ/ZWJ between
//! letters, as in Persian `می‌خواهد`). Digits form number tokens; every other character is a
//! punctuation token of its own; white space and invisible marks between words form space tokens.
//! Concatenating `text[t.start..t.end]` over all tokens gives back the input.

use crate::normalize::{arabic::is_arabic_mark, digits::digit_value, space::is_invisible, CharTable};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
    Space,
}

/// A token: `[start, end)` in bytes of the text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Token {
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }
}

/// True for characters that continue a word: letters, Arabic marks and tatweel.
pub fn is_word_char(c: char) -> bool {
    // Fast paths: Arabic letters and ASCII, before the general Unicode table.
    if ('\u{0621}'..='\u{064A}').contains(&c) || c.is_ascii_alphabetic() {
        return true;
    }
    if c.is_ascii() {
        return false;
    }
    c.is_alphabetic() || is_arabic_mark(c) || c == '\u{0640}' || is_combining(c)
}

/// Generic combining marks (Latin accents typed as separate characters).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

fn is_digit(c: char) -> bool {
    digit_value(c).is_some() || c.is_numeric()
}

fn class(c: char) -> Kind {
    if is_word_char(c) {
        Kind::Word
    } else if is_digit(c) {
        Kind::Number
    } else if c.is_whitespace() || is_invisible(c) {
        Kind::Space
    } else {
        Kind::Punct
    }
}

/// [`class`] of every character, looked up for ASCII and the Arabic block (`normalize::CharTable`).
static CLASSES: std::sync::LazyLock<CharTable<Kind>> = std::sync::LazyLock::new(|| CharTable::new(class));

/// Cuts `text` into tokens that tile it. `وبوتين، ١٦ أكتوبر` → `وبوتين` `،` ` ` `١٦` ` ` `أكتوبر`.
pub fn tokens(text: &str) -> Vec<Token> {
    let classes = &*CLASSES;
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    while i < text.len() {
        let (kind, len) = classes.at(text, i);
        let mut end = i + len;
        if kind != Kind::Punct {
            while end < text.len() {
                let (k, l) = classes.at(text, end);
                // ZWNJ/ZWJ (U+200C/U+200D, bytes E2 80 8C/8D) between two letters belongs to the word.
                let joiner = kind == Kind::Word
                    && l == 3
                    && matches!(&text.as_bytes()[end..end + 3], [0xE2, 0x80, 0x8C | 0x8D])
                    && text[end + 3..].chars().next().is_some_and(is_word_char);
                if k == kind || joiner {
                    end += l;
                } else {
                    break;
                }
            }
        }
        out.push(Token { start: i, end, kind });
        i = end;
    }
    out
}

/// Only the word and number tokens of `text`.
pub fn words(text: &str) -> impl Iterator<Item = Token> + '_ {
    tokens(text).into_iter().filter(|t| matches!(t.kind, Kind::Word | Kind::Number))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as first written, character by character with [`class`]: the table-driven one
    /// must cut every text the same way.
    fn tokens_by_char(text: &str) -> Vec<Token> {
        let mut out: Vec<Token> = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let kind = class(c);
            let mut end = i + c.len_utf8();
            if kind != Kind::Punct {
                while let Some(&(j, d)) = chars.peek() {
                    let joiner = kind == Kind::Word
                        && (d == '\u{200C}' || d == '\u{200D}')
                        && text[j + d.len_utf8()..].chars().next().is_some_and(is_word_char);
                    if class(d) == kind || joiner {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
            }
            out.push(Token { start: i, end, kind });
        }
        out
    }

    #[test]
    fn the_tables_cut_as_the_characters_do() {
        // Every character of the tabled ranges and their neighbours, alone and between letters, plus
        // mixed text of many scripts, marks, joiners, digits and symbols.
        let mut texts: Vec<String> = (0u32..0x900).chain(0x1F00..0x2100).filter_map(char::from_u32).map(|c| format!("ب{c}ك {c}1{c}")).collect();
        texts.extend(
            [
                "وبوتين، ١٦ أكتوبر ۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵", "می\u{200C}خواهد و\u{200D}ب \u{200C} ب\u{200C}", "بـوتـيـن قالَ «الكرملين» (CNN)",
                "2022م و1447هـ", "😀بوتين\u{200F}.", "Ünïcödé naïve café ΑΒΓ абв 中文 ﻻ ﷲ ﴾", "\t\n\r \u{00A0}\u{2009}x", "",
            ]
            .map(String::from),
        );
        for t in &texts {
            assert_eq!(tokens(t), tokens_by_char(t), "help: {t:?}");
        }
    }

    /// (text, the word and number tokens)
    const CASES: &[(&str, &[&str])] = &[
        ("وبوتين، ١٦ أكتوبر", &["وبوتين", "١٦", "أكتوبر"]),
        ("بـوتـيـن قالَ", &["بـوتـيـن", "قالَ"]),
        ("می\u{200C}خواهد", &["می\u{200C}خواهد"]),
        ("«الكرملين» (CNN)", &["الكرملين", "CNN"]),
        ("2022م و1447هـ", &["2022", "م", "و", "1447", "هـ"]),
        ("😀بوتين\u{200F}.", &["بوتين"]),
        ("", &[]),
    ];

    #[test]
    fn words_are_found() {
        for (text, expected) in CASES {
            let got: Vec<&str> = words(text).map(|t| t.text(text)).collect();
            assert_eq!(&got, expected, "help: words({text:?})");
        }
    }

    #[test]
    fn tokens_tile_the_text() {
        for (text, _) in CASES {
            let joined: String = tokens(text).iter().map(|t| t.text(text)).collect();
            assert_eq!(&joined, text);
        }
    }
}
