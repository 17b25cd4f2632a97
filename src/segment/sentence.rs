//! Blocks and sentences. Both tile the text: every byte belongs to exactly one segment, so
//! concatenating the segments gives back the input.
//!
//! A block is a line (a paragraph in plain-text news pages), its line break included.
//! A sentence ends after `.` `!` `?` `؟` `؛` `…` (with any closing quotes and the spaces that follow)
//! or at a line break. A terminator inside a quotation that closes on the same line does not end the
//! sentence: `قال: "أجرى لافروف محادثة. ودار نقاش".` is one sentence. Decimal points (`3.5`,
//! `17.03.2020`) and one-letter abbreviations (`د.`) do not end sentences either, nor does a terminator
//! inside a web or e-mail address or a domain name (`https://ex.org/a?b=1`, `www.ex.com`, `ex.co.uk`).

use std::ops::Range;

/// Lines, each with its line break. `"أ\nب"` → `"أ\n"`, `"ب"`.
pub fn blocks(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// The characters that end a sentence.
const TERMINATORS: [char; 7] = ['.', '!', '?', '؟', '؛', '…', '\u{06D4}'];

fn is_terminator(c: char) -> bool {
    TERMINATORS.contains(&c)
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '»' | '”' | '’' | ')' | ']' | '\'' | '›')
}

/// Whether the terminator `c` at byte `i` of the line `s` is inside an address: it has no space on
/// either side, and either both its neighbours are ASCII letters or digits (`tdra.example`, `co.uk`,
/// `search?q`) or its word holds `://` or `@` (`https://ex.org/أخبار.html`).
fn inside_address(s: &str, i: usize, c: char) -> bool {
    let k = i + c.len_utf8();
    let (Some(p), Some(n)) = (s[..i].chars().next_back(), s[k..].chars().next()) else { return false };
    if p.is_whitespace() || n.is_whitespace() || is_terminator(n) || is_closer(n) {
        return false;
    }
    let word_start = s[..i].char_indices().rfind(|c| c.1.is_whitespace()).map_or(0, |(w, c)| w + c.len_utf8());
    let word = &s[word_start..s[k..].find(char::is_whitespace).map_or(s.len(), |w| k + w)];
    (p.is_ascii_alphanumeric() && n.is_ascii_alphanumeric()) || word.contains("://") || word.contains('@')
}

/// Byte ranges of quoted stretches in one line, for quotes that close on the line: sorted, disjoint.
fn quoted(line: &[(usize, char)]) -> Vec<Range<usize>> {
    let mut spans = quote_pairs(line);
    crate::sort::by_key(&mut spans, |r| r.start as u128);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(spans.len());
    for r in spans {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

fn quote_pairs(line: &[(usize, char)]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open_guillemet: Vec<usize> = Vec::new();
    let mut open_curly: Vec<usize> = Vec::new();
    let mut open_straight: Option<usize> = None;
    for &(i, c) in line {
        match c {
            '«' => open_guillemet.push(i),
            '»' => {
                if let Some(s) = open_guillemet.pop() {
                    out.push(s..i);
                }
            }
            '“' => open_curly.push(i),
            '”' => {
                if let Some(s) = open_curly.pop() {
                    out.push(s..i);
                }
            }
            '"' => match open_straight.take() {
                Some(s) => out.push(s..i),
                None => open_straight = Some(i),
            },
            _ => {}
        }
    }
    out
}

/// The sentences of a page's text units (title, standfirst, paragraphs), found once per unit and
/// shared by the passes that read them: the entity tagger and the timeline.
#[derive(Debug, Default)]
pub struct UnitSentences {
    by_unit: crate::hash::FastMap<(usize, usize), Vec<Range<usize>>>,
}

impl UnitSentences {
    /// The sentences of the unit `text[start..end]`, as ranges of `text`.
    pub fn of(&mut self, text: &str, (start, end): (usize, usize)) -> &[Range<usize>] {
        self.by_unit
            .entry((start, end))
            .or_insert_with(|| sentences(&text[start..end]).into_iter().map(|r| start + r.start..start + r.end).collect())
    }
}

/// Sentences of `text`, tiling it. See the module comment for the rules.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in blocks(text) {
        let s = &text[line.clone()];
        // A line without a terminator is one sentence (the line break below ends it).
        let mut found = next_terminator(s, 0);
        let quotes = if found.is_some() { quoted_bytes(s) } else { Vec::new() };
        let mut q = 0; // the first quoted stretch that does not end before the current position
        // `k`: the byte where the search for the next terminator goes on (a character boundary).
        let mut k = 0;
        while let Some((i, c)) = found.take().or_else(|| next_terminator(s, k)) {
            k = i + c.len_utf8();
            while q < quotes.len() && quotes[q].end <= i {
                q += 1;
            }
            if quotes.get(q).is_some_and(|r| r.start < i) {
                continue; // inside a quotation
            }
            if inside_address(s, i, c) {
                continue;
            }
            let mut before = s[..i].chars().rev();
            let prev = before.next();
            let next = s[k..].chars().next();
            if c == '.' {
                if prev.is_some_and(|p| p.is_numeric()) && next.is_some_and(|n| n.is_numeric()) {
                    continue; // 3.5, 17.03.2020
                }
                // A one-letter word before the dot: an abbreviation such as د. or م.
                let one_letter = prev.is_some_and(char::is_alphabetic) && before.next().is_none_or(|c| !c.is_alphabetic());
                if one_letter && next == Some(' ') {
                    continue;
                }
            }
            // Take the rest of a run of terminators, closing quotes and brackets, and the spaces.
            let mut at = s.len();
            let mut taking_run = true;
            for (j, d) in s[k..].char_indices() {
                if taking_run && (is_terminator(d) || is_closer(d)) {
                    continue;
                }
                taking_run = false;
                if d != '\n' && d.is_whitespace() {
                    continue;
                }
                at = k + j;
                break;
            }
            k = at;
            let end = line.start + at;
            if end > start && s[at..].chars().next().is_some_and(|c| c != '\n') {
                out.push(start..end);
                start = end;
            }
        }
        // The line break ends the sentence.
        if line.end > start {
            out.push(start..line.end);
            start = line.end;
        }
    }
    out
}

/// The first of [`TERMINATORS`] at or after byte `from` of `s` (a character boundary): its byte and
/// the character. Found by bytes (cheaper than decoding characters): `.` `!` `?`, and the UTF-8 of `؟`
/// (D8 9F), `؛` (D8 9B), `۔` (DB 94) and `…` (E2 80 A6), whose first bytes never continue a character;
/// a test holds the two lists together.
fn next_terminator(s: &str, from: usize) -> Option<(usize, char)> {
    let b = s.as_bytes();
    let mut i = from;
    while i < b.len() {
        let c = match b[i] {
            b'.' => Some('.'),
            b'!' => Some('!'),
            b'?' => Some('?'),
            0xD8 if b.get(i + 1) == Some(&0x9F) => Some('؟'),
            0xD8 if b.get(i + 1) == Some(&0x9B) => Some('؛'),
            0xDB if b.get(i + 1) == Some(&0x94) => Some('\u{06D4}'),
            0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6) => Some('…'),
            _ => None,
        };
        if let Some(c) = c {
            return Some((i, c));
        }
        i += 1;
    }
    None
}

/// [`quoted`] of a line, found by the quote characters' bytes (`"`, `«` C2 AB, `»` C2 BB, `“` E2 80 9C,
/// `”` E2 80 9D) without decoding the rest.
fn quoted_bytes(s: &str) -> Vec<Range<usize>> {
    let b = s.as_bytes();
    let mut marks: Vec<(usize, char)> = Vec::new();
    for (i, &x) in b.iter().enumerate() {
        let c = match x {
            b'"' => '"',
            0xAB if i > 0 && b[i - 1] == 0xC2 => '«',
            0xBB if i > 0 && b[i - 1] == 0xC2 => '»',
            0x9C if i > 1 && b[i - 1] == 0x80 && b[i - 2] == 0xE2 => '“',
            0x9D if i > 1 && b[i - 1] == 0x80 && b[i - 2] == 0xE2 => '”',
            _ => continue,
        };
        marks.push((i + 1 - c.len_utf8(), c));
    }
    quoted(&marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The splitter as first written, over every character of each line: the byte-driven one must cut
    /// every text the same way.
    fn sentences_by_char(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        // One buffer of characters for all the lines.
        let mut chars: Vec<(usize, char)> = Vec::new();
        for line in blocks(text) {
            let s = &text[line.clone()];
            // A line without a terminator is one sentence.
            if next_terminator(s, 0).is_none() {
                if line.end > start {
                    out.push(start..line.end);
                    start = line.end;
                }
                continue;
            }
            chars.clear();
            chars.extend(s.char_indices());
            let quotes = quoted(&chars);
            let mut q = 0; // the first quoted stretch that does not end before the current position
            let mut k = 0;
            while k < chars.len() {
                let (i, c) = chars[k];
                k += 1;
                if !is_terminator(c) {
                    continue;
                }
                while q < quotes.len() && quotes[q].end <= i {
                    q += 1;
                }
                if quotes.get(q).is_some_and(|r| r.start < i) {
                    continue; // inside a quotation
                }
                if inside_address(s, i, c) {
                    continue;
                }
                let prev = if k >= 2 { Some(chars[k - 2].1) } else { None };
                let next = chars.get(k).map(|&(_, c)| c);
                if c == '.' {
                    if prev.is_some_and(|p| p.is_numeric()) && next.is_some_and(|n| n.is_numeric()) {
                        continue; // 3.5, 17.03.2020
                    }
                    // A one-letter word before the dot: an abbreviation such as د. or م.
                    let one_letter = k >= 2
                        && chars[k - 2].1.is_alphabetic()
                        && (k < 3 || !chars[k - 3].1.is_alphabetic());
                    if one_letter && next == Some(' ') {
                        continue;
                    }
                }
                // Take the rest of a run of terminators, closing quotes and brackets, and the spaces.
                while k < chars.len() && (is_terminator(chars[k].1) || is_closer(chars[k].1)) {
                    k += 1;
                }
                while k < chars.len() && chars[k].1 != '\n' && chars[k].1.is_whitespace() {
                    k += 1;
                }
                let end = line.start + chars.get(k).map_or(s.len(), |&(i, _)| i);
                if end > start && chars.get(k).is_some_and(|&(_, c)| c != '\n') {
                    out.push(start..end);
                    start = end;
                }
            }
            // The line break ends the sentence.
            if line.end > start {
                out.push(start..line.end);
                start = line.end;
            }
        }
        out
    }

    #[test]
    fn bytes_cut_as_the_characters_do() {
        // Texts built from the characters the rules look at, in many orders.
        let parts = [
            "قال", " ", "بوتين", ".", "!", "?", "؟", "؛", "…", "\u{06D4}", "\"", "«", "»", "“", "”", "'", ")", "]", "›", "\n",
            "3", "٥", "د", "م", "x", "  ", "://", "@", "/", "\u{00A0}", "ڟ", "ئ", ",", "-",
        ];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut texts: Vec<String> = Vec::new();
        for n in 0..3000 {
            let mut t = String::new();
            for _ in 0..(n % 40) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                t.push_str(parts[(state % parts.len() as u64) as usize]);
            }
            texts.push(t);
        }
        texts.extend(CASES.iter().map(|(t, _)| t.to_string()));
        for t in &texts {
            assert_eq!(sentences(t), sentences_by_char(t), "help: {t:?}");
        }
    }

    /// (text, sentences with surrounding white space trimmed)
    const CASES: &[(&str, &[&str])] = &[
        ("قال بوتين. ورد ترامب!", &["قال بوتين.", "ورد ترامب!"]),
        ("هل انتهت الحرب؟ لا أحد يعرف؛ ربما", &["هل انتهت الحرب؟", "لا أحد يعرف؛", "ربما"]),
        ("قال: \"أجرى لافروف محادثة. ودار نقاش\". ثم غادر", &["قال: \"أجرى لافروف محادثة. ودار نقاش\".", "ثم غادر"]),
        ("قال «هذا خطأ. كبير» وغادر.", &["قال «هذا خطأ. كبير» وغادر."]),
        ("سطر أول\nسطر ثان", &["سطر أول", "سطر ثان"]),
        ("بلغ النمو 3.5 في المئة في 17.03.2020 فقط.", &["بلغ النمو 3.5 في المئة في 17.03.2020 فقط."]),
        ("التقى د. أحمد بالوزير.", &["التقى د. أحمد بالوزير."]),
        ("جار.. سنرى ما سيحدث", &["جار..", "سنرى ما سيحدث"]),
        ("قال \"بلا إغلاق. وانتهى", &["قال \"بلا إغلاق.", "وانتهى"]),
        // Addresses, e-mail addresses and domain names keep their dots and question marks.
        (
            "وفق بيان على موقعها https://tdra.example.invalid/ar/news. وأضافت الهيئة",
            &["وفق بيان على موقعها https://tdra.example.invalid/ar/news.", "وأضافت الهيئة"],
        ),
        ("زوروا www.example.com للتسجيل. الموعد غدا", &["زوروا www.example.com للتسجيل.", "الموعد غدا"]),
        ("ينشر الموقع example.co.uk/path تقاريره! ثم", &["ينشر الموقع example.co.uk/path تقاريره!", "ثم"]),
        ("راسلونا على info.desk@news-site.org.sa. شكرا", &["راسلونا على info.desk@news-site.org.sa.", "شكرا"]),
        ("الرابط http://ex.net/بحث?كلمة=مصر هنا؟ نعم", &["الرابط http://ex.net/بحث?كلمة=مصر هنا؟", "نعم"]),
        ("شوف الخبر ع ahram.org.eg/News/12.aspx ولا؟ أكيد", &["شوف الخبر ع ahram.org.eg/News/12.aspx ولا؟", "أكيد"]),
        ("آخر كلمة.Next", &["آخر كلمة.", "Next"]),
        ("انتهى الأمر.بدأ غيره", &["انتهى الأمر.", "بدأ غيره"]),
    ];

    #[test]
    fn sentences_split() {
        for (text, expected) in CASES {
            let got: Vec<&str> =
                sentences(text).into_iter().map(|r| text[r].trim()).filter(|s| !s.is_empty()).collect();
            assert_eq!(&got, expected, "help: sentences({text:?})");
        }
    }

    #[test]
    fn terminators_are_found_by_their_bytes() {
        for t in TERMINATORS {
            let line = format!("قال بوتين{t} ثم");
            assert_eq!(next_terminator(&line, 0), Some((line.find(t).unwrap(), t)), "help: {t}");
        }
        // Letters whose UTF-8 shares a byte with a terminator's (ڟ DA 9F, ڛ DA 9B, ڔ DA 94, ئ D8 A6).
        assert_eq!(next_terminator("قال بوتين ڟ ڛ ڔ ئ", 0), None);
        assert_eq!(next_terminator("", 0), None);
    }

    #[test]
    fn segments_tile_the_text() {
        for (text, _) in CASES {
            for segs in [sentences(text), blocks(text)] {
                let joined: String = segs.iter().map(|r| &text[r.clone()]).collect();
                assert_eq!(&joined, text);
            }
        }
    }
}
