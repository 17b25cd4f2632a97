//! Clitics glued to the front of a word: the conjunctions و ف, the prepositions ب ل ك, and the article
//! ال (with ل + ال written لل). `وبالرياض` = و + ب + ال + رياض; `للأمم` = ل + ال + أمم; `فلموسكو` = ف + ل + موسكو.
//!
//! Splitting is ambiguous (`وليد`, `لافروف`, `بيسكوف`, `كييف` start with a clitic letter but have none), so
//! [`splits`] lists every reading, shortest prefix first, and callers choose with what they know (a name
//! list, the rest of the text, the tagger's weights). Marks and tatweel inside the prefix are skipped, so
//! `وَبُوتين` splits at the byte where `بُوتين` starts. Entity spans exclude clitics (API.md). This is the one
//! cutter: segmentation, the date scanner (`وأمس` → `و` + `أمس`) and the entity tagger all read clitics here.

use crate::normalize::fold_one;

/// One reading of a word: the prefix (in matching form) and the byte offset where the stem starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// `""`, `"و"`, `"وب"`, `"وال"`, `"لل"`, … (in matching form).
    pub prefix: &'static str,
    /// The stem starts at this byte offset of the word.
    pub stem_start: usize,
    /// The prefix ends with the article ال (or لل).
    pub article: bool,
}

/// Every prefix shape, with whether it ends in the article.
const PREFIXES: &[(&str, bool)] = &[
    ("و", false), ("ف", false), ("ب", false), ("ل", false), ("ك", false),
    ("ال", true), ("لل", true),
    ("وب", false), ("ول", false), ("وك", false), ("فب", false), ("فل", false), ("فك", false),
    ("وال", true), ("فال", true), ("بال", true), ("كال", true),
    ("ولل", true), ("فلل", true),
    ("وبال", true), ("وكال", true), ("فبال", true), ("فكال", true),
];

/// The least number of letters a stem keeps.
pub const MIN_STEM: usize = 2;

/// A letter that is a clitic by itself: the conjunctions و ف and the prepositions ب ل ك.
fn is_particle(c: char) -> bool {
    matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك')
}

/// A word in matching form without its first letter, when that letter is a conjunction or a
/// preposition (و ف ب ل ك) and at least [`MIN_STEM`] letters remain: `وفي` → `في`, `بشهر` → `شهر`,
/// `والخميس` → `الخميس`; `من` → none. Which reading is right is the caller's to say (`وليد` → `ليد`).
pub fn strip_one(folded: &str) -> Option<&str> {
    let mut chars = folded.chars();
    let rest = chars.next().filter(|&c| is_particle(c)).map(|_| chars.as_str())?;
    rest.chars().nth(MIN_STEM - 1).map(|_| rest)
}

/// The readings of a word ([`splits`]): at most five (the unsplit one and a prefix of one to four
/// letters), kept in place (this runs once per distinct word of a page: no allocation).
#[derive(Debug, Clone, Copy)]
pub struct Splits {
    items: [Split; 5],
    len: usize,
}

impl Splits {
    fn push(&mut self, s: Split) {
        self.items[self.len] = s;
        self.len += 1;
    }
}

impl IntoIterator for Splits {
    type Item = Split;
    type IntoIter = std::iter::Take<std::array::IntoIter<Split, 5>>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter().take(self.len)
    }
}

impl std::ops::Deref for Splits {
    type Target = [Split];
    fn deref(&self) -> &[Split] {
        &self.items[..self.len]
    }
}

/// All readings of `word`, the unsplit one first, then by growing prefix length.
/// `وبالرياض` → `""`, `"و"`, `"وب"`, `"وبال"`; `لافروف` → `""`, `"ل"` (the caller knows better).
pub fn splits(word: &str) -> Splits {
    let whole = Split { prefix: "", stem_start: 0, article: false };
    let mut out = Splits { items: [whole; 5], len: 1 };
    // Letters (in matching form) with the byte offset where each starts; marks and tatweel are skipped.
    // Only the first five letters can matter (a prefix has at most four); the array saves an allocation.
    let mut first = [('\0', 0usize); 5];
    let mut total = 0;
    for (i, c) in word.char_indices() {
        if let Some(l) = fold_one(c) {
            if total < first.len() {
                first[total] = (l, i);
            }
            total += 1;
        }
    }
    let letters = &first[..total.min(first.len())];
    if letters.first().is_none_or(|&(l, _)| !is_particle(l) && l != 'ا') {
        return out; // no clitic can start this word
    }
    // A prefix of n letters is the word's first n letters, so at most one prefix of each length can
    // match: one lookup per length, shortest first. The letters are encoded as the prefixes are
    // written (every letter of a prefix is two bytes in UTF-8).
    let mut head = [0u8; 8];
    let mut len = 0;
    for (n, &(l, _)) in letters.iter().enumerate().take(4) {
        if l.len_utf8() != 2 || total < n + 1 + MIN_STEM || letters.len() <= n + 1 {
            break;
        }
        l.encode_utf8(&mut head[len..]);
        len += 2;
        if let Some(&(prefix, article)) = PREFIXES.iter().find(|(p, _)| p.as_bytes() == &head[..len]) {
            out.push(Split { prefix, stem_start: letters[n + 1].1, article });
        }
    }
    out
}

impl Split {
    /// Where [`Split::folded_rest`] starts in `folded` when it is a suffix of it (no ligature in the
    /// prefix): the prefix's length in bytes.
    pub fn folded_rest_at(&self, word: &str, folded: &str) -> Option<usize> {
        (folded.starts_with(self.prefix) && word[..self.stem_start].chars().all(|c| c < '\u{FB50}')).then_some(self.prefix.len())
    }

    /// The matching form of what follows this reading's prefix in `word`, given the word's own matching
    /// form `folded`. Folding goes letter by letter, so it is `folded` without the prefix's letters; a
    /// ligature in the prefix (`ﻻ`, two letters in matching form) is folded again.
    pub fn folded_rest(&self, word: &str, folded: &str) -> String {
        match self.folded_rest_at(word, folded) {
            Some(at) => folded[at..].to_string(),
            None => crate::normalize::fold(&word[self.stem_start..]),
        }
    }
}

/// Among `readings` (the [`splits`] of `word`), the one with the longest prefix that leaves at least
/// `min_stem` letters (the unsplit reading when no other does).
pub fn longest_reading<'a>(word: &str, readings: &'a [Split], min_stem: usize) -> Option<&'a Split> {
    let total = word.chars().filter(|&c| fold_one(c).is_some()).count();
    readings.iter().rev().find(|s| total - s.prefix.chars().count() >= min_stem)
}

/// The stem after the longest prefix that leaves at least `min_stem` letters, or the whole word.
/// `والكرملين` → `كرملين`; `ولد` (min 3) → `ولد`.
pub fn longest_stem(word: &str, min_stem: usize) -> &str {
    longest_reading(word, &splits(word), min_stem).map_or(word, |s| &word[s.stem_start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (word, every prefix reading)
    const CASES: &[(&str, &[&str])] = &[
        ("وبالرياض", &["", "و", "وب", "وبال"]),
        ("للأمم", &["", "ل", "لل"]),
        ("فلموسكو", &["", "ف", "فل"]),
        ("بوتين", &["", "ب"]),
        ("الكرملين", &["", "ال"]),
        ("وَبُوتين", &["", "و", "وب"]),
        ("لا", &[""]),
        ("Putin", &[""]),
    ];

    #[test]
    fn readings() {
        for (word, expected) in CASES {
            let got: Vec<&str> = splits(word).iter().map(|s| s.prefix).collect();
            assert_eq!(&got, expected, "help: splits({word:?})");
        }
    }

    /// What follows each reading, cut from the word's matching form, is the matching form of the
    /// original's rest: with marks and tatweel in the prefix, and with a ligature that folds to two
    /// letters.
    #[test]
    fn folded_rests_match_folding_the_rest() {
        use crate::normalize::fold;
        for word in ["وَبُوتين", "وبالرياض", "للأمم", "فـلموسكو", "ﻻعب", "وﻻعب", "والإمارات", "كييف", "Putin"] {
            let w = fold(word);
            for s in splits(word) {
                assert_eq!(s.folded_rest(word, &w), fold(&word[s.stem_start..]), "help: {word} after {:?}", s.prefix);
            }
        }
    }

    #[test]
    fn one_letter_off() {
        for (word, rest) in [("وفي", Some("في")), ("بشهر", Some("شهر")), ("والخميس", Some("الخميس")), ("كما", Some("ما"))] {
            assert_eq!(strip_one(word), rest, "help: strip_one({word:?})");
        }
        for word in ["من", "لا", "في", "امس", ""] {
            assert_eq!(strip_one(word), None, "help: strip_one({word:?})");
        }
    }

    #[test]
    fn stems() {
        const STEMS: &[(&str, usize, &str)] = &[
            ("والكرملين", 3, "كرملين"),
            ("وَلموسكو", 3, "موسكو"),
            ("لموسكو", 3, "موسكو"),
            ("ولد", 3, "ولد"),
            ("بالرياض", 3, "رياض"),
        ];
        for (word, min, stem) in STEMS {
            assert_eq!(longest_stem(word, *min), *stem, "help: longest_stem({word:?}, {min})");
        }
    }
}
