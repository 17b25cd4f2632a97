//! Facts about characters looked up instead of computed, for scans over every character of a page: a
//! table for ASCII (one byte) and one for U+0600–U+07FF (two bytes, lead byte 0xD8–0xDF: the Arabic
//! block and Arabic Supplement), both filled from the function they stand for, which still answers for
//! every other character. The tokenizer and the language count read text this way.

/// `f` of every character, looked up for the ranges most Arabic text is made of.
pub struct CharTable<T: Copy> {
    ascii: [T; 128],
    arabic: [T; 512],
    f: fn(char) -> T,
}

impl<T: Copy> CharTable<T> {
    pub fn new(f: fn(char) -> T) -> Self {
        CharTable {
            ascii: std::array::from_fn(|b| f(char::from(b as u8))),
            // (U+0600–U+07FF holds no surrogate: every code point is a character.)
            arabic: std::array::from_fn(|k| f(char::from_u32(0x600 + k as u32).expect("a character"))),
            f,
        }
    }

    /// `f` of the character that starts at byte `i` of `text`, and the character's length in bytes.
    #[inline(always)]
    pub fn at(&self, text: &str, i: usize) -> (T, usize) {
        let b = text.as_bytes();
        let x = b[i];
        if x < 0x80 {
            return (self.ascii[x as usize], 1);
        }
        if (0xD8..=0xDF).contains(&x) {
            // A two-byte sequence in valid UTF-8: U+0600 + the low bits of both bytes.
            return (self.arabic[((x as usize & 0x1F) << 6 | (b[i + 1] as usize & 0x3F)) - 0x600], 2);
        }
        let c = text[i..].chars().next().expect("a character starts at byte i");
        ((self.f)(c), c.len_utf8())
    }
}

#[cfg(test)]
mod tests {
    use super::CharTable;

    #[test]
    fn the_tables_answer_as_the_function_does() {
        fn f(c: char) -> u32 {
            c as u32 ^ 0x5a5a
        }
        let table = CharTable::new(f);
        let text: String = (0u32..0x3100).chain(0xFB50..0xFF10).filter_map(char::from_u32).chain(['😀', '\u{10FFFF}']).collect();
        for (i, c) in text.char_indices() {
            assert_eq!(table.at(&text, i), (f(c), c.len_utf8()), "help: U+{:04X}", c as u32);
        }
    }
}
