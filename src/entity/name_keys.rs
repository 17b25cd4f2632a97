//! The words of people's names that the data packages give (`src/data/names_packages.txt`, written by
//! `scripts/data/names.py`: about 31,000 words), kept as 24-bit keys instead of text. The trainer makes
//! them from the list and writes them into the model file, Rice-coded (about 44 KB); the WebAssembly
//! build reads them from there, so that the list costs the page 44 KB instead of 100 KB of gzipped text,
//! and the native build makes them from the list, which it embeds. A test holds the committed model's
//! keys to the list's. One key in 530 of a 24-bit space is taken, so about 0.2% of other words share a
//! key with a name word: the tagger learns the flag with the same keys, so what it weighs is exactly
//! what it is given at run time.

use super::model::{read_varint, word_key, write_varint};

/// Bits of a key.
const BITS: u32 = 24;

/// The key of a word (matching form): the top [`BITS`] bits of its vocabulary key, mixed.
fn key(folded: &str) -> u32 {
    let mut h = word_key(folded);
    // murmur3's 32-bit finaliser: every bit of the key depends on every byte.
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^= h >> 16;
    h >> (32 - BITS)
}

/// A set of words as sorted, distinct keys.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct NameKeys {
    keys: Vec<u32>,
}

/// No keys (a model file from before them, or no model yet).
pub static NONE: NameKeys = NameKeys { keys: Vec::new() };

impl NameKeys {
    /// The keys of `words` (matching form).
    pub fn of_words<'a>(words: impl IntoIterator<Item = &'a str>) -> NameKeys {
        let mut keys: Vec<u32> = words.into_iter().map(key).collect();
        keys.sort_unstable();
        keys.dedup();
        NameKeys { keys }
    }

    /// Whether the word (matching form) has the key of one of the set's words.
    pub fn contains(&self, folded: &str) -> bool {
        !self.keys.is_empty() && self.keys.binary_search(&key(folded)).is_ok()
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Appends the keys, Rice-coded: their count, the Rice parameter, the byte length, then each gap
    /// from the key before as a quotient in unary (ones ended by a zero) and a remainder of `k` bits.
    pub fn encode(&self, out: &mut Vec<u8>) {
        let n = self.keys.len() as u64;
        let k = (1u64 << BITS).checked_div(n).map_or(0, |gap| gap.max(1).ilog2().saturating_sub(1));
        let mut bits = BitWriter::default();
        let mut last = 0u32;
        for &key in &self.keys {
            let gap = (key - last) as u64;
            last = key;
            for _ in 0..gap >> k {
                bits.push(true);
            }
            bits.push(false);
            for b in (0..k).rev() {
                bits.push(gap >> b & 1 == 1);
            }
        }
        write_varint(out, n);
        write_varint(out, k as u64);
        write_varint(out, bits.bytes.len() as u64);
        out.extend(bits.bytes);
    }

    /// Reads what [`NameKeys::encode`] wrote at `at` (advanced past it); `None` if the bytes are not that.
    pub fn decode(b: &[u8], at: &mut usize) -> Option<NameKeys> {
        let n = usize::try_from(read_varint(b, at)?).ok()?;
        let k = read_varint(b, at)?;
        let len = usize::try_from(read_varint(b, at)?).ok()?;
        let bytes = b.get(*at..at.checked_add(len)?)?;
        *at += len;
        if k >= u64::from(BITS) || n > len.saturating_mul(8) {
            return None;
        }
        let mut keys = Vec::with_capacity(n);
        // The 64 bits from bit `at` on (zeros past the end): a key's quotient and remainder are read a
        // window at a time, not a bit at a time (the first `analyze` of a page decodes 31,000 keys).
        let window = |at: usize| -> u64 {
            let mut w = [0u8; 8];
            let rest = bytes.get(at / 8..).unwrap_or_default();
            let m = rest.len().min(8);
            w[..m].copy_from_slice(&rest[..m]);
            u64::from_be_bytes(w) << (at % 8)
        };
        let mut bit = 0usize;
        let mut last = 0u64;
        for _ in 0..n {
            let mut q = 0u64;
            loop {
                let ones = window(bit).leading_ones().min(56);
                q += ones as u64;
                bit += ones as usize;
                if q > 1 << BITS {
                    return None;
                }
                if ones < 56 {
                    break;
                }
            }
            let r = window(bit + 1).checked_shr(64 - k as u32).unwrap_or(0);
            bit += 1 + k as usize;
            if bit > len * 8 {
                return None;
            }
            last += q << k | r;
            if last >= 1 << BITS {
                return None;
            }
            keys.push(last as u32);
        }
        Some(NameKeys { keys })
    }
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    fn push(&mut self, bit: bool) {
        if self.used % 8 == 0 {
            self.bytes.push(0);
        }
        if bit {
            *self.bytes.last_mut().expect("a byte was pushed") |= 1 << (7 - self.used % 8);
        }
        self.used += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    #[test]
    fn name_keys_round_trip_and_find_their_words() {
        let words: Vec<String> = ["نتنياهو", "لاريجاني", "آرونسون", "بلير", "غوتيريش"].iter().map(|w| fold(w)).collect();
        let set = NameKeys::of_words(words.iter().map(String::as_str));
        let mut bytes = b"head".to_vec();
        set.encode(&mut bytes);
        bytes.push(0xAA);
        let mut at = 4;
        let back = NameKeys::decode(&bytes, &mut at).expect("decodes");
        assert_eq!(back, set);
        assert_eq!(bytes[at], 0xAA, "decoding stops where the section ends");
        for w in &words {
            assert!(back.contains(w), "{w}");
        }
        // Common words are not in it (their keys could collide, but not these).
        for w in ["الحكومة", "قال", "وزير", "اليوم"] {
            assert!(!back.contains(&fold(w)), "{w}");
        }
        // Every prefix of the section is refused or decodes to fewer keys, never a panic.
        for cut in 4..at {
            let mut i = 4;
            let _ = NameKeys::decode(&bytes[..cut], &mut i);
        }
        let mut empty = Vec::new();
        NameKeys::default().encode(&mut empty);
        assert_eq!(NameKeys::decode(&empty, &mut 0), Some(NameKeys::default()));
    }

    // (The list is embedded natively only: the WebAssembly build reads the keys from the model.)
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_package_list_codes_into_about_eleven_bits_a_word() {
        let list = &super::super::lists::LISTS.name_words;
        let set = NameKeys::of_words(list.iter().copied());
        let mut bytes = Vec::new();
        set.encode(&mut bytes);
        assert!(set.len() > 25_000 && set.len() * 99 / 100 <= list.len(), "{} keys of {} words", set.len(), list.len());
        assert!(bytes.len() * 8 < set.len() * 12, "{} bytes for {} keys", bytes.len(), set.len());
        assert_eq!(NameKeys::decode(&bytes, &mut 0).as_ref(), Some(&set));
        // About 0.2% of other words share a key: count it on words made from the list's by a swap of
        // their first two letters that is no list word itself.
        let words: std::collections::HashSet<&str> = list.iter().copied().collect();
        let (mut other, mut hits) = (0, 0);
        for w in list.iter().take(20_000) {
            let mut c: Vec<char> = w.chars().collect();
            c.swap(0, 1);
            let s: String = c.into_iter().collect();
            if !words.contains(s.as_str()) {
                other += 1;
                hits += set.contains(&s) as usize;
            }
        }
        assert!(hits * 100 < other * 2, "{hits} of {other} other words share a key");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod model_tests {
    #[test]
    fn the_committed_model_carries_the_name_keys_of_the_list() {
        // The WebAssembly build reads the keys from the model, the native build makes them from the
        // list: a change to the list needs a retraining (`make train`), which this holds.
        assert_eq!(&crate::entity::embedded().names, crate::entity::gazetteer::name_keys());
    }
}
