//! Lunar Hijri (Umm al-Qura, with the tabular calendar outside its table) and Solar Hijri (Persian)
//! dates to Gregorian.

use super::calendar::Date;
use super::ummalqura::{FIRST_DAY, FIRST_YEAR, LENGTHS, MONTHS};

/// Days in month `index` (0 = Muharram 1343) of the Umm al-Qura table.
fn table_len(index: usize) -> i64 {
    28 + ((LENGTHS[index / 4] >> (2 * (index % 4))) & 3) as i64
}

/// Julian day number of 1970-01-01.
const JDN_1970: i64 = 2_440_588;

/// The tabular (arithmetical) Islamic calendar, for years outside the Umm al-Qura table.
fn tabular_days(y: i32, m: u8, d: u8) -> i64 {
    let (y, m, d) = (y as i64, m as i64, d as i64);
    let jdn = d + ((295 * (m - 1) + 9) / 10) + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + 1_948_439;
    jdn - JDN_1970
}

/// A lunar Hijri date (`14 رمضان 1446`) as a Gregorian date. Uses the Umm al-Qura table for
/// 1343–1500 AH, the tabular calendar otherwise. `None` for impossible dates (month 13, day 31 but in the
/// three 31-day months of the early official table, `31 جمادى الأولى 1345`).
pub fn hijri_to_gregorian(y: i32, m: u8, d: u8) -> Option<Date> {
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1..=3000).contains(&y) {
        return None;
    }
    let index = (y - FIRST_YEAR) as i64 * 12 + (m as i64 - 1);
    if (0..MONTHS as i64).contains(&index) {
        let index = index as usize;
        if d as i64 > table_len(index) {
            return None;
        }
        let start: i64 = FIRST_DAY + (0..index).map(table_len).sum::<i64>();
        return Date::from_days(start + d as i64 - 1);
    }
    Date::from_days(tabular_days(y, m, d)).filter(|_| d < 31)
}

/// A Hijri day as written: the 30th of a month Umm al-Qura gives 29 days (`30 شعبان 1445`, the writer's
/// reckoning a day longer: months fixed by sighting can be) is the day after the 29th.
#[inline(never)]
pub fn hijri_day(y: i32, m: u8, d: u8) -> Option<Date> {
    hijri_to_gregorian(y, m, d).or_else(|| if d == 30 { hijri_to_gregorian(y, m, 29)?.add_days(1) } else { None })
}

/// The first and last Gregorian days of a Hijri month (for `رمضان 1446`).
pub fn hijri_month_range(y: i32, m: u8) -> Option<(Date, Date)> {
    let first = hijri_to_gregorian(y, m, 1)?;
    let next = if m == 12 { hijri_to_gregorian(y + 1, 1, 1) } else { hijri_to_gregorian(y, m + 1, 1) }?;
    Some((first, next.add_days(-1)?))
}

/// The first and last Gregorian days of a Solar Hijri month (for `مهر 1404`, `بهمن الماضي`).
pub fn solar_month_range(y: i32, m: u8) -> Option<(Date, Date)> {
    let first = solar_to_gregorian(y, m, 1)?;
    let next = if m == 12 { solar_to_gregorian(y + 1, 1, 1) } else { solar_to_gregorian(y, m + 1, 1) }?;
    Some((first, next.add_days(-1)?))
}

/// A Solar Hijri (Persian) date as Gregorian: `29 بهمن 1398` → 2020-02-18. The 33-year arithmetic rule,
/// exact for 1178–1633 AP.
pub fn solar_to_gregorian(jy: i32, jm: u8, jd: u8) -> Option<Date> {
    if !(1..=12).contains(&jm) || jd < 1 || jd > if jm <= 6 { 31 } else { 30 } || !(1..=3000).contains(&jy) {
        return None;
    }
    let jy = jy as i64 + 1595;
    let jm = jm as i64;
    let mut days = -355_668 + 365 * jy + (jy / 33) * 8 + ((jy % 33) + 3) / 4 + jd as i64
        + if jm < 7 { (jm - 1) * 31 } else { (jm - 7) * 30 + 186 };
    let mut gy = 400 * (days / 146_097);
    days %= 146_097;
    if days > 36_524 {
        days -= 1;
        gy += 100 * (days / 36_524);
        days %= 36_524;
        if days >= 365 {
            days += 1;
        }
    }
    gy += 4 * (days / 1461);
    days %= 1461;
    if days > 365 {
        gy += (days - 1) / 365;
        days = (days - 1) % 365;
    }
    let mut gd = days + 1;
    let gy = gy as i32;
    let mut gm = 1u8;
    while gm <= 12 {
        let len = super::calendar::days_in_month(gy, gm) as i64;
        if gd <= len {
            break;
        }
        gd -= len;
        gm += 1;
    }
    Date::new(gy, gm, gd as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umm_al_qura() {
        const CASES: &[((i32, u8, u8), &str)] = &[
            ((1343, 1, 1), "1924-08-01"),
            ((1430, 2, 20), "2009-02-15"),
            ((1432, 9, 14), "2011-08-14"),
            ((1433, 2, 29), "2012-01-23"),
            ((1441, 10, 11), "2020-06-03"),
            ((1447, 4, 27), "2025-10-19"),
            ((1437, 1, 17), "2015-10-30"),
        ];
        for &((y, m, d), g) in CASES {
            assert_eq!(hijri_to_gregorian(y, m, d).map(|d| d.to_string()).as_deref(), Some(g), "help: {y}-{m}-{d}");
        }
        assert_eq!(hijri_to_gregorian(1433, 2, 30), None);
        assert_eq!(hijri_day(1433, 2, 30), hijri_to_gregorian(1433, 3, 1));
        assert_eq!(hijri_to_gregorian(1433, 13, 1), None);
        // The early official table's 31-day months; none elsewhere, nor in the tabular calendar.
        assert_eq!(hijri_to_gregorian(1345, 5, 31).map(|d| d.to_string()).as_deref(), Some("1926-12-06"));
        assert_eq!(hijri_to_gregorian(1446, 5, 31), None);
        assert_eq!(hijri_to_gregorian(1300, 1, 31), None);
        // Outside the table: the tabular calendar (1 Muharram 1 AH = 622-07-16 Julian = 622-07-19 Gregorian).
        assert_eq!(hijri_to_gregorian(1, 1, 1).unwrap().to_string(), "0622-07-19");
        let (a, b) = hijri_month_range(1446, 9).unwrap();
        assert_eq!((a.to_string(), b.to_string()), ("2025-03-01".into(), "2025-03-29".into()));
    }

    #[test]
    fn solar_hijri() {
        const CASES: &[((i32, u8, u8), &str)] = &[
            ((1398, 11, 29), "2020-02-18"),
            ((1399, 4, 2), "2020-06-22"),
            ((1399, 1, 1), "2020-03-20"),
            ((1403, 12, 30), "2025-03-20"),
            ((1404, 7, 28), "2025-10-20"),
        ];
        for &((y, m, d), g) in CASES {
            assert_eq!(solar_to_gregorian(y, m, d).map(|d| d.to_string()).as_deref(), Some(g), "help: {y}-{m}-{d}");
        }
        assert_eq!(solar_to_gregorian(1399, 7, 31), None);
    }
}

/// The lunar Hijri (year, month, day) of a Gregorian date (inverse of [`hijri_to_gregorian`]).
pub fn gregorian_to_hijri(g: Date) -> Option<(i32, u8, u8)> {
    let approx = ((g.year - 622) as f64 * 1.030_684) as i32 + 1;
    for y in (approx - 2..=approx + 1).rev() {
        let Some(first) = hijri_to_gregorian(y, 1, 1) else { continue };
        if first > g {
            continue;
        }
        for m in (1..=12u8).rev() {
            let Some(start) = hijri_to_gregorian(y, m, 1) else { continue };
            if start <= g {
                return Some((y, m, (g.days() - start.days() + 1) as u8));
            }
        }
    }
    None
}

#[cfg(test)]
mod inverse_tests {
    use super::*;

    #[test]
    fn gregorian_to_hijri_inverts() {
        for (y, m, d) in [(1446, 9, 1), (1446, 9, 14), (1420, 1, 1), (1445, 12, 10), (1447, 6, 30)] {
            if let Some(g) = hijri_to_gregorian(y, m, d) {
                assert_eq!(gregorian_to_hijri(g), Some((y, m, d)));
            }
        }
    }
}
