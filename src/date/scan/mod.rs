//! The scanner: finds time expressions in a text and says what each one names ([`Expr`]), without
//! resolving anything. It works on tokens (`segment::tokens`) in matching form, so diacritics,
//! tatweel, letter variants and Eastern digits are already folded; every match is a token range, so
//! offsets always point into the original text.
//!
//! At each token the scanner tries every rule and keeps the longest match (ties: the first rule).
//! Rules are small methods, one file per family, each with its own unit tests: `days.rs`, `months.rs`,
//! `numeric.rs`, `clock.rs`, `offsets.rs`, `years.rs`, `holidays.rs`. The pieces they share are here
//! (tokens, `day`, `count`, `ordinal_number`) or in `number.rs` and `direction.rs`. Adding a form means
//! adding a method, one line in [`Scanner::at`], and its first words to [`TRIGGERS`] (the test
//! `every_rule_start_word_is_a_trigger` lists them: a rule whose first word is not a trigger never runs).

use crate::words::one_of;
use std::rc::Rc;
use super::calendar::{Date, Time};
use super::expr::{Expr, Holiday, Part, Rel};
use super::hijri::{hijri_to_gregorian, solar_to_gregorian};
use super::direction;
use super::lexicon::*;
use super::number::{self, key, Number};
use crate::normalize::fold;
use crate::segment::clitic::{self, strip_one};
use crate::segment::{tokens, Kind};

mod clock;
mod days;
mod habits;
mod holidays;
mod months;
mod national_days;
mod numeric;
mod offsets;
mod ranges;
mod years;

use numeric::page_month_first;

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
    /// What the word alone says to the rules (`MAY_START`, `MONTH_FIRST`), worked out once per distinct
    /// word with its matching form.
    flags: u8,
}

/// A word some rule starts with ([`TRIGGERS`], bare or after a glued clitic), or a number.
const MAY_START: u8 = 1;
/// The first word of a month name ([`MONTH_FIRST_WORDS`], bare or after a glued clitic).
const MONTH_FIRST: u8 = 2;
/// A unit word written with a glued `لل` (`للأسبوع المقبل`, `لليوم التالي`): its matching form is the
/// article form (`الاسبوع`), so every unit rule reads it; `لليوم` alone is no today (see `relative_day`).
const GLUED_LAM: u8 = 4;

/// The article form of a unit written with a glued `لل` (`للاسبوع` → `الاسبوع`, `لليومين` → `اليومين`):
/// `لل` is `ل` + `ال` with the alef dropped, which no clitic split gives back. Units only ([`UNITS`],
/// [`DUALS`]): `لليلة` and the month names keep their own readings.
fn glued_lam_unit(n: &str) -> Option<String> {
    let stem = n.strip_prefix("لل")?;
    (lookup(UNITS, stem).is_some() || lookup(DUALS, stem).is_some()).then(|| format!("ال{stem}"))
}

/// Whether `w` (matching form), or `w` without a glued clitic (`strip_one`), is what `f` asks for.
fn bare_or_stripped(w: &str, f: impl Fn(&str) -> bool) -> bool {
    !w.is_empty() && (f(w) || strip_one(w).is_some_and(&f))
}

/// The flags of a token of `kind` whose matching form is `n`.
fn flags_of(kind: Kind, n: &str) -> u8 {
    match kind {
        // (A bracket starts a year in brackets: `قبل (1948)`.)
        Kind::Number => MAY_START,
        Kind::Punct if n == "(" => MAY_START,
        Kind::Word => {
            let mut f = 0;
            // `حتى` starts `حتى الساعة 2:00` but is no trigger, so `وحتى` stays one word inside ranges (`بقي`,
            // of `ما بقي من العام`, neither: `وبقي` is a verb of the past).
            if bare_or_stripped(n, |w| TRIGGERS.contains(w)) || n == "حتي" || n == "بقي" {
                f |= MAY_START;
            }
            if bare_or_stripped(n, |w| MONTH_FIRST_WORDS.contains(w)) {
                f |= MONTH_FIRST;
            }
            f
        }
        _ => 0,
    }
}

#[derive(Clone, Copy)]
enum Cal {
    Gregorian,
    Hijri,
    Solar,
}

struct Scanner {
    t: Vec<Tok>,
    /// [`Scanner::month_name`] at each token that starts one (several rules ask at the same token).
    months: Vec<Option<(usize, u8, Cal)>>,
    /// The page writes day-month numbers month first (`6/27`): more unambiguous month-first pairs than
    /// day-first ones. Ambiguous pairs (`9/3`) follow it; day first otherwise.
    month_first: bool,
    /// The last [`Scanner::clock_parts`] answers, by token index modulo 4: the clock rules ask at the
    /// same tokens (a clock, a clock range, a clock before or after a date, a clock with a day part).
    clocks: std::cell::Cell<[Option<(usize, ClockParts)>; 4]>,
}

/// What [`Scanner::clock_parts`] finds at a token: (end, time, minutes were given).
type ClockParts = Option<(usize, crate::date::calendar::Time, bool)>;

/// Every word a rule can start with (first words of month names, weekdays, numbers, units, cues).
/// Owned keys: the article forms are made here, and nothing is leaked (LeakSanitizer runs in `make fuzz`).
static TRIGGERS: std::sync::LazyLock<crate::hash::FastSet<Box<str>>> = std::sync::LazyLock::new(|| {
    let mut set: crate::hash::FastSet<Box<str>> = Default::default();
    for (w, _) in MONTHS.iter().chain(HIJRI_MONTHS).chain(SOLAR_MONTHS).chain(DARI_MONTHS) {
        set.insert(key(w.split(' ').next().unwrap()));
    }
    for (w, _) in WEEKDAYS.iter().chain(BARE_WEEKDAYS) {
        set.insert(key(w));
        if w.starts_with("ال") {
            set.insert(format!("ه{w}").into_boxed_str()); // Levantine `هالجمعة`: this Friday
        }
    }
    for (w, _) in ORDINALS.iter().chain(CARDINALS).chain(TENS) {
        set.insert(key(w));
    }
    for (w, _) in UNITS.iter().chain(DUALS) {
        set.insert(key(w));
    }
    for (w, _, _) in DAY_PARTS {
        set.insert(key(w));
    }
    // Every written number word, with and without the article, and every direction word.
    for table in [number::UNIT_CARDINALS, number::TEEN_HEADS, number::UNIT_ORDINALS, number::DIALECT_TEENS, number::TENS_WORDS] {
        for (w, _) in table {
            set.insert(key(w));
            set.insert(format!("ال{w}").into_boxed_str());
        }
    }
    set.extend(number::HUNDREDS_AND_THOUSANDS.iter().map(|w| key(w)));
    for stem in ["عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "تلاتين", "تمانين"] {
        for form in [format!("{stem}يات"), format!("{stem}ات"), format!("ال{stem}يات"), format!("ال{stem}ات")] {
            set.insert(form.into_boxed_str());
        }
    }
    // (Word lists as static slices, never arrays mapped with `[…].map(key)`: `array::map` is unrolled, one
    // allocation's code per word, 1.9 KB of the `.wasm`.)
    set.insert(key("غره"));
    set.insert(key("ال")); // `الـ 48 ساعة الماضية`
    set.extend(<[&str]>::iter(&["q", "h"][..]).map(|w| key(w))); // `Q3 2025`, `H1 2024`
    set.insert(key("ل")); // Maghrebi `ليوم` (today), split by the scanner into `ل` + `يوم`
    set.extend(<[&str]>::iter(&["الحين", "دلوقتي", "دلوقت", "هلق", "دابا", "هسه", "هسا", "توا", "هاي", "هذي", "yesterday", "today", "tomorrow", "النهارده", "انهارده", "النهارد", "النهاردا"][..]).map(|w| key(w)));
    // (Direction words only follow a unit, weekday or month: they start nothing, and `الذي`/`التي` are
    // among the most frequent words.)
    set.extend(<[&str]>::iter(&[
        "هالسنه", "هالعام", "هالشهر", "هالاسبوع", "هاليوم", "شهري", "الايام", "الاشهر", "الشهور", "السنوات", "الاعوام",
        "الساعات", "الدقائق", "الدقيقه", "الساعه", "الهجري", "الهجريه", "بتاريخ", "تاريخ", "يوما", "امبارح", "لبارح", "يامس",
        "قرن", "قرنين", "ربع", "نصف", "اليومين", "الاسبوعين", "الشهرين", "العامين", "السنتين", "وقفه", "عرفه", "عاشوراء", "عاشورا", "ذكري", "الربيع", "الصيف", "الخريف", "الشتاء", "صيف", "خريف", "شتاء", "الربع", "النصف", "البارح", "مبارح", "باجر", "باچر", "باكر", "عقب", "عگب", "گبل", "كمان", "غدوه", "غدوا", "السيمانه", "نهار", "اول", "عشيه", "ليله", "صبيحه", "الموافق", "لحظه", "لغايه",
    ][..]).map(|w| key(w)));
    set.extend(<[&str]>::iter(&[
        "قبل", "بعد", "منذ", "خلال", "في", "من", "يوم", "اليوم", "امس", "الامس", "البارحه", "امبارح", "غدا", "الغد",
        "غد", "بكره", "بكرا", "الليله", "هذا", "هذه", "هاد", "هاذ", "عند", "حوالي", "بحدود", "قرابه", "نحو", "تمام", "الساعه", "ساعه",
        "لمده", "مده", "طيله", "طوال", "طول", "علي", "مطلع", "اوائل", "بدايه", "مستهل", "اول", "منتصف", "اواسط", "نصف",
        "نص", "اواخر", "نهايه", "اخر", "ختام", "بقيه", "باقي", "تبقي", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ظهيره", "الظهيره", "صبيحه", "الان",
        "حالا", "عطله", "الويكند", "ويكند", "الويك", "ويك", "العيد", "الشتا", "شتا", "هالشتا", "هالشتاء", "هالصيف", "الفصل", "الثلث", "النص", "gmt", "utc", "مؤخرا", "موخرا", "عام", "سنه", "العام", "السنه", "الشهر", "الاسبوع", "شهر",
        "عيد", "راس", "المولد", "الكريسماس", "كريسماس", "ثالث", "رابع", "خامس", "ثاني", "ثان", "اسبوع", "الاسابيع",
        "بين", "القرن", "العقد", "العقدين", "العقود", "الثلاثي", "السداسي", "الفاتح", "فاتح", "العشر", "العشره",
    ][..]).map(|w| key(w)));
    set
});

/// The first words of every month name (Gregorian families, Hijri, Solar Hijri).
static MONTH_FIRST_WORDS: std::sync::LazyLock<crate::hash::FastSet<&'static str>> = std::sync::LazyLock::new(|| {
    MONTHS.iter().chain(HIJRI_MONTHS).chain(SOLAR_MONTHS).chain(DARI_MONTHS).map(|(w, _)| w.split(' ').next().unwrap_or(w)).collect()
});

/// Frequent words that begin time expressions without being one (`في 2020`, `من الأحد`, `قبل يومين`,
/// `منذ أكثر من عامين`): what follows them within three tokens must start an expression itself.
fn is_lead_in(w: &str) -> bool {
    one_of!(w, ["في", "من", "بين", "علي", "عند", "خلال", "منذ", "قبل", "بعد", "حتي", "هذا", "هذه", "نحو", "حوالي"])
}

/// Words that start or make up time expressions, for splitting clitics off them.
fn is_date_word(w: &str) -> bool {
    TRIGGERS.contains(w) || one_of!(w, ["الموافق", "الاول", "الثاني"])
}

/// If `raw` (folded: `n`) is a clitic plus a date word, the byte offset (in `raw`) where the date
/// word starts and the clitic in matching form: the readings of `segment::clitic::splits` without
/// the article, longest first (`وبأمس` → `وب` + `أمس`, `والخميس` → `و` + `الخميس`). `وك` and `فك` are
/// not cut (`وكمن` is no `من`).
fn clitic_split<'a>(raw: &str, n: &'a str) -> Option<(usize, &'a str)> {
    if is_date_word(n) {
        return None;
    }
    strip_one(n)?; // (a quick no for most words: every reading starts with one of these letters)
    clitic::splits(raw)
        .iter()
        .rev()
        .filter(|s| !s.article && !s.prefix.is_empty() && !matches!(s.prefix, "وك" | "فك"))
        .find(|s| n.strip_prefix(s.prefix).is_some_and(is_date_word))
        .map(|s| (s.stem_start, &n[..s.prefix.len()]))
}

/// What a token folds to with its flags, and where a glued clitic ends (with both parts folded, and
/// the flags of each).
type Folded = ((Rc<str>, u8), Option<(usize, (Rc<str>, u8), (Rc<str>, u8))>);

/// Distinct tokens remembered across the scans of one thread (a page's paragraphs are scanned one
/// by one, and its words recur from one to the next).
const FOLDED_WORDS: usize = 10_000;

thread_local! {
    /// Keyed by the token as written: the matching form itself when the two are the same (most words),
    /// so such a word costs one allocation.
    static FOLDED: std::cell::RefCell<crate::hash::FastMap<Rc<str>, Folded>> = Default::default();
}

impl Scanner {
    fn new(text: &str) -> Scanner {
        let toks = tokens(text);
        let mut t: Vec<Tok> = Vec::with_capacity(toks.len());
        // Each distinct token is folded and split once, then remembered (a bounded cache: beyond
        // `FOLDED_WORDS` distinct tokens it starts again empty).
        FOLDED.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.len() > FOLDED_WORDS {
                cache.clear();
            }
            Scanner::tokens_into(text, toks, &mut t, &mut cache)
        });
        let month_first = page_month_first(&t);
        let mut s = Scanner { t, months: Vec::new(), month_first, clocks: Default::default() };
        s.months = (0..s.t.len()).map(|i| if s.t[i].flags & MONTH_FIRST != 0 { s.find_month_name(i) } else { None }).collect();
        s
    }

    fn tokens_into(
        text: &str,
        toks: Vec<crate::segment::Token>,
        t: &mut Vec<Tok>,
        seen: &mut crate::hash::FastMap<Rc<str>, Folded>,
    ) {
        let mut space = true;
        let mut buf = String::new();
        for tok in toks {
            if tok.kind == Kind::Space {
                // (Bidi marks alone are no space: ICU's `05\u{200F}/03\u{200F}/2026`, `ه\u{200D}.ش`.)
                space |= !text[tok.start..tok.end].chars().all(crate::normalize::space::is_invisible);
                continue;
            }
            let raw = &text[tok.start..tok.end];
            // (A token's kind follows from its characters: the same text is always the same kind.)
            let word = tok.kind == Kind::Word;
            let ((n, flags), split) = match seen.get(raw) {
                Some(f) => f.clone(),
                None => {
                    buf.clear();
                    crate::normalize::fold_into(raw, &mut buf);
                    let n = buf.as_str();
                    // A conjunction or preposition glued to a date word becomes its own token, so that
                    // spans start at the date word (`وأمس` → `و` + `أمس`).
                    let flagged = |n: &str| (Rc::from(n), flags_of(Kind::Word, n));
                    let split = word
                        .then(|| clitic_split(raw, n).map(|(rel, prefix)| (rel, flagged(prefix), flagged(&fold(&raw[rel..])))))
                        .flatten();
                    let glued = if word { glued_lam_unit(n) } else { None };
                    let (n, lam) = match &glued {
                        Some(g) => (g.as_str(), GLUED_LAM),
                        None => (n, 0),
                    };
                    let folded: Rc<str> = Rc::from(n);
                    let key = if *folded == *raw { folded.clone() } else { Rc::from(raw) };
                    let f: Folded = ((folded, flags_of(tok.kind, n) | lam), split);
                    seen.insert(key, f.clone());
                    f
                }
            };
            if let Some((rel, prefix, rest)) = split {
                let split_at = tok.start + rel;
                t.push(Tok { start: tok.start, end: split_at, kind: Kind::Word, n: prefix.0, num: None, digits: 0, space_before: space, flags: prefix.1 });
                t.push(Tok { start: split_at, end: tok.end, kind: Kind::Word, n: rest.0, num: None, digits: 0, space_before: false, flags: rest.1 });
                space = false;
                continue;
            }
            let (num, digits) = if tok.kind == Kind::Number && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit()) {
                (n.parse().ok(), n.len())
            } else {
                (None, n.len())
            };
            t.push(Tok { start: tok.start, end: tok.end, kind: tok.kind, n, num, digits, space_before: space, flags });
            space = false;
        }
    }

    fn w(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| &*t.n)
    }

    /// The word at `i`, or the word without a glued clitic.
    fn word_is(&self, i: usize, f: impl Fn(&str) -> bool) -> bool {
        bare_or_stripped(self.w(i), f)
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

    /// A joiner of a range's two ends at `k` (`إلى`, `حتى`, `لغاية`, `لحد`, each also after `و`: `وحتى`,
    /// `ولغاية`, split or not; a dash), or a bare `و` when `and` (after `بين`): where the second end starts.
    /// Every range rule reads its joiners here.
    fn joiner(&self, k: usize, and: bool) -> Option<usize> {
        const JOINERS: &[&str] = &["الي", "حتي", "لغايه", "لحد"];
        if self.is(k, JOINERS) || self.punct(k, &["-", "–"]) {
            Some(k + 1)
        } else if self.w(k) == "و" {
            if self.is(k + 1, JOINERS) { Some(k + 2) } else { and.then_some(k + 1) }
        } else {
            None
        }
    }

    // ---- pieces -------------------------------------------------------------------------------

    /// A day of the month: `16`, `20th`, `الأول`, `الثالث عشر`, `الحادي والعشرين`, `العشرين`.
    fn day(&self, i: usize) -> Option<(usize, u8)> {
        if let Some(v) = self.num(i) {
            let tok = &self.t[i];
            if tok.digits <= 2 && (1..=31).contains(&v) {
                let mut end = i + 1;
                if one_of!(self.w(end), ["th", "st", "nd", "rd", "er"]) && !self.t[end].space_before {
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
            // `5 آلاف سنة`, `3 آلاف عام`.
            if self.t[i].digits <= 2 && self.is(i + 1, &["الاف", "الف"]) {
                return Some((i + 2, v * 1000));
            }
            // (Not the minutes of a clock face: `9:58 ثانية`.)
            return (self.t[i].digits <= 4 && !(i > 0 && self.punct(i - 1, &[":"]) && !self.t[i].space_before)).then_some((i + 1, v));
        }
        let n = self.number(i)?;
        // `الثلاثين يوما`: a tens word with the article counts too.
        (!n.ordinal || number::is_tens(self.w(i))).then_some((n.end, n.value))
    }

    // ---- rules --------------------------------------------------------------------------------

    /// Whether an expression can start at token `i`: a number, or a word some rule begins with. Most
    /// tokens are neither, and this keeps scanning at a few hash lookups per token.
    fn may_start(&self, i: usize) -> bool {
        self.t[i].flags & MAY_START != 0
    }

    /// The longest expression starting at token `i`.
    fn at(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.may_start(i) || self.in_named_day(i) {
            return None;
        }
        // A preposition or other lead-in word (`في`, `من`, `قبل`, among the most frequent words) starts
        // an expression only with a date word or a number within the next three tokens.
        if is_lead_in(&self.t[i].n) && !(i + 1..self.t.len().min(i + 4)).any(|j| self.may_start(j)) {
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
            self.weekend(i),
            self.part_of_month(i),
            self.numeric(i),
            self.clock_then_date(i),
            self.clock_of_day(i),
            self.relative_day(i),
            self.offset(i),
            self.rel_unit(i),
            self.week_then_weekday(i),
            self.last_units(i),
            self.season(i),
            self.ghurra(i),
            self.decade(i),
            self.century(i),
            self.decades(i),
            self.range(i),
            self.quarter(i),
            self.week_of_year(i),
            self.duration(i),
            self.year_only(i),
            self.vague_word(i),
            self.clock(i),
            self.clock_by(i),
            self.minutes_then_clock(i),
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
        let is_point = matches!(expr, Expr::Day { .. } | Expr::Month { .. } | Expr::Year(_) | Expr::Converted(_) | Expr::EitherHijri(..) | Expr::Weekday { .. } | Expr::RelDay(_));
        if !is_point {
            return (end, expr);
        }
        let Some(j) = self.joiner(end, false) else { return (end, expr) };
        // `من الأحد إلى الخميس`: weekday to weekday (the end is the first one on or after the start); a
        // relative day to a weekday or another relative day (`اليوم حتى الأحد المقبل`, `أمس حتى الغد`).
        if let Expr::Weekday { .. } | Expr::RelDay(_) = expr {
            let rel = if let Expr::RelDay(_) = expr { self.relative_day(j) } else { None };
            return match self.weekday_date(j).or(rel) {
                Some((e2, second @ (Expr::Weekday { .. } | Expr::RelDay(_)))) => (e2, Expr::Range(Box::new(expr), Box::new(second))),
                _ => (end, expr),
            };
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
}

/// Every time expression in `text`, left to right, without overlaps.
pub fn scan(text: &str) -> Vec<Found> {
    let s = Scanner::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.t.len() {
        match s.at(i) {
            Some((end, expr)) if end > i => {
                let mut end = end.min(s.t.len());
                // A part of the day after a day (`غدا صباحا`, `يوم الأحد مساء`, `أمس ليلا`) is part of the
                // mention; the value stays the day.
                if matches!(expr, Expr::Day { .. } | Expr::Weekday { .. } | Expr::RelDay(_) | Expr::RelUnit { unit: Unit::Day, .. })
                    && s.is(end, DAY_PARTS_AFTER_DAY)
                    && !s.is(end + 1, &["اليوم", "امس", "غد", "الغد", "يوم"])
                {
                    end += 1;
                } else if s.is(end, &["ب", "ف"]) && s.is(end + 1, DAY_PARTS_AFTER_BA)
                    || matches!(expr, Expr::Weekday { .. } | Expr::RelDay(_))
                        && (s.is(end, &["في"]) && s.is(end + 1, &["الصباح", "المساء", "الليل", "العصر", "الفجر", "الظهيره"])
                            || s.is(end, &["بعد"]) && s.is(end + 1, &["الظهر", "الظهيره", "العصر", "المغرب", "العشاء", "العشا", "الفجر"]))
                        && !s.is(end + 2, &["اليوم", "امس", "غد", "الغد", "يوم"])
                {
                    // (`بالليل` split by the scanner into `ب` + `الليل`, Maghrebi `فالليل` into `ف` + `الليل`; `غدا في
                    // المساء`, `اليوم بعد الظهر`.)
                    end += 2;
                }
                // A bare weekday in apposition to tomorrow or the day after (`غدا الثلاثاء`, `بعد غد
                // الأربعاء`, `مساء غد، الخميس`) names that coming day: the next such weekday, not the last.
                let expr = match (out.last(), expr) {
                    (Some(Found { expr: Expr::RelDay(k), end: e, .. }), expr) if *k > 0 && text[*e..s.t[i].start].trim_matches([' ', '،', ',']).is_empty() => {
                        next_weekday(expr)
                    }
                    // A weekday that something lasts until (`حتى الاثنين`, `لغاية يوم الخميس`) is the coming one,
                    // unless the sentence tells of the past (`استمرت الاحتجاجات حتى الاثنين`).
                    // (A closure or delay named before it looks ahead whatever the verb: `قررت الوزارة تمديد تعليق
                    // الدراسة حتى الاثنين`.)
                    (_, expr)
                        if i > 0
                            && s.is(i - 1, &["حتي", "لغايه", "غايه"])
                            && (s.tense_before(i - 1) != Rel::Last || (i.saturating_sub(5)..i - 1).any(|k| s.is(k, SUSPENSIONS))) =>
                    {
                        next_weekday(expr)
                    }
                    // The same for a clock with its day (`حتى الساعة 6 مساء الخميس`); in a sentence of the past
                    // (`استمر الإضراب حتى الساعة 6 مساء الخميس`) only the end is a date.
                    // (Tomorrow is ahead whatever the verb: `أغلقت الطرق حتى الساعة التاسعة صباح الغد`.)
                    (_, Expr::Range(a, b)) if matches!(*a, Expr::Now) && matches!(*b, Expr::At(..)) => {
                        let ahead = matches!(&*b, Expr::At(d, ..) if matches!(**d, Expr::RelDay(1..)));
                        if ahead || s.tense_before(i) != Rel::Last || (i.saturating_sub(5)..i).any(|k| s.is(k, SUSPENSIONS)) {
                            Expr::Range(a, Box::new(next_weekday(*b)))
                        } else {
                            *b
                        }
                    }
                    (_, expr) => expr,
                };
                // An evening named before the day (`مساء الخميس عند الساعة التاسعة`, `مساء اليوم عند الساعة
                // الثامنة`, `الليلة الساعة ثمان`, `هذه الليلة في السابعة`) puts a morning hour of its clock in the
                // afternoon.
                let evening = |k: usize| s.is(k, &["مساء", "مساءا", "ليل", "ليله", "عصر", "الليله"]);
                let expr = match expr {
                    Expr::At(inner, mut t, m) if (5..12).contains(&t.hour) && (evening(i) || i > 0 && evening(i - 1) || s.is(i, &["هذه"]) && evening(i + 1)) => {
                        t.hour += 12;
                        Expr::At(inner, t, m)
                    }
                    e => e,
                };
                // A yearless day or month in a clause about the future (`ستعلن النتائج يوم 21 جوان`).
                // (The clause is read only for such a date.)
                let expr = in_tense(expr, &|| s.tense_near(i));
                // Since a yearless day or month (`منذ 5 يناير`, `منذ كانون الثاني`): the last one before the reference.
                let expr = match expr {
                    Expr::Day { y: None, m: m @ 1.., d, weekday: None } if i > 0 && s.is(i - 1, &["منذ"]) => Expr::DayDir { m, d, k: -1 },
                    Expr::Month { y: None, m } if i > 0 && s.is(i - 1, &["منذ"]) => Expr::MonthDir { m, k: -1 },
                    e => e,
                };
                // A clock range right after a day (`غدا من 8 صباحا حتى 2 ظهرا`, `يوم الأحد من الساعة 10 إلى 4`) is
                // that day's hours: one mention.
                if let Expr::Range(a, b) = &expr {
                    if let (Expr::Clock(t1, m1), Expr::Clock(t2, m2)) = (&**a, &**b) {
                        let day = out.last().filter(|f| {
                            matches!(f.expr, Expr::RelDay(_) | Expr::Weekday { .. } | Expr::Day { .. })
                                && text[f.end..s.t[i].start].trim_matches([' ', '،', ',']).is_empty()
                        });
                        if let Some(day) = day {
                            let (start, d) = (day.start, day.expr.clone());
                            let expr = Expr::Range(Box::new(Expr::At(Box::new(d.clone()), *t1, *m1)), Box::new(Expr::At(Box::new(d), *t2, *m2)));
                            *out.last_mut().unwrap() = Found { start, end: s.t[end - 1].end, expr };
                            i = end;
                            continue;
                        }
                    }
                }
                // A clock or bare weekday of a habit (`يوميا من التاسعة`, `أيام الجمعة`: `habits.rs`) is no date;
                // a weekday's cue comes before it.
                let habit = habits::clocky(&expr).is_some_and(|clock| s.habit_near(i.saturating_sub(6), if clock { end + 6 } else { i }))
                    // A yearless month of a habit (`يبدأ في ديسمبر عادة`, `عادة ما يرتفع في أغسطس`) too.
                    || matches!(expr, Expr::Month { y: None, .. } | Expr::HijriMonthDir { k: 0, .. }) && s.habit_near(i.saturating_sub(9), end + 2)
                    // Every n-th weekday of the month (`كل أول خميس من الشهر`).
                    || matches!(expr, Expr::NthWeekday { .. }) && i > 0 && s.is(i - 1, &["كل"]);
                if !habit {
                    // The rest of a period takes its `ما`, glued or not (`ما تبقى`, `فيما تبقى`, `عما بقي`).
                    let start = match expr {
                        Expr::PartOf { part: Part::Rest, .. } if i > 0 && s.is(i, &["تبقي", "بقي"]) && text[..s.t[i - 1].end].ends_with("ما") => s.t[i - 1].end - "ما".len(),
                        // `عقد التسعينيات`: the decade takes its `عقد` (no trigger: `عقد` is also "held").
                        Expr::Decade { .. } if i > 0 && s.is(i - 1, &["عقد"]) => s.t[i - 1].start,
                        _ => s.t[i].start,
                    };
                    out.push(Found { start, end: s.t[end - 1].end, expr });
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    in_past_year(text, &s, &mut out);
    out
}

/// A yearless day, month or part of a month in a sentence that says when, last year or the one before
/// (`وفي العام الماضي، افتتح المعرض منتصف تشرين الأول`, `منتصف تشرين الأول، العام الماضي`): that year's,
/// not the news window's. The cue must be the sentence's time (at its head, after `في`/`خلال`, or right
/// after the date), not a noun's (`مستويات العام الماضي`, `مقارنة بالعام الماضي`); a sentence naming another
/// year is left alone.
fn in_past_year(text: &str, s: &Scanner, out: &mut [Found]) {
    let is_cue = |f: &Found| matches!(f.expr, Expr::RelUnit { unit: Unit::Year, k: ..=-1 });
    let Some(c) = out.iter().position(is_cue) else { return };
    // (A day or month read in a past clause, `Expr::Past`, is as yearless: the sentence's year decides.)
    let yearless = |e: &Expr| match e {
        Expr::Past(inner) => matches!(**inner, Expr::Day { y: None, .. } | Expr::Month { y: None, .. }),
        e => matches!(e, Expr::Day { y: None, m: 1.., weekday: None, .. } | Expr::Month { y: None, .. } | Expr::MonthPart { y: None, .. }),
    };
    const ENDS: [char; 5] = ['.', '!', '?', '؟', '\n'];
    let sentence_end = |a: usize, b: usize| text[a..b].contains(ENDS);
    for c in c..out.len() {
        let Expr::RelUnit { unit: Unit::Year, k } = out[c].expr else { continue };
        let Some(ti) = s.t.iter().position(|t| t.start >= out[c].start) else { continue };
        // The word before the cue (or its own first word): none in the sentence, a preposition of time or a comma.
        let head = ti == 0 || s.t[ti - 1].kind == Kind::Punct || s.is(ti, &["في", "خلال", "طوال"]) || s.is(ti - 1, &["في", "خلال", "طوال", "و"]);
        for d in 0..out.len() {
            if d == c || !yearless(&out[d].expr) {
                continue;
            }
            let (a, b) = if d < c { (out[d].end, out[c].start) } else { (out[c].end, out[d].start) };
            let adjacent = d < c && text[a..b].trim_matches([' ', '،', ',']).is_empty();
            if sentence_end(a, b) || !(head || adjacent) {
                continue;
            }
            // No other year in the sentence.
            let (from, to) = (out[c.min(d)].start, out[c.max(d)].end);
            let sent_start = text[..from].rfind(ENDS).map_or(0, |p| p + 1);
            let sent_end = text[to..].find(ENDS).map_or(text.len(), |p| to + p);
            let other_year = out.iter().enumerate().any(|(x, f)| {
                x != c && f.start >= sent_start && f.end <= sent_end && !yearless(&f.expr) && !matches!(f.expr, Expr::Weekday { .. } | Expr::Clock(..) | Expr::RelDay(_))
            });
            if other_year {
                continue;
            }
            let e = match std::mem::replace(&mut out[d].expr, Expr::Now) {
                Expr::Past(inner) => *inner,
                e => e,
            };
            out[d].expr = match e {
                Expr::Day { m, d, .. } => Expr::DayInYear { m, d, k },
                Expr::Month { m, .. } => Expr::MonthRelYear { m, k },
                Expr::MonthPart { m, part, .. } => Expr::PartOf { part, month: Box::new(Expr::MonthRelYear { m, k }) },
                e => e,
            };
        }
    }
}

/// Verbal nouns of a closure, suspension or delay (matching form): what they last until is ahead.
const SUSPENSIONS: &[&str] = &["تمديد", "تعليق", "اغلاق", "اقفال", "تاجيل", "وقف", "ايقاف", "منع", "حظر", "تعطيل", "اغلاقها", "تعليقها"];

/// A bare weekday (with its clock, if any) read as the next one; anything else as it is.
fn next_weekday(expr: Expr) -> Expr {
    match expr {
        Expr::Weekday { wd, rel: Rel::Bare } => Expr::Weekday { wd, rel: Rel::Next },
        Expr::At(inner, t, m) if matches!(*inner, Expr::Weekday { rel: Rel::Bare, .. }) => Expr::At(Box::new(next_weekday(*inner)), t, m),
        e => e,
    }
}

/// A yearless day or month (with its clock, if any) marked as said of the future or the past when `tense`
/// says its clause is (`Rel::Next`, `Rel::Last`); anything else as it is. Only the future reaches ranges
/// and bare weekdays (a weekday's own reading already looks back).
fn in_tense(expr: Expr, tense: &dyn Fn() -> Rel) -> Expr {
    match expr {
        Expr::Day { y: None, m: 1.., weekday: None, .. } | Expr::Month { y: None, .. } => match tense() {
            Rel::Next => Expr::Future(Box::new(expr)),
            Rel::Last => Expr::Past(Box::new(expr)),
            _ => expr,
        },
        // A bare weekday too (`ستستمر عمليات التفريغ حتى مساء الخميس`): that day or the next one.
        Expr::Weekday { rel: Rel::Bare, .. } if tense() == Rel::Next => Expr::Future(Box::new(expr)),
        // A range of yearless days or months (`سيقام المعرض من 3 حتى 12 سبتمبر`): its start, the end follows it.
        Expr::Range(a, b) if matches!(*b, Expr::Day { y: None, .. } | Expr::Month { y: None, .. }) && matches!(*a, Expr::Day { y: None, m: 1.., weekday: None, .. } | Expr::Month { y: None, .. }) && tense() == Rel::Next => {
            Expr::Range(Box::new(Expr::Future(a)), b)
        }
        // Two bare weekdays (`ستتواصل الأمطار من الثلاثاء إلى الخميس`): the start as one bare weekday, the end
        // the first such day on or after it.
        Expr::Range(a, b) if matches!(*a, Expr::Weekday { rel: Rel::Bare, .. }) && matches!(*b, Expr::Weekday { rel: Rel::Bare, .. }) && tense() == Rel::Next => {
            Expr::Range(Box::new(Expr::Future(a)), b)
        }
        Expr::At(inner, t, m) => Expr::At(Box::new(in_tense(*inner, tense)), t, m),
        e => e,
    }
}

/// The expressions of a text, for the rule families' unit tests.
#[cfg(test)]
fn exprs(text: &str) -> Vec<(String, Expr)> {
    scan(text).into_iter().map(|f| (text[f.start..f.end].to_string(), f.expr)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fold_cache_is_bounded_and_scans_stay_right_after_it_empties() {
        // More distinct tokens than the cache keeps, then dates: the cache starts again, same answers.
        let filler: String = (0..FOLDED_WORDS + 500).map(|i| format!("وكلمة{i} ")).collect();
        assert!(scan(&filler).is_empty());
        assert!(FOLDED.with(|c| c.borrow().len()) > FOLDED_WORDS);
        let found = exprs("التقى الوزيران أمس الأحد في 16 أكتوبر 2025 وبعد غد");
        assert!(FOLDED.with(|c| c.borrow().len()) <= FOLDED_WORDS, "help: emptied before the next scan");
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert!(texts.iter().any(|t| t.ends_with("16 أكتوبر 2025")), "help: {texts:?}");
        assert!(texts.iter().any(|t| t.contains("أمس")), "help: {texts:?}");
        assert!(texts.contains(&"بعد غد"), "help: the clitic split off a cached word: {texts:?}");
    }

    #[test]
    fn remembered_clocks_are_the_clocks_worked_out() {
        let s = Scanner::new("وصل عند الساعة 10:30 صباحا، وغادر الساعة الثالثة عصرا، من 9 إلى 11 مساء يوم الخميس 16 أكتوبر 2025 الساعة 18:40:05");
        let n = s.t.len();
        // Asked in an order that makes indices meet in the memo's four places.
        let order: Vec<usize> = (0..3 * n).map(|k| (k * 7 + k / n) % n).collect();
        assert!(order.iter().any(|&i| s.clock_parts_at(i).is_some()));
        for i in order {
            assert_eq!(s.clock_parts(i), s.clock_parts_at(i), "help: token {i}");
        }
    }

    /// Every joiner (`Scanner::joiner`) joins every kind of range: days, months, years, clocks, weekdays.
    #[test]
    fn every_joiner_joins_every_range() {
        for joiner in ["إلى", "الى", "حتى", "وحتى", "لغاية", "ولغاية", "لحد", "ولحد", "و حتى", "-"] {
            for text in [
                format!("من 4 {joiner} 8 مايو"),
                format!("من 4 مايو {joiner} 8 مايو"),
                format!("من نيسان {joiner} حزيران"),
                format!("من 2012 {joiner} 2016"),
                format!("من الساعة 4 {joiner} 7 مساء"),
                format!("من الأحد {joiner} الخميس"),
            ] {
                // (A dash between two month names is a pair of names first: `نيسان - أبريل`.)
                if joiner == "-" && text.contains("نيسان") {
                    continue;
                }
                let found = exprs(&text);
                assert!(
                    found.len() == 1 && found[0].0 == text && matches!(found[0].1, Expr::Range(..)),
                    "help: {text:?} is one range: {found:?}"
                );
            }
        }
    }

    /// The words the rules start with: a rule whose first word is not a trigger silently never runs.
    #[test]
    fn every_rule_start_word_is_a_trigger() {
        let starts = [
            // relative days and their dialect forms
            "اليوم", "امس", "امبارح", "مبارح", "البارحه", "البارح", "غدا", "بكره", "باجر", "باچر", "عقب", "عگب", "گبل", "هاد", "غدوه", "الليله", "الان",
            // offsets, hedges, durations, fractions
            "قبل", "منذ", "بعد", "خلال", "في", "لمده", "طيله", "قرن", "قرنين", "ربع", "نصف", "لحظه", "يوما", "اسبوعا",
            // units with directions, spans, duals, dialect this
            "الاسبوع", "الشهر", "العام", "السنه", "الساعه", "الدقيقه", "هالسنه", "هالشهر", "هالاسبوع", "السيمانه",
            "الايام", "الاسابيع", "الاشهر", "السنوات", "الساعات", "اليومين", "الاسبوعين", "الشهرين", "العامين",
            // weekdays, months, parts, seasons, quarters, decades, first of a month
            "يوم", "نهار", "الجمعه", "التلاتا", "شهر", "رمضان", "اغسطس", "تموز", "مطلع", "اواخر", "منتصف", "غره", "بقيه", "تبقي",
            "الصيف", "صيف", "الشتاء", "الربع", "النصف", "الثمانينيات", "تسعينات",
            // ranges, centuries, decades, Maghrebi quarters and halves
            "بين", "شهري", "القرن", "العقد", "العقدين", "العقود", "الثلاثي", "السداسي", "الفاتح", "العشر", "هالجمعه",
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
