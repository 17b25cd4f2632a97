//! The scanner: finds time expressions in a text and says what each one names ([`Expr`]), without
//! resolving anything. It works on tokens (`segment::tokens`) in matching form, so diacritics,
//! tatweel, letter variants and Eastern digits are already folded; every match is a token range, so
//! offsets always point into the original text.
//!
//! At each token the scanner tries every rule and keeps the longest match (ties: the first rule).
//! Rules are small methods; adding a form means adding a method and one line in [`Scanner::at`].

use std::rc::Rc;
use super::calendar::{Date, Time};
use super::expr::{Expr, Holiday, Part, Rel};
use super::hijri::{hijri_to_gregorian, solar_to_gregorian};
use super::direction;
use super::lexicon::*;
use super::number::{self, Number};
use crate::normalize::fold;
use crate::segment::{tokens, Kind};

/// One time expression: its byte range in the text and what it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
}

#[derive(Debug, Clone)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    /// Matching form (shared by every occurrence of the same word).
    n: Rc<str>,
    /// The value of a number token (digits only, any digit system).
    num: Option<u32>,
    digits: usize,
    /// White space (or nothing else) separates it from the previous token.
    space_before: bool,
}

#[derive(Clone, Copy)]
enum Cal {
    Gregorian,
    Hijri,
    Solar,
}

struct Scanner {
    t: Vec<Tok>,
    /// The page writes day-month numbers month first (`6/27`): more unambiguous month-first pairs than
    /// day-first ones. Ambiguous pairs (`9/3`) follow it; day first otherwise.
    month_first: bool,
}

/// Conjunction/preposition clitics that may be glued to a date word (`وفي`, `بشهر`, `لعام`, `والخميس`).
fn strip_clitic(w: &str) -> Option<&str> {
    let mut chars = w.chars();
    let first = chars.next()?;
    if matches!(first, 'و' | 'ف' | 'ب' | 'ل' | 'ك') {
        let rest = chars.as_str();
        if rest.chars().count() >= 2 {
            return Some(rest);
        }
    }
    None
}

/// Every word a rule can start with (first words of month names, weekdays, numbers, units, cues).
static TRIGGERS: std::sync::LazyLock<crate::hash::FastSet<&'static str>> = std::sync::LazyLock::new(|| {
    let mut set: crate::hash::FastSet<&'static str> = Default::default();
    for (w, _) in MONTHS.iter().chain(HIJRI_MONTHS).chain(SOLAR_MONTHS) {
        set.insert(w.split(' ').next().unwrap());
    }
    for (w, _) in WEEKDAYS.iter().chain(BARE_WEEKDAYS) {
        set.insert(w);
    }
    for (w, _) in ORDINALS.iter().chain(CARDINALS).chain(TENS) {
        set.insert(w);
    }
    for (w, _) in UNITS.iter().chain(DUALS) {
        set.insert(w);
    }
    for (w, _, _) in DAY_PARTS {
        set.insert(w);
    }
    // Every written number word, with and without the article, and every direction word.
    for table in [number::UNIT_CARDINALS, number::TEEN_HEADS, number::UNIT_ORDINALS, number::DIALECT_TEENS, number::TENS_WORDS] {
        for (w, _) in table {
            set.insert(w);
            set.insert(Box::leak(format!("ال{w}").into_boxed_str()));
        }
    }
    set.extend(number::HUNDREDS_AND_THOUSANDS);
    for stem in ["عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"] {
        for form in [format!("{stem}يات"), format!("{stem}ات"), format!("ال{stem}يات"), format!("ال{stem}ات")] {
            set.insert(Box::leak(form.into_boxed_str()));
        }
    }
    set.insert("غره");
    // (Direction words only follow a unit, weekday or month: they start nothing, and `الذي`/`التي` are
    // among the most frequent words.)
    set.extend([
        "هالسنه", "هالعام", "هالشهر", "هالاسبوع", "هاليوم", "الايام", "الاشهر", "الشهور", "السنوات", "الاعوام",
        "الساعات", "الدقائق", "الدقيقه", "الساعه", "الهجري", "الهجريه", "بتاريخ", "تاريخ", "يوما", "امبارح", "لبارح",
        "قرن", "قرنين", "ربع", "نصف", "اليومين", "الاسبوعين", "الشهرين", "العامين", "السنتين", "وقفه", "عرفه", "عاشوراء", "عاشورا", "ذكري", "الربيع", "الصيف", "الخريف", "الشتاء", "صيف", "خريف", "شتاء", "الربع", "النصف", "البارح", "مبارح", "باجر", "باكر", "عقب", "غدوه", "غدوا", "السيمانه", "نهار", "اول", "عشيه", "ليله", "صبيحه", "الموافق", "لحظه", "لغايه",
    ]);
    set.extend([
        "قبل", "بعد", "منذ", "خلال", "في", "من", "يوم", "اليوم", "امس", "الامس", "البارحه", "امبارح", "غدا", "الغد",
        "غد", "بكره", "بكرا", "الليله", "هذا", "هذه", "عند", "حوالي", "بحدود", "قرابه", "نحو", "تمام", "الساعه", "ساعه",
        "لمده", "مده", "طيله", "طوال", "طول", "علي", "مطلع", "اوائل", "بدايه", "مستهل", "اول", "منتصف", "اواسط", "نصف",
        "نص", "اواخر", "نهايه", "اخر", "ختام", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ظهيره", "صبيحه", "الان",
        "حالا", "gmt", "utc", "مؤخرا", "موخرا", "عام", "سنه", "العام", "السنه", "الشهر", "الاسبوع", "شهر",
        "عيد", "راس", "المولد", "الكريسماس", "كريسماس", "ثالث", "رابع", "خامس", "ثاني", "ثان", "اسبوع", "الاسابيع",
    ]);
    set
});

/// The first words of every month name (Gregorian families, Hijri, Solar Hijri).
static MONTH_FIRST_WORDS: std::sync::LazyLock<crate::hash::FastSet<&'static str>> = std::sync::LazyLock::new(|| {
    MONTHS.iter().chain(HIJRI_MONTHS).chain(SOLAR_MONTHS).map(|(w, _)| w.split(' ').next().unwrap_or(w)).collect()
});

/// Words that start or make up time expressions, for splitting clitics off them.
fn is_date_word(w: &str) -> bool {
    TRIGGERS.contains(w) || matches!(w, "الموافق" | "الاول" | "الثاني")
}



/// If `raw` (folded: `n`) is a clitic plus a date word, the byte offset (in `raw`) where the date
/// word starts and the clitic in matching form. Multi-letter clitics first (`وب`, `ول`, `فب`).
fn clitic_split<'a>(raw: &str, n: &'a str) -> Option<(usize, &'a str)> {
    if is_date_word(n) {
        return None;
    }
    for prefix in ["وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك"] {
        let Some(rest) = n.strip_prefix(prefix) else { continue };
        if rest.chars().count() < 2 || !is_date_word(rest) {
            continue;
        }
        // Walk the original past as many letters as the prefix has (marks and tatweel are skipped).
        let mut letters = prefix.chars().count();
        for (i, c) in raw.char_indices() {
            if letters == 0 && !fold(c.encode_utf8(&mut [0; 4])).is_empty() {
                return Some((i, &n[..prefix.len()]));
            }
            if !fold(c.encode_utf8(&mut [0; 4])).is_empty() {
                letters = letters.saturating_sub(1);
            }
        }
    }
    None
}

impl Scanner {
    fn new(text: &str) -> Scanner {
        let toks = tokens(text);
        let mut t: Vec<Tok> = Vec::with_capacity(toks.len());
        // What each distinct token folds to, and where a glued clitic ends, computed once.
        type Folded = (Rc<str>, Option<(usize, Rc<str>, Rc<str>)>);
        let mut seen: crate::hash::FastMap<&str, Folded> = Default::default();
        let mut space = true;
        for tok in toks {
            if tok.kind == Kind::Space {
                space = true;
                continue;
            }
            let raw = &text[tok.start..tok.end];
            let (n, split) = seen
                .entry(raw)
                .or_insert_with(|| {
                    let n = fold(raw);
                    // A conjunction or preposition glued to a date word becomes its own token, so that
                    // spans start at the date word (`وأمس` → `و` + `أمس`).
                    let split = (tok.kind == Kind::Word)
                        .then(|| clitic_split(raw, &n).map(|(rel, prefix)| (rel, Rc::from(prefix), Rc::from(fold(&raw[rel..])))))
                        .flatten();
                    (Rc::from(n), split)
                })
                .clone();
            if let Some((rel, prefix, rest)) = split {
                let split_at = tok.start + rel;
                t.push(Tok { start: tok.start, end: split_at, kind: Kind::Word, n: prefix, num: None, digits: 0, space_before: space });
                t.push(Tok { start: split_at, end: tok.end, kind: Kind::Word, n: rest, num: None, digits: 0, space_before: false });
                space = false;
                continue;
            }
            let (num, digits) = if tok.kind == Kind::Number && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit()) {
                (n.parse().ok(), n.len())
            } else {
                (None, n.len())
            };
            t.push(Tok { start: tok.start, end: tok.end, kind: tok.kind, n, num, digits, space_before: space });
            space = false;
        }
        let month_first = page_month_first(&t);
        Scanner { t, month_first }
    }

    fn w(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| &*t.n)
    }

    /// The word at `i`, or the word without a glued clitic.
    fn word_is(&self, i: usize, f: impl Fn(&str) -> bool) -> bool {
        let w = self.w(i);
        !w.is_empty() && (f(w) || strip_clitic(w).is_some_and(&f))
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        self.word_is(i, |w| words.contains(&w))
    }

    fn punct(&self, i: usize, p: &[&str]) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Punct && p.contains(&&*t.n))
    }

    fn num(&self, i: usize) -> Option<u32> {
        self.t.get(i).and_then(|t| t.num)
    }

    /// Skips an optional comma.
    fn comma(&self, i: usize) -> usize {
        if self.punct(i, &["،", ","]) {
            i + 1
        } else {
            i
        }
    }

    // ---- pieces -------------------------------------------------------------------------------

    /// A day of the month: `16`, `20th`, `الأول`, `الثالث عشر`, `الحادي والعشرين`, `العشرين`.
    fn day(&self, i: usize) -> Option<(usize, u8)> {
        if let Some(v) = self.num(i) {
            let tok = &self.t[i];
            if tok.digits <= 2 && (1..=31).contains(&v) {
                let mut end = i + 1;
                if matches!(self.w(end), "th" | "st" | "nd" | "rd") && !self.t[end].space_before {
                    end += 1;
                }
                // Not part of a longer number (16.5, 16:30, 16/10 are other rules).
                if self.punct(end, &[":", "."]) && self.num(end + 1).is_some() && !self.t[end + 1].space_before {
                    return None;
                }
                return Some((end, v as u8));
            }
            return None;
        }
        let (end, v) = self.ordinal_number(i)?;
        (1..=31).contains(&v).then_some((end, v as u8))
    }

    /// A written number at `i` (see `number.rs`): `خمسة وعشرين`, `الحادي والعشرين`, `ألفين وثمانية`.
    fn number(&self, i: usize) -> Option<Number> {
        number::parse(|k| self.w(k), i)
    }

    /// A direction at `i` (see `direction.rs`): (end, k), `الماضي` -1, `بعد المقبل` +2; `this` also
    /// reads `الجاري`/`الحالي`/`ده` as 0.
    fn dir(&self, i: usize, this: bool) -> Option<(usize, i64)> {
        direction::direction(|k| self.w(k), i, this)
    }

    /// Ordinal words: `الثالث`, `الثالث عشر`, `الحادي والعشرين`, `العشرين`.
    fn ordinal_number(&self, i: usize) -> Option<(usize, u32)> {
        let n = self.number(i)?;
        (n.ordinal || number::is_tens(self.w(i))).then_some((n.end, n.value))
    }

    /// A written or digit count for offsets and durations: `3`, `ثلاثة`, `خمسة عشر`, `عشرين`, `واحد
    /// وثلاثين`, `مئتين`.
    fn count(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(v) = self.num(i) {
            return (self.t[i].digits <= 4).then_some((i + 1, v));
        }
        let n = self.number(i)?;
        (!n.ordinal).then_some((n.end, n.value))
    }

    /// A month name of any family, one or two words, with an optional glued clitic (`بأيلول`) and an
    /// optional second name after a slash (`آب/أغسطس`, `تشرين الأول/أكتوبر`).
    fn month(&self, i: usize) -> Option<(usize, u8, Cal)> {
        let (mut end, m, cal) = self.month_name(i)?;
        if self.punct(end, &["/", "-", "(", "،"]) {
            if let Some((e2, _, _)) = self.month_name(end + 1) {
                end = e2;
                if self.punct(end, &[")"]) {
                    end += 1;
                }
            }
        }
        Some((end, m, cal))
    }

    fn month_name(&self, i: usize) -> Option<(usize, u8, Cal)> {
        let w = self.w(i);
        if w.is_empty() || self.t[i].kind != Kind::Word {
            return None;
        }
        // One hash lookup rejects the words no month name starts with.
        if !MONTH_FIRST_WORDS.contains(w) && !strip_clitic(w).is_some_and(|r| MONTH_FIRST_WORDS.contains(r)) {
            return None;
        }
        // Two-word names (`كانون الثاني`, `ربيع الأول`), compared part by part (no allocation).
        let second = self.w(i + 1);
        let two = |table: &[(&str, u8)], first: &str| {
            table.iter().find(|(k, _)| k.split_once(' ').is_some_and(|(a, b)| a == first && b == second)).map(|&(_, m)| m)
        };
        if !second.is_empty() {
            for (table, cal) in [(MONTHS, Cal::Gregorian), (HIJRI_MONTHS, Cal::Hijri)] {
                for key in [Some(w), strip_clitic(w)].into_iter().flatten() {
                    if let Some(m) = two(table, key) {
                        return Some((i + 2, m, cal));
                    }
                }
            }
        }
        for key in [Some(w), strip_clitic(w)].into_iter().flatten() {
            if let Some(m) = lookup(MONTHS, key) {
                return Some((i + 1, m, Cal::Gregorian));
            }
            if let Some(m) = lookup(HIJRI_MONTHS, key) {
                return Some((i + 1, m, Cal::Hijri));
            }
            if let Some(m) = lookup(SOLAR_MONTHS, key) {
                return Some((i + 1, m, Cal::Solar));
            }
        }
        None
    }

    /// `شهر 3`, `شهر ثلاثة`, `الشهر الثامن`: a month by number.
    fn month_number(&self, i: usize) -> Option<(usize, u8)> {
        if !self.is(i, &["شهر", "الشهر"]) {
            return None;
        }
        if let Some(v) = self.num(i + 1) {
            return (1..=12).contains(&v).then_some((i + 2, v as u8));
        }
        let (end, v) = self.count(i + 1).or_else(|| self.ordinal_number(i + 1))?;
        (1..=12).contains(&v).then_some((end, v as u8))
    }

    /// A year: four digits (optionally `م`/`ميلادي`, or `هـ`/`هجري` for Hijri), after an optional
    /// `عام`/`سنة`. Returns (end, year, hijri).
    fn year(&self, i: usize) -> Option<(usize, i32, bool)> {
        let mut i = i;
        let cue = self.is(i, &["عام", "سنه", "العام", "السنه"]);
        if cue {
            i += 1;
        }
        // Not the year of a numeric date (`2019.6`, `2019/6/27`: the numeric rule's).
        if self.num(i).is_some() && self.punct(i + 1, &[".", "/"]) && self.num(i + 2).is_some() && !self.t[i + 1].space_before && !self.t[i + 2].space_before {
            return None;
        }
        let (v, mut end) = match self.num(i) {
            Some(v) if matches!(self.t[i].digits, 3 | 4) => (v, i + 1),
            Some(_) => return None,
            // A year in words after عام/سنة: `عام ألفين وثمانية`, `العام الألفين وخمسة عشر`.
            None if cue => {
                let n = self.number(i).filter(|n| n.value >= 1000 || matches!(self.w(n.end), "ه" | "هجري" | "هجريه" | "للهجره"))?;
                (n.value, n.end)
            }
            None => return None,
        };
        let mut hijri = false;
        match self.w(end) {
            "م" | "ميلادي" | "ميلاديه" => end += 1,
            "ه" | "هجري" | "هجريه" | "ق" => {
                hijri = true;
                end += 1;
            }
            "للهجره" => {
                hijri = true;
                end += 1;
            }
            _ => {}
        }
        if self.punct(end, &["."]) && matches!(self.w(end - 1), "ه" | "م") {
            end += 1;
        }
        (1..=9999).contains(&v).then_some((end, v as i32, hijri))
    }

    // ---- rules --------------------------------------------------------------------------------

    /// Whether an expression can start at token `i`: a number, or a word some rule begins with. Most
    /// tokens are neither, and this keeps scanning at a few hash lookups per token.
    fn may_start(&self, i: usize) -> bool {
        let t = &self.t[i];
        match t.kind {
            Kind::Number => true,
            // `حتى` starts `حتى الساعة 2:00` but is no trigger, so `وحتى` stays one word inside ranges.
            Kind::Word => TRIGGERS.contains(&*t.n) || strip_clitic(&t.n).is_some_and(|w| TRIGGERS.contains(w)) || &*t.n == "حتي",
            _ => false,
        }
    }

    /// The longest expression starting at token `i`.
    fn at(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.may_start(i) {
            return None;
        }
        let rules = [
            self.nth_weekday(i),
            self.week_of_month(i),
            self.day_of_month(i),
            self.holiday(i),
            self.clock_range(i),
            self.day_part(i),
            self.weekday_date(i),
            self.day_month(i),
            self.month_day(i),
            self.month_year(i),
            self.part_of_month(i),
            self.numeric(i),
            self.clock_then_date(i),
            self.clock_of_day(i),
            self.relative_day(i),
            self.offset(i),
            self.rel_unit(i),
            self.week_then_weekday(i),
            self.season(i),
            self.ghurra(i),
            self.decade(i),
            self.quarter(i),
            self.duration(i),
            self.year_only(i),
            self.vague_word(i),
            self.clock(i),
        ];
        let mut best: Option<(usize, Expr)> = None;
        for r in rules.into_iter().flatten() {
            if best.as_ref().is_none_or(|b| r.0 > b.0) {
                best = Some(r);
            }
        }
        let (end, expr) = best?;
        Some(self.with_range(end, expr))
    }

    /// `من 13 إلى 15 تموز` style ranges are handled inside the day rule; this joins two full
    /// expressions: `من 13 تموز الى 15 تموز`, `16 - 18 أكتوبر 2025` is the day rule's.
    fn with_range(&self, end: usize, expr: Expr) -> (usize, Expr) {
        let is_point = matches!(expr, Expr::Day { .. } | Expr::Month { .. } | Expr::Year(_) | Expr::Converted(_));
        if !is_point {
            return (end, expr);
        }
        let mut j = end;
        if self.is(j, &["الي", "حتي", "لغايه"]) || self.punct(j, &["-", "–"]) {
            j += 1;
        } else {
            return (end, expr);
        }
        let second = [self.day_month(j), self.month_year(j), self.numeric(j), self.year_only(j)]
            .into_iter()
            .flatten()
            .max_by_key(|r| r.0);
        match second {
            Some((e2, second)) if std::mem::discriminant(&second) == std::mem::discriminant(&expr) => {
                (e2, Expr::Range(Box::new(expr), Box::new(second)))
            }
            _ => (end, expr),
        }
    }

    /// A weekday, alone or in front of a date: `يوم الاثنين`, `الجمعة الماضية`, `الخميس 16 أكتوبر`,
    /// `الأربعاء الموافق الثالث عشر من شباط 2013`, `احد الاسبوع الماضي`.
    fn weekday_date(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        let mut after_yawm = false;
        if self.is(j, &["يوم", "نهار"]) {
            j += 1;
            after_yawm = true;
        }
        let w = self.w(j);
        let wd = lookup(WEEKDAYS, w)
            .or_else(|| strip_clitic(w).and_then(|s| lookup(WEEKDAYS, s)))
            .or_else(|| if after_yawm { lookup(BARE_WEEKDAYS, w) } else { None })
            .or_else(|| {
                // `اثنين الاسبوع الحالي`, `احد الاسبوع الماضي`: a bare weekday before الأسبوع.
                let week_next = self.is(j + 1, &["الاسبوع"]) || self.is(j + 1, &["هذا", "من"]) && self.is(j + 2, &["الاسبوع"]);
                if week_next { lookup(BARE_WEEKDAYS, w) } else { None }
            })?;
        // Not a weekday: الأحد عشر (the eleven), بين الاثنين (between the two).
        if w.ends_with("احد") && matches!(self.w(j + 1), "عشر" | "عشره") {
            return None;
        }
        if w == "الاثنين"
            && (i > 0 && matches!(self.w(i - 1), "بين" | "كلا" | "هذين" | "هذان" | "لهذين")
                || matches!(self.w(j + 1), "معا" | "كليهما"))
        {
            return None;
        }
        j += 1;
        // A date right after it.
        let mut k = self.comma(j);
        if self.is(k, &["الموافق"]) {
            k += 1;
        }
        if self.is(k, &["في"]) {
            k += 1;
        }
        if let Some((end, expr)) = [self.day_month(k), self.numeric(k)].into_iter().flatten().max_by_key(|r| r.0) {
            let expr = match expr {
                Expr::Day { y, m, d, .. } => Expr::Day { y, m, d, weekday: Some(wd) },
                Expr::At(inner, t, mins) => match *inner {
                    Expr::Day { y, m, d, .. } => Expr::At(Box::new(Expr::Day { y, m, d, weekday: Some(wd) }), t, mins),
                    other => Expr::At(Box::new(other), t, mins),
                },
                other => other,
            };
            return Some((end, expr));
        }
        // An ordinal day alone: `السبت السادس عشر`, `الثلاثاء التاسع عشر من هذا الشهر`.
        if let Some((end, d)) = self.ordinal_number(j).filter(|&(_, v)| (1..=31).contains(&v)) {
            let this_month = self.is(end, &["من"])
                && (self.is(end + 1, &["هذا"]) && self.is(end + 2, &["الشهر"])
                    || self.is(end + 1, &["الشهر"]) && is_this_word(self.w(end + 2)));
            if this_month {
                return Some((end + 3, Expr::Day { y: None, m: 0, d: d as u8, weekday: Some(wd) }));
            }
            if !self.is(end, &["من"]) {
                return Some((end, Expr::Day { y: None, m: 0, d: d as u8, weekday: Some(wd) }));
            }
        }
        // A clock range on that day: `الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة صباحا`.
        if let Some((end, Expr::Range(a, b))) = self.clock_range(j) {
            let on = |x: Box<Expr>| match *x {
                Expr::Clock(t, m) => Expr::At(Box::new(Expr::Weekday { wd, rel: Rel::Bare }), t, m),
                other => other,
            };
            return Some((end, Expr::Range(Box::new(on(a)), Box::new(on(b)))));
        }
        // Qualifiers: الماضي / المقبل / من الأسبوع الماضي / الأسبوع الحالي / هذا.
        let this_before = i > 0 && matches!(self.w(i - 1), "هذا" | "هذه");
        let rel = if this_before { Rel::This } else { Rel::Bare };
        // A direction chain: `الجمعة الماضية`, `الجمعة قبل الماضية`, `السبت بعد المقبل`, `الخميس اللي فات`.
        if let Some((e, k)) = self.dir(j, false) {
            let expr = match k {
                -1 => Expr::Weekday { wd, rel: Rel::Last },
                1 => Expr::Weekday { wd, rel: Rel::Next },
                k => Expr::WeekdayN { wd, k },
            };
            return Some(self.with_clock(e, expr));
        }
        // A week: `من الأسبوع الماضي`, `الأسبوع المقبل`, `من هذا الأسبوع`, `الاسبوع الجاي`.
        let mut k = j;
        if self.is(k, &["من", "في"]) {
            k += 1;
        }
        if let Some((e, Expr::RelUnit { unit: Unit::Week, k: weeks })) = self.rel_unit(k) {
            return Some(self.with_clock(e, Expr::WeekdayInWeek { wd, k: weeks }));
        }
        let end = j;
        Some(self.with_clock(end, Expr::Weekday { wd, rel }))
    }

    /// Where a clock after a date starts (skipping `،`, `-`, `في`, `الساعة` glue), if there is one.
    fn clock_start(&self, j: usize) -> usize {
        let mut k = j;
        if self.punct(k, &["،", ",", "-", "–", "|"]) {
            k += 1;
        }
        if self.is(k, &["في", "عند"]) {
            k += 1;
        }
        k
    }

    fn with_clock(&self, end: usize, expr: Expr) -> (usize, Expr) {
        let k = self.clock_start(end);
        match self.clock_parts(k) {
            Some((e, t, mins)) => {
                let at = Expr::At(Box::new(expr), t, mins);
                (e, if self.clock_zone(e) { Expr::Gmt(Box::new(at)) } else { at })
            }
            None => (end, expr),
        }
    }

    /// `16 أكتوبر 2025`, `20th, October 2025 GMT`, `الأول من شباط`, `14 شهر شباط`, `29 بهمن 1398`,
    /// `14 رمضان 1446 هـ الموافق 15 مارس 2025`, `من 13 إلى 15 تموز`, `13 و 14 أكتوبر`.
    fn day_month(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.is(j, &["من"]) && (self.day(j + 1).is_some()) {
            j += 1; // "من 13 الى 15 تموز"
        }
        if self.is(j, &["اليوم", "يوم"]) && self.ordinal_number(j + 1).is_some() {
            j += 1;
        }
        let (mut k, d1) = self.day(j)?;
        // A second day: `13 الى 15 تموز`, `27-29 من الشهر الثامن`, `1-8 شهر ايلول`.
        let mut d2 = None;
        if self.is(k, &["الي", "حتي", "وحتي", "و"]) || self.punct(k, &["-", "–"]) {
            if let Some((k2, d)) = self.day(k + 1) {
                d2 = Some(d);
                k = k2;
            }
        }
        k = self.comma(k);
        // `3. مارس. 2019`
        if self.punct(k, &["."]) && self.month(k + 1).is_some() {
            k += 1;
        }
        if self.is(k, &["من"]) {
            k += 1;
        }
        // A day of a relative month: `السابع من الشهر الجاري`, `20 من الشهر المقبل`, `9 من هذا الشهر`, and the
        // press's short `يوم 25 الجاري`.
        if d2.is_none() && self.is(k, &["الجاري", "الحالي"]) && !self.is(k + 1, &["من"]) {
            let month = Expr::RelUnit { unit: Unit::Month, k: 0 };
            return Some(self.with_clock(k + 1, Expr::DayOfMonth { n: d1 as i8, month: Box::new(month) }));
        }
        if d2.is_none() {
            if let Some((e, month @ Expr::RelUnit { unit: Unit::Month, .. })) = self.rel_unit(k) {
                return Some(self.with_clock(e, Expr::DayOfMonth { n: d1 as i8, month: Box::new(month) }));
            }
            if let Some((e, month @ Expr::HijriUnit { year: false, .. })) = self.rel_unit(k) {
                return Some(self.with_clock(e, Expr::DayOfMonth { n: d1 as i8, month: Box::new(month) }));
            }
        }
        let (mut end, m, cal) = if let Some((e, m)) = self.month_number(k) {
            (e, m, Cal::Gregorian)
        } else {
            if self.is(k, &["شهر"]) {
                k += 1;
            }
            self.month(k)?
        };
        let mut year = None;
        let mut e = self.comma(end);
        if self.punct(e, &["."]) && self.year(e + 1).is_some() {
            e += 1;
        }
        if let Some((ye, y, hijri)) = self.year(e) {
            year = Some((y, hijri));
            end = ye;
        } else if d2.is_none() && matches!(cal, Cal::Gregorian) {
            // `5 آذار المقبل` (the next 5 March), `10 مارس الماضي`, `5 مارس من العام المقبل`.
            Date::new(2000, m, d1)?;
            if let Some((de, k)) = self.dir(end, false) {
                return Some(self.with_clock(de, Expr::DayDir { m, d: d1, k }));
            }
            let yk = if self.is(end, &["من", "في"]) { end + 1 } else { end };
            if let Some((ye, Expr::RelUnit { unit: Unit::Year, k })) = self.rel_unit(yk) {
                return Some(self.with_clock(ye, Expr::DayInYear { m, d: d1, k }));
            }
        }
        let make = |d: u8| -> Option<Expr> {
            match cal {
                Cal::Gregorian => match year {
                    Some((y, false)) => Some(Expr::Day { y: Some(y), m, d, weekday: None }),
                    Some((_, true)) => None,
                    None => Some(Expr::Day { y: None, m, d, weekday: None }),
                },
                Cal::Hijri => match year {
                    Some((y, _)) => hijri_to_gregorian(y, m, d).map(Expr::Converted),
                    None => Some(Expr::HijriDay { m, d }),
                },
                Cal::Solar => match year {
                    Some((y, _)) => solar_to_gregorian(y, m, d).map(Expr::Converted),
                    None => None,
                },
            }
        };
        // Ambiguous Hijri month names (صفر = zero) need a year: `صفر 3` is not a date.
        if matches!(cal, Cal::Hijri) && year.is_none() && m == 2 {
            return None;
        }
        let first = make(d1)?;
        // Reject impossible days (32 فبراير, 30 شباط).
        if let Expr::Day { y, m, d, .. } = first {
            Date::new(y.unwrap_or(2000), m, d)?;
        }
        let expr = match d2.and_then(make) {
            Some(second) => Expr::Range(Box::new(first), Box::new(second)),
            None => first,
        };
        // A Gregorian equivalent after الموافق wins over a Hijri date (and the other way round, the
        // Gregorian is kept): one mention covers both.
        let mut k = self.comma(end);
        if self.punct(k, &["("]) {
            k += 1;
        }
        if self.is(k, &["الموافق", "موافق"]) {
            if let Some((e2, other)) = [self.day_month(k + 1), self.numeric(k + 1)].into_iter().flatten().max_by_key(|r| r.0) {
                let e2 = if self.punct(e2, &[")"]) { e2 + 1 } else { e2 };
                let chosen = match (&expr, &other) {
                    (Expr::Converted(_), Expr::Day { y: Some(_), .. }) => other,
                    (Expr::HijriDay { .. }, _) => other,
                    _ => expr,
                };
                return Some(self.with_clock(e2, chosen));
            }
        }
        // `GMT`/`بتوقيت` after a bare date line.
        if self.is(end, &["gmt", "utc"]) {
            end += 1;
        }
        Some(self.with_clock(end, expr))
    }

    /// English order and Arabic sites that copy it: `November 9, 2020`, `ديسمبر 25, 2020`, `تموز 13 الى 15`.
    fn month_day(&self, i: usize) -> Option<(usize, Expr)> {
        let (k, m, cal) = self.month(i)?;
        if !matches!(cal, Cal::Gregorian) {
            return None;
        }
        let (mut end, d1) = self.day(k)?;
        let mut d2 = None;
        if self.is(end, &["الي", "حتي"]) || self.punct(end, &["-", "–"]) {
            if let Some((e, d)) = self.day(end + 1) {
                d2 = Some(d);
                end = e;
            }
        }
        let mut y = None;
        let e = self.comma(end);
        if let Some((ye, year, false)) = self.year(e) {
            y = Some(year);
            end = ye;
        } else if self.t.get(k).is_some_and(|t| t.digits > 2) {
            return None;
        }
        Date::new(y.unwrap_or(2000), m, d1)?;
        let first = Expr::Day { y, m, d: d1, weekday: None };
        let expr = match d2 {
            Some(d) => Expr::Range(Box::new(first), Box::new(Expr::Day { y, m, d, weekday: None })),
            None => first,
        };
        Some(self.with_clock(end, expr))
    }

    /// `فبراير 2022`, `كانون الأول 2024`, `في فبراير`, `رمضان 1446`, `آب/أغسطس 2013`, `نوفمبر المقبل`,
    /// `أيار بعد المقبل`, `مارس من العام المقبل`, `رمضان المقبل`, `شهر 7`, `شهر 3 2024`, `شهر ستة الماضي`,
    /// a bare `أغسطس`/`تموز`.
    fn month_year(&self, i: usize) -> Option<(usize, Expr)> {
        // `32 يناير 2023`: the day rule refused an impossible day; the month is not reported alone.
        if i > 0 && self.num(i - 1).is_some_and(|v| v <= 99) && self.t[i - 1].digits <= 2 {
            return None;
        }
        let (end, m, cal, by_number) = match self.month_number(i) {
            Some((e, m)) => (e, m, Cal::Gregorian, true),
            None => {
                let k = if self.is(i, &["شهر"]) && self.month_name(i + 1).is_some() { i + 1 } else { i };
                let (e, m, cal) = self.month(k)?;
                (e, m, cal, false)
            }
        };
        let key = self.w(i);
        let key = strip_clitic(key).filter(|s| lookup(MONTHS, s).is_some()).unwrap_or(key);
        let e = self.comma(end);
        let year = self.year(e).or_else(|| {
            // `شهر 3 2024`: a month number then a bare year.
            (by_number && self.num(e).is_some_and(|v| (1900..=2100).contains(&v))).then(|| (e + 1, self.num(e).unwrap() as i32, false))
        });
        match (cal, year) {
            (Cal::Gregorian, Some((ye, y, false))) => return Some((ye, Expr::Month { y: Some(y), m })),
            (Cal::Hijri, Some((ye, y, _))) if y >= 1700 => return Some((ye, Expr::HijriMonthIn { m, year: y })),
            (Cal::Hijri, Some((ye, y, _))) => return Some((ye, Expr::HijriMonth { y, m })),
            (Cal::Solar, _) => return None,
            _ => {}
        }
        // A direction: `نوفمبر المقبل`, `رمضان الماضي`, `أيار بعد المقبل`, `شهر ستة الماضي`; `أكتوبر الجاري`
        // is the reference's year.
        if let Some((de, k)) = self.dir(end, true) {
            if k == 0 {
                return Some((de, match cal {
                    Cal::Hijri => Expr::HijriMonthDir { m, k: 0 },
                    _ => Expr::MonthRelYear { m, k: 0 },
                }));
            }
            return Some((de, match cal {
                Cal::Hijri => Expr::HijriMonthDir { m, k },
                _ => Expr::MonthDir { m, k },
            }));
        }
        // `مارس من العام المقبل`, `أكتوبر السنة الماضية`.
        let yk = if self.is(end, &["من", "في"]) { end + 1 } else { end };
        if let (Cal::Gregorian, Some((ye, Expr::RelUnit { unit: Unit::Year, k }))) = (&cal, self.rel_unit(yk)) {
            return Some((ye, Expr::MonthRelYear { m, k }));
        }
        match cal {
            Cal::Hijri => {
                // A bare Hijri month only after شهر or a cue word (رجب, شعبان, رمضان are also first names);
                // صفر (zero) only after شهر.
                let after_shahr = i > 0 && self.is(i - 1, &["شهر"]) || self.is(i, &["شهر"]);
                let cue = i > 0 && self.is(i - 1, &["في", "خلال", "طوال", "منذ", "حتي", "مطلع", "بدايه", "نهايه", "اواخر", "اوائل", "منتصف", "قبل", "بعد", "طيله"]);
                (after_shahr || cue && m != 2).then_some((end, Expr::HijriMonthDir { m, k: 0 }))
            }
            _ if by_number => {
                // `شهر 7`, `شهر ستة`: needs شهر (not الشهر, which is `الشهر الثامن` below) or a digit.
                (self.is(i, &["شهر"]) || self.num(i + 1).is_some()).then_some((end, Expr::Month { y: None, m }))
            }
            _ => {
                // A bare month name: unambiguous names alone, the others after a cue word.
                let cue = i > 0 && self.is(i - 1, &["في", "خلال", "منذ", "شهر", "حتي", "مطلع", "بدايه", "نهايه", "اواخر", "اوائل", "منتصف", "طوال", "مع", "قبل", "بعد"]);
                // A month name given as a name (`أطلق اسم أيلول على ابنته`).
                if i > 0 && self.is(i - 1, &["اسم", "اسمه", "اسمها", "باسم", "المدعو", "المدعوه", "الانسه", "السيده"]) {
                    return None;
                }
                let single = end == i + 1;
                let clear = !AMBIGUOUS_MONTHS.contains(&key) && !matches!(key, "مارس" | "نيسان");
                let plain = self.t[i].kind == Kind::Word && single && !AMBIGUOUS_MONTHS.contains(&key);
                (plain && (cue || clear || self.is(i, &["شهر"]))).then_some((end, Expr::Month { y: None, m }))
            }
        }
    }

    /// `مطلع أكتوبر`, `أوائل شهر مارس`, `منتصف اذار`, `أواخر أكتوبر 2025`, `نهاية الشهر`.
    fn part_of_month(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.is(j, &["في"]) {
            j += 1;
        }
        let part = match self.w(j) {
            "مطلع" | "اوائل" | "بدايه" | "بداية" | "مستهل" | "اول" => Part::Early,
            "منتصف" | "اواسط" | "نصف" | "نص" => Part::Mid,
            "اواخر" | "نهايه" | "اخر" | "ختام" => Part::Late,
            w => match strip_clitic(w) {
                Some("مطلع" | "اوائل" | "بدايه") => Part::Early,
                Some("منتصف" | "اواسط") => Part::Mid,
                Some("اواخر" | "نهايه") => Part::Late,
                _ => return None,
            },
        };
        let mut k = j + 1;
        if let Some((e, m)) = self.month_number(k) {
            let (end, y) = self.year(e).map_or((e, None), |(ye, y, _)| (ye, Some(y)));
            return Some((end, Expr::MonthPart { y, m, part }));
        }
        // A part of a year: `مطلع العام المقبل` (January–March), `منتصف العام` (June–July), `نهاية العام
        // الجاري` (October–December); `العام` alone is the reference's.
        let year = match self.rel_unit(k) {
            Some((e, y @ Expr::RelUnit { unit: Unit::Year, .. })) => Some((e, y)),
            _ if self.is(k, &["العام", "السنه"]) && !self.num(k + 1).is_some() => Some((k + 1, Expr::RelUnit { unit: Unit::Year, k: 0 })),
            _ => self.year(k).filter(|&(_, _, h)| !h).map(|(e, y, _)| (e, Expr::Year(y))),
        };
        if let Some((e, y)) = year.filter(|_| self.w(j) != "اول") {
            let (first_month, months) = match part {
                Part::Early => (1, 3),
                Part::Mid => (6, 2),
                Part::Late => (10, 3),
            };
            return Some((e, Expr::YearPart { first_month, months, year: Box::new(y) }));
        }
        // `نهاية الشهر الجاري`, `أواخر الشهر المقبل`, `منتصف الشهر الهجري المقبل`.
        if let Some((e, month)) = self.rel_unit(k) {
            if matches!(month, Expr::RelUnit { unit: Unit::Month, .. } | Expr::HijriUnit { year: false, .. }) {
                return Some((e, Expr::PartOf { part, month: Box::new(month) }));
            }
        }
        if self.is(k, &["شهر"]) {
            k += 1;
        }
        // `أول` needs more than a month name to mean the start of it (`اول شباط` is the 1st: day rule).
        if self.w(j) == "اول" {
            return None;
        }
        let (mut end, m, cal) = self.month(k)?;
        let mut y = None;
        if let Some((ye, year, hijri)) = self.year(self.comma(end)) {
            match cal {
                Cal::Gregorian if !hijri => {
                    y = Some(year);
                    end = ye;
                }
                Cal::Hijri if year < 1700 => {
                    return Some((ye, Expr::PartOf { part, month: Box::new(Expr::HijriMonth { y: year, m }) }));
                }
                _ => return None,
            }
        }
        // A direction or a relative year: `أواخر شعبان الماضي`, `مطلع مارس المقبل`, `منتصف أبريل من العام المقبل`.
        if y.is_none() {
            if let Some((de, k)) = self.dir(end, false) {
                let month = match cal {
                    Cal::Hijri => Expr::HijriMonthDir { m, k },
                    Cal::Gregorian => Expr::MonthDir { m, k },
                    Cal::Solar => return None,
                };
                return Some((de, Expr::PartOf { part, month: Box::new(month) }));
            }
            let yk = if self.is(end, &["من", "في"]) { end + 1 } else { end };
            if let (Cal::Gregorian, Some((ye, Expr::RelUnit { unit: Unit::Year, k }))) = (cal, self.rel_unit(yk)) {
                return Some((ye, Expr::PartOf { part, month: Box::new(Expr::MonthRelYear { m, k }) }));
            }
        }
        match cal {
            Cal::Gregorian => Some((end, Expr::MonthPart { y, m, part })),
            Cal::Hijri => Some((end, Expr::PartOf { part, month: Box::new(Expr::HijriMonthDir { m, k: 0 }) })),
            Cal::Solar => None,
        }
    }

    /// `16/10/2025`, `2025-10-16`, `17.03.2020`, `2020/12/25 - 1:59 صباحًا`, `20-02-1430 هـ`, `21/09`, `9/3`,
    /// `9 / 3 / 2021`, `27-6`, `6.27`, `27-6-19`, `2019/6`, `2019.6`. Day and month are told apart by their
    /// values (a number above 12 is the day), else by the page's habit, else day first.
    fn numeric(&self, i: usize) -> Option<(usize, Expr)> {
        let a = self.num(i)?;
        let da = self.t[i].digits;
        let sep = self.t.get(i + 1).filter(|t| t.kind == Kind::Punct)?;
        if !matches!(&*sep.n, "/" | "-" | "." | "\\") {
            return None;
        }
        // Spaced separators (`9 / 3 / 2021`) only with a year, spaced alike.
        let spaced = sep.space_before;
        let s = sep.n.clone();
        let b = self.num(i + 2).filter(|_| self.t[i + 2].space_before == spaced)?;
        let db = self.t[i + 2].digits;
        let third = self.punct(i + 3, &[&*s]) && self.t[i + 3].space_before == spaced;
        let c = if third { self.num(i + 4).filter(|_| self.t[i + 4].space_before == spaced) } else { None };
        // Longer digit runs (phone numbers, versions 1.2.3.4) are not dates.
        let mut end = if c.is_some() { i + 5 } else { i + 3 };
        if self.punct(end, &["/", "-", "."]) && self.num(end + 1).is_some() && !self.t[end].space_before {
            return None;
        }
        if i > 0 && self.punct(i - 1, &["/", "-", ".", "+"]) && !self.t[i].space_before {
            return None;
        }
        if spaced && !c.is_some_and(|_| self.t[i + 4].digits == 4) {
            return None;
        }
        // Day and month from two small numbers: by value, then by the page's habit.
        let day_month = |x: u32, y: u32| -> Option<(u8, u8)> {
            let dm = (1..=31).contains(&x) && (1..=12).contains(&y);
            let md = (1..=12).contains(&x) && (1..=31).contains(&y);
            match (dm, md) {
                (true, true) if self.month_first && x != y => Some((y as u8, x as u8)),
                (true, _) => Some((x as u8, y as u8)),
                (false, true) => Some((y as u8, x as u8)),
                _ => None,
            }
        };
        let (y, m, d) = match c {
            Some(c) => {
                let dc = self.t[i + 4].digits;
                if da == 4 && db <= 2 && dc <= 2 {
                    (a as i32, b as u8, c as u8)
                } else if dc == 4 && da <= 2 && db <= 2 {
                    let (d, m) = day_month(a, b)?;
                    (c as i32, m, d)
                } else if dc == 2 && da <= 2 && db <= 2 && (da == 2 || db == 2) && &*s != "." {
                    // `27-6-19`: a two-digit year, this century up to 69.
                    let (d, m) = day_month(a, b)?;
                    (if c <= 69 { 2000 + c as i32 } else { 1900 + c as i32 }, m, d)
                } else {
                    return None;
                }
            }
            None if da <= 2 && db == 4 && (1..=12).contains(&a) && (1900..=2100).contains(&b) => {
                return Some((end, Expr::Month { y: Some(b as i32), m: a as u8 }));
            }
            None if da == 4 && db <= 2 && (1..=12).contains(&b) && (1900..=2100).contains(&a) && !self.measure_around(i, end) => {
                // `2019/6`, `2019.6`: a month of a year.
                return Some((end, Expr::Month { y: Some(a as i32), m: b as u8 }));
            }
            None => {
                if da > 2 || db > 2 {
                    return None;
                }
                let (d, m) = day_month(a, b)?;
                // `9/3` reads as a date; `-` and `.` (scores, decimals) only when one number can only be a
                // day, or after a date cue, and never next to a measure (`3.14 دولار`, `بنسبة 6.25`).
                let cue = i > 0
                    && (lookup(WEEKDAYS, self.w(i - 1)).is_some()
                        || self.is(i - 1, &["في", "يوم", "بتاريخ", "تاريخ", "الموافق", "منذ", "حتي", "مساء", "صباح", "ليله"]));
                let clear = a > 12 || b > 12;
                let ok = match &*s {
                    "/" => true,
                    "." => db == 2 && (clear || cue),
                    _ => clear || cue,
                };
                if !ok || self.measure_around(i, end) {
                    return None;
                }
                let expr = Expr::Day { y: None, m, d, weekday: None };
                return Some(self.with_clock(end, expr));
            }
        };
        // Hijri: `20-02-1430 هـ`.
        let mut hijri = false;
        if matches!(self.w(end), "ه" | "هجري" | "هجريه") {
            hijri = true;
            end += 1;
        }
        let expr = if hijri || (1300..1600).contains(&y) && i + 5 == end {
            if !(1300..1600).contains(&y) {
                return None;
            }
            Expr::Converted(hijri_day(y, m, d)?)
        } else {
            Date::new(y, m, d)?;
            if !(1000..=2200).contains(&y) {
                return None;
            }
            Expr::Day { y: Some(y), m, d, weekday: None }
        };
        let (e, expr) = self.with_clock(end, expr);
        // A trailing `GMT`.
        Some((if self.is(e, &["gmt"]) { e + 1 } else { e }, expr))
    }

    /// Whether a number pair at `i..end` sits next to a measure (`%`, a currency, `بنسبة`): not a date.
    fn measure_around(&self, i: usize, end: usize) -> bool {
        self.punct(end, &["%", "٪"])
            || self.is(end, &["دولار", "جنيه", "ريال", "درهم", "دينار", "ليره", "يورو", "مليون", "مليار", "الف", "كيلو", "كم", "متر", "نقطه", "بالمئه", "بالمائه", "درجه", "طن", "برميل"])
            || self.is(end, &["في"]) && self.is(end + 1, &["المئه", "المائه"])
            // `24/7`: round the clock.
            || self.num(i) == Some(24) && self.num(i + 2) == Some(7) && end == i + 3
            || (1..=2).any(|back| i >= back && self.is(i - back, &["فاز", "فوز", "هزم", "خسر", "تعادل", "تغلب", "سحق", "انتصر", "بنتيجه", "النتيجه"]))
            || i > 0 && self.is(i - 1, &["بنسبه", "نسبه", "سعر", "بسعر", "بقيمه", "بمعدل", "بلغ", "بلغت", "نحو", "حوالي", "بنتيجه", "نتيجه", "هدف", "اهداف", "النتيجه", "فاز", "فوز", "هزم", "خسر", "تعادل", "تغلب", "سحق", "انتصر", "الفوز", "بفوز", "بهدف", "بالفوز"])
    }

    /// `الساعة الثامنة من مساء أمس`, `العاشرة من صباح الخميس`, `الساعة 9 من مساء يوم الأحد`: a clock, then
    /// the part of which day.
    fn clock_of_day(&self, i: usize) -> Option<(usize, Expr)> {
        let (e, mut t, mins) = self.clock_parts(i)?;
        if !self.is(e, &["من"]) {
            return None;
        }
        let pm = match self.w(e + 1) {
            "صباح" | "فجر" | "صبيحه" => false,
            "مساء" | "ليل" | "ليله" | "عصر" | "ظهر" | "ظهيره" => true,
            _ => return None,
        };
        // The afternoon policy may have moved a bare hour; the day part said here decides.
        if !pm && t.hour >= 12 && t.hour < 17 {
            t.hour -= 12;
        } else if pm && t.hour < 12 {
            t.hour += 12;
        }
        let k = e + 2;
        let k = if self.is(k, &["يوم"]) && (lookup(WEEKDAYS, self.w(k + 1)).is_some() || self.is(k + 1, &["امس", "الامس", "غد", "الغد"])) { k } else { k };
        let (end, day) = [self.relative_day(k), self.weekday_date(k)].into_iter().flatten().max_by_key(|r| r.0)?;
        let day = match day {
            Expr::At(inner, _, _) => *inner,
            d => d,
        };
        Some((end, Expr::At(Box::new(day), t, mins)))
    }

    /// `GMT 17:27 17.03.2020`, `09:23 ص 24 أغسطس`: a clock before a date.
    fn clock_then_date(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.is(j, &["gmt", "utc"]) {
            j += 1;
        }
        let (e, t, mins) = self.clock_parts(j)?;
        let k = self.comma(e);
        let k = if self.punct(k, &["-", "|"]) { k + 1 } else { k };
        // A date, or a day named after the clock (`الساعة 7:30 مساء الجمعة`, `العاشرة صباح غد`).
        let named = if self.num(k).is_none() { [self.weekday_date(k), self.relative_day(k)] } else { [None, None] };
        let (end, date) = [self.numeric(k), self.day_month(k)].into_iter().chain(named).flatten().max_by_key(|r| r.0)?;
        if matches!(date, Expr::At(..) | Expr::Now) {
            return None;
        }
        Some((end, Expr::At(Box::new(date), t, mins)))
    }

    /// Minutes after an hour, in words or digits: `و 18 دقيقة`, `وربع`, `ونصف`, `وثلث`, `وخمس واربعون
    /// دقيقة`, `الا ربع`. Returns (end, minutes, hour adjustment).
    fn minutes(&self, i: usize) -> Option<(usize, u32, i32)> {
        let w = self.w(i);
        // `الا ربع` / `إلا ثلث`: before the hour.
        if w == "الا" {
            let back = match self.w(i + 1) {
                "ربع" | "ربعا" => 15,
                "ثلث" => 20,
                _ => return None,
            };
            return Some((i + 2, 60 - back, -1));
        }
        // The conjunction may be glued (`وربع`) or split off by the scanner (`و` `ربع`).
        let (k, word) = if w == "و" { (i + 1, self.w(i + 1).to_string()) } else if let Some(r) = w.strip_prefix('و') { (i, r.to_string()) } else { return None };
        let fraction = match word.as_str() {
            "ربع" => Some(15),
            "نصف" | "النصف" | "نص" => Some(30),
            "ثلث" => Some(20),
            _ => None,
        };
        if let Some(m) = fraction {
            return Some((k + 1, m, 0));
        }
        let (mut e, mut m) = if k == i {
            // Glued: `و18`, `وخمس`.
            let v = word.parse::<u32>().ok().or_else(|| lookup(CARDINALS, &word)).or_else(|| lookup(TENS, &word))?;
            (i + 1, v)
        } else {
            self.count(k)?
        };
        // `وخمس واربعون` / `وثلاث وعشرون` / `ثمانية عشر`.
        let nw = self.w(e);
        if nw == "و" && lookup(TENS, self.w(e + 1)).is_some() {
            m += lookup(TENS, self.w(e + 1)).unwrap();
            e += 2;
        } else if let Some(t) = nw.strip_prefix('و').and_then(|r| lookup(TENS, r)) {
            m += t;
            e += 1;
        }
        if self.is(e, &["دقيقه", "دقائق"]) {
            e += 1;
        }
        (m <= 59).then_some((e, m, 0))
    }

    /// A clock time: `الساعة 10:30 صباحا`, `09:23 ص`, `15:23:24`, `الثالثة عصرا`, `الساعة 3 و 18 دقيقة`,
    /// `الساعة الثانية عشرة ونصف ظهرا`, `الساعة 8 بتوقيت غرينتش`. Returns (end, time, minutes were given);
    /// whether it was said in GMT is [`Scanner::clock_zone`].
    fn clock_parts(&self, i: usize) -> Option<(usize, Time, bool)> {
        let mut j = i;
        let mut cue = false;
        if self.is(j, &["عند", "حوالي", "بحدود", "قرابه", "نحو"]) {
            j += 1;
        }
        if self.is(j, &["تمام"]) {
            j += 1;
            cue = true;
        }
        if self.is(j, &["الساعه", "ساعه"]) {
            j += 1;
            cue = true;
        }
        let mut hour: u32;
        let mut minute: u32 = 0;
        let mut second: u32 = 0;
        let mut has_minutes = false;
        let mut colon = false;
        let mut end;
        if let Some(h) = self.num(j) {
            if self.t[j].digits > 2 || h > 24 {
                return None;
            }
            hour = h;
            end = j + 1;
            if self.punct(end, &[":"]) && !self.t[end].space_before {
                let m = self.num(end + 1)?;
                if self.t[end + 1].digits != 2 || m > 59 {
                    return None;
                }
                minute = m;
                has_minutes = true;
                colon = true;
                end += 2;
                if self.punct(end, &[":"]) {
                    let s = self.num(end + 1)?;
                    if s > 59 {
                        return None;
                    }
                    second = s;
                    end += 2;
                }
            }
        } else {
            // An hour word: الثالثة، الثانية عشرة (never `الرابعة واربعون`: that is 4:40).
            let w = self.w(j);
            let h = lookup(CARDINALS, w).or_else(|| lookup(ORDINALS, w))?;
            let (e, h) = if matches!(self.w(j + 1), "عشر" | "عشره") { (j + 2, h + 10) } else { (j + 1, h) };
            if !(1..=12).contains(&h) || matches!(w, "الحادي" | "حادي" | "الحاديه") && h < 11 {
                return None;
            }
            hour = h;
            end = e;
        }
        if let Some((e, m, adjust)) = self.minutes(end) {
            if adjust < 0 && hour == 0 {
                return None;
            }
            hour = (hour as i32 + adjust) as u32;
            minute = m;
            has_minutes = true;
            end = e;
        }
        // Day part: صباحا، مساء، ص، م، بعد الظهر، قبل الظهر، هذا الصباح، هذه الليلة.
        let mut k = end;
        let mut pm: Option<bool> = None;
        if self.is(k, &["بعد"]) && self.is(k + 1, &["الظهر", "العصر", "الظهيره", "المغرب", "العشاء"]) {
            pm = Some(true);
            k += 2;
        } else if self.is(k, &["قبل"]) && self.is(k + 1, &["الظهر", "الظهيره"]) {
            pm = Some(false);
            k += 2;
        } else if self.is(k, &["قبل"]) && self.is(k + 1, &["المغرب"]) {
            pm = Some(true);
            k += 2;
        } else {
            let mut kk = k;
            if self.is(kk, &["هذا", "هذه"]) {
                kk += 1;
            }
            let w = self.w(kk);
            if let Some((_, _, p)) = DAY_PARTS.iter().find(|(d, _, _)| *d == w || strip_clitic(w) == Some(d)) {
                pm = Some(*p);
                k = kk + 1;
            } else if w == "الليله" {
                pm = Some(true);
                k = kk + 1;
            }
        }
        // A bare number is a clock time only with `الساعة`, a colon, or a day part.
        if !(cue || colon || pm.is_some()) {
            return None;
        }
        // Policy: an hour from 1 to 4 with no day part is in the afternoon (`الساعة الثالثة`, `حوالي الساعة
        // 3`, `2:00`); news says `فجرا`/`صباحا` for the night hours. `02:00` (two digits) stays as written.
        if pm.is_none() && (1..=4).contains(&hour) && !(colon && self.t[j].digits == 2) {
            pm = Some(true);
        }
        if let Some(p) = pm {
            if hour > 12 {
                return None;
            }
            if p && hour < 12 {
                hour += 12;
            }
            if !p && hour == 12 {
                hour = 0;
            }
        }
        // Time zone: بتوقيت غرينتش / GMT / مكة / القاهرة.
        if self.is(k, &["بتوقيت", "توقيت"]) {
            k += if self.t.get(k + 1).is_some() { 2 } else { 1 };
        } else if self.is(k, &["gmt", "utc"]) {
            k += 1;
        }
        if hour > 23 {
            return None;
        }
        Some((k, Time { hour: hour as u8, minute: minute as u8, second: second as u8 }, has_minutes))
    }

    /// Whether the clock ending at token `end` was said in GMT/UTC (`بتوقيت غرينتش`, `GMT`).
    fn clock_zone(&self, end: usize) -> bool {
        (end.saturating_sub(2)..end).any(|k| matches!(self.w(k), "gmt" | "utc" | "غرينتش" | "جرينتش" | "غرينيتش"))
    }

    fn clock(&self, i: usize) -> Option<(usize, Expr)> {
        let (end, t, mins) = self.clock_parts(i)?;
        let c = Expr::Clock(t, mins);
        Some((end, if self.clock_zone(end) { Expr::Gmt(Box::new(c)) } else { c }))
    }

    /// `من 2:00 إلى 4:00 مساءً`, `من الساعة الثالثة الى الساعة الرابعة مساءا`: the day part of the second
    /// clock also places the first.
    fn clock_range(&self, i: usize) -> Option<(usize, Expr)> {
        // `حتى الساعة 2:00`, `لغاية الساعة الخامسة`: from the reference to that time.
        if self.is(i, &["حتي", "لغايه"]) {
            let (e, t, m) = self.clock_parts(i + 1)?;
            return Some((e, Expr::Range(Box::new(Expr::Now), Box::new(Expr::Clock(t, m)))));
        }
        let j = if self.is(i, &["من"]) { i + 1 } else { i };
        let (e1, mut t1, m1) = self.clock_parts(j)?;
        if !(self.is(e1, &["الي", "حتي", "وحتي", "لغايه"]) || self.punct(e1, &["-", "–"])) {
            return None;
        }
        let (e2, t2, m2) = self.clock_parts(e1 + 1)?;
        if t2.hour >= 12 && t1.hour < 12 && t1.hour + 12 <= t2.hour {
            t1.hour += 12;
        }
        Some((e2, Expr::Range(Box::new(Expr::Clock(t1, m1)), Box::new(Expr::Clock(t2, m2)))))
    }

    /// A part of the day said alone: `هذا الصباح`, `عند الظهر`, `بعد الظهر`, `هذا المساء`, `منتصف الليل`.
    fn day_part(&self, i: usize) -> Option<(usize, Expr)> {
        let (hour, end) = match (self.w(i), self.w(i + 1)) {
            ("هذا" | "في", "الصباح") => (6, i + 2),
            ("عند" | "في", "الظهر" | "الظهيره") => (12, i + 2),
            ("بعد", "الظهر" | "الظهيره") => (15, i + 2),
            ("هذا" | "في", "المساء") => (20, i + 2),
            ("منتصف", "الليل") => (0, i + 2),
            ("عند", "منتصف") if self.w(i + 2) == "الليل" => (0, i + 3),
            _ => return None,
        };
        Some((end, Expr::Clock(Time { hour, minute: 0, second: 0 }, false)))
    }

    /// A month for the "n-th … of" rules: a month name or number with an optional year (`من شهر أيلول من
    /// عام 2014`, `اكتوبر 2014`), or `الشهر القادم/الماضي/هذا الشهر`.
    fn month_ref(&self, i: usize) -> Option<(usize, Expr)> {
        let mut k = i;
        if self.is(k, &["من", "في", "ب"]) {
            k += 1;
        }
        if let Some((e, Expr::RelUnit { unit: super::lexicon::Unit::Month, k: rel })) = self.rel_unit(k) {
            return Some((e, Expr::RelUnit { unit: super::lexicon::Unit::Month, k: rel }));
        }
        let (mut end, m) = if let Some((e, m)) = self.month_number(k) {
            (e, m)
        } else {
            if self.is(k, &["شهر"]) {
                k += 1;
            }
            match self.month(k)? {
                (e, m, Cal::Gregorian) => (e, m),
                (e, m, Cal::Hijri) => {
                    // `آخر جمعة من شهر شعبان`, `أول اثنين من رمضان المقبل`, `ثاني خميس من رجب 1446`.
                    if let Some((ye, y, _)) = self.year(self.comma(e)).filter(|&(_, y, _)| y < 1700) {
                        return Some((ye, Expr::HijriMonth { y, m }));
                    }
                    let (e, k) = self.dir(e, false).unwrap_or((e, 0));
                    return Some((e, Expr::HijriMonthDir { m, k }));
                }
                _ => return None,
            }
        };
        if let Some((de, k)) = self.dir(end, false) {
            return Some((de, Expr::MonthDir { m, k }));
        }
        // The year: `2014`, `سنة 2014`, `من عام 2014`, `في سنة 2014`, `لعام 2014`, `السنة القادمة`.
        let mut y = None;
        let mut yk = end;
        if self.is(yk, &["من", "في", "ل", "ب"]) {
            yk += 1;
        }
        if let Some((ye, year, false)) = self.year(yk) {
            y = Some(Expr::Month { y: Some(year), m });
            end = ye;
        } else if let Some((ye, Expr::RelUnit { unit: super::lexicon::Unit::Year, k: rel })) = self.rel_unit(yk) {
            return Some((ye, Expr::MonthRelYear { m, k: rel }));
        }
        Some((end, y.unwrap_or(Expr::Month { y: None, m })))
    }

    /// `ثالث ثلاثاء في أيلول في سنة 2014`, `اخر اثنين من شهر اذار`, `الثلاثاء الاخير من شهر مارس السنة
    /// القادمة`, `الاربعاء الثانية من شهر اكتوبر`.
    fn nth_weekday(&self, i: usize) -> Option<(usize, Expr)> {
        let ord = |w: &str| -> Option<i8> {
            Some(match w {
                "اول" | "الاول" | "الاولي" => 1,
                "ثاني" | "ثان" | "الثاني" | "الثانيه" => 2,
                "ثالث" | "الثالث" | "الثالثه" => 3,
                "رابع" | "الرابع" | "الرابعه" => 4,
                "خامس" | "الخامس" | "الخامسه" => 5,
                "اخر" | "الاخير" | "الاخيره" => -1,
                _ => return None,
            })
        };
        let weekday = |k: usize| lookup(WEEKDAYS, self.w(k)).or_else(|| lookup(BARE_WEEKDAYS, self.w(k)));
        // ORD [يوم] WEEKDAY … | WEEKDAY ORD …
        let (n, wd, k) = if let Some(n) = ord(self.w(i)) {
            let k = if self.is(i + 1, &["يوم"]) { i + 2 } else { i + 1 };
            (n, weekday(k)?, k + 1)
        } else {
            let wd = lookup(WEEKDAYS, self.w(i))?;
            (ord(self.w(i + 1))?, wd, i + 2)
        };
        // `ثالث ثلاثاء بعد كريسماس 2014`, `أول جمعة بعد عيد الفطر`, `ثاني خميس قبل 25 ديسمبر`.
        if n > 0 && self.is(k, &["بعد", "قبل"]) {
            let after = self.w(k) == "بعد";
            let (end, anchor) = [self.holiday(k + 1), self.day_month(k + 1), self.numeric(k + 1)].into_iter().flatten().max_by_key(|r| r.0)?;
            return Some((end, Expr::NthWeekdayFrom { n, wd, anchor: Box::new(anchor), after }));
        }
        if !self.is(k, &["من", "في", "ب"]) {
            return None;
        }
        let (end, month) = self.month_ref(k)?;
        Some((end, Expr::NthWeekday { n, wd, month: Box::new(month) }))
    }

    /// `اول اسبوع بشهر اكتوبر 2014`, `الاسبوع الاول من شهر عشرة 2014`, `اخر اسبوع في سبتمبر لعام 2014`.
    fn week_of_month(&self, i: usize) -> Option<(usize, Expr)> {
        let (n, k) = match (self.w(i), self.w(i + 1)) {
            ("اول", "اسبوع") => (1, i + 2),
            ("اخر", "اسبوع") => (-1, i + 2),
            ("الاسبوع", "الاول") => (1, i + 2),
            ("الاسبوع", "الاخير") => (-1, i + 2),
            _ => return None,
        };
        if !self.is(k, &["من", "في", "ب"]) {
            return None;
        }
        let (end, month) = self.month_ref(k)?;
        Some((end, Expr::WeekOfMonth { n, month: Box::new(month) }))
    }

    /// `اخر يوم بشهر عشرة سنة 2015`, `اليوم الاخير من شهر عشرة`, `ثالث يوم من شهر عشرة`.
    fn day_of_month(&self, i: usize) -> Option<(usize, Expr)> {
        let (n, k) = match (self.w(i), self.w(i + 1)) {
            ("اخر", "يوم") => (-1, i + 2),
            ("اليوم", "الاخير") => (-1, i + 2),
            (w, "يوم") => match lookup(ORDINALS, w) {
                Some(v) if (1..=10).contains(&v) => (v as i8, i + 2),
                _ => return None,
            },
            _ => return None,
        };
        if !self.is(k, &["من", "في", "ب"]) {
            return None;
        }
        let (end, month) = self.month_ref(k)?;
        Some((end, Expr::DayOfMonth { n, month: Box::new(month) }))
    }

    /// `عيد الفطر`, `عيد الأضحى 2013`, `رأس السنة الهجرية`, `المولد النبوي`, `عيد الميلاد 2020`, `عيد الفصح`.
    fn holiday(&self, i: usize) -> Option<(usize, Expr)> {
        let (h, end) = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("عيد", "الفطر", _) => (Holiday::EidAlFitr, i + 2),
            ("عيد", "الاضحي", _) => (Holiday::EidAlAdha, i + 2),
            ("راس", "السنه", "الهجريه") => (Holiday::HijriNewYear, i + 3),
            ("المولد", "النبوي", _) => (Holiday::Mawlid, i + 2),
            ("عيد", "الميلاد", _) => (Holiday::Christmas, i + 2),
            ("الكريسماس" | "كريسماس", _, _) => (Holiday::Christmas, i + 1),
            ("عيد", "الفصح", _) => (Holiday::Easter, i + 2),
            ("راس", "السنه", "الميلاديه") => (Holiday::NewYear, i + 3),
            ("راس", "السنه", w) if !matches!(w, "الهجريه" | "القمريه") => (Holiday::NewYear, i + 2),
            ("يوم", "العمال", _) => (Holiday::LabourDay, i + 2),
            ("عيد", "العمال", _) => (Holiday::LabourDay, i + 2),
            ("يوم" | "وقفه", "عرفه" | "عرفات", _) => (Holiday::Arafah, i + 2),
            ("عاشوراء" | "عاشورا", _, _) => (Holiday::Ashura, i + 1),
            ("ليله", "القدر", _) => (Holiday::LaylatAlQadr, i + 2),
            ("ذكري" | "ليله", "الاسراء", "والمعراج") => (Holiday::IsraMiraj, i + 3),
            ("عيد", "الام", _) => (Holiday::MothersDay, i + 2),
            ("عيد", "الحب", _) => (Holiday::Valentine, i + 2),
            // `ثاني أيام عيد الفطر`, `أول أيام عيد الأضحى`: the n-th day of the feast.
            (w, "ايام", "عيد") if lookup(ORDINALS, w).is_some_and(|n| (1..=4).contains(&n)) => {
                let (end, inner) = self.holiday(i + 2)?;
                let n = lookup(ORDINALS, w).unwrap_or(1) as i64;
                return Some((end, Expr::DayAfter { n: n - 1, base: Box::new(inner) }));
            }
            _ => return None,
        };
        // (`عيد ميلاده`, his birthday, is not Christmas: the rule wants the article.)
        let (end, year) = match self.year(end) {
            Some((e, y, false)) if (1900..=2100).contains(&y) => (e, Some(y)),
            _ => (end, None),
        };
        if year.is_none() {
            // `عيد الفطر المقبل`, `عيد الأضحى الماضي`; else the tense of the sentence.
            if let Some((e, k)) = self.dir(end, false).filter(|&(_, k)| k.abs() == 1) {
                let rel = if k > 0 { Rel::Next } else { Rel::Last };
                return Some((e, Expr::HolidayTensed { holiday: h, rel }));
            }
            match self.tense_before(i) {
                Rel::Bare => {}
                rel => return Some((end, Expr::HolidayTensed { holiday: h, rel })),
            }
        }
        Some((end, Expr::Holiday { holiday: h, year }))
    }

    /// اليوم، أمس، أول أمس، غدا، بعد غد، الليلة، صباح اليوم، مساء أمس، البارحة، الآن.
    fn relative_day(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        let mut part = false;
        if self.is(j, &["صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليله", "ظهيره", "صبيحه"]) {
            j += 1;
            part = true;
        }
        let w = self.w(j);
        let w2 = self.w(j + 1);
        let w3 = self.w(j + 2);
        let (end, k) = match w {
            "اليوم" | "هذا" if w == "اليوم" || w2 == "اليوم" => {
                let end = if w == "هذا" { j + 2 } else { j + 1 };
                match self.w(end) {
                    _ if matches!(w2, "السابق" | "الماضي" | "المنصرم") && w == "اليوم" => (j + 2, -1),
                    _ if w == "اليوم" && matches!(w2, "القبل" | "الي" | "الذي") && matches!(w3, "البارحه" | "قبل" | "بعد") => {
                        let e = if w3 == "قبل" || w3 == "بعد" { j + 4 } else { j + 3 };
                        (e, if w3 == "بعد" { 2 } else { -2 })
                    }
                    _ => (end, 0),
                }
            }
            "امس" | "الامس" | "البارحه" | "امبارح" | "مبارح" | "البارح" | "لبارح" => (j + 1, -1),
            // Levantine/Egyptian `أول مبارح`, Gulf `باجر`/`عقب باجر`, Maghrebi `غدوة`/`بعد غدوة`.
            "اول" if matches!(w2, "مبارح" | "امبارح" | "البارح") => (j + 2, -2),
            "باجر" | "باكر" | "غدوه" | "غدوا" => (j + 1, 1),
            "عقب" | "بعد" if matches!(w2, "باجر" | "باكر" | "غدوه" | "غدوا") => (j + 2, 2),
            "يوم" if matches!(w2, "امس" | "الامس") => (j + 2, -1),
            "يوم" if matches!(w2, "غد" | "الغد") => (j + 2, 1),
            "يوم" if w2 == "قبل" && w3 == "امس" => (j + 3, -2),
            "يوم" if w2 == "بعد" && matches!(w3, "غد" | "الغد") => (j + 3, 2),
            "اول" if matches!(w2, "امس" | "الامس") => (j + 2, -2),
            "اول" if w2 == "من" && matches!(w3, "امس" | "الامس") => (j + 3, -2),
            "قبل" if matches!(w2, "امس" | "الامس") => (j + 2, -2),
            "غدا" | "الغد" | "غد" | "بكره" | "بكرا" => (j + 1, 1),
            "بعد" if matches!(w2, "غد" | "الغد" | "بكره" | "بكرا") => (j + 2, 2),
            "الليله" if !part => {
                let (e, k) = self.dir(j + 1, false).filter(|&(_, k)| k == -1).unwrap_or((j + 1, 0));
                return Some((e, Expr::Night(k)));
            }
            "هذه" if w2 == "الليله" => return Some((j + 2, Expr::Night(0))),
            "الان" | "حالا" if !part => return Some((j + 1, Expr::Now)),
            "في" if w2 == "هذه" && w3 == "اللحظه" => return Some((j + 3, Expr::Now)),
            _ => {
                // Clitic forms: وأمس، وغدا.
                match strip_clitic(w) {
                    Some("امس" | "الامس") => (j + 1, -1),
                    Some("غدا" | "الغد") => (j + 1, 1),
                    Some("اليوم") if !self.is(j + 1, &["الاول", "الثاني", "الثالث", "الاخير"]) => (j + 1, 0),
                    _ => return None,
                }
            }
        };
        Some(self.with_clock(end, Expr::RelDay(k)))
    }

    /// A quantity of a unit: `3 أيام`, `ثلاثة أيام`, `يومين`, `أسبوع`, `21 يوما`. Returns (end, n, unit);
    /// n = None for a bare plural (`أيام`: some days).
    fn quantity(&self, i: usize) -> Option<(usize, Option<i64>, Unit)> {
        let (end, n, unit) = self.whole_quantity(i)?;
        // `عامين ونصف`, `ساعة ونصف`, `3 سنوات ونصف`: half a unit more, in the next smaller unit.
        let half = match self.w(end) {
            "ونصف" | "ونص" => Some(end + 1),
            "و" if matches!(self.w(end + 1), "نصف" | "نص") => Some(end + 2),
            _ => None,
        };
        if let (Some(e), Some(n)) = (half, n) {
            if let Some((k, smaller)) = smaller_unit(unit) {
                return Some((e, Some(n * k + k / 2), smaller));
            }
        }
        Some((end, n, unit))
    }

    fn whole_quantity(&self, i: usize) -> Option<(usize, Option<i64>, Unit)> {
        let w = self.w(i);
        if let Some(u) = lookup(DUALS, w) {
            return Some((i + 1, Some(2), u));
        }
        // Centuries and fractions: `قرن`, `قرنين`, `ربع قرن`, `نصف قرن`, `نصف ساعة`, `ربع ساعة`, `نصف عام`.
        match w {
            "قرن" => return Some((i + 1, Some(100), Unit::Year)),
            "قرنين" | "قرنان" => return Some((i + 1, Some(200), Unit::Year)),
            "ربع" | "نصف" | "نص" => {
                let quarter = w == "ربع";
                let (n, u) = match self.w(i + 1) {
                    "قرن" => (if quarter { 25 } else { 50 }, Unit::Year),
                    "ساعه" => (if quarter { 15 } else { 30 }, Unit::Minute),
                    "عام" | "سنه" if !quarter => (6, Unit::Month),
                    "شهر" if !quarter => (15, Unit::Day),
                    "دقيقه" if !quarter => (30, Unit::Second),
                    _ => return None,
                };
                return Some((i + 2, Some(n), u));
            }
            _ => {}
        }
        if let Some((e, n)) = self.count(i) {
            let u = lookup(UNITS, self.w(e))?;
            return Some((e + 1, Some(n as i64), u));
        }
        let u = lookup(UNITS, w)?;
        let plural = matches!(w, "ايام" | "اسابيع" | "اشهر" | "شهور" | "سنوات" | "سنين" | "اعوام" | "ساعات" | "دقائق" | "عقود");
        Some((i + 1, if plural { None } else { Some(1) }, u))
    }

    /// `قبل 3 أيام`, `منذ أسبوعين`, `بعد شهرين`, `خلال 3 ساعات`, `قبل أيام`, `3 أيام مضت`.
    fn offset(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        let (sign, j) = match w {
            "قبل" | "منذ" | "من" => (-1, i + 1),
            "بعد" | "خلال" => (1, i + 1),
            "في" if self.w(i + 1) == "غضون" => (1, i + 2),
            _ => {
                // `3 أيام مضت`, `7 أيام من الآن`
                let (e, n, unit) = self.quantity(i)?;
                if self.is(e, &["مضت", "مضي", "خلت"]) {
                    return Some((e + 1, Expr::Offset { n: -(n? ), unit }));
                }
                if self.is(e, &["من"]) && self.is(e + 1, &["الان", "اليوم"]) {
                    return Some((e + 2, Expr::Offset { n: n?, unit }));
                }
                return None;
            }
        };
        // A hedge between the direction and the count: `قبل نحو عامين`, `منذ حوالي 3 سنوات`, `بعد قرابة
        // أسبوع`, `قبل أكثر من شهر`, `منذ ما يقارب عشرين عاما`.
        let j = self.hedge(j);
        let (end, n, unit) = self.quantity(j)?;
        // `خلال عام 2026`, `بعد عام 2030`: a year, not one unit.
        if end == j + 1 && self.year(j).is_some() {
            return None;
        }
        // `بعد شهرين هجريين`, `قبل ثلاث سنوات هجرية`.
        if matches!(unit, Unit::Month | Unit::Year) && w != "من" {
            if let (Some(n), true) = (n, self.is(end, &["هجري", "هجريه", "هجريين", "هجريتين", "هجريا", "قمري", "قمريه", "قمريين", "قمريا"])) {
                return Some((end + 1, Expr::HijriOffset { n: sign * n, year: unit == Unit::Year }));
            }
        }
        // `من أسبوع` is "a week ago"; `من شهر أيلول`, `من 3 أيام` are not offsets.
        if w == "من" && (n != Some(1) || self.month(end).is_some() || self.month_number(j).is_some() || self.num(end).is_some()) {
            return None;
        }
        if matches!(w, "خلال") || (w == "في" && self.w(i + 1) == "غضون") {
            if let Some(n) = n {
                return Some((end, Expr::Within { n, unit }));
            }
        }
        // `خلال الأسبوع` etc. are rel_unit; `خلال 3 ساعات` is an offset into the future.
        match n {
            Some(n) => Some((end, Expr::Offset { n: sign * n, unit })),
            None => Some((end, Expr::Vague { unit })),
        }
    }

    /// Skips a hedge word (`نحو`, `حوالي`, `أكثر من`, `ما يقارب`) at `j`.
    fn hedge(&self, j: usize) -> usize {
        match (self.w(j), self.w(j + 1)) {
            ("نحو" | "حوالي" | "قرابه" | "زهاء" | "حولي" | "تقريبا" | "بحوالي" | "بنحو", _) => j + 1,
            ("اكثر" | "اقل" | "ازيد", "من") => j + 2,
            ("ما", "يقارب" | "يزيد" | "يربو") => {
                if self.is(j + 2, &["عن", "علي", "من"]) { j + 3 } else { j + 2 }
            }
            _ => j,
        }
    }

    /// `الصيف الماضي`, `الشتاء قبل الماضي`, `صيف 2016`, `هذا الخريف`, `ربيع العام المقبل`: a season
    /// (meteorological, northern: spring March–May, summer June–August, autumn September–November, winter
    /// December–February). A bare season word (`يحب الربيع`) is not a date.
    fn season(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        let this = self.is(j, &["هذا"]);
        if this {
            j += 1;
        }
        let w = self.w(j);
        let w = strip_clitic(w).filter(|r| season_of(r).is_some()).unwrap_or(w);
        let (start, article) = season_of(w)?;
        if article {
            if let Some((e, k)) = self.dir(j + 1, true) {
                return Some((e, Expr::Season { start, k: if this { 0 } else { k }, year: None }));
            }
            return this.then_some((j + 1, Expr::Season { start, k: 0, year: None }));
        }
        // `صيف 2016`, `شتاء العام الماضي`, `ربيع هذا العام`.
        if let Some((e, y, false)) = self.year(j + 1).filter(|&(_, y, _)| (1000..=2200).contains(&y)) {
            return Some((e, Expr::Season { start, k: 0, year: Some(Box::new(Expr::Year(y))) }));
        }
        if let Some((e, year @ Expr::RelUnit { unit: Unit::Year, .. })) = self.rel_unit(j + 1) {
            return Some((e, Expr::Season { start, k: 0, year: Some(Box::new(year)) }));
        }
        None
    }

    /// `غرة رمضان`, `غرة شهر شوال المقبل`, `غرة يناير 2026`: the first day of a month.
    fn ghurra(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.is(i, &["غره", "مطلع"]) || self.w(i) != "غره" && strip_clitic(self.w(i)) != Some("غره") {
            return None;
        }
        let mut k = i + 1;
        if self.is(k, &["شهر"]) {
            k += 1;
        }
        let (mut end, m, cal) = self.month(k)?;
        let month = match (cal, self.year(self.comma(end))) {
            (Cal::Hijri, Some((e, y, _))) if y < 1700 => {
                end = e;
                Expr::HijriMonth { y, m }
            }
            (Cal::Gregorian, Some((e, y, false))) => {
                end = e;
                Expr::Month { y: Some(y), m }
            }
            (Cal::Solar, _) => return None,
            (cal, _) => {
                let (e, k) = self.dir(end, false).unwrap_or((end, 0));
                end = e;
                match (cal, k) {
                    (Cal::Hijri, k) => Expr::HijriMonthDir { m, k },
                    (_, 0) => Expr::Month { y: None, m },
                    (_, k) => Expr::MonthDir { m, k },
                }
            }
        };
        Some((end, Expr::DayOfMonth { n: 1, month: Box::new(month) }))
    }

    /// `الثمانينيات`, `ثمانينيات القرن الماضي`, `التسعينات`, `سبعينيات القرن العشرين`: a decade. Without a
    /// century it is the latest one begun by the reference (`العشرينيات` in 2025 is the 2020s).
    fn decade(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        let w = strip_clitic(w).filter(|r| decade_of(r).is_some()).unwrap_or(w);
        let tens = decade_of(w)?;
        let mut end = i + 1;
        let mut century = None;
        if self.is(end, &["القرن"]) {
            match self.w(end + 1) {
                "الماضي" | "المنصرم" | "الفائت" | "السابق" => century = Some(-1),
                "الحالي" | "الجاري" => century = Some(0),
                "العشرين" => century = Some(19),
                "التاسع" if matches!(self.w(end + 2), "عشر") => century = Some(18),
                "الحادي" if self.w(end + 2) == "والعشرين" => century = Some(20),
                _ => {}
            }
            if century.is_some() {
                end += if matches!(century, Some(18 | 20)) { 3 } else { 2 };
            }
        }
        // Bare decades need the article (`ثمانينيات` alone is rare and ambiguous).
        if century.is_none() && !w.starts_with("ال") {
            return None;
        }
        Some((end, Expr::Decade { tens, century }))
    }

    /// `الربع الأول من 2016`, `الربع الثالث من العام الجاري`, `النصف الثاني من العام الماضي`, `الربع الأخير
    /// من السنة المقبلة`: a quarter or half of a year.
    fn quarter(&self, i: usize) -> Option<(usize, Expr)> {
        // `هذا الربع`, `الربع القادم`, `الربع الماضي`: the reference's quarter moved.
        let this = self.is(i, &["هذا"]);
        let q = if this { i + 1 } else { i };
        if self.w(q) == "الربع" {
            if let Some((e, k)) = self.dir(q + 1, true) {
                return Some((e, Expr::QuarterRel { k: if this { 0 } else { k } }));
            }
            if this {
                return Some((q + 1, Expr::QuarterRel { k: 0 }));
            }
        }
        let months = match self.w(i) {
            "الربع" => 3,
            "النصف" => 6,
            _ => return None,
        };
        let n: u8 = match self.w(i + 1) {
            "الاول" => 1,
            "الثاني" => 2,
            "الثالث" if months == 3 => 3,
            "الرابع" if months == 3 => 4,
            "الاخير" => 12 / months,
            _ => return None,
        };
        let mut k = i + 2;
        if self.is(k, &["من", "في", "ل"]) {
            k += 1;
        }
        let (end, year) = if let Some((e, y, false)) = self.year(k) {
            (e, Expr::Year(y))
        } else if let Some((e, year @ Expr::RelUnit { unit: Unit::Year, .. })) = self.rel_unit(k) {
            (e, year)
        } else {
            return None;
        };
        Some((end, Expr::YearPart { first_month: (n - 1) * months + 1, months, year: Box::new(year) }))
    }

    /// `الأسبوع الماضي`, `الشهر المقبل`, `العام الماضي`, `هذا العام`, `السنة الحالية`, `الاسبوع الجاري`,
    /// `الشهر قبل الماضي`, `السنة بعد الجاية`, `هالسنة`, `السنة دي`, `الساعة القادمة`, `العام الهجري
    /// المنصرم`, `الشهر الهجري المقبل`; and plural spans: `الأسابيع الثلاثة القادمة`, `الأيام العشرة
    /// الماضية`, `الأشهر المقبلة`.
    fn rel_unit(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        let this = self.is(j, &["هذا", "هذه"]);
        if this {
            j += 1;
        }
        let w = self.w(j);
        let unit_of = |w: &str| -> Option<Unit> {
            Some(match w {
                "الاسبوع" | "السيمانه" => Unit::Week,
                "الشهر" => Unit::Month,
                "العام" | "السنه" => Unit::Year,
                "اليوم" => Unit::Day,
                "الساعه" => Unit::Hour,
                "الدقيقه" => Unit::Minute,
                _ => return None,
            })
        };
        // `هالسنة`, `هالشهر`, `هالأسبوع`: this one.
        if let Some(u) = w.strip_prefix("ه").and_then(|r| unit_of(r)).filter(|u| *u >= Unit::Week) {
            return Some((j + 1, Expr::RelUnit { unit: u, k: 0 }));
        }
        // Plural spans.
        let bare = strip_clitic(w).filter(|r| r.starts_with("ال")).unwrap_or(w);
        let (plural, dual) = match bare {
            "الايام" => (Some(Unit::Day), false),
            "الاسابيع" => (Some(Unit::Week), false),
            "الاشهر" | "الشهور" => (Some(Unit::Month), false),
            "السنوات" | "الاعوام" | "السنين" => (Some(Unit::Year), false),
            "الساعات" => (Some(Unit::Hour), false),
            "الدقائق" | "الثواني" => (Some(Unit::Minute), false),
            // Duals: `الأسبوعين الماضيين`, `الشهرين المقبلين`.
            "اليومين" => (Some(Unit::Day), true),
            "الاسبوعين" => (Some(Unit::Week), true),
            "الشهرين" => (Some(Unit::Month), true),
            "العامين" | "السنتين" => (Some(Unit::Year), true),
            _ => (None, false),
        };
        if let Some(unit) = plural.filter(|_| !this) {
            // `الأيام العشرة`, `الساعات الـ24`, `السنوات 5`.
            let mut c = j + 1;
            if self.w(c) == "ال" && self.num(c + 1).is_some() && !self.t[c + 1].space_before {
                c += 1;
            }
            let (k2, n) = match self.count(c) {
                _ if dual => (j + 1, Some(2)),
                Some((e, n)) if self.t[c].kind != Kind::Number || n <= 99 => (e, Some(n as i64)),
                _ => (j + 1, None),
            };
            let span_dir = |x: &str| -> Option<i64> {
                Some(match x {
                    "الاخيره" | "الاخيرين" | "الاخيرتين" | "الماضيين" | "الماضيتين" | "المنصرمين" | "الفائتين" => -1,
                    "المقبلين" | "المقبلتين" | "القادمين" | "القادمتين" => 1,
                    _ => return None,
                })
            };
            let (e, k) = match span_dir(self.w(k2)) {
                Some(k) => (k2 + 1, k),
                None => self.dir(k2, false).filter(|&(_, k)| k.abs() == 1)?,
            };
            if unit <= Unit::Hour {
                return Some((e, Expr::Vague { unit }));
            }
            return Some((e, Expr::UnitsSpan { unit, n, k }));
        }
        let unit = match unit_of(w) {
            Some(u) => u,
            None => match strip_clitic(w).and_then(|r| unit_of(r)) {
                Some(u) if !this => u,
                _ => return None,
            },
        };
        // Hijri: `العام الهجري المنصرم`, `الشهر الهجري القادم`, `هذا العام الهجري`.
        if matches!(unit, Unit::Month | Unit::Year) && self.is(j + 1, &["الهجري", "الهجريه"]) {
            let year = unit == Unit::Year;
            if let Some((e, k)) = self.dir(j + 2, true) {
                return Some((e, Expr::HijriUnit { year, k }));
            }
            return this.then_some((j + 2, Expr::HijriUnit { year, k: 0 }));
        }
        // Day, hour and minute only with a direction (`اليوم` alone is the relative-day rule).
        let small = unit < Unit::Week;
        match self.dir(j + 1, !small) {
            Some((e, k)) if !(small && k == 0) => {
                if unit == Unit::Day && !(k == 1 || k == -1 || k.abs() >= 2) {
                    return None;
                }
                Some((e, Expr::RelUnit { unit, k }))
            }
            _ if this && !small => Some((j + 1, Expr::RelUnit { unit, k: 0 })),
            _ => None,
        }
    }

    /// A week, then a weekday in it: `الأسبوع المقبل يوم الثلاثاء`, `الأسبوع الماضي، الأحد`, `هذا الأسبوع في
    /// يوم الخميس`.
    fn week_then_weekday(&self, i: usize) -> Option<(usize, Expr)> {
        let (mut k, week) = self.rel_unit(i)?;
        let Expr::RelUnit { unit: Unit::Week, k: weeks } = week else { return None };
        k = self.comma(k);
        if self.is(k, &["في"]) {
            k += 1;
        }
        let yawm = self.is(k, &["يوم"]);
        if yawm {
            k += 1;
        }
        let w = self.w(k);
        let wd = lookup(WEEKDAYS, w)
            .or_else(|| strip_clitic(w).and_then(|s| lookup(WEEKDAYS, s)))
            .or_else(|| if yawm { lookup(BARE_WEEKDAYS, w) } else { None })?;
        Some(self.with_clock(k + 1, Expr::WeekdayInWeek { wd, k: weeks }))
    }

    /// The tense of the sentence before token `i`: Rel::Next for a future marker (`سيزور`, `ستجرى`, `من
    /// المقرر`, `سوف`), Rel::Last for a past one (a perfect verb: `أغلقت`, `احتفلوا`, `قد`/`كان`), Rel::Bare
    /// when nothing says.
    fn tense_before(&self, i: usize) -> Rel {
        let mut k = i;
        let mut past = false;
        while k > 0 && i - k < 12 {
            k -= 1;
            let t = &self.t[k];
            if t.kind == Kind::Punct && matches!(&*t.n, "." | "!" | "؟" | "?" | "\n") {
                break;
            }
            if t.kind != Kind::Word {
                continue;
            }
            let w = &*t.n;
            let w = strip_clitic(w).filter(|_| w.starts_with('و') || w.starts_with('ف')).unwrap_or(w);
            if is_future_marker(w) {
                return Rel::Next;
            }
            if is_past_marker(w) {
                past = true;
            }
        }
        if past { Rel::Last } else { Rel::Bare }
    }

    /// `لمدة ثلاثة أيام`, `طيلة أسبوعين`, `على مدى 3 سنوات`, and a bare `3 أيام`.
    fn duration(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.is(j, &["لمده", "مده", "طيله", "طوال", "طول"]) {
            j += 1;
        } else if self.is(j, &["علي"]) && self.is(j + 1, &["مدي", "مدار"]) {
            j += 2;
        } else if i > 0 && matches!(self.w(i - 1), "قبل" | "منذ" | "بعد" | "خلال" | "غضون" | "من") {
            return None;
        }
        if j == i && self.w(i) == "لحظه" && self.lone_unit_after(i) {
            return Some((i + 1, Expr::Duration { n: 1, unit: Unit::Second }));
        }
        let (end, n, unit) = self.quantity(j)?;
        let n = n?;
        // A bare count needs a number before the unit or a dual: `أسبوع` alone is only a duration when it is
        // a whole noun phrase (`انتظر أسبوعا.`, `شهر في السجن`), not a construct (`شهر العسل`), `كل يوم`, `ذات
        // يوم` or `مرة ثانية`.
        if j == i && end == i + 1 && lookup(DUALS, self.w(i)).is_none() && !self.lone_unit(i) {
            return None;
        }
        Some((end, Expr::Duration { n, unit }))
    }

    /// `لحظة` alone (a moment: one second), not `لحظة وصوله` or `في لحظة`.
    fn lone_unit_after(&self, i: usize) -> bool {
        let next_free = self.t.get(i + 1).is_none_or(|t| t.kind == Kind::Punct);
        next_free && (i == 0 || !self.is(i - 1, &["في", "هذه", "تلك", "كل", "ذات", "اخر", "اول"]))
    }

    /// Whether the unit word at `i` stands alone as a noun phrase (see [`Scanner::duration`]).
    fn lone_unit(&self, i: usize) -> bool {
        if !matches!(self.w(i), "ثانيه" | "دقيقه" | "ساعه" | "يوم" | "يوما" | "اسبوع" | "اسبوعا" | "شهر" | "شهرا" | "سنه" | "عاما") {
            return false;
        }
        let next_free = match self.t.get(i + 1) {
            None => true,
            Some(t) if t.kind == Kind::Punct => !matches!(&*t.n, "/" | "-" | ":"),
            Some(_) => self.is(i + 1, &["في", "من", "علي", "الي", "حتي", "ثم", "او", "فقط", "كامل", "كاملا", "كامله", "واحد", "واحده"]),
        };
        let prev_free = i == 0
            || !(self.is(i - 1, &["كل", "ذات", "في", "هذا", "ذلك", "هذه", "تلك", "نفس", "اي", "لكل", "عن", "ب", "خلال"])
                || self.w(i) == "ثانيه" && self.w(i - 1).ends_with('ه')
                || self.num(i - 1).is_some());
        next_free && prev_free
    }

    /// `عام 2022`, `سنة 2015`, `في 2022`, `2022م`, `1446 هـ`.
    fn year_only(&self, i: usize) -> Option<(usize, Expr)> {
        let cue_word = self.is(i, &["عام", "سنه", "العام", "السنه"]);
        let (end, y, hijri) = self.year(i)?;
        let explicit = cue_word || self.w(end - 1) == "م" || hijri;
        let prev_cue = i > 0 && self.is(i - 1, &["في", "منذ", "حتي", "قبل", "بعد", "خلال", "مطلع", "اواخر", "نهايه", "بدايه", "مطلع"]);
        if !(explicit || prev_cue && (1900..=2100).contains(&y)) {
            return None;
        }
        if hijri {
            return Some((end, Expr::HijriYear(y)));
        }
        (1000..=2200).contains(&y).then_some((end, Expr::Year(y)))
    }

    /// مؤخرا، في الآونة الأخيرة، في وقت سابق.
    fn vague_word(&self, i: usize) -> Option<(usize, Expr)> {
        match self.w(i) {
            "مؤخرا" | "موخرا" => Some((i + 1, Expr::Vague { unit: Unit::Day })),
            "في" if self.w(i + 1) == "الاونه" && self.w(i + 2) == "الاخيره" => Some((i + 3, Expr::Vague { unit: Unit::Day })),
            "في" if self.w(i + 1) == "وقت" && self.w(i + 2) == "سابق" => Some((i + 3, Expr::Vague { unit: Unit::Day })),
            _ => None,
        }
    }
}

/// The tens of a decade word: `الثمانينيات`/`الثمانينات`/`ثمانينيات` → 80.
fn decade_of(w: &str) -> Option<u8> {
    let w = w.strip_prefix("ال").unwrap_or(w);
    let stem = w.strip_suffix("يات").or_else(|| w.strip_suffix("ات"))?;
    Some(match stem {
        "عشرين" => 20,
        "ثلاثين" => 30,
        "اربعين" => 40,
        "خمسين" => 50,
        "ستين" => 60,
        "سبعين" => 70,
        "ثمانين" => 80,
        "تسعين" => 90,
        _ => return None,
    })
}

/// The next smaller unit and how many of it make one (for `ونصف`).
fn smaller_unit(u: Unit) -> Option<(i64, Unit)> {
    Some(match u {
        Unit::Year => (12, Unit::Month),
        Unit::Month => (30, Unit::Day),
        Unit::Day => (24, Unit::Hour),
        Unit::Hour => (60, Unit::Minute),
        Unit::Minute => (60, Unit::Second),
        _ => return None,
    })
}

/// A season word: (first month, said with the article). `الصيف` (6, true), `صيف` (6, false).
fn season_of(w: &str) -> Option<(u8, bool)> {
    Some(match w {
        "الربيع" => (3, true),
        "الصيف" => (6, true),
        "الخريف" => (9, true),
        "الشتاء" | "الشتا" => (12, true),
        "ربيع" => (3, false),
        "صيف" => (6, false),
        "خريف" => (9, false),
        "شتاء" | "شتا" => (12, false),
        _ => return None,
    })
}

/// A lunar Hijri day; a 30th where the Umm al-Qura month has 29 days is the day after the 29th (months
/// fixed by sighting can be a day longer).
fn hijri_day(y: i32, m: u8, d: u8) -> Option<Date> {
    hijri_to_gregorian(y, m, d).or_else(|| if d == 30 { hijri_to_gregorian(y, m, 29)?.add_days(1) } else { None })
}

/// Whether the page writes numeric day-month pairs month first (see [`Scanner::month_first`]).
fn page_month_first(t: &[Tok]) -> bool {
    let (mut md, mut dm) = (0, 0);
    for w in t.windows(3) {
        let (Some(a), Some(b)) = (w[0].num, w[2].num) else { continue };
        if w[1].kind != Kind::Punct || !matches!(&*w[1].n, "/" | "-" | ".") || w[0].digits > 2 || w[2].digits > 2 {
            continue;
        }
        if (1..=12).contains(&a) && (13..=31).contains(&b) {
            md += 1;
        } else if (13..=31).contains(&a) && (1..=12).contains(&b) {
            dm += 1;
        }
    }
    md > dm
}

/// Words that put a sentence in the future: `سوف`, `من المقرر`, `المرتقب`, and verbs with the future
/// prefix س (`سيزور`, `ستجرى`, `سنحتفل`, `سأسافر`) — not nouns that start the same way (`سيارة`, `ستة`).
fn is_future_marker(w: &str) -> bool {
    if matches!(w, "سوف" | "المقرر" | "مقرر" | "المرتقب" | "المرتقبه" | "المزمع" | "المزمعه" | "يعتزم" | "تعتزم" | "المنتظر" | "المقبل" | "المقبله" | "القادم" | "القادمه" | "يرتقب" | "ينتظر" | "تنطلق" | "ينطلق") {
        return true;
    }
    let mut c = w.chars();
    if c.next() != Some('س') || !matches!(c.next(), Some('ي' | 'ت' | 'ن' | 'ا')) || w.chars().count() < 5 {
        return false;
    }
    !matches!(
        w,
        "سياسه" | "سياسي" | "سياسيه" | "سياسات" | "سياسيون" | "سياسيين" | "سياره" | "سيارات" | "سياحه" | "سياحي" | "سياحيه"
            | "سيطره" | "سيده" | "سيدات" | "ستين" | "ستون" | "ستار" | "ستاد" | "ستوديو" | "سيناريو" | "سيناء" | "سياق"
            | "سيول" | "سيوف" | "سيرين" | "ساعات" | "ساعه" | "سابق" | "سابقه" | "سابقا" | "ساحه" | "سادس" | "سادسه"
            | "سالم" | "سامي" | "ساره" | "سامح" | "سنوات" | "سنويا" | "سنوي" | "سنويه" | "سنين" | "ستمائه" | "سيدني"
    )
}

/// Words of a sentence about the past: `قد`/`لقد`/`كان`/`أمس`, and perfect verbs (a word ending in ت or
/// وا without the article: `أغلقت`, `احتفلت`, `احتفلوا`; not plurals in ات).
fn is_past_marker(w: &str) -> bool {
    if matches!(w, "قد" | "لقد" | "كان" | "كانت" | "كانوا" | "امس" | "الماضي" | "الماضيه" | "تم" | "جرت" | "جري" | "شهدت" | "شهد") {
        return true;
    }
    if w.starts_with("ال") || w.chars().count() < 4 || w.ends_with("ات") || w.ends_with("وت") {
        return false;
    }
    (w.ends_with('ت') || w.ends_with("وا")) && !matches!(w.chars().next(), Some('ي' | 'ت' | 'ن'))
}

/// Every time expression in `text`, left to right, without overlaps.
pub fn scan(text: &str) -> Vec<Found> {
    let s = Scanner::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.t.len() {
        match s.at(i) {
            Some((end, expr)) if end > i => {
                let end = end.min(s.t.len());
                out.push(Found { start: s.t[i].start, end: s.t[end - 1].end, expr });
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words the rules start with: a rule whose first word is not a trigger silently never runs.
    #[test]
    fn every_rule_start_word_is_a_trigger() {
        let starts = [
            // relative days and their dialect forms
            "اليوم", "امس", "امبارح", "مبارح", "البارحه", "البارح", "غدا", "بكره", "باجر", "عقب", "غدوه", "الليله", "الان",
            // offsets, hedges, durations, fractions
            "قبل", "منذ", "بعد", "خلال", "في", "لمده", "طيله", "قرن", "قرنين", "ربع", "نصف", "لحظه", "يوما", "اسبوعا",
            // units with directions, spans, duals, dialect this
            "الاسبوع", "الشهر", "العام", "السنه", "الساعه", "الدقيقه", "هالسنه", "هالشهر", "هالاسبوع", "السيمانه",
            "الايام", "الاسابيع", "الاشهر", "السنوات", "الساعات", "اليومين", "الاسبوعين", "الشهرين", "العامين",
            // weekdays, months, parts, seasons, quarters, decades, first of a month
            "يوم", "نهار", "الجمعه", "التلاتا", "شهر", "رمضان", "اغسطس", "تموز", "مطلع", "اواخر", "منتصف", "غره",
            "الصيف", "صيف", "الشتاء", "الربع", "النصف", "الثمانينيات", "تسعينات",
            // holidays
            "عيد", "راس", "المولد", "عاشوراء", "وقفه", "ليله", "ذكري", "كريسماس",
            // written numbers of every family
            "خمسه", "واحد", "احد", "اثنا", "الحادي", "الثالث", "العشرين", "تمنتاشر", "اتناشر", "الف", "الفين", "مائه",
            "تسعمائه", "مئتين",
        ];
        for w in starts {
            let s = Scanner::new(w);
            assert_eq!(s.t.len(), 1, "{w}");
            assert!(s.may_start(0), "help: {w:?} starts a rule but is not a trigger");
        }
    }
}
