//! Proleptic Gregorian calendar arithmetic on plain integers (no clock, no time zones).
//! Days are counted from 1970-01-01 (day 0), with Howard Hinnant's `days_from_civil` algorithm.

use std::fmt;

/// A calendar day. Only valid dates are constructed ([`Date::new`] checks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// The years the core accepts: anything else is not a news date (`99999` is rejected, not wrapped).
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or `None` (`32 فبراير`, month 13, year 0 or 99999).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if YEARS.contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01, if its year is in [`YEARS`].
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        if !YEARS.contains(&(y as i32)) {
            return None;
        }
        Some(Date { year: y as i32, month: m, day: d })
    }

    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.days() + n)
    }

    /// Adds months, clamping the day to the month's length (31 Jan + 1 month = 28/29 Feb).
    pub fn add_months(self, n: i64) -> Option<Date> {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + n;
        let y = total.div_euclid(12);
        let m = (total.rem_euclid(12) + 1) as u8;
        let y = i32::try_from(y).ok()?;
        if !YEARS.contains(&y) {
            return None;
        }
        Date::new(y, m, self.day.min(days_in_month(y, m)))
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.days() + 3).rem_euclid(7) + 1) as u8
    }

    /// ISO 8601 week: (week-based year, week number).
    pub fn iso_week(self) -> (i32, u8) {
        let thursday = self.add_days(4 - self.weekday() as i64).unwrap_or(self);
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        (thursday.year, week as u8)
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A wall-clock time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

/// The reference "now": a date, optionally with a time and a UTC offset in minutes as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub date: Date,
    pub time: Option<Time>,
    pub offset_minutes: Option<i32>,
}

impl Reference {
    pub fn day(date: Date) -> Reference {
        Reference { date, time: None, offset_minutes: None }
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]` with an optional `Z` or `±HH:MM` offset.
    /// `2013-02-12T04:30:00.000-02:00` → 2013-02-12, 04:30:00, -120 minutes.
    pub fn parse(s: &str) -> Option<Reference> {
        let s = s.trim();
        let date = Date::parse_iso(s.get(..10)?)?;
        let rest = &s[10..];
        if rest.is_empty() {
            return Some(Reference::day(date));
        }
        let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' '))?;
        // Split the offset off.
        let (clock, offset) = if let Some(c) = rest.strip_suffix('Z') {
            (c, Some(0))
        } else if let Some(at) = rest.rfind(['+', '-']) {
            let (c, o) = rest.split_at(at);
            let sign = if o.starts_with('-') { -1 } else { 1 };
            let o = &o[1..];
            let (h, m) = o.split_once(':').unwrap_or((o.get(..2)?, o.get(2..).unwrap_or("0")));
            let h: i32 = h.parse().ok()?;
            let m: i32 = if m.is_empty() { 0 } else { m.parse().ok()? };
            if h > 23 || m > 59 {
                return None;
            }
            (c, Some(sign * (h * 60 + m)))
        } else {
            (rest, None)
        };
        let clock = clock.split('.').next()?;
        let mut parts = clock.split(':');
        let hour: u8 = parts.next()?.parse().ok()?;
        let minute: u8 = parts.next()?.parse().ok()?;
        let second: u8 = match parts.next() {
            Some(p) => p.parse().ok()?,
            None => 0,
        };
        if parts.next().is_some() || hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        Some(Reference { date, time: Some(Time { hour, minute, second }), offset_minutes: offset })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        const CASES: &[(i32, u8, u8, i64, u8)] = &[
            (1970, 1, 1, 0, 4),
            (2025, 10, 20, 20381, 1), // a Monday
            (2013, 2, 12, 15748, 2),  // a Tuesday
            (2000, 2, 29, 11016, 2),
            (1, 1, 1, -719162, 1),
        ];
        for &(y, m, d, days, wd) in CASES {
            let date = Date::new(y, m, d).unwrap();
            assert_eq!(date.days(), days, "help: days of {date}");
            assert_eq!(Date::from_days(days), Some(date));
            assert_eq!(date.weekday(), wd, "help: weekday of {date}");
        }
    }

    #[test]
    fn rejects_absurd_dates() {
        assert_eq!(Date::new(2025, 2, 32), None);
        assert_eq!(Date::new(2025, 2, 29), None);
        assert_eq!(Date::new(99999, 1, 1), None);
        assert_eq!(Date::new(2025, 13, 1), None);
        assert_eq!(Date::parse_iso("2025-1-01"), None);
    }

    #[test]
    fn arithmetic() {
        let d = Date::new(2025, 1, 31).unwrap();
        assert_eq!(d.add_months(1), Date::new(2025, 2, 28));
        assert_eq!(d.add_months(-2), Date::new(2024, 11, 30));
        assert_eq!(d.add_days(1), Date::new(2025, 2, 1));
        assert_eq!(Date::new(2025, 10, 16).unwrap().iso_week(), (2025, 42));
        assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
    }

    #[test]
    fn references() {
        let r = Reference::parse("2013-02-12T04:30:00.000-02:00").unwrap();
        assert_eq!(r.date, Date::new(2013, 2, 12).unwrap());
        assert_eq!(r.time, Some(Time { hour: 4, minute: 30, second: 0 }));
        assert_eq!(r.offset_minutes, Some(-120));
        assert_eq!(Reference::parse("2025-10-20").unwrap().time, None);
        assert_eq!(Reference::parse("2014-09-01T10:30").unwrap().offset_minutes, None);
        assert!(Reference::parse("2025-10-20T25:00").is_none());
        assert!(Reference::parse("yesterday").is_none());
        assert!(Reference::parse("٢٠٢٥-١٠-٢٠").is_none());
    }
}
