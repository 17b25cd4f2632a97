//! Character sets of saved Arabic pages. Pages declare their charset in a BOM, in
//! `<meta charset>` or in `<meta http-equiv="Content-Type" content="...; charset=...">`; UTF-8 is the
//! default. Besides UTF-8, the two Arabic legacy charsets are decoded here with their 128-entry tables
//! (generated from Python's `cp1256` and `iso8859_6` codecs) rather than with a general encoding crate,
//! which would add hundreds of KB of CJK tables to the wasm.

const WINDOWS_1256: [u16; 128] = [
    0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
    0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,
    0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,
    0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
    0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
    0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7,
    0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,
    0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,
    0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7,
    0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
];

const ISO_8859_6: [u16; 128] = [
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087,
    0x0088, 0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F,
    0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
    0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F,
    0x00A0, 0xFFFD, 0xFFFD, 0xFFFD, 0x00A4, 0xFFFD, 0xFFFD, 0xFFFD,
    0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0x060C, 0x00AD, 0xFFFD, 0xFFFD,
    0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
    0xFFFD, 0xFFFD, 0xFFFD, 0x061B, 0xFFFD, 0xFFFD, 0xFFFD, 0x061F,
    0xFFFD, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
    0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
    0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x0637,
    0x0638, 0x0639, 0x063A, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
    0x0640, 0x0641, 0x0642, 0x0643, 0x0644, 0x0645, 0x0646, 0x0647,
    0x0648, 0x0649, 0x064A, 0x064B, 0x064C, 0x064D, 0x064E, 0x064F,
    0x0650, 0x0651, 0x0652, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
    0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    Utf8,
    Windows1256,
    Iso8859_6,
    Latin1,
}

/// The charset named by a label (`windows-1256`, `cp1256`, `iso-8859-6`, `utf-8`, …).
pub fn from_label(label: &str) -> Option<Charset> {
    let l = label.trim().trim_matches(['"', '\'']).to_ascii_lowercase();
    Some(match l.as_str() {
        "utf-8" | "utf8" | "unicode-1-1-utf-8" => Charset::Utf8,
        "windows-1256" | "cp1256" | "x-cp1256" => Charset::Windows1256,
        "iso-8859-6" | "iso8859-6" | "iso_8859-6" | "arabic" | "asmo-708" | "ecma-114" => Charset::Iso8859_6,
        "iso-8859-1" | "latin1" | "windows-1252" | "us-ascii" | "ascii" => Charset::Latin1,
        _ => return None,
    })
}

/// The charset a page declares in its first 4 KB (BOM first), if any.
pub fn sniff(bytes: &[u8]) -> Option<Charset> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Some(Charset::Utf8);
    }
    let head = &bytes[..bytes.len().min(4096)];
    let head: String = head.iter().map(|&b| (b as char).to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(at) = head[from..].find("charset=") {
        let start = from + at + "charset=".len();
        let value: String = head[start..]
            .chars()
            .skip_while(|c| *c == '"' || *c == '\'' || *c == ' ')
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        if let Some(c) = from_label(&value) {
            return Some(c);
        }
        from = start;
    }
    None
}

/// Decodes a page's bytes with its declared charset (UTF-8 when none is declared). Invalid UTF-8 bytes
/// become U+FFFD, so no input is refused. A page whose bytes are all valid UTF-8 is UTF-8 whatever it
/// declares: a site moved to UTF-8 keeps its old `<meta charset=windows-1256>` (the server's header,
/// which the saved page lost, said UTF-8), and legacy Arabic text is never valid UTF-8 by chance.
pub fn decode(bytes: &[u8]) -> String {
    let charset = sniff(bytes).unwrap_or(Charset::Utf8);
    match charset {
        Charset::Utf8 => String::from_utf8_lossy(bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes)).into_owned(),
        _ if std::str::from_utf8(bytes).is_ok() => String::from_utf8_lossy(bytes).into_owned(),
        Charset::Latin1 => bytes.iter().map(|&b| b as char).collect(),
        Charset::Windows1256 | Charset::Iso8859_6 => {
            let table = if charset == Charset::Windows1256 { &WINDOWS_1256 } else { &ISO_8859_6 };
            bytes
                .iter()
                .map(|&b| {
                    if b < 0x80 {
                        b as char
                    } else {
                        char::from_u32(table[(b - 0x80) as usize] as u32).unwrap_or('\u{FFFD}')
                    }
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_declared_charsets() {
        // "بوتين" in windows-1256: C8 E6 CA ED E4.
        let page = b"<meta charset=\"windows-1256\"><p>\xC8\xE6\xCA\xED\xE4</p>";
        assert!(decode(page).contains("بوتين"));
        // The same word in ISO-8859-6: C8 E8 CA EA E6.
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\"><p>\xC8\xE8\xCA\xEA\xE6</p>";
        assert!(decode(page).contains("بوتين"));
        assert_eq!(decode("\u{FEFF}<p>موسكو</p>".as_bytes()), "<p>موسكو</p>");
        assert_eq!(decode(b"<p>\xFF</p>"), "<p>\u{FFFD}</p>");
        // UTF-8 bytes under a legacy declaration (in the head, or a second meta after a utf-8 one).
        for decl in ["<meta charset=\"windows-1256\">", "<meta http-equiv=Content-Type content=\"text/html; charset=iso-8859-6\">", "<meta charset=cp1256><meta charset=utf-8>"] {
            assert_eq!(decode(format!("{decl}<p>بوتين، الكرملين</p>").as_bytes()), format!("{decl}<p>بوتين، الكرملين</p>"));
        }
    }
}
