//! Splitting a run-together keyword line into phrases. Plain-text pages lose the tag boundaries:
//! `كلمات دلالية: وزير الخارجية الروسي سيرجي لافروف الرئيس الروسي بوتين لافروف روبيو ترامب` is six tags.
//! Titles and office words start a phrase (unless they complete the previous one: `وزير الخارجية`),
//! nisba adjectives (`الروسي`) attach to it, a name attaches to a phrase that has none yet, and a second
//! name starts a new phrase unless the first was a given name (`سيرجي لافروف`) or a link (`عبد`, `بن`).

use crate::entity::gazetteer;
use crate::normalize::fold;
use crate::segment::{tokens, Kind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// An office word that takes a complement: وزير، رئيس، وزارة، وكالة…
    Head,
    /// A title or institution word that stands alone: الرئيس، الشيخ، الخارجية…
    Title,
    /// A nisba adjective: الروسي، المصرية.
    Adjective,
    /// A name link: عبد، بن، أبو، آل.
    Link,
    Name,
}

fn role(word: &str) -> Role {
    let f = fold(word);
    if gazetteer::is_office_head(&f) {
        return Role::Head;
    }
    if gazetteer::is_title(&f) {
        return Role::Title;
    }
    if matches!(f.as_str(), "عبد" | "بن" | "ابن" | "ابو" | "ال" | "بنت" | "ام" | "ولد") {
        return Role::Link;
    }
    if f.starts_with("ال") && gazetteer::is_nisba(&f) {
        return Role::Adjective;
    }
    Role::Name
}

/// A tag line that is a list: `الأردن, الانتخابات النيابية، مجلس النواب` (Latin or Arabic commas, `|`,
/// `؛`, `;`, `#`). The items' byte ranges in `text`, or `None` when the line has no separator or an
/// item is too long to be a tag.
pub fn split_list(text: &str, start: usize, end: usize) -> Option<Vec<(usize, usize)>> {
    let line = &text[start..end];
    const SEPS: &[char] = &[',', '،', '|', '؛', ';', '#', '•'];
    // A sentence with commas is not a list.
    if !line.contains(SEPS) || line.trim_end().ends_with(['.', '!', '?', '؟', ':']) || super::lines::more_words_than(line, 40) {
        return None;
    }
    let mut out = Vec::new();
    let mut from = 0;
    for piece in line.split(SEPS) {
        let t = piece.trim();
        if !t.is_empty() {
            if t.split_whitespace().count() > 6 {
                return None;
            }
            let s = start + from + (piece.len() - piece.trim_start().len());
            out.push((s, s + t.len()));
        }
        from += piece.len() + line[from + piece.len()..].chars().next().map_or(0, char::len_utf8);
    }
    (!out.is_empty()).then_some(out)
}

/// Splits `text[start..end]` into keyword phrases; returns byte ranges in `text`.
pub fn split_run(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let slice = &text[start..end];
    let words: Vec<(usize, usize, Role, bool)> = tokens(slice)
        .into_iter()
        .filter(|t| t.kind == Kind::Word || t.kind == Kind::Number)
        .map(|t| {
            let w = &slice[t.start..t.end];
            (start + t.start, start + t.end, role(w), gazetteer::is_first_name(&fold(w)))
        })
        .collect();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut cur: Option<(usize, usize)> = None;
    let mut has_name = false;
    let mut prev: Option<(Role, bool)> = None;
    for &(s, e, r, first) in &words {
        let new = match (r, prev) {
            (_, None) => true,
            (Role::Head | Role::Title, Some((Role::Head, _))) => false,
            (Role::Head | Role::Title, _) => true,
            (Role::Adjective, _) => false,
            (Role::Link, _) => false,
            (Role::Name, Some((Role::Link, _))) => false,
            (Role::Name, Some((Role::Name, was_first))) => !was_first,
            (Role::Name, _) => has_name,
        };
        if new {
            if let Some(c) = cur.take() {
                out.push(c);
            }
            has_name = false;
            cur = Some((s, e));
        } else if let Some(c) = &mut cur {
            c.1 = e;
        }
        if matches!(r, Role::Name | Role::Link) {
            has_name = true;
        }
        prev = Some((r, first));
    }
    out.extend(cur);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comma_lists() {
        let l = "الأردن, الانتخابات النيابية، مجلس النواب | #الهيئة_المستقلة";
        let got: Vec<&str> = split_list(l, 0, l.len()).unwrap().iter().map(|&(s, e)| &l[s..e]).collect();
        assert_eq!(got, ["الأردن", "الانتخابات النيابية", "مجلس النواب", "الهيئة_المستقلة"]);
        assert_eq!(split_list("الانتخابات النيابية", 0, "الانتخابات النيابية".len()), None);
        let long = "قال الوزير إن الحكومة ستعلن قريبا عن موعد الانتخابات المقبلة, وفق الدستور";
        assert_eq!(split_list(long, 0, long.len()), None);
        let sentence = "وقال، في تصريح صحفي، إن الحكومة ستعلن الموعد.";
        assert_eq!(split_list(sentence, 0, sentence.len()), None);
    }

    #[test]
    fn run_together_keywords() {
        const CASES: &[(&str, &[&str])] = &[
            (
                "وزير الخارجية الروسي سيرجي لافروف الرئيس الروسي بوتين لافروف روبيو ترامب الخارجیة الروسی",
                &["وزير الخارجية الروسي سيرجي لافروف", "الرئيس الروسي بوتين", "لافروف", "روبيو", "ترامب", "الخارجیة الروسی"],
            ),
            (
                "وزير الخارجية المصري بدر عبد العاطي الرئيس التركي أردوغان فيدان السيسي",
                &["وزير الخارجية المصري بدر عبد العاطي", "الرئيس التركي أردوغان", "فيدان", "السيسي"],
            ),
        ];
        for (line, expected) in CASES {
            let got: Vec<&str> = split_run(line, 0, line.len()).iter().map(|&(s, e)| &line[s..e]).collect();
            assert_eq!(&got, expected, "help: {line}");
        }
    }
}
