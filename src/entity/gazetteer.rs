//! Lookups in the team's name lists (loaded once by `lists`), and the small closed sets of titles and
//! office words.

use crate::words::one_of;
use crate::hash::{FastMap, FastSet};
use std::sync::LazyLock;

use super::lists::LISTS;
use crate::model::Label;

/// A place in the team's list (matching form, whole name): `روسيا`, `بودابست`, `قطاع غزه`.
pub fn is_place(folded: &str) -> bool {
    lexicon(folded) & PLACE != 0
}

/// Adjectives of region rather than country.
const REGION_ADJECTIVES: &[&str] = &[
    "عربي", "غربي", "شرقي", "دولي", "اممي", "خليجي", "اسيوي", "اسلامي", "اقليمي", "شمالي", "جنوبي", "اوروبي",
    "افريقي", "لاتيني", "كردي", "فارسي", "عبري",
];

/// What a nisba adjective is made from (matching form, without the article and the ending ي or ية):
/// `الروسي` → `روس`, `المصريه` → `مصر`, `دولي` → `دول`; none for a word without the ending.
pub fn nisba_stem(folded: &str) -> Option<&str> {
    let w = folded.strip_prefix("ال").unwrap_or(folded);
    w.strip_suffix("يه").or_else(|| w.strip_suffix('ي'))
}

/// A nisba adjective of a known place (matching form): `الروسي` (روسيا), `المصرية` (مصر), `السعودي`
/// (السعودية), `الأوروبي`. Family names with the same shape (`السيسي`, `العاطي`) are not adjectives.
pub fn is_nisba(folded: &str) -> bool {
    let Some(stem) = nisba_stem(folded).filter(|s| s.chars().count() >= 2) else { return false };
    REGION_ADJECTIVES.iter().any(|r| r.strip_suffix('ي') == Some(stem)) || is_place_nisba(folded)
}

/// A nisba adjective of a region rather than a country (matching form): `العربية`, `الأوروبي`,
/// `الدولية`, `الإسلامي`.
pub fn is_region_nisba(folded: &str) -> bool {
    nisba_stem(folded).is_some_and(|stem| REGION_ADJECTIVES.iter().any(|r| r.strip_suffix('ي') == Some(stem)))
}

/// A nisba adjective made from a listed place (`الفرنسي` from فرنسا, `الألماني`), not a region word
/// (`العربي`, `الغربي`).
pub fn is_place_nisba(folded: &str) -> bool {
    let Some(stem) = nisba_stem(folded).filter(|s| s.chars().count() >= 2) else { return false };
    // The place's forms, built in one buffer: the stem, + ا, + يا, ال + stem, ال + stem + يه, + يه.
    let mut c = String::with_capacity(stem.len() + 8);
    [("", ""), ("", "ا"), ("", "يا"), ("ال", ""), ("ال", "يه"), ("", "يه")].iter().any(|(before, after)| {
        c.clear();
        c.push_str(before);
        c.push_str(stem);
        c.push_str(after);
        is_place(&c)
    })
}

static NAME_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    let mut set = FastSet::default();
    for w in LISTS.of(Label::PER).iter().chain(LISTS.of(Label::ORG)) {
        set.insert(*w);
        set.extend(w.split_whitespace().filter(|part| part.chars().count() >= 3));
    }
    set
});

/// A name or a word of a name in the people and organisation lists (`بوتين`, `الكرملين`).
pub fn is_known_name(folded: &str) -> bool {
    NAME_WORDS.contains(folded)
}

/// Single words that name one thing of one type: one-word places and organisations, and the surnames
/// (last words) of the people list. Words in two lists (`الرياض`: a city and a newspaper) are left out.
static SINGLE: LazyLock<FastMap<&'static str, Label>> = LazyLock::new(|| {
    let mut m: FastMap<&'static str, Option<Label>> = Default::default();
    let mut add = |w: &'static str, l: Label| {
        m.entry(w).and_modify(|e| if *e != Some(l) { *e = None }).or_insert(Some(l));
    };
    for label in [Label::LOC, Label::ORG] {
        for w in LISTS.of(label).iter().filter(|w| !w.contains(' ')) {
            add(w, label);
        }
    }
    for w in LISTS.of(Label::PER) {
        if let Some(last) = w.split_whitespace().last().filter(|l| l.chars().count() >= 4 && w.contains(' ')) {
            add(last, Label::PER);
        }
    }
    m.into_iter().filter_map(|(w, l)| l.map(|l| (w, l))).collect()
});

/// The type of a single-word name from the lists, when it has exactly one (`بودابست` → LOC,
/// `بيسكوف` → PER, `الكرملين` → ORG).
pub fn single_word_type(folded: &str) -> Option<Label> {
    SINGLE.get(folded).copied()
}

const MAX_NAME_LETTERS: usize = 32;

/// What a swap of two letters after the first leaves unchanged: the first letter, the number of
/// letters, and the sums of the other letters and of their squares.
fn swap_signature(chars: impl Iterator<Item = char>) -> u64 {
    let (mut first, mut len, mut sum, mut squares) = (0u64, 0u64, 0u64, 0u64);
    for c in chars {
        let c = c as u64;
        if len == 0 {
            first = c;
        } else {
            sum += c;
            squares += c * c;
        }
        len += 1;
    }
    let h = (first << 40 ^ len << 32 ^ sum).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h ^ squares).wrapping_mul(0xff51_afd7_ed55_8ccd)
}

/// [`swap_signature`] of every single-word name.
static SWAP_SIGNATURES: LazyLock<crate::hash::FastSet<u64>> =
    LazyLock::new(|| SINGLE.keys().map(|w| swap_signature(w.chars())).collect());

/// The single-word name of the lists that `folded` is with two neighbouring letters swapped
/// (`بوادبست` → `بودابست`, LOC); the first letter is never part of the swap. One hash lookup per
/// position, whatever the size of the lists.
pub fn swapped_name(folded: &str) -> Option<Label> {
    // No listed name is anywhere near this long; the bound keeps a huge "word" linear.
    if folded.len() > 4 * MAX_NAME_LETTERS || folded.chars().count() > MAX_NAME_LETTERS {
        return None;
    }
    // A swap keeps the first letter, the length and the other letters (in another order): a word
    // whose letters no listed name has is ruled out with one lookup, before any candidate is spelled
    // (or its letters copied: most words are).
    if !SWAP_SIGNATURES.contains(&swap_signature(folded.chars())) {
        return None;
    }
    let mut chars: Vec<char> = folded.chars().collect();
    let mut candidate = String::with_capacity(folded.len());
    for i in 1..chars.len().saturating_sub(1) {
        if chars[i] == chars[i + 1] {
            continue;
        }
        chars.swap(i, i + 1);
        candidate.clear();
        candidate.extend(chars.iter());
        chars.swap(i, i + 1);
        if let Some(l) = single_word_type(&candidate) {
            return Some(l);
        }
    }
    None
}

/// [`lexicon`]: a given name ([`is_first_name`]).
pub const FIRST_NAME: u8 = 1;
/// [`lexicon`]: a listed place ([`is_place`]).
pub const PLACE: u8 = 2;
/// [`lexicon`]: the first word of a name of the lists ([`names_starting`] is not empty).
pub const STARTS_NAME: u8 = 4;

/// What the lists say of a word (matching form), in one lookup: [`FIRST_NAME`], [`PLACE`],
/// [`STARTS_NAME`] (the tagger asks all three of every distinct word's forms).
pub fn lexicon(folded: &str) -> u8 {
    LEXICON.get(folded).map_or(0, |e| e.0)
}

/// A given name (matching form): `سيرجي`, `بدر`, `فلاديمير`.
pub fn is_first_name(folded: &str) -> bool {
    lexicon(folded) & FIRST_NAME != 0
}

/// The keys of the packages' name words (`name_keys`), natively from the embedded list.
#[cfg(not(target_arch = "wasm32"))]
static NAME_KEYS: LazyLock<super::name_keys::NameKeys> =
    LazyLock::new(|| super::name_keys::NameKeys::of_words(LISTS.name_words.iter().copied()));

/// The keys of the packages' name words: natively made from the list the build embeds (the trainer
/// writes them into the model); in the WebAssembly build those of the loaded model, none before a model
/// is loaded.
pub fn name_keys() -> &'static super::name_keys::NameKeys {
    #[cfg(not(target_arch = "wasm32"))]
    return &NAME_KEYS;
    #[cfg(target_arch = "wasm32")]
    return super::MODEL.get().map_or(&super::name_keys::NONE, |m| &m.names);
}

/// A word of people's names that the data packages give and that is no common word (matching form):
/// `نتنياهو`, `لاريجاني` (by key: about 0.2% of other words answer yes too, in training as at run
/// time; see [`name_keys`]).
pub fn is_name_word(folded: &str) -> bool {
    name_keys().contains(folded)
}

/// A name of the lists as its words (matching form) with its type: (`قطاع`, `غزه`), LOC.
pub type Name = (&'static [&'static str], Label);

/// Every word of the lists (matching form) with what the lists say of it ([`lexicon`]) and the names it
/// starts, the longest first: one map, built at the first lookup, whose names are slices of one array
/// of all the names' words (no allocation per name: the first `analyze` of a page builds it).
static LEXICON: LazyLock<FastMap<&'static str, (u8, Vec<Name>)>> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = Vec::new();
    let mut spans = Vec::new();
    for (label, list) in &LISTS.names {
        for name in list {
            let start = words.len();
            words.extend(name.split_whitespace());
            spans.push((start, words.len(), *label));
        }
    }
    let words: &'static [&'static str] = Box::leak(words.into_boxed_slice());
    let mut m: FastMap<&'static str, (u8, Vec<Name>)> = FastMap::default();
    m.reserve(spans.len() + LISTS.first_names.len());
    for (start, end, label) in spans.into_iter().filter(|(s, e, _)| s < e) {
        let e = m.entry(words[start]).or_default();
        e.0 = STARTS_NAME;
        e.1.push((&words[start..end], label));
    }
    for (_, names) in m.values_mut() {
        crate::sort::by_key(names, |(w, _)| (usize::MAX - w.len()) as u128);
    }
    for &w in &LISTS.first_names {
        m.entry(w).or_default().0 |= FIRST_NAME;
    }
    for &w in LISTS.of(Label::LOC) {
        m.entry(w).or_default().0 |= PLACE;
    }
    m
});

/// The names of the lists whose first word is `folded`, longest first: `قطاع` → `قطاع غزه` (LOC);
/// `الامم` → `الامم المتحده` (ORG); none for a word that starts no name.
pub fn names_starting(folded: &str) -> &'static [Name] {
    LEXICON.get(folded).map_or(&[], |e| e.1.as_slice())
}

/// Office words that take a complement: `وزير الخارجية`, `رئيس الوزراء`, `وكالة نوفوستي`.
pub fn is_office_head(folded: &str) -> bool {
    one_of!(folded, ["وزير", "وزيره", "رئيس", "رئيسه", "وزاره", "وكاله", "صحيفه", "مجلس", "حزب", "منظمه", "جامعه",
            "شركه", "امير", "ملك", "ولي", "نائب", "سفير", "قائد", "زعيم", "امين", "محافظ", "مدير",
            "المتحدث", "الناطق", "قصر", "هيئه", "مؤسسه", "بنك", "مكتب", "وزراء"])
}

/// Titles and institution words that stand alone: `الرئيس`, `الشيخ`, `الخارجية`.
pub fn is_title(folded: &str) -> bool {
    one_of!(folded, ["الرئيس", "الشيخ", "السيد", "السيده", "الملك", "الامير", "الوزير", "الدكتور", "المستشار",
            "الخارجيه", "الدفاع", "الداخليه", "رئيس الوزراء", "النائب", "السفير", "اللواء", "العميد",
            "الفريق", "المشير", "الجنرال", "البابا", "الامام", "المهندس", "الاستاذ", "الحكومه"])
}

/// Head nouns of organisations that belong to the organisation's name (matching form, indefinite):
/// `بلدية نابلس`, `جامعة بيرزيت`, `مستشفى المقاصد`, `إذاعة صوت فلسطين`, `جريدة القدس`. Heads that the
/// team's training text leaves outside the name (`صحيفة`, `شركة`, `حركة`, `نادي`, `وكالة`, `قناة`) are
/// not here.
pub fn is_org_head(folded: &str) -> bool {
    one_of!(folded, ["بلديه", "مستشفي", "جامعه", "اذاعه", "جريده", "معهد", "منظمه", "مجلس", "اتحاد", "حزب", "جمعيه",
            "نقابه", "هيئه", "مؤسسه", "كليه", "مدرسه", "مديريه", "دائره", "محكمه", "مصرف", "بنك",
            "صندوق", "مركز", "لجنه", "جبهه", "كتله", "مجمع", "اكاديميه", "بطريركيه", "مطرانيه", "ائتلاف",
            "مرصد"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swapped_letters_find_the_listed_name() {
        assert_eq!(swapped_name("بوادبست"), Some(Label::LOC));
        assert_eq!(swapped_name("بودابست"), None, "the name itself is not a typo of itself");
        assert_eq!(swapped_name("ابودبست"), None, "the first letter is never swapped");
        assert_eq!(swapped_name("بادوبست"), None, "two swaps are not one typo");
        assert_eq!(swapped_name(&"بوادبست".repeat(100_000)), None, "a huge word is not a name");
    }

    #[test]
    fn nisba_adjectives_of_places() {
        for w in ["الروسي", "المصريه", "السعودي", "الاوروبي", "التركي", "الامريكي", "الاميركي", "المجري", "الاماراتي", "العربي"] {
            assert!(is_nisba(w), "help: {w}");
        }
        for w in ["السيسي", "العاطي", "الحريري", "الرئيس", "روسيا"] {
            assert!(!is_nisba(w), "help: {w}");
        }
    }
}
