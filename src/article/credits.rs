//! Agency credits and datelines: the attribution a wire story carries at its end (`--(قنا)`,
//! `(أ ف ب)`, `رويترز` alone on the last line) or at its start (`عمّان، الأردن (CNN) --`). The end credit
//! is cut off the body and becomes the article's `source`; the start dateline stays in the body (it is
//! part of the first sentence) and names the source.

use crate::words::one_of;
use crate::normalize::fold;

/// News agencies and wire names, in matching form without dots (`أ.ف.ب` → `ا ف ب`).
const AGENCIES: &[&str] = &[
    "رويترز", "ا ف ب", "اف ب", "افب", "فرانس برس", "فرانس بريس", "ا ب", "اب", "اسوشيتد برس", "د ب ا", "دب ا", "شينخوا",
    "الاناضول", "الاناضول التركيه", "قنا", "وام", "واس", "بترا", "كونا", "سانا", "واع", "بنا", "العمانيه", "ا ش ا",
    "اش ا", "وكالات", "الوكالات", "ارنا", "ايرنا", "فارس", "تسنيم", "مهر", "ايسنا", "ايلنا", "سبوتنيك", "نوفوستي",
    "تاس", "معا", "وفا", "سبا", "الاناضول", "يونا", "واج", "cnn", "bbc", "afp", "reuters", "ap", "dpa", "ansa", "xinhua",
    "سي ان ان", "بي بي سي", "وطنيه",
];

/// The matching form of a credit: folded, dots and tatweel gone, spaces single.
fn credit_key(s: &str) -> String {
    let f = fold(s).to_ascii_lowercase();
    let f: String = f.chars().map(|c| if c == '.' || c == '/' { ' ' } else { c }).filter(|&c| c != 'ـ').collect();
    f.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when `s` names a wire service (or several: `رويترز، أ ف ب`).
pub fn is_agency(s: &str) -> bool {
    let k = credit_key(s);
    !k.is_empty() && k.split(['،', ',', '-', '+']).map(str::trim).all(|p| AGENCIES.contains(&p))
}

const DASHES: &[char] = &['-', '–', '—', '_', ' ', '\u{a0}', '.', ':'];

/// Byte range in the page text.
type Span = (usize, usize);

/// A credit at the end of paragraph `p` (byte range in `text`). Returns the source's range and what
/// is left of the paragraph (`None` when the whole paragraph is the credit).
pub fn trailing(text: &str, p: Span) -> Option<(Span, Option<Span>)> {
    let s = &text[p.0..p.1];
    let mut t = s.trim_end();
    // Editors' initials after the credit (`--(بترا) ع ق/ ر ت`) sign it off as those before it do.
    let signed_after = t.rfind(')').is_some_and(|i| super::initials(t[i + 1..].trim()));
    if signed_after {
        t = &t[..=t.rfind(')').unwrap_or(0)];
    }
    // `… الأسبوع المقبل. (أ ف ب)` / `--(قنا)` / `(وكالات)`
    if let Some(inner_end) = t.strip_suffix(')').map(str::len) {
        let open = t[..inner_end].rfind('(')?;
        let inner = &t[open + 1..inner_end];
        let words = inner.split_whitespace().count();
        // (Up to four words, or a list of wires of that many each: `د ب أ، أ ف ب`.)
        if !(1..=4).contains(&words) && !(words <= 9 && inner.contains(['،', ',']) && is_agency(inner)) {
            return None;
        }
        let before = &t[..open];
        let lead = before.trim_end_matches([' ', '\u{a0}', '-', '–', '—', '_']);
        let dashed = before.trim_end_matches([' ', '\u{a0}']).ends_with(['-', '–', '—']);
        let alone = lead.trim_matches(DASHES).is_empty();
        let after_sentence = lead.ends_with(['.', '!', '؟', '?', '"', '»', '”']);
        // A wire name, or any one- or two-word name after a dash (`--(بترا)`); never a number.
        let named = !inner.chars().any(|c| c.is_numeric()) && inner.chars().any(char::is_alphabetic);
        if !(is_agency(inner) || (dashed && words <= 2 && named)) {
            return None;
        }
        // Editors' initials before the credit (`س.ح/ ع.ج.م (د ب أ، رويترز)`) sign the story off: the
        // whole line goes, the credit is the source.
        let signed = super::initials(lead) || signed_after && (alone || dashed);
        if !(alone || dashed || after_sentence || signed) {
            return None;
        }
        let inner_s = inner.trim();
        let src_start = p.0 + open + 1 + (inner.len() - inner.trim_start().len());
        let source = (src_start, src_start + inner_s.len());
        let rest = (!alone && !signed).then(|| (p.0, p.0 + lead.trim_end().len()));
        return Some((source, rest));
    }
    // `رويترز` / `- وام` alone on the line; `فرانس24/ أ ف ب`, an outlet and a wire name.
    // (Dashes both sides, APS's `- واج -`.)
    let bare = t.trim_start_matches(DASHES).trim().trim_end_matches(DASHES);
    // A wire's name before its editors', slash after slash (WAM's `وام/حسن عبدالله/أحمد النعيمي`, `قنا/ م ع`):
    // the wire is the source, the line no body.
    if let Some((wire, rest)) = bare.split_once('/') {
        let wire = wire.trim();
        if is_agency(wire) && bare.split_whitespace().count() <= 8 && rest.split('/').all(|n| (1..=3).contains(&n.split_whitespace().count()) && n.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '.')) {
            let start = wire.as_ptr() as usize - text.as_ptr() as usize;
            return Some(((start, start + wire.len()), None));
        }
    }
    if bare.split_whitespace().count() <= 4 && is_agency(bare) || bare.split_whitespace().count() <= 5 && bare.contains('/') && credit_line(bare, true).is_some() {
        let start = p.0 + (t.len() - t.trim_start_matches(DASHES).len());
        let start = start + (text[start..].len() - text[start..].trim_start().len());
        return Some(((start, start + bare.len()), None));
    }
    None
}

/// A staff credit in a byline's place (`محرر الأخبار`, `فريق التحرير`, `هيئة التحرير`, `خاص`): it names no
/// writer.
pub fn staff_credit(s: &str) -> bool {
    let f = fold(s.trim());
    let mut words = f.split_whitespace();
    let first = words.next().unwrap_or("");
    f == "خاص" || f.split_whitespace().count() <= 3 && one_of!(first, ["محرر", "المحرر", "محررو", "فريق", "هيئه", "اسره", "التحرير", "قسم"])
}

/// A credit line opening a story on a line of its own: `حمص-سانا`, `الدوحة - قنا:`, `عدن الغد / خاص`,
/// `خاص - المشهد اليمني`, `الموصل / شبكة أخبار الرافدين`: two short names around one `/` or dash, no
/// digit and no sentence. `strict`: one side must be a wire name or `خاص` (plain text, where a short
/// line may be the headline). The source's byte range in `s`: the outlet beside `خاص`, else the line.
pub fn credit_line(s: &str, strict: bool) -> Option<(usize, usize)> {
    // (A byline row's separator before its date, a line of its own: `الرياض - فهد العتيبي ·`.)
    let t = s.trim().trim_end_matches([':', '-', '–', '—', ' ', '·', '•', '|']);
    let lead = s.len() - s.trim_start().len();
    let words = t.split_whitespace().count();
    if !(2..=7).contains(&words) && !t.contains(['-', '/', '–', '—']) || words > 7 {
        return None;
    }
    // `حائل (واس)`: a place of one to three words and a wire name in brackets.
    if let Some(inner) = t.strip_suffix(')').and_then(|r| r.rsplit_once('(')).filter(|(place, _)| {
        (1..=3).contains(&place.split_whitespace().count()) && place.split_whitespace().all(|w| w.chars().all(char::is_alphabetic))
    }).map(|(_, inner)| inner.trim()).filter(|inner| is_agency(inner)) {
        let off = inner.as_ptr() as usize - s.as_ptr() as usize;
        return Some((off, off + inner.len()));
    }
    // (Digits only inside a name: `فرانس24/ أ ف ب`, not a date's `17 - 9`.)
    let digit = |c: char| crate::normalize::digits::digit_value(c).is_some();
    let dated = t.split_whitespace().any(|w| w.chars().any(digit) && w.chars().all(|c| digit(c) || "-/".contains(c)));
    // `الخرطوم: الراكوبة`: a place, a colon and an outlet (a reporter's name there is the byline).
    if let Some(b) = place_colon(t) {
        return (!dated && !named(b) && (!strict || is_agency(b))).then_some((lead, lead + t.len()));
    }
    let short = |x: &str| (1..=4).contains(&x.split_whitespace().count());
    if dated || t.chars().any(|c| ".،,:؛!?؟\"«»()".contains(c)) {
        return None;
    }
    let seps = t.match_indices(['/', '-', '–', '—']).collect::<Vec<_>>();
    let [(at, sep)] = seps[..] else { return None };
    let (a, b) = (t[..at].trim(), t[at + sep.len()..].trim());
    if !short(a) || !short(b) {
        return None;
    }
    let own = |x: &str| fold(x) == "خاص";
    let range = |x: &str| {
        let off = x.as_ptr() as usize - s.as_ptr() as usize;
        (off, off + x.len())
    };
    // (A place beside `خاص` is the dateline's, `عدن - خاص`: a credit line naming no outlet, an empty range.)
    let place = |x: &str| crate::entity::gazetteer::is_place(&fold(x));
    if own(a) || own(b) {
        let other = if own(a) { b } else { a };
        return Some(if place(other) { (lead, lead) } else { range(other) });
    }
    if strict && !is_agency(a) && !is_agency(b) {
        return None;
    }
    Some((lead, lead + t.len()))
}

/// `PLACE: NAME` (`الخرطوم: الراكوبة`, `الدامر: عوض الكريم محمد`): the name, one to four plain words.
fn place_colon(t: &str) -> Option<&str> {
    let (a, b) = t.split_once(':')?;
    let b = b.trim();
    let plain = !b.chars().any(|c| ".،,:؛!?؟\"«»()/-".contains(c));
    (a.split_whitespace().count() <= 2 && (1..=4).contains(&b.split_whitespace().count()) && plain && crate::entity::gazetteer::is_place(&fold(a.trim())))
        .then_some(b)
}

/// A person's name in a credit line; after a place and a colon also two words or more not opening with
/// the article (`الدامر: عوض الكريم محمد`; an outlet is one word or opens with it: `الخرطوم: الراكوبة`).
fn named(x: &str) -> bool {
    !is_agency(x) && (super::header::is_name_line(x) || x.split_whitespace().nth(1).is_some() && !fold(x).starts_with("ال"))
}

/// A credit line one side of which is a person's name (`إربد - سناء العمري`, `رنا العلي / بيروت`): a
/// reporter's dateline, whose name is the byline, not an outlet. The name's byte range in `s`.
pub fn reporter_line(s: &str) -> Option<(usize, usize)> {
    if let Some(b) = place_colon(s.trim()).filter(|b| named(b)) {
        let off = b.as_ptr() as usize - s.as_ptr() as usize;
        return Some((off, off + b.len()));
    }
    let (start, end) = credit_line(s, false)?;
    let t = &s[start..end];
    let (at, sep) = t.match_indices(['/', '-', '–', '—']).next()?;
    let (a, b) = (t[..at].trim(), t[at + sep.len()..].trim());
    let name = |x: &str| super::header::is_name_line(x) && !is_agency(x);
    let x = match (name(a), name(b)) {
        (false, true) => b,
        (true, false) => a,
        _ => return None,
    };
    let off = x.as_ptr() as usize - s.as_ptr() as usize;
    Some((off, off + x.len()))
}

/// A wire's end-of-story mark closing a paragraph: `(النهاية)`, `(انتهى)`, `-انتهى-`, `ـ (النهاية) ـ`,
/// `(End)`, a Persian agency's `انتهای پیام/`. The byte length of what comes before it (0: the paragraph is the mark alone). A bare word
/// counts only alone or after a finished sentence (`… الذي انتهى` is a sentence's verb).
pub fn before_end_mark(p: &str) -> Option<usize> {
    const FILL: &[char] = &[' ', '\u{a0}', '-', '–', '—', 'ـ', '*'];
    let t = p.trim_end_matches(FILL);
    // (SPA's `// انتهى //`: slashes around the bare word.)
    let slashed = t.strip_suffix("/انتهى/").map(|h| (h, false));
    let t = t.trim_end_matches(|c| FILL.contains(&c) || c == '/');
    let (head, bare) = ["(النهاية)", "(انتهى)", "(End)", "(end)", "(END)"]
        .iter()
        .find_map(|m| t.strip_suffix(m).map(|h| (h, false)))
        .or(slashed)
        .or_else(|| ["النهاية", "انتهى", "انتهای پیام"].iter().find_map(|m| t.strip_suffix(m).map(|h| (h, true))))?;
    let head = head.trim_end_matches(|c| FILL.contains(&c) || c == '/');
    if bare && !head.is_empty() && !head.ends_with(['.', '!', '؟', '?', '"', '»', '”']) {
        return None;
    }
    Some(head.len())
}

/// A byline that names the wire it was written with (`كارمن رويث مع وكالة فرانس برس`, `سامي حداد -
/// رويترز`, `هدى سالم ووكالات`): where the name ends, and the wire's byte range in `s`.
pub fn byline_agency(s: &str) -> Option<(usize, Span)> {
    [" مع ", " - ", " – ", " | ", " / ", " و"].iter().find_map(|sep| {
        s.match_indices(sep).find_map(|(i, _)| {
            let rest = s[i + sep.len()..].trim();
            let a = ["وكالة ", "وكاله ", "لوكالة "].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
            is_agency(a).then(|| (i, (s.len() - a.len() - (s.len() - s.trim_end().len()), s.trim_end().len())))
        })
    })
}

/// A wire name closing a date line (`حائل 26 جمادى الأولى 1447 هـ الموافق 17 نوفمبر 2025 م واس`,
/// `الرياض 17 نوفمبر 2025 (واس)`): its byte range in `line`.
pub fn closing_agency(line: &str) -> Option<(usize, usize)> {
    let last = line.split_whitespace().last()?;
    let name = last.trim_matches(|c: char| "()/-–—".contains(c));
    if name.is_empty() || !is_agency(name) {
        return None;
    }
    let off = name.as_ptr() as usize - line.as_ptr() as usize;
    Some((off, off + name.len()))
}

/// A wire's stamp after its end mark: a clock, a serial number, a time zone's letters (`16:05ت م`,
/// `0127`, `11:40 GMT`), three words at most, each with a digit or of three letters or fewer.
pub fn is_wire_stamp(s: &str) -> bool {
    let digit = |c: char| crate::normalize::digits::digit_value(c).is_some();
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=3).contains(&words.len()) && s.chars().any(digit) && words.iter().all(|w| w.chars().any(digit) || w.chars().count() <= 3)
}

/// A dateline at the start of paragraph `p`: `عمّان، الأردن (CNN) --`, `الرباط (رويترز) -`,
/// `عمان 12 آب (بترا)- قال…`. The source is the dateline up to the closing parenthesis.
pub fn dateline(text: &str, p: Span) -> Option<Span> {
    let s = &text[p.0..p.1];
    let head_end = s.char_indices().nth(90).map_or(s.len(), |(i, _)| i);
    let head = &s[..head_end];
    if let Some(d) = dash_dateline(head).or_else(|| glued_dateline(head)).or_else(|| slashed_dateline(head)).or_else(|| wire_first_dateline(head)) {
        return Some((p.0, p.0 + d));
    }
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let place = &head[..open];
    let inner = &head[open + 1..close];
    let after = head[close + 1..].trim_start();
    let dashed = after.starts_with(['-', '–', '—']) || after.starts_with(':');
    let place_words = place.split_whitespace().count();
    let inner_words = inner.split_whitespace().count();
    if open == 0 || !dashed || !(1..=5).contains(&place_words) || !(1..=3).contains(&inner_words) {
        return None;
    }
    // The parenthesis names a wire or a channel (`CNN`, `رويترز`), not an aside.
    let latin_caps = inner.chars().all(|c| c.is_ascii_uppercase() || c == ' ' || c == '.');
    // Or a paper's own name beside a listed place, either way round (`نواكشوط (الأخبار) –`,
    // `الأخبار (نواكشوط) –`): short, letters only.
    let letters = |x: &str| (1..=2).contains(&x.split_whitespace().count()) && x.split_whitespace().all(|w| w.chars().all(char::is_alphabetic));
    let listed = |x: &str| crate::entity::gazetteer::is_place(&crate::normalize::fold(x.trim()));
    let outlet = letters(place) && letters(inner) && (listed(place) || listed(inner)) && !one_of!(crate::normalize::fold(inner.trim()).as_str(), ["خاص", "تحديث", "فيديو", "صور"]);
    if !(is_agency(inner) || latin_caps || outlet) {
        return None;
    }
    // A place and maybe a day: no sentence before the parenthesis.
    if place.contains(['.', '؟', '?', '!', ':']) {
        return None;
    }
    Some((p.0, p.0 + close + 1))
}

/// `نابلس 6-3-2025 وفا- افتتحت …`, `رام الله 12/5/2024 (وفا)-`: a place of one to three words, maybe
/// a numeric date, then a wire name with a dash or colon glued to it. The byte length of the dateline
/// (place to wire name).
fn glued_dateline(head: &str) -> Option<usize> {
    let mut place = 0;
    let mut dated = false;
    for (at, w) in head.split_whitespace().map(|w| (w.as_ptr() as usize - head.as_ptr() as usize, w)).take(6) {
        let bare = w.trim_end_matches(['-', '–', '—', ':']);
        let glued = bare.len() < w.len();
        let name = bare.trim_matches(['(', ')']);
        if place >= 1 && glued && is_agency(name) {
            return Some(at + bare.len());
        }
        let numeric = w.chars().all(|c| c.is_ascii_digit() || crate::normalize::digits::digit_value(c).is_some() || "-/.".contains(c));
        if numeric && w.chars().any(|c| crate::normalize::digits::digit_value(c).is_some()) && !dated && place >= 1 {
            dated = true;
        } else if !dated && !glued && w.chars().all(char::is_alphabetic) && place < 3 {
            place += 1;
        } else {
            return None;
        }
    }
    None
}

/// `الدوحة في 14 نوفمبر /قنا/ وقع …`: a place and maybe a day (six words at most, no sentence), then a
/// wire name between slashes. The byte length of the dateline (to the closing slash).
fn slashed_dateline(head: &str) -> Option<usize> {
    let open = head.find('/')?;
    let close = open + 1 + head[open + 1..].find('/')?;
    let place = &head[..open];
    let ok = (1..=6).contains(&place.split_whitespace().count()) && !place.contains(['.', '؟', '?', '!', ':', '،', ',']);
    (ok && is_agency(&head[open + 1..close])).then_some(close + 1)
}

/// `وطنية - صيدا - أطلقت …`, `وطنية - أعلن …` (Lebanon's national agency), `وكالات - قال …`: the wire
/// name first, then maybe a place of one to three words, each closed by a dash. The byte length of the
/// dateline (without the last dash).
fn wire_first_dateline(head: &str) -> Option<usize> {
    let dash = |s: &str| [" - ", " – ", " — "].iter().filter_map(|d| s.find(d).map(|i| (i, d.len()))).min();
    let (a, a_len) = dash(head)?;
    if !is_agency(&head[..a]) {
        return None;
    }
    let rest = &head[a + a_len..];
    // (A listed place only: `وطنية - أعلن وزير الصحة - …` opens its sentence after the wire.)
    let place = dash(rest).map(|(i, _)| &rest[..i]).filter(|p| (1..=3).contains(&p.split_whitespace().count()) && crate::entity::gazetteer::is_place(&fold(p.trim())));
    Some(place.map_or(a, |p| a + a_len + p.len()))
}

/// `الدوحة - قنا:` / `الرياض – واس -`: a place of one to three words, a dash, a wire name, then a colon
/// or a dash. The byte length of the dateline (without the closing colon or dash).
fn dash_dateline(head: &str) -> Option<usize> {
    let (dash, dash_len) = [" - ", " – ", " — "].iter().filter_map(|d| head.find(d).map(|i| (i, d.len()))).min()?;
    let place = &head[..dash];
    if !(1..=3).contains(&place.split_whitespace().count()) || place.contains(['.', ':', '(', '،', ',']) {
        return None;
    }
    let rest = &head[dash + dash_len..];
    let stop = rest.find([':', '-', '–', '—'])?;
    let agency = rest[..stop].trim_end();
    (!agency.is_empty() && agency.split_whitespace().count() <= 4 && is_agency(agency)).then(|| dash + dash_len + agency.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(p: &str) -> Option<(String, Option<String>)> {
        trailing(p, (0, p.len())).map(|((s, e), rest)| (p[s..e].to_string(), rest.map(|(a, b)| p[a..b].to_string())))
    }

    #[test]
    fn end_credits() {
        assert_eq!(cut("--(قنا)"), Some(("قنا".into(), None)));
        assert_eq!(cut("(أ ف ب)"), Some(("أ ف ب".into(), None)));
        assert_eq!(cut("رويترز"), Some(("رويترز".into(), None)));
        assert_eq!(cut("- وام"), Some(("وام".into(), None)));
        assert_eq!(cut("وأكد أن الاجتماع المقبل سيعقد في الرياض. (أ.ف.ب)"), Some(("أ.ف.ب".into(), Some("وأكد أن الاجتماع المقبل سيعقد في الرياض.".into()))));
        assert_eq!(cut("وأكد أن الاجتماع المقبل سيعقد في الرياض.--(بترا)"), Some(("بترا".into(), Some("وأكد أن الاجتماع المقبل سيعقد في الرياض.".into()))));
        // Not credits: a parenthesis inside the sentence, a name that is no agency.
        assert_eq!(cut("وقال إن البنك المركزي (المركزي الأوروبي)"), None);
        assert_eq!(cut("وأضاف أن الفريق سيعود غدا (الثلاثاء)"), None);
        assert_eq!(cut("محمد علي"), None);
        assert_eq!(cut("(2)"), None);
        assert_eq!(cut("(فيديو)"), None);
        assert_eq!(cut("--(الغد)"), Some(("الغد".into(), None)));
        // Editors' initials before the wires' credit sign the story off: the line goes whole.
        assert_eq!(cut("س.ح/ ع.ج.م (د ب أ، رويترز)"), Some(("د ب أ، رويترز".into(), None)));
        assert_eq!(cut("ع.أ.ج/ ح.ز (رويترز)"), Some(("رويترز".into(), None)));
        assert_eq!(cut("م. ش (أ ف ب، رويترز)"), Some(("أ ف ب، رويترز".into(), None)));
        // (A name before the bracket is no initials.)
        assert_eq!(cut("وقال المتحدث (رويترز)"), None);
    }

    #[test]
    fn glued_datelines() {
        for (p, want) in [
            ("نابلس 6-3-2025 وفا- افتتحت وزارة الصحة مركزا جديدا.", Some("نابلس 6-3-2025 وفا")),
            ("رام الله 12/5/2024 (وفا)- قال رئيس الوزراء إن الحكومة ستصرف الرواتب.", Some("رام الله 12/5/2024 (وفا)")),
            ("غزة وفا: استشهد ثلاثة مواطنين في قصف على المخيم.", Some("غزة وفا")),
            ("قال وفا- إن الاجتماع انتهى.", Some("قال وفا")),
            ("وقال المتحدث باسم الوزارة إن وفا- لم تنشر الخبر.", None),
            ("نابلس 6-3-2025 افتتحت وزارة الصحة مركزا جديدا.", None),
        ] {
            assert_eq!(glued_dateline(p).map(|n| &p[..n]), want, "help: {p}");
        }
    }

    #[test]
    fn end_marks() {
        let keep = |p: &str| before_end_mark(p).map(|n| p[..n].to_string());
        assert_eq!(keep("وأوضح أن الكويت أكملت الاستعدادات. (النهاية)").as_deref(), Some("وأوضح أن الكويت أكملت الاستعدادات."));
        assert_eq!(keep("وأوضح أن الاجتماع سيعقد غدا. -انتهى-").as_deref(), Some("وأوضح أن الاجتماع سيعقد غدا."));
        assert_eq!(keep("ـ (انتهى) ـ").as_deref(), Some(""));
        assert_eq!(keep("انتهى").as_deref(), Some(""));
        assert_eq!(keep("وأكد أن الموعد النهائي للتسجيل انتهى"), None);
        assert_eq!(keep("وقال إن الحرب لن تصل إلى النهاية"), None);
        assert_eq!(keep("انتهای پیام/").as_deref(), Some(""));
        assert_eq!(keep("انتهای پیام").as_deref(), Some(""));
        assert_eq!(keep("وی گفت این طرح تا پایان سال ادامه دارد. انتهای پیام/").as_deref(), Some("وی گفت این طرح تا پایان سال ادامه دارد."));
        assert_eq!(keep("او درباره انتهای پیام"), None);
    }

    #[test]
    fn credit_lines() {
        let got = |l: &str, strict: bool| credit_line(l, strict).map(|(s, e)| l[s..e].to_string());
        for (l, want) in [
            ("حمص-سانا", "حمص-سانا"),
            ("الدوحة - قنا:", "الدوحة - قنا"),
            ("رام الله – وفا", "رام الله – وفا"),
            ("عدن الغد / خاص", "عدن الغد"),
            ("خاص - المشهد اليمني", "المشهد اليمني"),
            (" صنعاء/ سبأ ", "صنعاء/ سبأ"),
            ("عدن - خاص", ""),
            ("خاص / بغداد", ""),
            ("الخرطوم – خاص:", ""),
            ("الخليل - خاص ·", ""),
            ("غزة – وفا |", "غزة – وفا"),
            ("خاص - يمن مونيتور", "يمن مونيتور"),
        ] {
            assert_eq!(got(l, true).as_deref(), Some(want), "help: {l}");
        }
        assert_eq!(got("الموصل / شبكة أخبار الرافدين", false).as_deref(), Some("الموصل / شبكة أخبار الرافدين"));
        // Not credits: no wire name in strict mode, a sentence, a number, two separators, one side too long.
        assert_eq!(got("الموصل / شبكة أخبار الرافدين", true), None);
        for l in ["سوريا - أمطار غزيرة", "قال: إن الاجتماع - قنا", "غزة - 12 شهيدا", "صنعاء - عدن - سبأ", "حمص", "وزير الخارجية السوري يصل إلى موسكو في زيارة - سانا"] {
            assert_eq!(got(l, l.starts_with("سوريا")), None, "help: {l}");
        }
    }

    #[test]
    fn datelines() {
        let p = "عمّان، الأردن (CNN) -- أعلنت الحكومة الأردنية اليوم عن خطة جديدة.";
        assert_eq!(dateline(p, (0, p.len())).map(|(s, e)| &p[s..e]), Some("عمّان، الأردن (CNN)"));
        let p = "الرباط (رويترز) - قال مسؤول إن المحادثات ستستأنف.";
        assert_eq!(dateline(p, (0, p.len())).map(|(s, e)| &p[s..e]), Some("الرباط (رويترز)"));
        let p = "قال الوزير (في تصريح) - إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.";
        assert_eq!(dateline(p, (0, p.len())), None);
        let p = "الدوحة - قنا: بحث وزير الدولة للشؤون الخارجية مع السفير الإيطالي علاقات التعاون.";
        assert_eq!(dateline(p, (0, p.len())).map(|(s, e)| &p[s..e]), Some("الدوحة - قنا"));
        let p = "القاهرة - قال مصدر مسؤول: إن الاجتماع تأجل.";
        assert_eq!(dateline(p, (0, p.len())), None);
    }
}
