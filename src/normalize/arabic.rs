//! Letter folds for Arabic script (charabia's `normalizer/arabic.rs`, extended for news text).
//! Each normalizer is a unit struct; its doc comment is its rule, with an example.
//! All of them are for **matching only**: results always quote the original text.

use super::{Fold, Normalizer};

/// Harakat, tanween, shadda, sukun, dagger alef and Quranic marks are dropped.
/// `بُوتِينُ` → `بوتين`, `مُحَمَّدٌ` → `محمد`, `هٰذا` → `هذا`.
pub struct Diacritics;
impl Normalizer for Diacritics {
    fn fold(&self, c: char) -> Fold {
        if is_arabic_mark(c) {
            Fold::Drop
        } else {
            Fold::Keep
        }
    }
}

/// True for the Arabic combining marks that [`Diacritics`] drops.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08E1}' | '\u{08E3}'..='\u{08FF}' | '\u{FE70}'..='\u{FE7F}')
}

/// Tatweel (kashida), a stretching stroke, is dropped: `بـوتـيـن` → `بوتين`.
pub struct Tatweel;
impl Normalizer for Tatweel {
    fn fold(&self, c: char) -> Fold {
        if c == '\u{0640}' {
            Fold::Drop
        } else {
            Fold::Keep
        }
    }
}

/// Alef with hamza or madda, and wasla, fold to bare alef: `أوكرانيا` → `اوكرانيا`, `إيران` → `ايران`,
/// `آب` → `اب`, `ٱلله` → `الله`.
pub struct Alef;
impl Normalizer for Alef {
    fn fold(&self, c: char) -> Fold {
        match c {
            'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' | '\u{0675}' => Fold::To('ا'),
            _ => Fold::Keep,
        }
    }
}

/// Alef maqsura and the Persian/Urdu yeh fold to Arabic ya: `مصطفى` → `مصطفي`,
/// `الروسی` (Persian ی) → `الروسي`.
pub struct Ya;
impl Normalizer for Ya {
    fn fold(&self, c: char) -> Fold {
        match c {
            'ى' | '\u{06CC}' | '\u{06D0}' | '\u{06D2}' | '\u{06CD}' => Fold::To('ي'),
            _ => Fold::Keep,
        }
    }
}

/// The Persian keheh and swash kaf fold to Arabic kaf: `کییف` → `كييف`.
pub struct Kaf;
impl Normalizer for Kaf {
    fn fold(&self, c: char) -> Fold {
        match c {
            '\u{06A9}' | '\u{06AA}' => Fold::To('ك'),
            _ => Fold::Keep,
        }
    }
}

/// Ta marbuta (and the Persian heh forms) fold to ha: `الخارجية` → `الخارجيه`, `ۀ` → `ه`.
pub struct TaMarbuta;
impl Normalizer for TaMarbuta {
    fn fold(&self, c: char) -> Fold {
        match c {
            'ة' | '\u{06C0}' | '\u{06D5}' | '\u{06C1}' => Fold::To('ه'),
            _ => Fold::Keep,
        }
    }
}

/// Base letters of the presentation forms U+FE80..U+FEF4, with how many forms each has.
const PRESENTATION: &[(char, u8)] = &[
    ('ء', 1), ('ا', 2), ('ا', 2), ('ؤ', 2), ('ا', 2), ('ئ', 4), ('ا', 2), ('ب', 4), ('ه', 2), ('ت', 4),
    ('ث', 4), ('ج', 4), ('ح', 4), ('خ', 4), ('د', 2), ('ذ', 2), ('ر', 2), ('ز', 2), ('س', 4), ('ش', 4),
    ('ص', 4), ('ض', 4), ('ط', 4), ('ظ', 4), ('ع', 4), ('غ', 4), ('ف', 4), ('ق', 4), ('ك', 4), ('ل', 4),
    ('م', 4), ('ن', 4), ('ه', 4), ('و', 2), ('ي', 2), ('ي', 4),
];

/// Presentation forms (old PDFs and copy-pasted headlines) fold to their letters, already folded by the
/// rules above: `ﺑﻮﺗﻴﻦ` → `بوتين`, the ligature `ﻻ` → `لا`.
pub struct Presentation;
impl Normalizer for Presentation {
    fn fold(&self, c: char) -> Fold {
        let u = c as u32;
        if (0xFEF5..=0xFEFC).contains(&u) {
            return Fold::Str("لا");
        }
        if (0xFE80..0xFEF5).contains(&u) {
            let mut at = 0xFE80;
            for &(base, n) in PRESENTATION {
                if u < at + n as u32 {
                    return Fold::To(base);
                }
                at += n as u32;
            }
        }
        Fold::Keep
    }
}

#[cfg(test)]
mod tests {
    use crate::normalize::fold;

    /// (original, matching form)
    const CASES: &[(&str, &str)] = &[
        ("بُوتِينُ", "بوتين"),
        ("مُحَمَّدٌ", "محمد"),
        ("هٰذا", "هذا"),
        ("بـوتـيـن", "بوتين"),
        ("أوكرانيا", "اوكرانيا"),
        ("إيران", "ايران"),
        ("آب", "اب"),
        ("مصطفى", "مصطفي"),
        ("الخارجیة الروسی", "الخارجيه الروسي"),
        ("کییف", "كييف"),
        ("ﺑﻮﺗﻴﻦ", "بوتين"),
        ("ﻻ", "لا"),
        ("ﺍﻟﻘﺎﻫﺮﺓ", "القاهره"),
    ];

    #[test]
    fn arabic_folds() {
        for (input, expected) in CASES {
            assert_eq!(fold(input), *expected, "help: fold({input:?})");
        }
    }
}
