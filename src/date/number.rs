//! Written numbers, 1–9999, read as one quantity: cardinals and ordinals of both genders, teens
//! (`خمسة عشر`, `الحادي عشر`), units joined to tens by و (`خمسة وعشرين`, glued `وعشرين` or split `و
//! عشرين`), hundreds (`مائة`, `مئتين`, `تسعمائة`, `ثلاث مائة`), thousands (`ألف`, `ألفين`, `ثلاثة آلاف`),
//! and the dialect forms (`اتناشر`, `خمستاشر`, `تمنتاشر`, `تلاتين`, `مية`). Parts are joined by و from the
//! largest down: `ألف وتسعمائة وسبعة وستين` = 1967, `الألفين وخمسة عشر` = 2015.
//!
//! Works on words in matching form (`normalize::fold`) through a word-at-index function, so it runs on
//! the scanner's tokens without allocating.

use crate::words::one_of;
use super::lexicon::lookup;

/// What a written number was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    /// One past the last word.
    pub end: usize,
    pub value: u32,
    /// Said as an ordinal (`الثالث`, `الحادي والعشرين`): a day of the month or a rank.
    pub ordinal: bool,
}

/// Units 1–9 as cardinals (both genders, dialect spellings). `احد`/`اثنا` only before عشر (see below).
pub const UNIT_CARDINALS: &[(&str, u32)] = &[
    ("واحد", 1), ("واحده", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتين", 2), ("اثنتان", 2), ("اتنين", 2), ("تنين", 2), ("ثنتين", 2), ("ثنين", 2), ("ثلاثه", 3), ("ثلاث", 3), ("تلاته", 3), ("تلات", 3), ("ثلاثة", 3), ("اربعه", 4), ("اربع", 4), ("خمسه", 5), ("خمس", 5), ("سته", 6), ("ست", 6), ("سبعه", 7), ("سبع", 7), ("ثمانيه", 8), ("ثماني", 8), ("ثمان", 8), ("تمانيه", 8), ("تمنيه", 8), ("تمان", 8), ("تمانه", 8), ("تسعه", 9), ("تسع", 9),
];

fn unit_cardinal(w: &str) -> Option<u32> {
    lookup(UNIT_CARDINALS, w)
}

/// Units that only count before عشر: `أحد عشر`, `إحدى عشرة`, `اثنا عشر`, `اثنتي عشرة`.
pub const TEEN_HEADS: &[(&str, u32)] = &[
    ("احد", 1), ("احدي", 1), ("اثنا", 2), ("اثني", 2), ("اثنتا", 2), ("اثنتي", 2),
];

fn teen_head(w: &str) -> Option<u32> {
    lookup(TEEN_HEADS, w)
}

/// Ordinal units 1–10 (with or without the article, both genders), and `حادي` (only before عشر or و+tens).
pub const UNIT_ORDINALS: &[(&str, u32)] = &[
    ("اول", 1), ("اولي", 1), ("ثاني", 2), ("ثانيه", 2), ("ثان", 2), ("ثالث", 3), ("ثالثه", 3), ("رابع", 4), ("رابعه", 4), ("خامس", 5), ("خامسه", 5), ("سادس", 6), ("سادسه", 6), ("سابع", 7), ("سابعه", 7), ("ثامن", 8), ("ثامنه", 8), ("تاسع", 9), ("تاسعه", 9), ("عاشر", 10), ("عاشره", 10), ("حادي", 1), ("حاديه", 1),
];

fn unit_ordinal(w: &str) -> Option<u32> {
    let w = w.strip_prefix("ال").unwrap_or(w);
    lookup(UNIT_ORDINALS, w)
}

/// Dialect teens written as one word (Egyptian, Levantine, Gulf).
pub const DIALECT_TEENS: &[(&str, u32)] = &[
    ("حداشر", 11), ("احداشر", 11), ("حدعش", 11), ("احدعش", 11), ("حداش", 11), ("اتناشر", 12), ("اطناشر", 12), ("تناشر", 12), ("طناش", 12), ("اتنعش", 12), ("تنعش", 12), ("تلتاشر", 13), ("تلطاشر", 13), ("ثلطاش", 13), ("تلتطاش", 13), ("تلاتعش", 13), ("اربعتاشر", 14), ("اربعطاشر", 14), ("اربعطاش", 14), ("اربعتعش", 14), ("خمستاشر", 15), ("خمسطاشر", 15), ("خمسطاش", 15), ("خمستعش", 15), ("ستاشر", 16), ("سطاشر", 16), ("سطاش", 16), ("ستعش", 16), ("سبعتاشر", 17), ("سبعطاشر", 17), ("سبعطاش", 17), ("سبعتعش", 17), ("تمنتاشر", 18), ("تمنطاشر", 18), ("تمنطاش", 18), ("تمنتعش", 18), ("تسعتاشر", 19), ("تسعطاشر", 19), ("تسعطاش", 19), ("تسعتعش", 19), ("ثنعش", 12), ("اثنعش", 12), ("ثلطعش", 13), ("ثلاثطعش", 13), ("اربعطعش", 14), ("خمسطعش", 15), ("ستطعش", 16), ("سطعش", 16), ("سبعطعش", 17), ("ثمنطعش", 18), ("ثمانطعش", 18), ("تسعطعش", 19), ("احدعشر", 11),
];

fn dialect_teen(w: &str) -> Option<u32> {
    lookup(DIALECT_TEENS, w)
}

/// Tens 20–90, cardinal or ordinal (`العشرين` is the twentieth), with the article or without, dialect
/// spellings (`تلاتين`, `تمانين`).
pub const TENS_WORDS: &[(&str, u32)] = &[
    ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30), ("تلاتين", 30), ("اربعون", 40), ("اربعين", 40), ("خمسون", 50), ("خمسين", 50), ("ستون", 60), ("ستين", 60), ("سبعون", 70), ("سبعين", 70), ("ثمانون", 80), ("ثمانين", 80), ("تمانين", 80), ("تسعون", 90), ("تسعين", 90),
];

fn tens(w: &str) -> Option<u32> {
    let w = w.strip_prefix("ال").unwrap_or(w);
    lookup(TENS_WORDS, w)
}

/// Whether `w` is a tens word (`عشرين`, `العشرين`).
pub fn is_tens(w: &str) -> bool {
    tens(w).is_some()
}

/// Hundreds and thousands words a number can start with (for the scanner's trigger set).
pub const HUNDREDS_AND_THOUSANDS: &[&str] = &[
    "مائه", "مئه", "ميه", "مائتان", "مائتين", "مئتان", "مئتين", "ميتين", "ثلاثمائه", "اربعمائه", "خمسمائه", "ستمائه",
    "سبعمائه", "ثمانمائه", "تسعمائه", "ثلاثمئه", "اربعمئه", "خمسمئه", "ستمئه", "سبعمئه", "ثمانمئه", "تسعمئه", "الف",
    "الفا", "الفين", "الفان", "الالف", "الالفين",
];

fn is_ten_word(w: &str) -> bool {
    matches!(w, "عشر" | "عشره")
}

/// Hundreds: `مائة`/`مئة`/`مية`, the dual, and the fused `ثلاثمائة` … `تسعمائة` (also `ثلاث مائة`).
fn hundreds(w: &str) -> Option<u32> {
    let w = w.strip_prefix("ال").unwrap_or(w);
    match w {
        "مائه" | "مئه" | "ميه" | "ميت" => return Some(100),
        "مائتان" | "مائتين" | "مئتان" | "مئتين" | "ميتين" | "متين" | "مائتي" | "مئتي" => return Some(200),
        _ => {}
    }
    for suffix in ["مائه", "مئه", "ميه"] {
        if let Some(head) = w.strip_suffix(suffix) {
            let u = match head {
                "ثلاث" | "تلت" | "تلات" => 3,
                "اربع" => 4,
                "خمس" => 5,
                "ست" => 6,
                "سبع" => 7,
                "ثمان" | "ثماني" | "تمن" | "تمان" => 8,
                "تسع" => 9,
                _ => return None,
            };
            return Some(u * 100);
        }
    }
    None
}

fn is_hundred_word(w: &str) -> bool {
    one_of!(w, ["مائه", "مئه", "ميه"])
}

/// `ألف` (1000), `ألفين`/`ألفان`/`ألفي` (2000), with or without the article.
fn thousands_word(w: &str) -> Option<u32> {
    match w {
        "الف" | "الفا" | "الالف" => Some(1000),
        "الفين" | "الفان" | "الفي" | "الالفين" | "الالفان" => Some(2000),
        _ => None,
    }
}

/// The word after a و at `i`: (index of the word, the word) — `وعشرين` glued or `و` `عشرين` split.
fn after_and<'a>(w: &impl Fn(usize) -> &'a str, i: usize) -> Option<(usize, &'a str)> {
    let x = w(i);
    if x == "و" {
        let y = w(i + 1);
        return (!y.is_empty()).then_some((i + 1, y));
    }
    x.strip_prefix('و').filter(|r| r.chars().count() >= 2).map(|r| (i, r))
}

/// A number below 100 starting at `i` with word `x`: (end, value, ordinal).
fn below_100<'a>(w: &impl Fn(usize) -> &'a str, i: usize, x: &'a str) -> Option<(usize, u32, bool)> {
    if let Some(t) = tens(x) {
        return Some((i + 1, t, x.starts_with("ال")));
    }
    if let Some(t) = dialect_teen(x) {
        return Some((i + 1, t, false));
    }
    if one_of!(x, ["عشره", "عشر", "العشره", "العشر"]) {
        return Some((i + 1, 10, false));
    }
    // `الثلاثة`, `الخمسة` (after a plural: `الأيام الثلاثة`); not `الاثنين` (Monday).
    let cardinal = unit_cardinal(x).or_else(|| x.strip_prefix("ال").filter(|r| *r != "اثنين").and_then(unit_cardinal));
    let (u, ordinal, needs_more) = if let Some(u) = cardinal {
        (u, false, false)
    } else if let Some(u) = teen_head(x) {
        (u, false, true)
    } else if let Some(u) = unit_ordinal(x) {
        (u, true, matches!(x.strip_prefix("ال").unwrap_or(x), "حادي" | "حاديه"))
    } else {
        return None;
    };
    // Teens: `خمسة عشر`, `الحادي عشر`, `اثنتي عشرة` (عاشر is already ten).
    if u < 10 && is_ten_word(w(i + 1)) {
        return Some((i + 2, u + 10, ordinal));
    }
    // Unit and tens: `خمسة وعشرين`, `الحادي والعشرين`, `واحد و ثلاثين`.
    if u < 10 {
        if let Some((k, y)) = after_and(w, i + 1) {
            if let Some(t) = tens(y) {
                return Some((k + 1, u + t, ordinal));
            }
        }
    }
    (!needs_more).then_some((i + 1, u, ordinal))
}

/// A number below 1000 (`تسعمائة وسبعة وستين`, `مئتين`, `ثلاث مائة وخمسين`).
fn below_1000<'a>(w: &impl Fn(usize) -> &'a str, i: usize, x: &'a str) -> Option<(usize, u32, bool)> {
    let (mut end, h) = if let Some(h) = hundreds(x) {
        (i + 1, h)
    } else if let (Some(u), true) = (unit_cardinal(x), is_hundred_word(w(i + 1))) {
        (i + 2, u * 100)
    } else {
        return below_100(w, i, x);
    };
    let mut value = h;
    let mut ordinal = false;
    if let Some((k, y)) = after_and(w, end) {
        if let Some((e, v, o)) = below_100(w, k, y) {
            value += v;
            end = e;
            ordinal = o;
        }
    }
    Some((end, value, ordinal))
}

/// Every word a number can start with: one hash lookup rejects the other words before the table scans.
/// A set key from a word (owned: nothing is leaked to make `&'static str` keys).
pub(crate) fn key(w: &str) -> Box<str> {
    w.into()
}

/// Owned keys: the article forms are made here, and nothing is leaked (LeakSanitizer runs in `make fuzz`).
static STARTS: std::sync::LazyLock<crate::hash::FastSet<Box<str>>> = std::sync::LazyLock::new(|| {
    let mut set: crate::hash::FastSet<Box<str>> = Default::default();
    for table in [UNIT_CARDINALS, TEEN_HEADS, UNIT_ORDINALS, DIALECT_TEENS, TENS_WORDS] {
        for (w, _) in table {
            set.insert(key(w));
            set.insert(format!("ال{w}").into_boxed_str());
        }
    }
    for w in HUNDREDS_AND_THOUSANDS {
        set.insert(key(w));
        set.insert(format!("ال{w}").into_boxed_str());
    }
    set.extend(<[&str]>::iter(&["عشر", "عشره", "العشر", "العشره", "مائه", "مئه", "ميه", "ميت", "متين", "مائتي", "مئتي"][..]).map(|w| key(w)));
    set
});

/// A written number at word `i`: the longest reading, 1–9999. `w(k)` is the word at index `k` in matching
/// form ("" past the end).
pub fn parse<'a>(w: impl Fn(usize) -> &'a str, i: usize) -> Option<Number> {
    let x = w(i);
    if !STARTS.contains(x) {
        return None;
    }
    // Thousands: `ألف`, `ألفين`, `ثلاثة آلاف`, `أحد عشر ألفا`.
    let mut thousand = None;
    if let Some(t) = thousands_word(x) {
        thousand = Some((i + 1, t));
    } else if let Some((e, v, false)) = below_100(&w, i, x) {
        let next = w(e);
        if (2..=10).contains(&v) && matches!(next, "الاف" | "الف") || v > 10 && matches!(next, "الف" | "الفا") {
            thousand = Some((e + 1, v * 1000));
        }
    }
    if let Some((mut end, mut value)) = thousand {
        let mut ordinal = false;
        if let Some((k, y)) = after_and(&w, end) {
            if let Some((e, v, o)) = below_1000(&w, k, y) {
                value += v;
                end = e;
                ordinal = o;
            }
        }
        return (value <= 9999).then_some(Number { end, value, ordinal });
    }
    let (end, value, ordinal) = below_1000(&w, i, x)?;
    Some(Number { end, value, ordinal })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn read(text: &str) -> Option<(u32, usize)> {
        let words: Vec<String> = text.split_whitespace().map(fold).collect();
        let n = parse(|k| words.get(k).map_or("", String::as_str), 0)?;
        Some((n.value, n.end))
    }

    #[test]
    fn units_teens_tens_compose() {
        assert_eq!(read("خمسة وعشرين"), Some((25, 2)));
        assert_eq!(read("واحد وثلاثين"), Some((31, 2)));
        assert_eq!(read("واحد و ثلاثين"), Some((31, 3)));
        assert_eq!(read("إحدى عشرة"), Some((11, 2)));
        assert_eq!(read("اثنتي عشرة"), Some((12, 2)));
        assert_eq!(read("ثلاث عشرة"), Some((13, 2)));
        assert_eq!(read("الحادي والعشرين"), Some((21, 2)));
        assert_eq!(read("الثالث عشر"), Some((13, 2)));
        assert_eq!(read("التاسعة والعشرون"), Some((29, 2)));
        assert_eq!(read("تسعة وتسعين"), Some((99, 2)));
        assert_eq!(read("العشرين"), Some((20, 1)));
    }

    #[test]
    fn hundreds_and_thousands_compose() {
        assert_eq!(read("ألفين وثمانية"), Some((2008, 2)));
        assert_eq!(read("ألف وتسعمائة وسبعة وستين"), Some((1967, 4)));
        assert_eq!(read("الألفين وخمسة عشر"), Some((2015, 3)));
        assert_eq!(read("ألفين وأربعة وعشرين"), Some((2024, 3)));
        assert_eq!(read("ثلاثة آلاف"), Some((3000, 2)));
        assert_eq!(read("مئتين وخمسين"), Some((250, 2)));
        assert_eq!(read("ثلاث مائة"), Some((300, 2)));
        assert_eq!(read("ألف وثمانمئة"), Some((1800, 2)));
    }

    #[test]
    fn dialect_forms() {
        assert_eq!(read("تمنتاشر"), Some((18, 1)));
        assert_eq!(read("اتناشر"), Some((12, 1)));
        assert_eq!(read("خمستاشر"), Some((15, 1)));
        assert_eq!(read("تلاتين"), Some((30, 1)));
        assert_eq!(read("تلاتة"), Some((3, 1)));
    }

    #[test]
    fn words_that_need_more_are_not_numbers() {
        assert_eq!(read("أحد"), None);
        assert_eq!(read("اثنا"), None);
        assert_eq!(read("الحادي"), None);
        assert_eq!(read("كتاب"), None);
    }
}
