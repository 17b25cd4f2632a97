//! Which language a page (or one block of it) is written in: Arabic, Persian, English, or something
//! else. naba tags Arabic only; a Persian or English page is described (articles, titles, dates of
//! publication) but not tagged, and the reader is told why.
//!
//! Input: any text. Output: a [`Language`] with the share of letters in Arabic script and in Latin
//! script. Arabic and Persian share a script, so they are told apart by what only Persian writes: the
//! letters پ چ ژ گ and its function words (است، این، را، که، می‌…), weighed against Arabic's own
//! (في، من، على، التي، الذي…) and its teh marbuta ة. ی and ک count for nothing: Arabic pages typed on
//! Persian keyboards are full of them.

use serde::Serialize;

/// The language of a text, as naba sees it.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Code {
    /// Arabic (any variety): tagged.
    Ar,
    /// Persian: not tagged.
    Fa,
    /// English (Latin script with English function words): not tagged.
    En,
    /// No letters, or a language naba does not name: not tagged.
    Und,
}

/// The language verdict and what it rests on.
#[derive(Serialize, Debug, Clone, Copy, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Language {
    pub code: Code,
    /// Share of the letters that are in Arabic script (0–1).
    pub arabic_script: f32,
    /// Share of the letters that are Latin (0–1).
    pub latin_script: f32,
}

impl Language {
    /// An Arabic page is tagged; anything else is not.
    pub fn is_arabic(&self) -> bool {
        self.code == Code::Ar
    }
}

/// Words only Persian writes (folded: ی → ي, ک → ك).
const PERSIAN_WORDS: &[&str] =
    &["است", "اين", "را", "كه", "براي", "هاي", "شد", "شده", "مي", "بود", "كرد", "آن", "يك", "اند", "ها", "نيز", "چه", "اما"];
/// Words only Arabic writes.
const ARABIC_WORDS: &[&str] = &[
    "في", "من", "على", "الى", "إلى", "التي", "الذي", "أن", "ان", "عن", "مع", "هذا", "هذه", "كان", "قد", "لم", "وقال", "قال", "بعد",
];
const ENGLISH_WORDS: &[&str] = &["the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "said"];

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Counts gathered over a text; several texts can be added up.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    arabic: u32,
    latin: u32,
    other: u32,
    persian: u32,
    arabic_marks: u32,
    english: u32,
}

/// `w` folded for the function-word lists into `out` (reused: no allocation per word).
fn fold_word_into(w: &str, out: &mut String) {
    out.clear();
    out.extend(w.chars().filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}')).map(|c| match c {
        'ی' | 'ى' => 'ي',
        'ک' => 'ك',
        _ => c,
    }));
}

// What one character counts as (see [`count`]), as bits.
const ARABIC: u8 = 1;
const PERSIAN_LETTER: u8 = 2;
const TA_MARBUTA: u8 = 4;
const LATIN: u8 = 8;
const OTHER: u8 = 16;
/// Continues a word for the function-word count.
const IN_WORD: u8 = 32;

/// [`PERSIAN_WORDS`] and [`ARABIC_WORDS`] in one table (Persian first, as the count asks).
static FUNCTION_WORDS: std::sync::LazyLock<crate::hash::FastMap<&'static str, Code>> = std::sync::LazyLock::new(|| {
    let mut m: crate::hash::FastMap<&'static str, Code> = Default::default();
    for w in ARABIC_WORDS {
        m.insert(w, Code::Ar);
    }
    for w in PERSIAN_WORDS {
        m.insert(w, Code::Fa);
    }
    m
});

fn char_flags(c: char) -> u8 {
    let mut f = 0;
    if is_arabic_letter(c) {
        f |= ARABIC;
        match c {
            'پ' | 'چ' | 'ژ' | 'گ' => f |= PERSIAN_LETTER,
            'ة' => f |= TA_MARBUTA,
            _ => {}
        }
    } else if c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}') {
        f |= LATIN;
    } else if !c.is_ascii() && !matches!(c, '\u{0600}'..='\u{06FF}' | '\u{2000}'..='\u{206F}') && c.is_alphabetic() {
        f |= OTHER;
    }
    // Function words are counted in the same pass: the zero-width non-joiner of می‌شود separates a
    // word for this count, and letters of other scripts end a word too (what is counted is Arabic and
    // English, and the test stays cheap: no Unicode table lookup per character).
    if c.is_ascii_alphanumeric() || is_arabic_letter(c) || matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}') {
        f |= IN_WORD;
    }
    f
}

/// [`char_flags`] of every character, looked up for ASCII and the Arabic block (`normalize::CharTable`).
static FLAGS: std::sync::LazyLock<crate::normalize::CharTable<u8>> = std::sync::LazyLock::new(|| crate::normalize::CharTable::new(char_flags));

fn count(text: &str) -> Counts {
    let mut k = Counts::default();
    let table = &*FLAGS;
    let mut f = String::new();
    // How many characters have each combination of flags (added up into `k` at the end: one increment
    // per character instead of five).
    let mut by_flags = [0u32; 64];
    // The word being read: where it starts, its characters, whether all are ASCII.
    let mut word: Option<(usize, usize, bool)> = None;
    let mut i = 0;
    // One step past the end: a space that ends the last word.
    while i <= text.len() {
        let (flags, len) = if i < text.len() { table.at(text, i) } else { (0, 1) };
        let at = i;
        i += len;
        by_flags[usize::from(flags & 63)] += 1;
        if flags & IN_WORD != 0 {
            let (_, n, ascii) = word.get_or_insert((at, 0, true));
            *n += 1;
            *ascii &= len == 1;
            continue;
        }
        let Some((start, n, ascii)) = word.take() else { continue };
        // Every function word listed is at most four letters long, so longer words are neither folded
        // nor compared.
        if n > 4 {
            continue;
        }
        let w = &text[start..at];
        if ascii {
            if ENGLISH_WORDS.iter().any(|e| e.eq_ignore_ascii_case(w)) {
                k.english += 1;
            }
            continue;
        }
        fold_word_into(w, &mut f);
        match FUNCTION_WORDS.get(f.as_str()) {
            Some(Code::Fa) => k.persian += 3,
            Some(_) => k.arabic_marks += 3,
            None => {}
        }
    }
    for (flags, &n) in by_flags.iter().enumerate() {
        let has = |bit: u8| if flags as u8 & bit != 0 { n } else { 0 };
        k.arabic += has(ARABIC);
        k.persian += has(PERSIAN_LETTER);
        k.arabic_marks += has(TA_MARBUTA);
        k.latin += has(LATIN);
        k.other += has(OTHER);
    }
    k
}

fn verdict(k: Counts) -> Language {
    let letters = (k.arabic + k.latin + k.other).max(1) as f32;
    let arabic_script = k.arabic as f32 / letters;
    let latin_script = k.latin as f32 / letters;
    let code = if k.arabic == 0 && k.latin == 0 {
        Code::Und
    } else if k.arabic >= k.latin {
        if k.persian > k.arabic_marks {
            Code::Fa
        } else {
            Code::Ar
        }
    } else if k.english > 0 {
        Code::En
    } else {
        Code::Und
    };
    Language { code, arabic_script, latin_script }
}

/// The language of a text.
///
/// `detect("قال وزير الخارجية إن المحادثات ستستأنف")` is Arabic;
/// `detect("وزیر امور خارجه گفت این مذاکرات ادامه می‌یابد")` is Persian.
pub fn detect(text: &str) -> Language {
    verdict(count(text))
}

impl Language {
    /// Whether one block of an Arabic page is to be tagged: it is Arabic, or has no letters at all (a
    /// date line of digits). An English quote or a Persian caption is not.
    pub fn is_arabic_block(&self) -> bool {
        match self.code {
            Code::Ar => true,
            Code::Und => self.latin_script == 0.0 && self.arabic_script == 0.0,
            Code::Fa | Code::En => false,
        }
    }
}

/// The language of several pieces of one text (e.g. an article's title and paragraphs) taken together,
/// and of each piece: every piece is counted once.
pub fn detect_each(text: &str, spans: &[(usize, usize)]) -> (Language, Vec<Language>) {
    let mut total = Counts::default();
    let mut each = Vec::with_capacity(spans.len());
    for &(s, e) in spans {
        let k = count(&text[s..e]);
        total.arabic += k.arabic;
        total.latin += k.latin;
        total.other += k.other;
        total.persian += k.persian;
        total.arabic_marks += k.arabic_marks;
        total.english += k.english;
        each.push(verdict(k));
    }
    (verdict(total), each)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The count as first written (two passes over the characters, words split on the others): the
    /// table-driven one must agree.
    fn count_by_char(text: &str) -> Counts {
        let mut k = Counts::default();
        for c in text.chars() {
            if is_arabic_letter(c) {
                k.arabic += 1;
                match c {
                    'پ' | 'چ' | 'ژ' | 'گ' => k.persian += 1,
                    'ة' => k.arabic_marks += 1,
                    _ => {}
                }
            } else if c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}') {
                k.latin += 1;
            } else if !c.is_ascii() && !matches!(c, '\u{0600}'..='\u{06FF}' | '\u{2000}'..='\u{206F}') && c.is_alphabetic() {
                k.other += 1;
            }
        }
        // Function words; the zero-width non-joiner of می‌شود separates a word for this count. Letters of
        // other scripts end a word too: what is counted is Arabic and English, and the test stays cheap
        // (no Unicode table lookup per character).
        let in_word = |c: char| c.is_ascii_alphanumeric() || is_arabic_letter(c) || matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}');
        let mut f = String::new();
        for w in text.split(|c: char| !in_word(c)) {
            if w.is_empty() {
                continue;
            }
            if w.is_ascii() {
                if ENGLISH_WORDS.iter().any(|e| e.eq_ignore_ascii_case(w)) {
                    k.english += 1;
                }
                continue;
            }
            // Every function word listed is at most four letters long: longer words need no folding.
            if w.chars().count() > 4 {
                continue;
            }
            fold_word_into(w, &mut f);
            if PERSIAN_WORDS.contains(&f.as_str()) {
                k.persian += 3;
            } else if ARABIC_WORDS.contains(&f.as_str()) {
                k.arabic_marks += 3;
            }
        }
        k
    }

    #[test]
    fn tables_count_as_the_characters_do() {
        let mut texts: Vec<String> = (0u32..0x900).chain(0x1E00..0x2100).filter_map(char::from_u32).map(|c| format!("في {c}ب{c} the{c}")).collect();
        texts.extend(ARABIC.iter().chain(PERSIAN).map(|t| t.to_string()));
        texts.push("Ünïcödé naïve café ΑΒΓ абв 中文 ﻻ ﷲ می\u{200C}شود 123 ١٢٣".to_string());
        for t in &texts {
            let (a, b) = (count(t), count_by_char(t));
            assert_eq!(
                (a.arabic, a.latin, a.other, a.persian, a.arabic_marks, a.english),
                (b.arabic, b.latin, b.other, b.persian, b.arabic_marks, b.english),
                "help: {t:?}"
            );
        }
    }

    const ARABIC: &[&str] = &[
        "قال وزير الخارجية الأردني أيمن الصفدي إن المحادثات ستستأنف الأسبوع المقبل في عمان.",
        "أعلنت وزارة الصحة المصرية، أمس الأحد، عن افتتاح مستشفى جديد في محافظة أسوان.",
        "شو صار مع الجماعة امبارح؟ والله ما بعرف، بس الوضع هيك من زمان",
        // Typed on a Persian keyboard: ی and ک instead of ي and ك.
        "قال الرئیس إن الحکومة ستعمل على تحسین الوضع فی البلاد",
        "ترامب وبوتين في قمة بودابست",
    ];
    const PERSIAN: &[&str] = &[
        "وزیر امور خارجه ایران گفت این مذاکرات هفته آینده در وین ادامه می‌یابد.",
        "به گزارش خبرگزاری ایسنا، رئیس‌جمهور روز گذشته برای دیدار با مقامات چینی به پکن سفر کرد.",
        "قیمت بنزین در تهران افزایش یافت و مردم نگران هستند",
    ];
    const ENGLISH: &[&str] = &[
        "The foreign minister said the talks would resume next week in Amman.",
        "Officials in Cairo said on Sunday that the cause of the fire was unknown.",
    ];

    #[test]
    fn tells_the_languages_apart() {
        for t in ARABIC {
            assert_eq!(detect(t).code, Code::Ar, "help: {t}");
        }
        for t in PERSIAN {
            assert_eq!(detect(t).code, Code::Fa, "help: {t}");
        }
        for t in ENGLISH {
            assert_eq!(detect(t).code, Code::En, "help: {t}");
        }
        assert_eq!(detect("").code, Code::Und);
        assert_eq!(detect("12345 — !!").code, Code::Und);
        assert_eq!(detect("Der Außenminister sagte heute").code, Code::Und);
    }

    #[test]
    fn shares_add_up() {
        let l = detect("قال Reuters إن");
        assert!(l.arabic_script > 0.4 && l.latin_script > 0.4, "help: {l:?}");
        let text = "قال الوزير. The minister said.";
        assert_eq!(detect_each(text, &[(0, 20)]).0.code, Code::Ar);
        let (_, each) = detect_each(text, &[(0, 20), (21, 39)]);
        assert_eq!(each.iter().map(|l| l.code).collect::<Vec<_>>(), [Code::Ar, Code::En]);
    }

    #[test]
    fn blocks_of_an_arabic_page() {
        assert!(detect("أعلن الرئيس عن خطة جديدة").is_arabic_block());
        assert!(detect("20/10/2025").is_arabic_block());
        assert!(!detect("\"We will not back down,\" the minister told reporters on Monday.").is_arabic_block());
        assert!(!detect("این تصویر در تهران گرفته شده است").is_arabic_block());
    }
}
