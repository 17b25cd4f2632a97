//! Resolution: an [`Expr`] plus the reference date → an ISO value at a grain.
//!
//! News policy (documented in the README):
//! - A bare weekday (`يوم الاثنين`) is the most recent such day on or before the reference (news
//!   reports the past), the next one in a clause about the future (`ستستمر حتى الخميس`); `الماضي/الماضية` is strictly before; `المقبل/القادم` strictly after; `هذا` is in
//!   the reference's ISO week.
//! - A day or month without a year takes the year that puts it between nine months before and three
//!   months after the reference (`16 أكتوبر` in a paper of 20 October is this October; `15 أغسطس` in
//!   February is last August). A weekday written with it picks the year where it agrees.
//! - Vague expressions (`قبل أيام`, `مؤخرا`) get no value, only a grain.

use super::calendar::{days_in_month, Date, Reference, Time};
use super::expr::{Expr, Holiday, Part, Rel};
use super::hijri::{gregorian_to_hijri, hijri_month_range, hijri_to_gregorian, solar_to_gregorian};
use super::lexicon::Unit;
use crate::model::Grain;

/// What a resolved expression is: one point (at a grain), an interval (both ends included), or a length
/// of time. Written as `"point"`, `"interval"`, `"duration"` at the edge ([`Kind::as_str`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Point,
    Interval,
    Duration,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Point => "point",
            Kind::Interval => "interval",
            Kind::Duration => "duration",
        }
    }
}

/// A resolved expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub value: Option<String>,
    pub grain: Grain,
    pub relative: bool,
    pub kind: Kind,
    pub end_value: Option<String>,
    /// The first day the expression covers, for ordering the timeline.
    pub first_day: Option<Date>,
}

fn unit_grain(u: Unit) -> Grain {
    match u {
        Unit::Second => Grain::Second,
        Unit::Minute => Grain::Minute,
        Unit::Hour => Grain::Hour,
        Unit::Day => Grain::Day,
        Unit::Week => Grain::Week,
        Unit::Month => Grain::Month,
        Unit::Year => Grain::Year,
        Unit::Decade => Grain::Decade,
    }
}

fn unit_letter(u: Unit) -> &'static str {
    match u {
        Unit::Second => "S",
        Unit::Minute => "M",
        Unit::Hour => "H",
        Unit::Day => "D",
        Unit::Week => "W",
        Unit::Month => "M",
        Unit::Year => "Y",
        Unit::Decade => "Y",
    }
}

fn point(value: String, grain: Grain, relative: bool, first_day: Option<Date>) -> Resolved {
    Resolved { value: Some(value), grain, relative, kind: Kind::Point, end_value: None, first_day }
}

fn day(d: Date, relative: bool) -> Resolved {
    point(d.to_string(), Grain::Day, relative, Some(d))
}

/// From day `a` to day `b`, both included.
fn interval(a: Date, b: Date, relative: bool) -> Resolved {
    Resolved {
        value: Some(a.to_string()),
        grain: Grain::Day,
        relative,
        kind: Kind::Interval,
        end_value: Some(b.to_string()),
        first_day: Some(a),
    }
}

fn none(grain: Grain, relative: bool) -> Resolved {
    Resolved { value: None, grain, relative, kind: Kind::Point, end_value: None, first_day: None }
}

fn month_value(y: i32, m: u8) -> String {
    format!("{y:04}-{m:02}")
}

fn week_value(d: Date) -> String {
    let (y, w) = d.iso_week();
    format!("{y:04}-W{w:02}")
}

fn with_time(d: Date, t: Time, minutes: bool) -> Resolved {
    let value = if t.second > 0 {
        format!("{d}T{:02}:{:02}:{:02}", t.hour, t.minute, t.second)
    } else {
        format!("{d}T{:02}:{:02}", t.hour, t.minute)
    };
    let grain = if t.second > 0 {
        Grain::Second
    } else if minutes {
        Grain::Minute
    } else {
        Grain::Hour
    };
    point(value, grain, false, Some(d))
}

/// The year for a month/day without one (see the module comment).
fn infer_year(m: u8, d: u8, r: Date, weekday: Option<u8>) -> Option<Date> {
    let lo = r.add_months(-9)?.days();
    let hi = r.add_months(3)?.days();
    let candidates: Vec<Date> = (r.year - 1..=r.year + 1).filter_map(|y| Date::new(y, m, d.min(days_in_month(y, m)))).collect();
    if let Some(wd) = weekday {
        // The weekday decides, among the days within 400 of the reference (early in January, last
        // December's day can be two years back).
        let near = (r.year - 2..=r.year + 1)
            .filter_map(|y| Date::new(y, m, d.min(days_in_month(y, m))))
            .filter(|c| c.weekday() == wd && (c.days() - r.days()).abs() <= 400);
        if let Some(c) = near.min_by_key(|c| (c.days() - r.days()).abs()) {
            return Some(c);
        }
    }
    in_window(&candidates, lo..hi, r)
}

/// The candidate inside the news window `window` (days), else the one nearest the reference.
fn in_window(candidates: &[Date], window: std::ops::Range<i64>, r: Date) -> Option<Date> {
    candidates
        .iter()
        .find(|c| window.contains(&c.days()))
        .or_else(|| candidates.iter().min_by_key(|c| (c.days() - r.days()).abs()))
        .copied()
}

/// The lunar Hijri year whose month `m` day `d` falls nearest the reference window.
fn infer_hijri(m: u8, d: u8, r: Date) -> Option<Date> {
    let approx = ((r.year - 622) as f64 * 1.030_684) as i32 + 1;
    let lo = r.add_months(-9)?.days();
    let hi = r.add_months(3)?.days();
    let cands: Vec<Date> = (approx - 1..=approx + 1).filter_map(|y| super::hijri::hijri_day(y, m, d)).collect();
    in_window(&cands, lo..hi, r)
}

/// The clock time an expression carries (`Clock`, `At`), and whether its minutes were given.
fn clock_of(e: &Expr) -> Option<(Time, bool)> {
    match e {
        Expr::Clock(t, m) | Expr::At(_, t, m) => Some((*t, *m)),
        _ => None,
    }
}

/// A Solar Hijri day without a year, in the news window as [`infer_hijri`] places a lunar one.
fn infer_solar(m: u8, d: u8, r: Date) -> Option<Date> {
    let lo = r.add_months(-9)?.days();
    let hi = r.add_months(3)?.days();
    let cands: Vec<Date> = (r.year - 622..=r.year - 620).filter_map(|y| solar_to_gregorian(y, m, d)).collect();
    in_window(&cands, lo..hi, r)
}

fn weekday_date(wd: u8, rel: Rel, r: Date) -> Option<Date> {
    let cur = r.weekday() as i64;
    let wd = wd as i64;
    let back = (cur - wd).rem_euclid(7); // days back to the most recent such day (0 = today)
    match rel {
        Rel::Bare => r.add_days(-back),
        Rel::Last => r.add_days(if back == 0 { -7 } else { -back }),
        Rel::Next => r.add_days({
            let fwd = (wd - cur).rem_euclid(7);
            if fwd == 0 { 7 } else { fwd }
        }),
        Rel::This => r.add_days(wd - cur),
    }
}

fn add_units(r: Date, n: i64, unit: Unit) -> Option<Date> {
    match unit {
        Unit::Day => r.add_days(n),
        Unit::Week => r.add_days(7 * n),
        Unit::Month => r.add_months(n),
        Unit::Year => r.add_months(12 * n),
        Unit::Decade => r.add_months(120 * n),
        Unit::Second | Unit::Minute | Unit::Hour => Some(r),
    }
}

/// The (year, month) an expression for a month names.
fn month_of(expr: &Expr, reference: Option<Reference>) -> Option<(i32, u8)> {
    let r = reference.map(|r| r.date);
    match expr {
        Expr::Month { y: Some(y), m } => Some((*y, *m)),
        Expr::Month { y: None, m } => r.and_then(|r| infer_year(*m, 1, r, None)).map(|d| (d.year, *m)),
        Expr::MonthRelYear { m, k } => r.map(|r| (r.year + *k as i32, *m)),
        Expr::MonthDir { m, k } => r.map(|r| {
            // The first one strictly after (before) the reference's month, then whole years on.
            let first = if *k > 0 {
                if *m <= r.month { r.year + 1 } else { r.year }
            } else if *m >= r.month {
                r.year - 1
            } else {
                r.year
            };
            (first + (*k - k.signum()) as i32, *m)
        }),
        Expr::RelUnit { unit: Unit::Month, k } => r.and_then(|r| r.add_months(*k)).map(|d| (d.year, d.month)),
        _ => None,
    }
}

/// The first and last day of a month expression, Gregorian or Hijri (`رمضان المقبل`, `الشهر الجاري`).
fn month_span(expr: &Expr, reference: Option<Reference>) -> Option<(Date, Date)> {
    let r = reference.map(|r| r.date);
    match expr {
        Expr::HijriMonthDir { m, k } => hijri_month_dir(*m, *k, r?),
        Expr::HijriMonth { y, m } if *m > 0 => hijri_month_range(*y, *m),
        Expr::HijriUnit { year: false, k } => hijri_unit_month(*k, r?),
        _ => {
            let (y, m) = month_of(expr, reference)?;
            Some((Date::new(y, m, 1)?, Date::new(y, m, days_in_month(y, m))?))
        }
    }
}

/// (year, month) of the Hijri month `k` months from the reference's.
fn hijri_shift(r: Date, k: i64) -> Option<(i32, u8)> {
    let (y, m, _) = gregorian_to_hijri(r)?;
    let total = y as i64 * 12 + (m as i64 - 1) + k;
    Some((total.div_euclid(12) as i32, (total.rem_euclid(12) + 1) as u8))
}

fn hijri_unit_month(k: i64, r: Date) -> Option<(Date, Date)> {
    let (y, m) = hijri_shift(r, k)?;
    hijri_month_range(y, m)
}

/// Hijri month `m` with direction k from the reference (k = 0: the one in the news window).
fn hijri_month_dir(m: u8, k: i64, r: Date) -> Option<(Date, Date)> {
    let (hy, hm, _) = gregorian_to_hijri(r)?;
    let y = match k {
        0 => {
            let lo = r.add_months(-9)?;
            let hi = r.add_months(3)?;
            let cands: Vec<i32> = (hy - 1..=hy + 1).collect();
            // Twelve Hijri months are shorter than the window: the one that begins in it, as a Gregorian month
            // does (`ذي القعدة` on 5 March 2025 is 1446's, from 29 April, not 1445's, ending 6 June 2024), else
            // the one overlapping it.
            let span = |y: &&i32| hijri_month_range(**y, m);
            let pick = cands.iter().find(|y| span(y).is_some_and(|(a, _)| a >= lo && a <= hi));
            pick.or_else(|| cands.iter().find(|y| span(y).is_some_and(|(a, b)| b >= lo && a <= hi))).copied().unwrap_or(hy)
        }
        k if k > 0 => (if m <= hm { hy + 1 } else { hy }) + (k - 1) as i32,
        k => (if m >= hm { hy - 1 } else { hy }) + (k + 1) as i32,
    };
    hijri_month_range(y, m)
}

/// The days of the k-th Solar Hijri month `m` strictly after (k > 0) or before (k < 0) the reference.
fn solar_month_dir(m: u8, k: i64, r: Date) -> Option<(Date, Date)> {
    let spans: Vec<(Date, Date)> = (r.year - 626..=r.year - 616).filter_map(|y| crate::date::hijri::solar_month_range(y, m)).collect();
    // (k = 0 names no month: the scanner never makes one.)
    let n = (k.unsigned_abs() as usize).checked_sub(1)?;
    if k < 0 {
        spans.iter().rev().filter(|(_, b)| *b < r).nth(n).copied()
    } else {
        spans.iter().filter(|(a, _)| *a > r).nth(n).copied()
    }
}

/// The k-th occurrence of day `d` of month `m` strictly after (k > 0) or before (k < 0) the reference.
fn day_dir(m: u8, d: u8, k: i64, r: Date) -> Option<Date> {
    let mut found = 0;
    let step: i32 = if k > 0 { 1 } else { -1 };
    let mut y = r.year - step;
    for _ in 0..(k.unsigned_abs() as usize + 3) {
        y += step;
        let Some(c) = Date::new(y, m, d.min(days_in_month(y, m))) else { continue };
        if (k > 0 && c > r) || (k < 0 && c < r) {
            found += 1;
            if found == k.unsigned_abs() {
                return Some(c);
            }
        }
    }
    None
}

/// A step of a unit from a day (`add_days`, `add_months`).
type Step = fn(Date, i64) -> Option<Date>;

/// The span of `n` whole units just after (k > 0) or before (k < 0) the reference's unit.
fn units_span(unit: Unit, n: i64, k: i64, r: Date) -> Option<(Date, Date)> {
    let (start_of, step): (Date, Step) = match unit {
        Unit::Day => (r, |d, n| d.add_days(n)),
        Unit::Week => (r.add_days(1 - r.weekday() as i64)?, |d, n| d.add_days(7 * n)),
        Unit::Month => (Date::new(r.year, r.month, 1)?, |d, n| d.add_months(n)),
        Unit::Year | Unit::Decade => (Date::new(r.year, 1, 1)?, |d, n| d.add_months(12 * n)),
        _ => return None,
    };
    let (a, b) = if k > 0 { (step(start_of, 1)?, step(start_of, 1 + n)?) } else { (step(start_of, -n)?, start_of) };
    Some((a, b.add_days(-1)?))
}

/// The year a year expression names (`2016`, `العام المقبل`).
fn year_of(expr: &Expr, reference: Option<Reference>) -> Option<i32> {
    match expr {
        Expr::Year(y) => Some(*y),
        Expr::RelUnit { unit: Unit::Year, k } => reference.map(|r| r.date.year + *k as i32),
        _ => None,
    }
}

/// Western Easter Sunday (anonymous Gregorian computus).
fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y, month as u8, day as u8)
}

/// The holiday's date in Gregorian year `y` (the first one, for Hijri holidays that fall twice).
fn holiday_in(h: Holiday, y: i32) -> Option<Date> {
    let hijri = |m: u8, d: u8| -> Option<Date> {
        let approx = ((y - 622) as f64 * 1.030_684) as i32;
        (approx - 1..=approx + 2).filter_map(|hy| hijri_to_gregorian(hy, m, d)).find(|g| g.year == y)
    };
    if let Some((m, d)) = hijri_day(h) {
        return hijri(m, d);
    }
    match h {
        Holiday::Christmas => Date::new(y, 12, 25),
        Holiday::Easter => easter(y),
        Holiday::NewYear => Date::new(y, 1, 1),
        Holiday::LabourDay => Date::new(y, 5, 1),
        Holiday::MothersDay => Date::new(y, 3, 21),
        Holiday::Valentine => Date::new(y, 2, 14),
        Holiday::Fixed(m, d) => Date::new(y, m, d),
        _ => None,
    }
}

/// The Hijri month and day of a Hijri holiday.
pub fn hijri_day(h: Holiday) -> Option<(u8, u8)> {
    Some(match h {
        Holiday::EidAlFitr => (10, 1),
        Holiday::EidAlAdha => (12, 10),
        Holiday::HijriNewYear => (1, 1),
        Holiday::Mawlid => (3, 12),
        Holiday::Arafah => (12, 9),
        Holiday::Ashura => (1, 10),
        Holiday::LaylatAlQadr => (9, 27),
        Holiday::IsraMiraj => (7, 27),
        _ => return None,
    })
}

/// Moves an ISO date-time value by `minutes` (`2013-02-14T08:00` - 120 → `2013-02-14T06:00`).
fn shift(value: &str, minutes: i64) -> Option<String> {
    let date = Date::parse_iso(value.get(..10)?)?;
    let h: i64 = value.get(11..13)?.parse().ok()?;
    let m: i64 = value.get(14..16)?.parse().ok()?;
    let total = date.days() * 1440 + h * 60 + m + minutes;
    let d = Date::from_days(total.div_euclid(1440))?;
    let t = total.rem_euclid(1440);
    Some(format!("{d}T{:02}:{:02}{}", t / 60, t % 60, value.get(16..).unwrap_or("")))
}

/// Resolves `expr` against `reference` (none: only absolute expressions get a value).
pub fn resolve(expr: &Expr, reference: Option<Reference>) -> Resolved {
    let r = reference.map(|r| r.date);
    match expr {
        Expr::NthWeekday { n, wd, month, day: d } => {
            let Some((a, b)) = month_span(month, reference) else { return none(Grain::Day, true) };
            if let Some(x) = a.add_days(*n as i64 - 1).filter(|x| *d && *n > 0 && x.weekday() == *wd) {
                return day(x, false);
            }
            let days: Vec<Date> = (0..=b.days() - a.days()).filter_map(|k| a.add_days(k)).filter(|d| d.weekday() == *wd).collect();
            let pick = if *n < 0 { days.last() } else { days.get(*n as usize - 1) };
            pick.map_or(none(Grain::Day, true), |d| day(*d, false))
        }
        Expr::NthWeekdayFrom { n, wd, anchor, after } => {
            let Some(a) = resolve(anchor, reference).first_day else { return none(Grain::Day, true) };
            let step = if *after { 1 } else { -1 };
            let found = (1..=7 * *n as i64 + 7).filter_map(|k| a.add_days(step * k)).filter(|d| d.weekday() == *wd).nth(*n as usize - 1);
            found.map_or(none(Grain::Day, true), |d| day(d, false))
        }
        Expr::WeekdayN { wd, k } => {
            let Some(r) = r else { return none(Grain::Day, true) };
            let d = if *k < 0 {
                weekday_date(*wd, Rel::Last, r).and_then(|d| d.add_days(7 * (k + 1)))
            } else {
                weekday_date(*wd, Rel::Next, r).and_then(|d| d.add_days(7 * (k - 1)))
            };
            d.map_or(none(Grain::Day, true), |d| day(d, true))
        }
        Expr::WeekdayInWeek { wd, k } => {
            let Some(r) = r else { return none(Grain::Day, true) };
            // (A weekend's day past 7: taken in the week of the day after, as a week that starts on Sunday.)
            let (r, wd) = if *wd > 7 { (r.add_days(1).unwrap_or(r), *wd - 7) } else { (r, *wd) };
            let d = r.add_days(7 * k + wd as i64 - r.weekday() as i64);
            d.map_or(none(Grain::Day, true), |d| day(d, true))
        }
        Expr::DayDir { m, d, k } => match r.and_then(|r| day_dir(*m, *d, *k, r)) {
            Some(d) => day(d, true),
            None => none(Grain::Day, true),
        },
        Expr::DayInYear { m, d, k } => match r.and_then(|r| Date::new(r.year + *k as i32, *m, *d)) {
            Some(d) => day(d, true),
            None => none(Grain::Day, true),
        },
        Expr::UnitsSpan { unit, n, k } => {
            let (Some(r), Some(n)) = (r, n) else { return none(unit_grain(*unit), true) };
            match units_span(*unit, *n, *k, r) {
                Some((a, b)) => interval(a, b, true),
                None => none(unit_grain(*unit), true),
            }
        }
        Expr::SolarMonthDir { m, k } => match r.and_then(|r| solar_month_dir(*m, *k, r)) {
            Some((a, b)) => interval(a, b, true),
            None => none(Grain::Month, true),
        },
        Expr::HijriMonthDir { .. } | Expr::HijriUnit { year: false, .. } => match month_span(expr, reference) {
            Some((a, b)) => {
                let mut res = interval(a, b, true);
                res.relative = !matches!(expr, Expr::HijriMonthDir { k: 0, .. });
                res
            }
            None => none(Grain::Month, true),
        },
        Expr::HijriUnit { year: true, k } => {
            let Some(r) = r else { return none(Grain::Year, true) };
            match gregorian_to_hijri(r).and_then(|(y, _, _)| hijri_to_gregorian(y + *k as i32, 1, 1)) {
                Some(d) => point(d.to_string(), Grain::Year, true, Some(d)),
                None => none(Grain::Year, true),
            }
        }
        Expr::HijriOffset { n, year } => {
            let Some(r) = r else { return none(if *year { Grain::Year } else { Grain::Month }, true) };
            let moved = gregorian_to_hijri(r).and_then(|(y, m, d)| {
                let total = y as i64 * 12 + (m as i64 - 1) + if *year { 12 * n } else { *n };
                let (y, m) = (total.div_euclid(12) as i32, (total.rem_euclid(12) + 1) as u8);
                (0..3).find_map(|back| hijri_to_gregorian(y, m, d.saturating_sub(back).max(1)))
            });
            moved.map_or(none(Grain::Day, true), |d| day(d, true))
        }
        // A Hijri year is the days from its 1 Muharram to the next one's eve (`عام 1021 للهجرة`: 1612-03-04 to
        // 1613-02-20), not a Gregorian year.
        Expr::HijriYear(y) => match (hijri_to_gregorian(*y, 1, 1), hijri_to_gregorian(*y + 1, 1, 1).and_then(|d| d.add_days(-1))) {
            (Some(a), Some(b)) => interval(a, b, false),
            (Some(d), None) => point(d.to_string(), Grain::Year, false, Some(d)),
            _ => none(Grain::Year, false),
        },
        // A decade's early, middle or late years: 0–3, 4–6, 7–9.
        // A century's: its decades 0–3, 4–6, 7–9 (`أواخر القرن العشرين`: 1970–1999).
        Expr::PartOf { part, month } if matches!(**month, Expr::Decade { .. } | Expr::Centuries { .. } | Expr::Decades { n: 1, .. }) => {
            let rd = resolve(month, reference);
            let (lo, hi) = match part {
                Part::Early => (0, 3),
                Part::Mid => (4, 6),
                _ => (7, 9),
            };
            let (lo, hi) = if matches!(**month, Expr::Centuries { .. }) { (lo * 10, hi * 10 + 9) } else { (lo, hi) };
            match rd.first_day.and_then(|a| Some((Date::new(a.year + lo, 1, 1)?, Date::new(a.year + hi, 12, 31)?))) {
                Some((a, b)) => interval(a, b, rd.relative),
                None => none(Grain::Decade, true),
            }
        }
        Expr::PartOf { part: Part::Rest, month } => {
            let span = match (**month).clone() {
                Expr::RelUnit { unit: Unit::Week, k: 0 } => r.and_then(|r| Some((r, r.add_days(7 - r.weekday() as i64)?))),
                Expr::RelUnit { unit: Unit::Year, k: 0 } => r.and_then(|r| Some((r, Date::new(r.year, 12, 31)?))),
                Expr::Year(y) => r.filter(|r| r.year == y).and_then(|r| Some((r, Date::new(y, 12, 31)?))),
                m => month_span(&m, reference).zip(r).map(|((_, b), r)| (r, b)),
            };
            span.map_or(none(Grain::Day, true), |(a, b)| interval(a, b, true))
        }
        Expr::PartOf { part, month } => {
            let Some((a, b)) = month_span(month, reference) else { return none(Grain::Day, true) };
            let (x, y) = match part {
                Part::Early => (a, a.add_days(9).unwrap_or(a)),
                Part::Mid => (a.add_days(14).unwrap_or(a), a.add_days(14).unwrap_or(a)),
                Part::Late | Part::Rest => (a.add_days(20).unwrap_or(a), b),
            };
            if x == y {
                return day(x, true);
            }
            interval(x, y, true)
        }
        Expr::HolidayTensed { holiday, rel } => {
            let Some(r) = r else { return none(Grain::Day, true) };
            let all: Vec<Date> = (r.year - 1..=r.year + 1).filter_map(|y| holiday_in(*holiday, y)).collect();
            let found = match rel {
                Rel::Next => all.iter().find(|d| **d >= r),
                _ => all.iter().rev().find(|d| **d <= r),
            };
            found.map_or(none(Grain::Day, true), |d| day(*d, true))
        }
        Expr::WeekOfMonth { n, month } => {
            let Some((y, m)) = month_of(month, reference) else { return none(Grain::Week, true) };
            let last = days_in_month(y, m);
            // Weeks (Monday to Sunday) that lie inside the month.
            let mondays: Vec<Date> = (1..=last)
                .filter_map(|d| Date::new(y, m, d))
                .filter(|d| d.weekday() == 1 && d.day as u32 + 6 <= last as u32)
                .collect();
            // A fourth or fifth week past the last one inside (`الأسبوع الرابع من مايو` 2025, whose 26th is a
            // Monday) still starts in the month.
            let later = mondays.first().and_then(|d| d.add_days(7 * (*n as i64 - 1))).filter(|d| d.month == m);
            let pick = if *n < 0 { mondays.last().copied() } else { mondays.get(*n as usize - 1).copied().or(later) };
            pick.as_ref().map_or(none(Grain::Week, true), |d| point(week_value(*d), Grain::Week, false, Some(*d)))
        }
        Expr::DayOfMonth { n, month } => {
            let Some((a, b)) = month_span(month, reference) else { return none(Grain::Day, true) };
            let d = if *n < 0 { Some(b) } else { a.add_days(*n as i64 - 1).filter(|d| *d <= b) };
            let relative = !matches!(**month, Expr::Month { y: Some(_), .. });
            d.map_or(none(Grain::Day, true), |d| day(d, relative))
        }
        Expr::MonthRelYear { .. } | Expr::MonthDir { .. } => match month_of(expr, reference) {
            Some((y, m)) => point(month_value(y, m), Grain::Month, true, Date::new(y, m, 1)),
            None => none(Grain::Month, true),
        },
        Expr::Holiday { holiday, year: Some(y) } => holiday_in(*holiday, *y).map_or(none(Grain::Day, false), |d| day(d, false)),
        Expr::Holiday { holiday, year: None } => {
            // The next one, counting from a month before the reference (a holiday just past still counts).
            let Some(r) = r else { return none(Grain::Day, true) };
            let from = r.add_days(-30).unwrap_or(r);
            let found = (r.year - 1..=r.year + 1).filter_map(|y| holiday_in(*holiday, y)).find(|d| *d >= from);
            found.map_or(none(Grain::Day, true), |d| day(d, true))
        }
        Expr::HijriMonthIn { m, year } => {
            let approx = ((*year - 622) as f64 * 1.030_684) as i32;
            let range = (approx - 1..=approx + 2)
                .filter_map(|hy| hijri_month_range(hy, *m))
                .find(|(a, _)| a.year == *year);
            match range {
                Some((a, b)) => interval(a, b, false),
                None => none(Grain::Month, false),
            }
        }
        Expr::Within { n, unit } => {
            let Some(r) = r else { return none(unit_grain(*unit), true) };
            match add_units(r, *n, *unit) {
                Some(end) if matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade) => interval(r, end, true),
                _ => resolve(&Expr::Offset { n: *n, unit: *unit }, reference),
            }
        }
        Expr::Gmt(inner) => {
            let mut res = resolve(inner, reference);
            if let (Some(off), Some(v)) = (reference.and_then(|r| r.offset_minutes), res.value.as_deref()) {
                if v.len() >= 16 && v.as_bytes().get(10) == Some(&b'T') {
                    res.value = shift(v, off as i64);
                }
            }
            res
        }
        Expr::Day { y: Some(y), m, d, .. } => Date::new(*y, *m, *d).map_or(none(Grain::Day, false), |d| day(d, false)),
        Expr::Day { y: None, m: 0, d, weekday } => {
            // `السبت السادس عشر`: a day of the reference's month (or a neighbour where the weekday agrees).
            let Some(r) = r else { return none(Grain::Day, true) };
            let found = [0i64, 1, -1].iter().filter_map(|&k| r.add_months(k)).find_map(|base| {
                Date::new(base.year, base.month, *d).filter(|c| weekday.is_none_or(|wd| c.weekday() == wd))
            });
            found.map_or(none(Grain::Day, true), |d| day(d, true))
        }
        Expr::Day { y: None, m, d, weekday } => match r.and_then(|r| infer_year(*m, *d, r, *weekday)) {
            Some(date) => day(date, false),
            None => none(Grain::Day, false),
        },
        Expr::Converted(d) => day(*d, false),
        Expr::EitherHijri(lunar, solar) => {
            let far = |d: &Date| r.map_or(0, |r| (d.days() - r.days()).abs());
            day(if far(solar) < far(lunar) { *solar } else { *lunar }, false)
        }
        Expr::HijriDay { m, d } => match r.and_then(|r| infer_hijri(*m, *d, r)) {
            Some(date) => day(date, false),
            None => none(Grain::Day, false),
        },
        Expr::SolarDay { m, d } => match r.and_then(|r| infer_solar(*m, *d, r)) {
            Some(date) => day(date, false),
            None => none(Grain::Day, false),
        },
        Expr::WeekOfYear { n, year } => {
            let ry = resolve(year, reference);
            // Week 1 holds 4 January; a week number the year does not have (53 in most years) is none.
            let monday = ry.first_day.and_then(|f| {
                let jan4 = Date::new(f.year, 1, 4)?;
                let d = jan4.add_days(1 - jan4.weekday() as i64)?.add_days(7 * (*n as i64 - 1))?;
                (d.iso_week() == (f.year, *n)).then_some(d)
            });
            match monday {
                Some(d) => point(week_value(d), Grain::Week, ry.relative, Some(d)),
                None => none(Grain::Week, ry.relative),
            }
        }
        Expr::HijriMonth { y, m } => {
            let range = if *m == 0 {
                hijri_month_range(*y, 1).zip(hijri_month_range(*y, 12)).map(|(a, b)| (a.0, b.1))
            } else {
                hijri_month_range(*y, *m)
            };
            match range {
                Some((a, b)) => interval(a, b, false),
                None => none(if *m == 0 { Grain::Year } else { Grain::Month }, false),
            }
        }
        Expr::Month { y: Some(y), m } => {
            point(month_value(*y, *m), Grain::Month, false, Date::new(*y, *m, 1))
        }
        Expr::Month { y: None, m } => match r.and_then(|r| infer_year(*m, 1, r, None)) {
            Some(d) => point(month_value(d.year, *m), Grain::Month, false, Some(d)),
            None => none(Grain::Month, false),
        },
        Expr::MonthPart { y, m, part } => {
            let year = match y {
                Some(y) => Some(*y),
                None => r.and_then(|r| infer_year(*m, 1, r, None)).map(|d| d.year),
            };
            let Some(year) = year else { return none(Grain::Day, false) };
            let last = days_in_month(year, *m);
            let (a, b) = match part {
                Part::Early => (1, 10),
                Part::Mid => (15, 15),
                Part::Late | Part::Rest => (21, last),
            };
            let (Some(da), Some(db)) = (Date::new(year, *m, a), Date::new(year, *m, b)) else {
                return none(Grain::Day, false);
            };
            if a == b {
                return day(da, false);
            }
            interval(da, db, false)
        }
        Expr::Year(y) => point(format!("{y:04}"), Grain::Year, false, Date::new(*y, 1, 1)),
        Expr::Weekday { wd, rel } => match r.and_then(|r| weekday_date(*wd, *rel, r)) {
            Some(d) => day(d, true),
            None => none(Grain::Day, true),
        },
        Expr::RelDay(k) => match r.and_then(|r| r.add_days(*k)) {
            Some(d) => day(d, true),
            None => none(Grain::Day, true),
        },
        Expr::RelUnit { unit, k } => {
            let Some(r) = r else { return none(unit_grain(*unit), true) };
            match unit {
                Unit::Week => r.add_days(7 * k).map_or(none(Grain::Week, true), |d| {
                    let monday = d.add_days(1 - d.weekday() as i64);
                    point(week_value(d), Grain::Week, true, monday)
                }),
                Unit::Month => r.add_months(*k).map_or(none(Grain::Month, true), |d| {
                    point(month_value(d.year, d.month), Grain::Month, true, Date::new(d.year, d.month, 1))
                }),
                Unit::Year | Unit::Decade => {
                    let y = r.year + *k as i32;
                    point(format!("{y:04}"), Grain::Year, true, Date::new(y, 1, 1))
                }
                Unit::Day => r.add_days(*k).map_or(none(Grain::Day, true), |d| day(d, true)),
                _ => resolve(&Expr::Offset { n: *k, unit: *unit }, reference),
            }
        }
        Expr::Offset { n, unit } => {
            let Some(reference) = reference else { return none(unit_grain(*unit), true) };
            match (unit, reference.time) {
                (Unit::Second | Unit::Minute | Unit::Hour, Some(t)) => {
                    let secs = match unit {
                        Unit::Second => *n,
                        Unit::Minute => n * 60,
                        _ => n * 3600,
                    };
                    let total = reference.date.days() * 86_400
                        + t.hour as i64 * 3600
                        + t.minute as i64 * 60
                        + t.second as i64
                        + secs;
                    let Some(d) = Date::from_days(total.div_euclid(86_400)) else { return none(Grain::Minute, true) };
                    let s = total.rem_euclid(86_400);
                    let time = Time { hour: (s / 3600) as u8, minute: (s % 3600 / 60) as u8, second: (s % 60) as u8 };
                    let mut res = with_time(d, time, *unit != Unit::Hour);
                    res.relative = true;
                    res
                }
                // `بعد 48 ساعة`: whole days away from a reference without a clock.
                (Unit::Hour, None) if n.abs() >= 24 => reference.date.add_days(n / 24).map_or(none(Grain::Day, true), |d| day(d, true)),
                (Unit::Second | Unit::Minute | Unit::Hour, None) => day(reference.date, true),
                _ => match add_units(reference.date, *n, *unit) {
                    Some(d) => day(d, true),
                    None => none(Grain::Day, true),
                },
            }
        }
        Expr::OnThisDay(k) => match r.and_then(|r| add_units(r, *k, Unit::Year)) {
            Some(d) => day(d, true),
            None => none(Grain::Day, true),
        },
        Expr::Vague { unit } => none(unit_grain(*unit), true),
        Expr::Duration { n, unit } => {
            let value = match unit {
                Unit::Second | Unit::Minute | Unit::Hour => format!("PT{n}{}", unit_letter(*unit)),
                Unit::Decade => format!("P{}Y", n * 10),
                _ => format!("P{n}{}", unit_letter(*unit)),
            };
            Resolved { value: Some(value), grain: unit_grain(*unit), relative: false, kind: Kind::Duration, end_value: None, first_day: None }
        }
        Expr::Range(a, b) => {
            // The ends of a range share a year, since each alone could fall either side of the news window's
            // edge: a start without one takes the end's (the year before if it comes later in the year: `من
            // ديسمبر إلى فبراير 2021`), an end without one the start's (the next if it comes earlier: `بين 3
            // و14 حزيران`, `من 28 ديسمبر حتى 3 يناير`).
            // An end that knows its year (`فبراير 2021`, `4 يناير المقبل`, `2 جويلية من العام المقبل`) is
            // resolved first.
            let end_first = match **b {
                Expr::Day { y, .. } | Expr::Month { y, .. } => y.is_some(),
                Expr::DayDir { .. } | Expr::DayInYear { .. } | Expr::MonthDir { .. } => true,
                _ => false,
            };
            let end = if end_first { resolve(b, reference).first_day } else { None };
            let a_in_year = match (&**a, end) {
                (Expr::Month { y: None, m }, Some(end)) => Some(Expr::Month { y: Some(end.year - i32::from(*m > end.month)), m: *m }),
                (Expr::Day { y: None, m, d, weekday }, Some(end)) => {
                    Some(Expr::Day { y: Some(end.year - i32::from((*m, *d) > (end.month, end.day))), m: *m, d: *d, weekday: *weekday })
                }
                _ => None,
            };
            let mut ra = resolve(a_in_year.as_ref().unwrap_or(a), reference);
            let b_in_year = match (&**b, ra.first_day) {
                (Expr::Day { y: None, m, d, weekday }, Some(start)) => {
                    let y = if (*m, *d) < (start.month, start.day) { start.year + 1 } else { start.year };
                    Some(Expr::Day { y: Some(y), m: *m, d: *d, weekday: *weekday })
                }
                (Expr::Month { y: None, m }, Some(start)) if matches!(**a, Expr::Month { .. } | Expr::Future(_)) => {
                    Some(Expr::Month { y: Some(if *m < start.month { start.year + 1 } else { start.year }), m: *m })
                }
                _ => None,
            };
            let mut rb = resolve(b_in_year.as_ref().unwrap_or(b), reference);
            // A weekday range whose end has a direction (`من السبت إلى الخميس المقبل`) starts on the last
            // such day on or before its end; otherwise it ends on the first such day on or after its start.
            let directed = matches!(**b, Expr::WeekdayN { .. } | Expr::Weekday { rel: Rel::Next | Rel::Last, .. });
            if let (Expr::Weekday { wd, rel: Rel::Bare }, true, Some(end)) = (&**a, directed, rb.first_day) {
                let back = (end.weekday() as i64 - *wd as i64).rem_euclid(7);
                if let Some(start) = end.add_days(-back) {
                    ra = day(start, true);
                }
            } else if let (Expr::Weekday { .. } | Expr::RelDay(_) | Expr::Future(_), Expr::Weekday { wd, rel }, Some(start)) = (&**a, &**b, ra.first_day) {
                // (After a relative day only a bare weekday: `الأحد المقبل` is its own. A start said of the future
                // is a weekday's: `in_future` marks no other before a weekday.)
                let fwd = (*wd as i64 - start.weekday() as i64).rem_euclid(7);
                let a_weekday = matches!(**a, Expr::Weekday { .. } | Expr::Future(_));
                if let Some(end) = start.add_days(fwd).filter(|_| *rel == Rel::Bare || a_weekday) {
                    rb = day(end, true);
                }
            }
            // Clock hours that end before they start end on the next day: a curfew `من الساعة العاشرة ليلا حتى
            // السادسة صباحا`, a shift `من 22:00 حتى 06:00`.
            if let (Some((t1, _)), Some((t2, minutes)), Some(d1)) = (clock_of(a), clock_of(b), ra.first_day) {
                if rb.first_day == Some(d1) && (t2.hour, t2.minute) < (t1.hour, t1.minute) {
                    if let Some(next) = d1.add_days(1) {
                        let relative = rb.relative;
                        rb = with_time(next, t2, minutes);
                        rb.relative = relative;
                    }
                }
            }
            Resolved {
                value: ra.value,
                grain: ra.grain,
                relative: ra.relative || rb.relative,
                kind: Kind::Interval,
                end_value: rb.value,
                first_day: ra.first_day,
            }
        }
        Expr::Past(inner) => {
            let res = resolve(inner, reference);
            let (Some(r), Some(first)) = (r, res.first_day) else { return res };
            // (Within a month ahead the window's reading stands.)
            if first.days() <= r.days() + 31 {
                return res;
            }
            let y = Some(first.year - 1);
            match **inner {
                Expr::Day { y: None, m, d, weekday } => resolve(&Expr::Day { y, m, d, weekday }, reference),
                Expr::Month { y: None, m } => resolve(&Expr::Month { y, m }, reference),
                _ => res,
            }
        }
        Expr::Future(inner) => {
            let res = resolve(inner, reference);
            let (Some(r), Some(first)) = (r, res.first_day) else { return res };
            let next = first.year + 1;
            match &**inner {
                Expr::Day { y: None, m, d, weekday } if first.days() < r.days() - 31 => {
                    resolve(&Expr::Day { y: Some(next), m: *m, d: *d, weekday: *weekday }, reference)
                }
                Expr::Month { y: None, m } if first.add_months(1).is_some_and(|e| e.days() < r.days() - 31) => {
                    resolve(&Expr::Month { y: Some(next), m: *m }, reference)
                }
                &Expr::Weekday { wd, .. } if first.days() < r.days() => resolve(&Expr::Weekday { wd, rel: Rel::Next }, reference),
                _ => res,
            }
        }
        Expr::At(base, t, minutes) => {
            let rb = resolve(base, reference);
            match rb.first_day.filter(|_| rb.kind == Kind::Point && rb.grain == Grain::Day) {
                Some(d) => {
                    let mut res = with_time(d, *t, *minutes);
                    res.relative = rb.relative;
                    res
                }
                None => rb,
            }
        }
        Expr::Clock(t, minutes) => match r {
            Some(d) => {
                let mut res = with_time(d, *t, *minutes);
                res.relative = true;
                res
            }
            None => {
                let grain = if *minutes { Grain::Minute } else { Grain::Hour };
                point(format!("T{:02}:{:02}", t.hour, t.minute), grain, true, None)
            }
        },
        Expr::Season { start, k, year } => {
            let span = |y: i32| -> Option<(Date, Date)> {
                let a = Date::new(y, *start, 1)?;
                let b = a.add_months(3)?.add_days(-1)?;
                Some((a, b))
            };
            let found = match year {
                Some(y) => year_of(y, reference).and_then(span),
                None => r.and_then(|r| {
                    // Occurrences by start year; the one holding the reference, else the latest begun.
                    let begun = (r.year - 1..=r.year).rev().find_map(|y| span(y).filter(|(a, _)| *a <= r))?;
                    let holds = begun.1 >= r;
                    let base = begun.0.year;
                    let y = match *k {
                        // This one: the one holding the reference, else the one begun this year.
                        0 if holds || base == r.year => base,
                        0 => base + 1,
                        k if k < 0 => base + k as i32 + if holds { 0 } else { 1 },
                        k => base + k as i32,
                    };
                    span(y)
                }),
            };
            match found {
                Some((a, b)) => interval(a, b, year.is_none()),
                None => none(Grain::Month, true),
            }
        }
        Expr::YearPart { first_month, months, year } => {
            let span = year_of(year, reference).and_then(|y| {
                let a = Date::new(y, *first_month, 1)?;
                Some((a, a.add_months(*months as i64)?.add_days(-1)?))
            });
            match span {
                Some((a, b)) => interval(a, b, !matches!(**year, Expr::Year(_))),
                None => none(Grain::Month, true),
            }
        }
        Expr::Decade { tens, century } => {
            let tens = *tens as i32;
            let start = match century {
                Some(c) if *c >= 18 => Some(*c as i32 * 100 + tens),
                Some(k) => r.map(|r| (r.year / 100 + *k as i32) * 100 + tens),
                None => r.map(|r| {
                    let y = r.year / 100 * 100 + tens;
                    if y > r.year { y - 100 } else { y }
                }),
            };
            match start.and_then(|y| Some((Date::new(y, 1, 1)?, Date::new(y + 9, 12, 31)?))) {
                Some((a, b)) => interval(a, b, !matches!(century, Some(c) if *c >= 18)),
                None => none(Grain::Decade, true),
            }
        }
        Expr::Centuries { n, k } => {
            let start = match n {
                Some(n) => Some((*n - 1) * 100),
                None => r.map(|r| (r.year / 100 + *k as i32) * 100),
            };
            match start.and_then(|y| Some((Date::new(y.max(1), 1, 1)?, Date::new(y + 99, 12, 31)?))) {
                Some((a, b)) => interval(a, b, n.is_none()),
                None => none(Grain::Decade, true),
            }
        }
        Expr::Decades { n, k } => {
            let span = r.and_then(|r| {
                let own = r.year / 10 * 10;
                let (from, to) = match k.signum() {
                    -1 => (own - 10 * *n as i32, own - 1),
                    1 => (own + 10, own + 10 * *n as i32 + 9),
                    _ => (own, own + 9),
                };
                Some((Date::new(from, 1, 1)?, Date::new(to, 12, 31)?))
            });
            match span {
                Some((a, b)) => interval(a, b, true),
                None => none(Grain::Decade, true),
            }
        }
        Expr::QuarterRel { k } => {
            let span = r.and_then(|r| {
                let first = Date::new(r.year, (r.month - 1) / 3 * 3 + 1, 1)?.add_months(3 * k)?;
                Some((first, first.add_months(3)?.add_days(-1)?))
            });
            match span {
                Some((a, b)) => interval(a, b, true),
                None => none(Grain::Month, true),
            }
        }
        Expr::DayAfter { n, base } => {
            let rb = resolve(base, reference);
            match rb.first_day.and_then(|d| d.add_days(*n)) {
                Some(d) => day(d, rb.relative),
                None => none(Grain::Day, true),
            }
        }
        Expr::Night(k) => match r.and_then(|r| r.add_days(*k)) {
            Some(d) => Resolved {
                value: Some(format!("{d}T18:00")),
                grain: Grain::Hour,
                relative: true,
                kind: Kind::Interval,
                end_value: d.add_days(1).map(|n| format!("{n}T00:00")),
                first_day: Some(d),
            },
            None => none(Grain::Hour, true),
        },
        Expr::Now => match reference {
            Some(Reference { date, time: Some(t), .. }) => {
                let mut res = with_time(date, t, true);
                res.relative = true;
                res
            }
            Some(Reference { date, .. }) => day(date, true),
            None => none(Grain::Second, true),
        },
    }
}
