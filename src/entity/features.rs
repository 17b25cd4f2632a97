//! Features of a token in its sentence, as 64-bit hashes, shared by training (`naba-train`) and tagging
//! so the two can never disagree. Each feature is a template id plus a value; templates are numbered
//! constants, so adding one is one line here (and a retrain).
//!
//! What matters for Arabic news (issue 4): the matching form and its clitic-stripped stem (و ف ب ل ك
//! ال لل), prefixes and suffixes, shape, neighbouring words and stems, nisba adjectives (`الروسي` is O,
//! `روسيا` is LOC), trigger words before persons/places, organisation heads, quotes, and membership in
//! the team's name lists, whole and as parts of multi-word names.

use crate::words::one_of;
use crate::hash::FastMap;
use std::rc::Rc;
use std::sync::LazyLock;

use super::gazetteer;
use super::model::L;
use crate::model::Label;
use crate::normalize::fold;
use crate::segment::splits;

/// A 64-bit hash of a template id and a value, eight bytes at a time (a word's features are hashed
/// once per distinct word, so this is on the tagger's hot path), finished with murmur3's mixer so
/// that every bit of the key depends on every byte.
fn hash(template: u8, value: &[u8]) -> u64 {
    const K: u64 = 0xff51_afd7_ed55_8ccd;
    // The template and length are mixed before any byte, so no byte of the value can cancel them.
    let mut h = ((template as u64) << 32 | value.len() as u64).wrapping_add(0x9e37_79b9_7f4a_7c15).wrapping_mul(K);
    h ^= h >> 29;
    let mut chunks = value.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(b)).wrapping_mul(K);
        h ^= h >> 29;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = (h ^ tail(rest)).wrapping_mul(K);
        h ^= h >> 29;
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The last 1 to 7 bytes of a value as one little-endian word, zero above them (what copying them into a
/// zeroed `[u8; 8]` gives), read with two overlapping loads rather than a copy: the affixes and most
/// words hashed are shorter than eight bytes.
#[inline]
fn tail(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64;
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]) as u64;
        lo | hi << (8 * (n - 4))
    } else {
        b[0] as u64 | (b[n / 2] as u64) << (8 * (n / 2)) | (b[n - 1] as u64) << (8 * (n - 1))
    }
}

#[test]
fn tail_is_the_bytes_zero_padded() {
    let bytes: Vec<u8> = (1..=7).map(|k| 0x11 * k).chain([0xD8, 0xA8, 0xFF, 0x00]).collect();
    for start in 0..bytes.len() {
        for n in 1..=7.min(bytes.len() - start) {
            let b = &bytes[start..start + n];
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(b);
            assert_eq!(tail(b), u64::from_le_bytes(padded), "help: {b:?}");
        }
    }
}

/// The feature naming a word itself (its matching form): see `Model::knows`.
pub fn identity(folded: &str) -> u64 {
    hash(1, folded.as_bytes())
}

/// One token prepared for feature extraction.
#[derive(Debug)]
pub struct TokenInfo {
    /// Matching form of the whole token.
    pub w: String,
    /// Where [`TokenInfo::stem`] is: a suffix of `w`, or a folding of its own (after a ligature).
    stem: Part,
    /// The byte where [`TokenInfo::noconj`] starts in `w`.
    noconj_at: usize,
    pub shape: u8,
    /// Facts about the word alone (lists, cues): bit flags (see `GAZ_*`).
    pub gaz: u16,
    /// The word's lookup forms after `w` itself, which is always the first (see [`TokenInfo::forms`]).
    extra_forms: Vec<Part>,
    /// Whether one of `forms` is the first word of a multi-word list name (`list_matches` looks
    /// further only then: most words start none).
    pub starts_phrase: bool,
    /// Feature hashes that depend on the word alone, computed once per distinct word.
    pub hashes: WordHashes,
    /// How the word's clitics are cut off an entity span.
    pub cut: super::Cut,
    /// The word as written ends with a dotted ي (folding makes ى one too: `علي`, the name, and `على`,
    /// the preposition, have one matching form).
    pub dotted_ya: bool,
    /// The word as written carries a tanween (`ًا`, `ٌ`, `ٍ`): an indefinite noun or an adverb
    /// (`ميلًا`, `حالياً`), which folding hides.
    pub tanween: bool,
    /// The model's scores for the features of the word alone ([`local_features`]) and for what it
    /// says as a neighbour of another token ([`neighbour_features`], one sum per role), summed once
    /// per distinct word and model (the model's address tells which).
    pub local: std::cell::Cell<Option<WordScores>>,
    /// What the corrections after decoding ask of the word alone (`correct::WordFacts`), worked out
    /// the first time they ask.
    pub facts: std::cell::OnceCell<super::correct::WordFacts>,
}

/// A word's lookup forms: its matching form `w`, then the forms of its clitic readings (`extra`).
fn forms_of<'a>(w: &'a str, extra: &'a [Part]) -> impl Iterator<Item = &'a str> {
    std::iter::once(w).chain(extra.iter().map(move |f| f.of(w)))
}

/// A part of a word's matching form: its suffix from a byte on (no copy), or a string of its own.
#[derive(Debug)]
enum Part {
    Suffix(usize),
    Own(String),
}

impl Part {
    /// The part, read from the word's matching form `w`.
    fn of<'a>(&'a self, w: &'a str) -> &'a str {
        match self {
            Part::Suffix(at) => &w[*at..],
            Part::Own(s) => s,
        }
    }
}

impl TokenInfo {
    /// The stem without conjunction/preposition clitics and the article (at least 2 letters left).
    pub fn stem(&self) -> &str {
        self.stem.of(&self.w)
    }

    /// The token without a leading conjunction و/ف (names keep their ال: `والكرملين` → `الكرملين`).
    pub fn noconj(&self) -> &str {
        &self.w[self.noconj_at..]
    }

    /// The word's forms for list lookups, without clitics (see `lookup_forms`): the matching form
    /// itself first.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        forms_of(&self.w, &self.extra_forms)
    }

    /// How many forms [`TokenInfo::forms`] gives.
    pub fn form_count(&self) -> usize {
        1 + self.extra_forms.len()
    }

    /// Arabic letters only (shape class 0 of [`shape`]).
    pub fn is_arabic(&self) -> bool {
        self.shape / 4 == 0
    }

    /// Digits only (shape class 3).
    pub fn is_number(&self) -> bool {
        self.shape / 4 == 3
    }
}

/// The quantised sums of a word's features for one model: (the model's address, its own features,
/// its features in each neighbour role: before, after, two before, two after).
pub type WordScores = (usize, [i32; super::model::L], [[i32; super::model::L]; 4]);

/// A word's precomputed feature hashes: its identity (word, stem, form without conjunction), its
/// affixes and shape, and what it contributes as a neighbour of another token.
#[derive(Debug, Clone)]
pub struct WordHashes {
    pub ident: [u64; 3],
    pub unary: [u64; 12],
    /// As the token before (w, stem), after (w, stem), two before (w), two after (w).
    pub neighbour: [u64; 6],
    pub quote: bool,
}

fn word_hashes(w: &str, stem: &str, noconj: &str, shape: u8) -> WordHashes {
    let al = w.starts_with("ال");
    let ya = w.ends_with('ي') || w.ends_with("يه");
    WordHashes {
        ident: [hash(1, w.as_bytes()), hash(2, stem.as_bytes()), hash(3, noconj.as_bytes())],
        unary: [
            hash(4, pre(w, 2).as_bytes()),
            hash(5, pre(w, 3).as_bytes()),
            hash(6, suf(w, 2).as_bytes()),
            hash(7, suf(w, 3).as_bytes()),
            hash(8, suf(stem, 2).as_bytes()),
            hash(9, suf(stem, 3).as_bytes()),
            hash(10, pre(stem, 2).as_bytes()),
            hash(33, suf(stem, 4).as_bytes()),
            hash(34, pre(stem, 3).as_bytes()),
            hash(35, suf(stem, 1).as_bytes()),
            hash(11, &[shape]),
            hash(27, &[al as u8, ya as u8]),
        ],
        neighbour: [
            hash(12, w.as_bytes()),
            hash(16, stem.as_bytes()),
            hash(13, w.as_bytes()),
            hash(17, stem.as_bytes()),
            hash(14, w.as_bytes()),
            hash(15, w.as_bytes()),
        ],
        quote: one_of!(w, ["«", "\"", "“", "'"]),
    }
}

/// The neighbour hashes of a missing token (before the start or after the end of the sentence).
static EDGE: LazyLock<[u64; 6]> = LazyLock::new(|| word_hashes("<s>", "<s>", "<s>", 255).neighbour);

/// Hashes of the flag features: `[slot][bit]` for the gazetteer and cue bits of the token and its
/// neighbours (slots 0–4: templates 21 for the token, 22/23 the words before/after, 24/25 two away) and
/// the document-evidence bits (slot 5, template 37).
static FLAG_HASHES: LazyLock<[[u64; 16]; 6]> = LazyLock::new(|| {
    let mut t = [[0u64; 16]; 6];
    for (slot, tpl) in [21u8, 22, 23, 24, 25, 37].into_iter().enumerate() {
        for bit in 0..16u8 {
            t[slot][bit as usize] = hash(tpl, &[bit]);
        }
    }
    t
});

/// A pair feature from two precomputed word hashes.
fn mix(template: u8, a: u64, b: u64) -> u64 {
    let h = (a.rotate_left(23) ^ b ^ ((template as u64) << 56)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ (h >> 29)
}

/// A token in its sentence: what the word itself is (shared by every occurrence of the word in a
/// document, computed once) plus the flags that depend on its neighbours (multi-word list names).
#[derive(Debug, Clone)]
pub struct Prepared {
    pub info: Rc<TokenInfo>,
    /// Word flags plus sentence flags.
    pub gaz: u16,
}

impl std::ops::Deref for Prepared {
    type Target = TokenInfo;
    fn deref(&self) -> &TokenInfo {
        &self.info
    }
}

/// Per-document cache of [`TokenInfo`] by token text (slices of the page: no key is copied).
pub type Cache<'t> = FastMap<&'t str, Rc<TokenInfo>>;

/// Common words of the tagger's training text (5 times or more, outside names at least 90% of the time),
/// so that document consistency never spreads a label onto a common word.
pub trait Vocab {
    fn is_frequent(&self, folded: &str) -> bool;
    /// Whether the word (matching form) was seen in the training text and mattered (`Model::knows`).
    fn knows(&self, folded: &str) -> bool;
}

/// No common words at all (tests).
#[cfg(test)]
pub struct NoVocab;

#[cfg(test)]
impl Vocab for NoVocab {
    fn is_frequent(&self, _: &str) -> bool {
        false
    }
    fn knows(&self, _: &str) -> bool {
        false
    }
}

const GAZ_FIRST: u16 = 1;
const GAZ_PLACE: u16 = 2;
const GAZ_NISBA: u16 = 4;
const GAZ_PER_B: u16 = 8;
const GAZ_PER_I: u16 = 16;
const GAZ_LOC_B: u16 = 32;
const GAZ_LOC_I: u16 = 64;
const GAZ_ORG_B: u16 = 128;
const GAZ_ORG_I: u16 = 256;
const GAZ_PERSON_CUE: u16 = 512;
pub(crate) const GAZ_PLACE_CUE: u16 = 1024;
const GAZ_ORG_HEAD: u16 = 2048;
const GAZ_SPEECH: u16 = 4096;
pub(crate) const GAZ_NAME_WORD: u16 = 8192;

/// U+0660–U+0669, U+06F0–U+06F9 (Arabic digits) and U+07C0–U+07C9 (NKo): the numbers among the
/// ranges [`shape`] reads as Arabic script.
fn is_arabic_digit(c: char) -> bool {
    matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' | '\u{07C0}'..='\u{07C9}')
}

#[test]
fn arabic_digits_are_the_only_numbers_of_the_arabic_ranges() {
    for c in ('\u{0600}'..='\u{06FF}').chain('\u{0750}'..='\u{08FF}').chain('\u{FB50}'..='\u{FEFF}') {
        assert_eq!(is_arabic_digit(c), c.is_numeric(), "help: U+{:04X}", c as u32);
    }
}

fn shape(token: &str) -> u8 {
    let mut arabic = false;
    let mut latin = false;
    let mut digit = false;
    let mut other = false;
    for c in token.chars() {
        if ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{08FF}').contains(&c) || ('\u{FB50}'..='\u{FEFF}').contains(&c) {
            // The only numbers of these ranges are three rows of digits (a test holds this to
            // `char::is_numeric`, whose table lookup cost more than the rest of the word's shape).
            if is_arabic_digit(c) {
                digit = true;
            } else {
                arabic = true;
            }
        } else if c.is_ascii_digit() || c.is_numeric() {
            digit = true;
        } else if c.is_alphabetic() {
            latin = true;
        } else {
            other = true;
        }
    }
    let len = token.chars().count();
    let base = match (arabic, latin, digit, other) {
        (true, false, false, false) => 0,
        (false, true, false, false) => {
            if token.chars().next().is_some_and(char::is_uppercase) {
                1
            } else {
                2
            }
        }
        (false, false, true, false) => 3,
        (false, false, false, true) => 4,
        _ => 5,
    };
    base * 4 + match len {
        0..=2 => 0,
        3..=4 => 1,
        5..=7 => 2,
        _ => 3,
    }
}

/// Words that introduce a person (titles, speech verbs, offices).
fn is_person_cue(w: &str) -> bool {
    gazetteer::is_title(w)
        || one_of!(w, ["قال", "وقال", "اكد", "واكد", "اضاف", "واضاف", "اوضح", "واوضح", "صرح", "وصرح", "اعلن", "واعلن",
                "نظيره", "السيد", "السيده", "الشيخ", "الرئيس", "رئيس", "وزير", "الوزير", "الملك", "الامير",
                "الدكتور", "د", "المتحدث", "الناطق", "اللاعب", "المدرب", "الفنان", "الفنانه", "النجم",
                "المستشار", "النائب", "المهندس", "العاهل", "ولي", "نائب", "الزعيم", "زعيم", "قائد", "مدير",
                "بن", "ابو", "عبد", "المرشح", "السفير", "الكاتب", "الصحفي", "الباحث", "الخبير", "الاستاذ",
                "الجنرال", "اللواء", "العميد", "العقيد", "الفريق", "المشير", "الحاج", "البابا", "الاب"])
}

/// Words that introduce a place.
fn is_place_cue(w: &str) -> bool {
    one_of!(w, ["في", "الي", "من", "مدينه", "العاصمه", "عاصمه", "بلده", "قريه", "محافظه", "ولايه", "منطقه",
            "اقليم", "جزيره", "شمال", "جنوب", "شرق", "غرب", "وسط", "ضواحي", "قرب", "بمدينه", "لمدينه",
            "دوله", "جمهوريه", "مملكه", "اماره", "سلطنه", "مخيم", "بلدات", "مدن", "حي", "شارع", "ميناء",
            "مطار", "نهر", "بحر", "جبل", "وادي", "بحيره", "الاراضي", "داخل", "خارج", "عبر", "نحو", "حدود"])
}

/// Speech and report verbs after a name (`... قال`), and `بحسب`, `وفق`.
pub fn is_speech(w: &str) -> bool {
    one_of!(w, ["قال", "يقول", "اكد", "يؤكد", "اضاف", "صرح", "اعلن", "اوضح", "اشار", "ذكر", "بحسب", "وفق", "حسب", "نقلا"])
}

/// The token's matching form with a conjunction (and optionally a preposition) removed, as candidates
/// for list lookups: `وبوتين` → `وبوتين`, `بوتين`, `وتين`…
fn lookup_forms(w: &str, token: &str, splits: &[crate::segment::Split]) -> Vec<Part> {
    // The first reading is the unsplit word, `w` itself: [`TokenInfo::forms`] gives it without a copy.
    // The others are suffixes of `w` (no copy) unless a ligature in the prefix was folded again, or
    // `لل` gave its article back (`للمنظمة` → `المنظمه`).
    lookup_readings(splits)
        .skip(1)
        .map(|s| {
            let definite = s.article && !s.prefix.ends_with("لل");
            match s.folded_rest_at(token, w) {
                // The prefix (`وال`, `بال`) ends with the article: the form starts there.
                Some(at) if definite => Part::Suffix(at - "ال".len()),
                Some(at) => Part::Suffix(at),
                None if definite => Part::Own(format!("ال{}", s.folded_rest(token, w))),
                None => Part::Own(s.folded_rest(token, w)),
            }
        })
        .collect()
}

/// The clitic readings a word's lookup forms come from, in [`lookup_forms`]'s order: all but the bare
/// article (`ال` + rest is the word itself).
fn lookup_readings(splits: &[crate::segment::Split]) -> impl Iterator<Item = &crate::segment::Split> {
    splits.iter().filter(|s| !s.article || s.prefix.len() > "ال".len())
}

/// Where a reading's lookup form starts in the word: after its prefix, or at the article the prefix
/// ends with (`وال…` → `ال…`, as [`lookup_forms`] spells it); `لل` leaves no article to start at.
fn form_start(s: &crate::segment::Split) -> Option<usize> {
    match (s.article, s.prefix.ends_with("لل")) {
        (false, _) => Some(s.stem_start),
        (true, false) => s.stem_start.checked_sub("ال".len()),
        (true, true) => None,
    }
}

/// What a word is by itself (computed once per distinct word of a document).
fn token_info(t: &str) -> TokenInfo {
    let w = fold(t);
    let splits = splits(t);
    // The stem after the longest prefix that leaves two letters or more (`clitic::longest_stem`).
    let stem = match crate::segment::clitic::longest_reading(t, &splits, 2) {
        Some(s) if !s.prefix.is_empty() => match s.folded_rest_at(t, &w) {
            Some(at) => Part::Suffix(at),
            None => Part::Own(s.folded_rest(t, &w)),
        },
        _ => Part::Suffix(0),
    };
    let noconj_at = match w.chars().next() {
        Some(c @ ('و' | 'ف')) if w.chars().count() > 3 => c.len_utf8(),
        _ => 0,
    };
    let noconj = &w[noconj_at..];
    let stem_str = stem.of(&w);
    let mut gaz = 0;
    // The forms after the first, which is `w` itself (the unsplit reading).
    let extra_forms = if w.chars().count() > 2 { lookup_forms(&w, t, &splits) } else { Vec::new() };
    let forms = || forms_of(&w, &extra_forms);
    // What the lists say of each form: one lookup for given names, places and the first words of
    // multi-word names together.
    let mut starts_phrase = false;
    for f in forms() {
        let l = gazetteer::lexicon(f);
        if l & gazetteer::FIRST_NAME != 0 {
            gaz |= GAZ_FIRST;
        }
        if l & gazetteer::PLACE != 0 {
            gaz |= GAZ_PLACE;
        }
        starts_phrase |= l & gazetteer::STARTS_NAME != 0;
    }
    if forms().any(gazetteer::is_name_word) {
        gaz |= GAZ_NAME_WORD;
    }
    // (`noconj` is `w` itself unless a conjunction was cut: asked once then.)
    if gazetteer::is_nisba(&w) || (noconj_at > 0 && gazetteer::is_nisba(noconj)) {
        gaz |= GAZ_NISBA;
    }
    if is_person_cue(&w) {
        gaz |= GAZ_PERSON_CUE;
    }
    if is_place_cue(&w) {
        gaz |= GAZ_PLACE_CUE;
    }
    if gazetteer::is_office_head(noconj) || gazetteer::is_office_head(&w) {
        gaz |= GAZ_ORG_HEAD;
    }
    if is_speech(&w) || is_speech(noconj) {
        gaz |= GAZ_SPEECH;
    }
    let sh = shape(t);
    let hashes = word_hashes(&w, stem_str, noconj, sh);
    let cut = super::Cut::of(t, &w, &splits);
    let dotted_ya = t.trim_end_matches(|c: char| matches!(c, '\u{064B}'..='\u{0652}')).ends_with('ي');
    let tanween = t.contains(|c: char| matches!(c, '\u{064B}'..='\u{064D}'));
    TokenInfo { shape: sh, w, stem, noconj_at, gaz, extra_forms, starts_phrase, hashes, cut, dotted_ya, tanween, local: Default::default(), facts: Default::default() }
}

/// Prepares the tokens of one sentence (their original text) for feature extraction.
pub fn prepare(tokens: &[&str]) -> Vec<Prepared> {
    prepare_cached(tokens, &mut Cache::default())
}

/// [`prepare`], reusing what `cache` knows about words already seen in the document.
pub fn prepare_cached<'t>(tokens: &[&'t str], cache: &mut Cache<'t>) -> Vec<Prepared> {
    prepare_with_matches(tokens, cache, None).0
}

/// Distinct tokens kept in [`COMMON`] at most (the common words of the training text are about 3,200;
/// a word written several ways, with diacritics or tatweel, takes a place for each).
pub(crate) const COMMON_TOKENS: usize = 8192;

thread_local! {
    /// The [`TokenInfo`] of the tagger's common words ([`Vocab::is_frequent`]), kept from page to page:
    /// most of a page's distinct words are its own, but its common words (`في`, `الذي`, `قال`, `الحكومة`)
    /// are every page's, and preparing a word is most of what a short page costs. Bounded by
    /// [`COMMON_TOKENS`]; used only with the one model the process keeps for good (`entity::MODEL`), since
    /// a word's scores are cached in it by the model's address.
    static COMMON: std::cell::RefCell<FastMap<Box<str>, Rc<TokenInfo>>> = Default::default();
}

/// How many tokens [`COMMON`] holds in this thread.
#[cfg(test)]
pub(crate) fn common_len() -> usize {
    COMMON.with(|c| c.borrow().len())
}

/// A token's [`TokenInfo`]: from [`COMMON`] when `common` is given (the model's vocabulary) and the word
/// is there, else prepared (and kept there when it is one of the common words).
fn info_of(t: &str, common: Option<&dyn Vocab>) -> Rc<TokenInfo> {
    let Some(vocab) = common else { return Rc::new(token_info(t)) };
    COMMON.with(|c| {
        if let Some(i) = c.borrow().get(t) {
            return i.clone();
        }
        let i = Rc::new(token_info(t));
        let mut c = c.borrow_mut();
        if c.len() < COMMON_TOKENS && vocab.is_frequent(&i.w) {
            c.insert(t.into(), i.clone());
        }
        i
    })
}

/// [`prepare_cached`], and the sentence's [`list_matches`] it marked (the corrections ask for them
/// again: `correct::correct_with`). With `common` (the vocabulary of the process's own model), the common
/// words' preparation is kept from page to page ([`COMMON`]).
pub fn prepare_with_matches<'t>(
    tokens: &[&'t str],
    cache: &mut Cache<'t>,
    common: Option<&dyn Vocab>,
) -> (Vec<Prepared>, Vec<(usize, usize, Label)>) {
    let mut out: Vec<Prepared> = tokens
        .iter()
        .map(|t| {
            let info = match cache.get(*t) {
                Some(i) => i.clone(),
                None => {
                    let i = info_of(t, common);
                    cache.insert(t, i.clone());
                    i
                }
            };
            Prepared { gaz: info.gaz, info }
        })
        .collect();
    // Names from the lists: mark B/I positions.
    let matches = list_matches(&out);
    for &(start, len, label) in &matches {
        let (b, inside) = match label {
            Label::PER => (GAZ_PER_B, GAZ_PER_I),
            Label::LOC => (GAZ_LOC_B, GAZ_LOC_I),
            _ => (GAZ_ORG_B, GAZ_ORG_I),
        };
        out[start].gaz |= b;
        for p in &mut out[start + 1..start + len] {
            p.gaz |= inside;
        }
    }
    (out, matches)
}

/// Multi-word names of the team's lists found in a sentence (the first word may carry clitics):
/// (first token, number of tokens, type), longest match first at each position, no overlaps.
pub fn list_matches(prepared: &[Prepared]) -> Vec<(usize, usize, Label)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < prepared.len() {
        let mut matched = 0;
        if !prepared[i].starts_phrase {
            i += 1;
            continue;
        }
        // The longest name over the token's forms (`وام` is a name of one word, `أم درمان` of two);
        // among names of one length, the first form's first.
        let mut best: Option<(usize, Label)> = None;
        for f in prepared[i].forms() {
            for (words, label) in gazetteer::names_starting(f) {
                if best.is_none_or(|(n, _)| words.len() > n) && follows(prepared, i, words) {
                    best = Some((words.len(), *label));
                }
            }
        }
        if let Some((n, label)) = best {
            found.push((i, n, label));
            matched = n;
        }
        i += matched.max(1);
    }
    found
}

/// Whether the words after the first of a listed name (`words`) are the tokens after token `i`.
fn follows(prepared: &[Prepared], i: usize, words: &[&str]) -> bool {
    i + words.len() <= prepared.len() && words[1..].iter().zip(&prepared[i + 1..]).all(|(a, b)| *a == b.w)
}

/// Tokens that start a multi-word name of the lists only without a clitic (`وأم درمان`: `وام` is a
/// name of its own, but `أم درمان` is the longer one), with the bytes of the token (`tokens[i]`, the
/// sentence's original text) that the clitic takes.
pub fn clitic_list_starts(prepared: &[Prepared], tokens: &[&str]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (i, p) in prepared.iter().enumerate().filter(|(_, p)| p.starts_phrase && p.form_count() > 1) {
        let longest = |f: &str| gazetteer::names_starting(f).iter().filter(|(w, _)| follows(prepared, i, w)).map(|(w, _)| w.len()).max().unwrap_or(0);
        let best = p.forms().enumerate().skip(1).map(|(k, f)| (longest(f), k)).filter(|&(n, _)| n >= 2).max_by_key(|&(n, k)| (n, std::cmp::Reverse(k)));
        let Some((_, k)) = best.filter(|&(n, _)| n > longest(&p.w)) else { continue };
        // (More than one form: they came from `lookup_forms` over the token's readings.)
        if let Some(at) = lookup_readings(&splits(tokens[i])).nth(k).and_then(form_start) {
            found.push((i, at));
        }
    }
    found
}

fn pre(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn suf(s: &str, n: usize) -> &str {
    // The n-th character from the end, found walking back (one pass, no count first).
    match n.checked_sub(1).and_then(|k| s.char_indices().rev().nth(k)) {
        Some((i, _)) => &s[i..],
        None if n == 0 => "",
        None => s,
    }
}

/// Document evidence: for every token, what the contexts of the same stem anywhere in the document say
/// (a person cue before it somewhere, a place preposition, an organisation head, a speech verb after
/// it, a multi-word list name around it). A name introduced once as `الرئيس الروسي فلاديمير بوتين` is
/// then recognised as a person when it comes back alone. Bits are `DOC_*`.
pub fn doc_evidence(doc: &[Vec<Prepared>]) -> Vec<Vec<u16>> {
    // Stems are keyed by their identity hash (`WordHashes::ident[1]`, computed once per distinct word):
    // one multiplication to hash, an integer to compare, where the text of the stem took a pass over its
    // bytes and a comparison on each lookup. (Two stems of a page sharing a 64-bit hash would share
    // their evidence: about one chance in 10^11 for a page of 10,000 distinct stems.)
    // (Sized for every token a distinct stem: no rehashing as it fills.)
    let tokens: usize = doc.iter().map(Vec::len).sum();
    let mut by_stem: FastMap<u64, u16> = FastMap::with_capacity_and_hasher(tokens, Default::default());
    for s in doc {
        for (i, t) in s.iter().enumerate() {
            let prev = if i > 0 { s[i - 1].gaz } else { 0 };
            let next = s.get(i + 1).map_or(0, |x| x.gaz);
            let mut f = 0u16;
            if prev & GAZ_PERSON_CUE != 0 {
                f |= 1;
            }
            if prev & GAZ_PLACE_CUE != 0 {
                f |= 2;
            }
            if prev & GAZ_ORG_HEAD != 0 {
                f |= 4;
            }
            if next & GAZ_SPEECH != 0 {
                f |= 8;
            }
            if t.gaz & (GAZ_PER_B | GAZ_PER_I) != 0 {
                f |= 16;
            }
            if t.gaz & (GAZ_LOC_B | GAZ_LOC_I) != 0 {
                f |= 32;
            }
            if t.gaz & (GAZ_ORG_B | GAZ_ORG_I) != 0 {
                f |= 64;
            }
            if prev & GAZ_FIRST != 0 {
                f |= 128;
            }
            if t.stem().chars().count() >= 3 {
                *by_stem.entry(t.hashes.ident[1]).or_default() |= f;
            }
        }
    }
    doc.iter()
        .map(|s| s.iter().map(|t| by_stem.get(&t.hashes.ident[1]).copied().unwrap_or(0)).collect())
        .collect()
}

/// The second pass's evidence (bits 8–15 of a token's document word, beside [`doc_evidence`]'s): what
/// the first pass said of the same stem elsewhere in the document (Krishnan & Manning's two stages).
/// Bits 8–11: another occurrence was tagged PER, LOC, ORG, MISC; 12: one began a name of several
/// words; 13: one was inside a name; 14: one was left out (O); 15: more occurrences were names than not.
/// A sentence whose `labels` are not its own length (none known) neither gives nor takes evidence.
pub fn second_evidence(doc: &[Vec<Prepared>], labels: &[Vec<usize>]) -> Vec<Vec<u16>> {
    use super::model::{is_inside, label_type};
    // Per stem: names of each type, began a longer name, inside one, outside.
    let tally = |l: &[usize], i: usize| -> [u16; 7] {
        let mut t = [0u16; 7];
        match label_type(l[i]) {
            Some(_) => {
                t[(l[i] - 1) / 2] = 1;
                t[4] = (!is_inside(l[i]) && l.get(i + 1).is_some_and(|&n| is_inside(n))) as u16;
                t[5] = is_inside(l[i]) as u16;
            }
            None => t[6] = 1,
        }
        t
    };
    let known = |s: usize| labels.get(s).is_some_and(|l| l.len() == doc[s].len());
    let mut by_stem: FastMap<u64, [u16; 7]> = FastMap::default();
    for (s, p) in doc.iter().enumerate().filter(|&(s, _)| known(s)) {
        for (i, t) in p.iter().enumerate().filter(|(_, t)| t.stem().chars().count() >= 3) {
            let e = by_stem.entry(t.hashes.ident[1]).or_default();
            for (a, b) in e.iter_mut().zip(tally(&labels[s], i)) {
                *a += b;
            }
        }
    }
    doc.iter()
        .enumerate()
        .map(|(s, p)| {
            if !known(s) {
                return vec![0; p.len()];
            }
            p.iter()
                .enumerate()
                .map(|(i, t)| {
                    let Some(all) = by_stem.get(&t.hashes.ident[1]) else { return 0 };
                    let own = tally(&labels[s], i);
                    let mut bits = 0u16;
                    for (k, (a, b)) in all.iter().zip(own).enumerate() {
                        if a > &b {
                            bits |= 1 << (8 + k);
                        }
                    }
                    let names = (0..4).map(|k| all[k] - own[k]).sum::<u16>();
                    if names > all[6] - own[6] {
                        bits |= 1 << 15;
                    }
                    bits
                })
                .collect()
        })
        .collect()
}

/// The features of token `i` (the trainer's view: [`local_features`] then [`context_features`]),
/// appended to `out` (cleared first); `doc` is its [`doc_evidence`]. With `no_identity`, the features
/// naming the token itself (its word, stem and the word pairs it is in) are left out. Training uses this for names swapped in from training-only lists,
/// so the model learns their contexts and shapes, not the names.
pub fn features_with(p: &[Prepared], i: usize, doc: u16, out: &mut Vec<u64>, no_identity: bool) {
    out.clear();
    local_features(&p[i], out, no_identity);
    context_features(p, i, doc, out, no_identity);
}

/// The features of a word alone (bias, identity, affixes, shape), appended to `out`: the same for every
/// occurrence of the word, so the tagger scores them once per distinct word (`TokenInfo::local`).
pub fn local_features(t: &TokenInfo, out: &mut Vec<u64>, no_identity: bool) {
    out.push(hash(0, b""));
    if !no_identity {
        out.extend(t.hashes.ident);
    }
    out.extend(t.hashes.unary);
}

/// The features a word contributes to another token as its neighbour in `role` (0: the word
/// before, 1: after, 2: two before, 3: two after), appended to `out`; `None` for no word there (the
/// sentence's edge). They depend on that one word, so the tagger scores them once per distinct word.
pub fn neighbour_features(word: Option<&TokenInfo>, role: usize, out: &mut Vec<u64>) {
    let nb = |slot: usize| word.map_or(EDGE[slot], |x| x.hashes.neighbour[slot]);
    match role {
        0 => out.extend([nb(0), nb(1)]),
        1 => out.extend([nb(2), nb(3)]),
        2 => out.push(nb(4)),
        _ => out.push(nb(5)),
    }
}

/// The features of token `i` that depend on its sentence and document, appended to `out`: the
/// neighbours' own ([`neighbour_features`]) and the rest ([`context_rest`]).
pub fn context_features(p: &[Prepared], i: usize, doc: u16, out: &mut Vec<u64>, no_identity: bool) {
    for (role, k) in [-1isize, 1, -2, 2].into_iter().enumerate() {
        let j = i as isize + k;
        let word = (j >= 0).then(|| p.get(j as usize)).flatten().map(|x| &*x.info);
        neighbour_features(word, role, out);
    }
    context_rest(p, i, doc, out, no_identity);
}

/// The word pairs of token `i` (with the word before, with the word after, and its stem with the stem
/// before), appended to `out`: they take any value, so the model looks each up by hash.
#[inline]
fn word_pairs(p: &[Prepared], i: usize, out: &mut Vec<u64>) {
    let h = &p[i].hashes;
    let prev = i.checked_sub(1).map(|j| &p[j].hashes);
    let next = p.get(i + 1).map(|x| &x.hashes);
    out.push(mix(18, prev.map_or(EDGE[0], |x| x.ident[0]), h.ident[0]));
    out.push(mix(19, h.ident[0], next.map_or(EDGE[0], |x| x.ident[0])));
    out.push(mix(20, prev.map_or(EDGE[1], |x| x.ident[1]), h.ident[1]));
}

/// The features of token `i` that depend on its sentence and document other than the neighbours'
/// own words: word pairs, flags of the token and its neighbours, shapes, position, quotes, evidence.
pub fn context_rest(p: &[Prepared], i: usize, doc: u16, out: &mut Vec<u64>, no_identity: bool) {
    let t = &p[i];
    let get = |k: isize| -> Option<&Prepared> {
        let j = i as isize + k;
        (j >= 0).then(|| p.get(j as usize)).flatten()
    };
    if !no_identity {
        word_pairs(p, i, out);
    }
    // Gazetteer and cue flags of this token and its neighbours.
    let flags = &*FLAG_HASHES;
    for (slot, k) in [0isize, -1, 1, -2, 2].into_iter().enumerate() {
        let mut g = get(k).map_or(0, |x| x.gaz);
        while g != 0 {
            let bit = g.trailing_zeros() as usize;
            out.push(flags[slot][bit]);
            g &= g - 1;
        }
    }
    let prev_shape = get(-1).map_or(255, |x| x.shape);
    out.push(hash(26, &[prev_shape, t.shape]));
    if i == 0 {
        out.push(hash(28, b"first"));
    }
    if get(-1).is_some_and(|x| x.hashes.quote) {
        out.push(hash(29, b"q"));
    }
    let mut doc = doc;
    while doc != 0 {
        out.push(flags[5][doc.trailing_zeros() as usize]);
        doc &= doc - 1;
    }
}

/// Shape classes ([`shape`]: six kinds by four lengths), and one more for no token (the sentence's edge).
const SHAPES: usize = 24;

/// The weights, under one model, of the context features that take few values: the flags of the token
/// and its neighbours and the document evidence (`FLAG_HASHES`), the shapes of the token and the one
/// before, the first token, a quote before. [`context_rest`] names them by hash and the model looks each
/// up; the tagger adds them from here instead ([`context_scores`]), the same integers.
pub struct ContextTable {
    flags: [[[i32; L]; 16]; 6],
    shapes: Vec<[i32; L]>,
    first: [i32; L],
    quote: [i32; L],
}

/// The model's [`ContextTable`], worked out the first time it is asked.
pub fn context_table(model: &super::model::Model) -> &ContextTable {
    model.context.get_or_init(|| {
        let weigh = |h: u64| {
            let mut acc = [0i32; L];
            model.add_weights(&[h], &mut acc);
            acc
        };
        let hashes = &*FLAG_HASHES;
        let flags = std::array::from_fn(|slot| std::array::from_fn(|bit| weigh(hashes[slot][bit])));
        let mut shapes = vec![[0i32; L]; (SHAPES + 1) * SHAPES];
        for prev in 0..=SHAPES {
            for cur in 0..SHAPES {
                let prev_shape = if prev == SHAPES { 255 } else { prev as u8 };
                shapes[prev * SHAPES + cur] = weigh(hash(26, &[prev_shape, cur as u8]));
            }
        }
        Box::new(ContextTable { flags, shapes, first: weigh(hash(28, b"first")), quote: weigh(hash(29, b"q")) })
    })
}

/// [`context_rest`] for tagging: the features that take few values are added to `acc` from the model's
/// [`ContextTable`]; the word pairs, which take any value, are appended to `out` for the model to look up.
pub fn context_scores(p: &[Prepared], i: usize, doc: u16, table: &ContextTable, out: &mut Vec<u64>, acc: &mut [i32; L]) {
    let t = &p[i];
    let get = |k: isize| -> Option<&Prepared> {
        let j = i as isize + k;
        (j >= 0).then(|| p.get(j as usize)).flatten()
    };
    word_pairs(p, i, out);
    let add = |acc: &mut [i32; L], w: &[i32; L]| {
        for (a, b) in acc.iter_mut().zip(w) {
            *a += b;
        }
    };
    for (slot, k) in [0isize, -1, 1, -2, 2].into_iter().enumerate() {
        let mut g = get(k).map_or(0, |x| x.gaz);
        while g != 0 {
            add(acc, &table.flags[slot][g.trailing_zeros() as usize]);
            g &= g - 1;
        }
    }
    let prev_shape = get(-1).map_or(255, |x| x.shape);
    let ps = if prev_shape == 255 { SHAPES } else { prev_shape as usize };
    if ps <= SHAPES && (t.shape as usize) < SHAPES {
        add(acc, &table.shapes[ps * SHAPES + t.shape as usize]);
    } else {
        // (Shapes are always in range; looked up by hash all the same if one were not.)
        out.push(hash(26, &[prev_shape, t.shape]));
    }
    if i == 0 {
        add(acc, &table.first);
    }
    if get(-1).is_some_and(|x| x.hashes.quote) {
        add(acc, &table.quote);
    }
    let mut doc = doc;
    while doc != 0 {
        add(acc, &table.flags[5][doc.trailing_zeros() as usize]);
        doc &= doc - 1;
    }
}


/// Adds to `acc` the weights, under the model of `table`, of the second pass's evidence `bits`
/// ([`second_evidence`]): the first pass's sums plus these are the second pass's.
pub fn second_scores(bits: u16, table: &ContextTable, acc: &mut [i32; L]) {
    let mut b = bits & 0xff00;
    while b != 0 {
        for (a, w) in acc.iter_mut().zip(&table.flags[5][b.trailing_zeros() as usize]) {
            *a += w;
        }
        b &= b - 1;
    }
}

#[test]
fn second_evidence_is_what_the_first_pass_said_elsewhere() {
    // Labels: 0 O, 1 B-PER, 2 I-PER, 3 B-LOC, 5 B-ORG. Our own sentences, in several dialects.
    let sentences: [&[&str]; 5] = [
        &["التقى", "فلاديمير", "بوتين", "في", "موسكو"],
        &["وقال", "بوتين", "إنو", "الوضع", "منيح"],
        &["وراح", "لموسكو", "مع", "وفد", "أرامكو"],
        &["شركة", "أرامكو", "ما", "علقت"],
        &["الوضع", "زين", "في", "موسكو"],
    ];
    let labels: Vec<Vec<usize>> = vec![vec![0, 1, 2, 0, 3], vec![0, 1, 0, 0, 0], vec![0, 3, 0, 0, 5], vec![0, 0, 0, 0], vec![]];
    let doc: Vec<Vec<Prepared>> = sentences.iter().map(|s| prepare(s)).collect();
    let e = second_evidence(&doc, &labels);
    const PER: u16 = 1 << 8;
    const LOC: u16 = 1 << 9;
    const ORG: u16 = 1 << 10;
    const BEGAN: u16 = 1 << 12;
    const INSIDE: u16 = 1 << 13;
    const OUT: u16 = 1 << 14;
    const MOST: u16 = 1 << 15;
    // `بوتين` alone takes the inside of `فلاديمير بوتين`; the name takes the lone mention's type.
    assert_eq!(e[1][1], PER | INSIDE | MOST, "help: {:b}", e[1][1]);
    assert_eq!(e[0][2], PER | MOST, "help: {:b}", e[0][2]);
    // `لموسكو` (a clitic on it) is `موسكو` elsewhere, a place; `أرامكو`, once an organisation, once not.
    assert_eq!(e[2][1], LOC | MOST, "help: {:b}", e[2][1]);
    assert_eq!(e[3][1], ORG | MOST, "help: {:b}", e[3][1]);
    assert_eq!(e[2][4], OUT, "help: {:b}", e[2][4]);
    // `الوضع` is elsewhere only in the sentence without labels; `فلاديمير` appears once: nothing.
    assert_eq!(e[1][3], 0);
    assert_eq!(e[0][1], 0);
    // A sentence with no labels of its own neither gives nor takes evidence.
    assert!(e[4].iter().all(|&b| b == 0));
    let began = second_evidence(&[prepare(&["فلاديمير", "بوتين"]), prepare(&["فلاديمير"])], &[vec![1, 2], vec![0]]);
    assert_eq!(began[1][0], PER | BEGAN | MOST, "help: {:b}", began[1][0]);
}

/// Whether the model of `table` was trained with the second pass's evidence (`naba-train --second`):
/// without weights for it the tagger skips the second pass.
pub fn has_second(table: &ContextTable) -> bool {
    table.flags[5][8..].iter().flatten().any(|&w| w != 0)
}
