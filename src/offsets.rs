//! Byte offsets → UTF-16 code-unit offsets, done once, just before results leave the core.
//!
//! The core works on Rust `&str` byte offsets. JavaScript strings index UTF-16 code units, so an
//! Arabic letter (2 bytes, 1 unit) or an emoji (4 bytes, 2 units) count differently. [`Utf16Index`]
//! keeps one checkpoint every [`BLOCK`] bytes, so each conversion scans at most `BLOCK` bytes and the
//! index costs `len / 16` bytes of memory: fine for a 10 MB page.

/// Bytes between checkpoints.
pub const BLOCK: usize = 64;

/// A byte → UTF-16 converter for one text.
pub struct Utf16Index<'a> {
    text: &'a str,
    /// For block `k`: (first char boundary at or after `k * BLOCK`, UTF-16 units before it).
    checkpoints: Vec<(u32, u32)>,
}

impl<'a> Utf16Index<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut checkpoints = Vec::with_capacity(n / BLOCK + 2);
        // UTF-16 units of a run of whole characters, by bytes: one per character start, one more for a
        // four-byte lead (a tight loop over the run, no per-byte bookkeeping).
        let count = |run: &[u8]| run.iter().map(|&x| u32::from(is_char_start(x)) + u32::from(x >= 0xF0)).sum::<u32>();
        // Units before byte `done`.
        let (mut units, mut done) = (0u32, 0usize);
        let mut start = 0;
        while start < n {
            // The block's first character start (a character is at most 4 bytes, the block 64).
            let mut b = start;
            while b < n && !is_char_start(bytes[b]) {
                b += 1;
            }
            if b >= n {
                break;
            }
            units += count(&bytes[done..b]);
            done = b;
            checkpoints.push((b as u32, units));
            start += BLOCK;
        }
        units += count(&bytes[done..]);
        // The blocks that start at or after the end (or inside the last character).
        while checkpoints.len() <= n / BLOCK {
            checkpoints.push((n as u32, units));
        }
        Utf16Index { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte`. Offsets past the end clamp to the end; an offset inside
    /// a character (never produced by the core) rounds down to that character's start.
    pub fn utf16(&self, byte: usize) -> usize {
        let mut b = byte.min(self.text.len());
        while !self.text.is_char_boundary(b) {
            b -= 1;
        }
        let (pos, units) = self.checkpoints[b / BLOCK];
        let pos = pos as usize;
        if pos >= b {
            // `pos` is the first boundary at or after the block start and `b` is a boundary in the block.
            return units as usize;
        }
        units as usize + self.text.as_bytes()[pos..b].iter().filter(|&&x| is_char_start(x)).map(|&x| units_of(x) as usize).sum::<usize>()
    }
}

/// Whether a byte of UTF-8 starts a character (every byte but the continuation bytes 0x80–0xBF).
fn is_char_start(x: u8) -> bool {
    !(0x80..=0xBF).contains(&x)
}

/// UTF-16 units of the character that starts with byte `x`: two for the four-byte ones (lead byte
/// 0xF0 or more: beyond U+FFFF), one for the rest. Counting by bytes needs no decoding.
fn units_of(x: u8) -> u32 {
    1 + u32::from(x >= 0xF0)
}

/// UTF-16 offset of `byte` in `text` (one-off conversions; use [`Utf16Index`] for many).
pub fn utf16_offset(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASES: &[&str] = &[
        "",
        "بوتين",
        "😀 بوتين",
        "a😀b",
        "قال الرئيس الروسي فلاديمير بوتين 😀😀😀 في موسكو يوم الاثنين إن المحادثات مع ترامب كانت بناءة جدا.",
        // Characters of 1, 2, 3 and 4 bytes across block boundaries, and a text of exactly two blocks.
        "aé€😀aé€😀aé€😀aé€😀aé€😀aé€😀aé€😀aé€😀aé€😀aé€😀aé€😀aé€😀aé€😀aé€😀aé€😀",
        "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901",
    ];

    #[test]
    fn matches_a_plain_count_at_every_boundary() {
        for text in CASES {
            let idx = Utf16Index::new(text);
            for b in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                assert_eq!(idx.utf16(b), utf16_offset(text, b), "help: byte {b} of {text:?}");
            }
        }
    }

    /// Texts of every length up to three blocks and a half, of characters of 1 to 4 bytes in random
    /// order, so that blocks start inside characters of every length and the text ends inside a block.
    #[test]
    fn random_texts_match_at_every_boundary() {
        let chars = ['a', 'é', 'ب', '€', '😀', ' ', 'ـ'];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for len in 0..120 {
            for _ in 0..8 {
                let text: String = (0..len)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        chars[(seed % chars.len() as u64) as usize]
                    })
                    .collect();
                let idx = Utf16Index::new(&text);
                for b in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                    assert_eq!(idx.utf16(b), utf16_offset(&text, b), "help: byte {b} of {text:?}");
                }
            }
        }
    }

    #[test]
    fn long_text_and_clamping() {
        let text = "😀بوتين ".repeat(500);
        let idx = Utf16Index::new(&text);
        for b in (0..=text.len()).filter(|&b| text.is_char_boundary(b)).step_by(7) {
            assert_eq!(idx.utf16(b), utf16_offset(&text, b));
        }
        assert_eq!(idx.utf16(text.len() + 10), utf16_offset(&text, text.len()));
        // Inside the emoji (4 bytes): rounds down to its start.
        assert_eq!(idx.utf16(2), 0);
    }
}
