//! Closed word lists: whether a word is one of a list's words, for the rules of every stage (dates,
//! pages, entities), in one place.
//!
//! A list is data (a static slice), not a `matches!` arm per word: the arms compiled to a length test
//! and a comparison call apiece, kilobytes of the `.wasm` over the crate's hundreds of listed words. (A
//! `|`-joined string split at each call was smaller still but doubled the instructions of `analyze`:
//! the entity rules ask their lists of every distinct word of a page.) Most words asked are in no list,
//! so a list of many words carries a filter of 128 bits, one per length and last byte of its words
//! (in Arabic script the last byte tells the last letter), worked out at compile time: a word whose
//! bit is not set is turned away before any entry is looked at; the others are searched for in the
//! list's words, sorted at compile time.

/// Whether a word is one of a list's words: `one_of!(w, ["في", "من"])` (`w` a `&str`). Lists of
/// [`FILTERED`] words or more are filtered (see the module); shorter ones are looked through, and
/// carry no filter (its bytes would cost more of the `.wasm` than the looking saves).
macro_rules! one_of {
    ($w:expr, [$($s:expr),* $(,)?]) => {{
        const WORDS: &[&str] = &[$($s),*];
        if WORDS.len() < $crate::words::FILTERED {
            $crate::words::is_one_of($w, WORDS)
        } else {
            static SORTED: [&str; WORDS.len()] = $crate::words::sorted(WORDS);
            static LIST: $crate::words::WordList = $crate::words::WordList::new(&SORTED);
            $crate::words::in_list($w, &LIST)
        }
    }};
}
pub(crate) use one_of;

/// The length from which a list is filtered.
pub const FILTERED: usize = 8;

/// A list of words and its filter (see the module), static data both.
pub struct WordList {
    /// One bit of 128 per length and last byte of a word of the list (an empty word sets bit 0).
    filter: [u64; 2],
    words: &'static [&'static str],
}

/// The bit of a word of `n` bytes ending in `last` in a list's filter, 0 to 127.
const fn filter_bit(n: usize, last: u8) -> usize {
    (n * 5 + last as usize) & 127
}

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> WordList {
        let mut filter = [0; 2];
        let mut i = 0;
        while i < words.len() {
            let b = words[i].as_bytes();
            let k = if b.is_empty() { 0 } else { filter_bit(b.len(), b[b.len() - 1]) };
            filter[k >> 6] |= 1 << (k & 63);
            i += 1;
        }
        WordList { filter, words }
    }
}

/// Whether `w` is one of `list`'s words (see [`one_of!`]).
#[inline(never)]
pub fn in_list(w: &str, list: &WordList) -> bool {
    let k = w.as_bytes().last().map_or(0, |&last| filter_bit(w.len(), last));
    list.filter[k >> 6] & 1 << (k & 63) != 0 && list.words.binary_search_by(|x| order(x.as_bytes(), w.as_bytes())).is_ok()
}

/// The order of a filtered list's words: by length, then by bytes (two words of one length differ
/// mostly in their last letters, and comparing lengths first is cheap).
const fn order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    if a.len() != b.len() {
        return if a.len() < b.len() { Less } else { Greater };
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return if a[i] < b[i] { Less } else { Greater };
        }
        i += 1;
    }
    Equal
}

/// A list's words in [`order`], at compile time (an insertion sort: the lists are short).
pub const fn sorted<const N: usize>(words: &[&'static str]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        let w = words[i];
        let mut j = i;
        while j > 0 && matches!(order(out[j - 1].as_bytes(), w.as_bytes()), std::cmp::Ordering::Greater) {
            out[j] = out[j - 1];
            j -= 1;
        }
        out[j] = w;
        i += 1;
    }
    out
}

/// Whether `w` is one of the words of `list`, looked through (the length and the last byte turn most
/// entries away before their bytes are compared).
#[inline(never)]
pub fn is_one_of(w: &str, list: &[&str]) -> bool {
    let b = w.as_bytes();
    let Some(&last) = b.last() else { return list.contains(&"") };
    list.iter().any(|x| x.len() == b.len() && x.as_bytes()[b.len() - 1] == last && x.as_bytes() == b)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_list_holds_its_words_and_no_other() {
        // A long list (filtered) and a short one (looked through), with words of one length and one
        // last letter that are not in them.
        let long = |w: &str| one_of!(w, ["في", "من", "الي", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", ""]);
        let short = |w: &str| one_of!(w, ["بن", "بنت", "ابن"]);
        for w in ["في", "من", "الي", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", ""] {
            assert!(long(w), "help: {w}");
        }
        for w in ["فى", "منه", "الى", "عند", "معه", "هذان", "ذلكم", "الذين", "ي", "a", "the"] {
            assert!(!long(w), "help: {w}");
        }
        assert!(short("بن") && short("بنت") && short("ابن"));
        assert!(!short("") && !short("بنا") && !short("ابنه") && !short("ب"));
    }
}
