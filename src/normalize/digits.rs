//! Digit folds: Eastern Arabic (٠-٩) and Persian (۰-۹) digits become ASCII 0-9, and the Arabic decimal
//! and thousands separators become `.` and `,`: `١٦ أكتوبر ٢٠٢٥` → `16 اكتوبر 2025`, `٣٫٥` → `3.5`.

use super::{Fold, Normalizer};

pub struct Digits;
impl Normalizer for Digits {
    fn fold(&self, c: char) -> Fold {
        match digit_value(c) {
            Some(d) if !c.is_ascii_digit() => Fold::To((b'0' + d) as char),
            _ => match c {
                '\u{066B}' => Fold::To('.'),
                '\u{066C}' => Fold::To(','),
                _ => Fold::Keep,
            },
        }
    }
}

/// The value of a decimal digit in ASCII, Eastern Arabic, Persian or full-width form.
pub fn digit_value(c: char) -> Option<u8> {
    let u = c as u32;
    let base = match u {
        0x30..=0x39 => 0x30,
        0x660..=0x669 => 0x660,
        0x6F0..=0x6F9 => 0x6F0,
        0xFF10..=0xFF19 => 0xFF10,
        _ => return None,
    };
    Some((u - base) as u8)
}

/// Latin capitals fold to lower case (English date lines: `October` → `october`).
pub struct LatinCase;
impl Normalizer for LatinCase {
    fn fold(&self, c: char) -> Fold {
        if c.is_ascii_uppercase() {
            Fold::To(c.to_ascii_lowercase())
        } else {
            Fold::Keep
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::normalize::fold;

    const CASES: &[(&str, &str)] = &[
        ("١٦ أكتوبر ٢٠٢٥", "16 اكتوبر 2025"),
        ("۲ تیر ۱۳۹۹", "2 تير 1399"),
        ("٣٫٥", "3.5"),
        ("١٬٠٠٠", "1,000"),
        ("20th, October 2025 GMT", "20th, october 2025 gmt"),
        ("２０２５", "2025"),
    ];

    #[test]
    fn digit_folds() {
        for (input, expected) in CASES {
            assert_eq!(fold(input), *expected, "help: fold({input:?})");
        }
    }
}
