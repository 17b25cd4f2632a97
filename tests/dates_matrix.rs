//! The generated matrix: every count 1–99 (digits, and words of both genders), every unit (minute to
//! year), every direction (قبل، منذ، بعد), at reference dates chosen for their edges (a leap day, a
//! year end, a month end); and weekdays, units and months × direction chains; ordinal days × month
//! families; years in words. The expected values are computed here with plain calendar arithmetic
//! (days from a civil date, months with the day clamped), independent of the crate's calendar.
#![cfg(not(target_arch = "wasm32"))]

use naba::date::calendar::Reference;
use naba::date::find_dates;

// ---- plain calendar arithmetic ------------------------------------------------------------------

fn leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn month_len(y: i64, m: i64) -> i64 {
    [31, if leap(y) { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][(m - 1) as usize]
}

/// Days since 0000-03-01 (any fixed origin will do), by counting.
fn to_days(y: i64, m: i64, d: i64) -> i64 {
    let mut n = 0;
    for yy in 1900..y {
        n += if leap(yy) { 366 } else { 365 };
    }
    for mm in 1..m {
        n += month_len(y, mm);
    }
    n + d - 1
}

fn from_days(mut n: i64) -> (i64, i64, i64) {
    let mut y = 1900;
    loop {
        let len = if leap(y) { 366 } else { 365 };
        if n < len {
            break;
        }
        n -= len;
        y += 1;
    }
    let mut m = 1;
    while n >= month_len(y, m) {
        n -= month_len(y, m);
        m += 1;
    }
    (y, m, n + 1)
}

/// Monday = 1 … Sunday = 7 (1900-01-01 was a Monday).
fn weekday(y: i64, m: i64, d: i64) -> i64 {
    to_days(y, m, d).rem_euclid(7) + 1
}

fn add_months(y: i64, m: i64, d: i64, k: i64) -> (i64, i64, i64) {
    let t = y * 12 + m - 1 + k;
    let (y2, m2) = (t.div_euclid(12), t.rem_euclid(12) + 1);
    (y2, m2, d.min(month_len(y2, m2)))
}

fn iso(y: i64, m: i64, d: i64) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// ISO week of a day: (year, week).
fn iso_week(y: i64, m: i64, d: i64) -> (i64, i64) {
    let n = to_days(y, m, d);
    let thursday = n - (weekday(y, m, d) - 1) + 3;
    let (ty, _, _) = from_days(thursday);
    (ty, (thursday - to_days(ty, 1, 1)) / 7 + 1)
}

// ---- number words -------------------------------------------------------------------------------

const MASC: [&str; 11] = ["", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
const FEM: [&str; 11] = ["", "واحدة", "اثنتين", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"];
const TENS: [&str; 10] = ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"];

/// `n` in words, masculine or feminine counting forms (both are written in the press).
fn words(n: usize, fem: bool) -> String {
    let units = if fem { FEM } else { MASC };
    match n {
        1..=10 => units[n].to_string(),
        11 => if fem { "إحدى عشرة" } else { "أحد عشر" }.to_string(),
        12 => if fem { "اثنتا عشرة" } else { "اثنا عشر" }.to_string(),
        13..=19 => format!("{} {}", units[n - 10], if fem { "عشرة" } else { "عشر" }),
        _ if n % 10 == 0 => TENS[n / 10].to_string(),
        _ => format!("{} و{}", units[n % 10], TENS[n / 10]),
    }
}

/// (unit key, singular, plural, accusative singular for 11–99, dual)
type UnitWords = (&'static str, &'static str, &'static str, &'static str, &'static str);
const UNITS: &[UnitWords] = &[
    ("minute", "دقيقة", "دقائق", "دقيقة", "دقيقتين"),
    ("hour", "ساعة", "ساعات", "ساعة", "ساعتين"),
    ("day", "يوم", "أيام", "يوما", "يومين"),
    ("week", "أسبوع", "أسابيع", "أسبوعا", "أسبوعين"),
    ("month", "شهر", "أشهر", "شهرا", "شهرين"),
    ("year", "عام", "أعوام", "عاما", "عامين"),
    ("year", "سنة", "سنوات", "سنة", "سنتين"),
];

fn noun(n: usize, u: &UnitWords) -> &'static str {
    if (3..=10).contains(&n) { u.2 } else if n <= 2 { u.1 } else { u.3 }
}

/// The expected value of the reference (y, m, d, hh, mm) moved by `n` units (sign included).
fn expected(r: (i64, i64, i64, i64, i64), unit: &str, n: i64) -> String {
    let (y, m, d, hh, mm) = r;
    match unit {
        "minute" | "hour" => {
            let total = to_days(y, m, d) * 1440 + hh * 60 + mm + if unit == "hour" { 60 * n } else { n };
            let (yy, mo, dd) = from_days(total.div_euclid(1440));
            let t = total.rem_euclid(1440);
            format!("{}T{:02}:{:02}", iso(yy, mo, dd), t / 60, t % 60)
        }
        "day" | "week" => {
            let (yy, mo, dd) = from_days(to_days(y, m, d) + if unit == "week" { 7 * n } else { n });
            iso(yy, mo, dd)
        }
        _ => {
            let (yy, mo, dd) = add_months(y, m, d, if unit == "year" { 12 * n } else { n });
            iso(yy, mo, dd)
        }
    }
}

const REFS: &[(i64, i64, i64, i64, i64)] = &[(2025, 10, 20, 10, 30), (2024, 2, 29, 23, 50), (2023, 12, 31, 0, 15), (2026, 1, 31, 12, 0)];

fn reference(r: (i64, i64, i64, i64, i64)) -> Option<Reference> {
    Reference::parse(&format!("{}T{:02}:{:02}", iso(r.0, r.1, r.2), r.3, r.4))
}

/// The value of the longest mention.
fn value(text: &str, r: Option<Reference>) -> Option<String> {
    find_dates(text, r).into_iter().max_by_key(|d| d.end - d.start).and_then(|d| d.value)
}

fn check(failures: &mut Vec<String>, text: &str, r: Option<Reference>, want: &str) {
    let got = value(text, r);
    if got.as_deref() != Some(want) {
        failures.push(format!("{text:?} @ {r:?}: expected {want}, got {got:?}"));
    }
}

fn report(failures: Vec<String>, total: usize) {
    eprintln!("{total} matrix cases");
    assert!(
        failures.is_empty(),
        "help: {} of {total} matrix cases fail; first ones:\n{}",
        failures.len(),
        failures.iter().take(40).cloned().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn counts_units_directions() {
    let mut failures = Vec::new();
    let mut total = 0;
    for &r in REFS {
        let reference = reference(r);
        for u in UNITS {
            for n in 1..=99usize {
                // Digits, masculine words, feminine words; 1 and 2 in words are the bare noun and the dual.
                let mut quantities = vec![format!("{n} {}", noun(n, u))];
                match n {
                    1 => quantities.push(u.1.to_string()),
                    2 => quantities.push(u.4.to_string()),
                    _ => {
                        quantities.push(format!("{} {}", words(n, false), noun(n, u)));
                        quantities.push(format!("{} {}", words(n, true), noun(n, u)));
                    }
                }
                for q in &quantities {
                    for (dir, sign) in [("قبل", -1i64), ("منذ", -1), ("بعد", 1)] {
                        let text = format!("{dir} {q}");
                        total += 1;
                        check(&mut failures, &text, reference, &expected(r, u.0, sign * n as i64));
                    }
                }
            }
        }
    }
    assert!(total > 10_000);
    report(failures, total);
}

const WEEKDAYS: [&str; 8] = ["", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];

/// Direction chains and their k: strictly before/after, then a further week/unit per قبل/بعد.
const CHAINS: &[(&str, &str, i64)] = &[
    ("الماضي", "الماضية", -1),
    ("المنصرم", "المنصرمة", -1),
    ("الفائت", "الفائتة", -1),
    ("السابق", "السابقة", -1),
    ("اللي فات", "اللي فاتت", -1),
    ("قبل الماضي", "قبل الماضية", -2),
    ("المقبل", "المقبلة", 1),
    ("القادم", "القادمة", 1),
    ("الجاي", "الجاية", 1),
    ("التالي", "التالية", 1),
    ("الآتي", "الآتية", 1),
    ("بعد المقبل", "بعد المقبلة", 2),
    ("بعد القادم", "بعد القادمة", 2),
];

#[test]
fn weekdays_units_and_months_with_direction_chains() {
    let mut failures = Vec::new();
    let mut total = 0;
    let months = ["", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    let levant = ["", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    for &r in REFS {
        let reference = reference(r);
        let (y, m, d, _, _) = r;
        let today = to_days(y, m, d);
        let wd = weekday(y, m, d);
        for &(masc, fem, k) in CHAINS {
            // Weekdays: the k-th one strictly before/after the reference.
            for w in 1..=7i64 {
                let first = if k < 0 {
                    let back = (wd - w).rem_euclid(7);
                    today - if back == 0 { 7 } else { back }
                } else {
                    let fwd = (w - wd).rem_euclid(7);
                    today + if fwd == 0 { 7 } else { fwd }
                };
                let day = first + 7 * (k - k.signum());
                let (yy, mo, dd) = from_days(day);
                for q in [masc, fem] {
                    total += 1;
                    check(&mut failures, &format!("{} {q}", WEEKDAYS[w as usize]), reference, &iso(yy, mo, dd));
                }
            }
            // Units: the reference's week/month/year moved by k.
            let (wy, wn) = iso_week(from_days(today + 7 * k).0, from_days(today + 7 * k).1, from_days(today + 7 * k).2);
            let (my, mm, _) = add_months(y, m, 1, k);
            for (text, want) in [
                (format!("الأسبوع {masc}"), format!("{wy:04}-W{wn:02}")),
                (format!("الشهر {masc}"), format!("{my:04}-{mm:02}")),
                (format!("العام {masc}"), format!("{:04}", y + k)),
                (format!("السنة {fem}"), format!("{:04}", y + k)),
            ] {
                total += 1;
                check(&mut failures, &text, reference, &want);
            }
            // Named months: the k-th one strictly after/before the reference's month.
            for mo in 1..=12i64 {
                let first = if k > 0 { if mo <= m { y + 1 } else { y } } else if mo >= m { y - 1 } else { y };
                let want = format!("{:04}-{mo:02}", first + k - k.signum());
                for name in [months[mo as usize], levant[mo as usize]] {
                    total += 1;
                    check(&mut failures, &format!("{name} {masc}"), reference, &want);
                }
            }
        }
    }
    report(failures, total);
}

const ORDINALS: [&str; 32] = [
    "", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي عشر",
    "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر",
    "العشرين", "الحادي والعشرين", "الثاني والعشرين", "الثالث والعشرين", "الرابع والعشرين", "الخامس والعشرين",
    "السادس والعشرين", "السابع والعشرين", "الثامن والعشرين", "التاسع والعشرين", "الثلاثين", "الحادي والثلاثين",
];

#[test]
fn ordinal_days_of_months_and_of_relative_months() {
    let mut failures = Vec::new();
    let mut total = 0;
    let months = ["", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    let maghreb = ["", "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    for year in [2019i64, 2024] {
        for mo in 1..=12i64 {
            for d in 1..=month_len(year, mo) {
                for names in [months, maghreb] {
                    let text = format!("{} من {} {year}", ORDINALS[d as usize], names[mo as usize]);
                    total += 1;
                    check(&mut failures, &text, None, &iso(year, mo, d));
                }
            }
        }
    }
    // A day of the reference's month, the next or the last one.
    for &r in REFS {
        let reference = reference(r);
        for (rel, k) in [("الجاري", 0i64), ("الحالي", 0), ("المقبل", 1), ("القادم", 1), ("الماضي", -1), ("الفائت", -1)] {
            let (yy, mm, _) = add_months(r.0, r.1, 1, k);
            for d in 1..=month_len(yy, mm) {
                for day in [ORDINALS[d as usize].to_string(), d.to_string()] {
                    total += 1;
                    check(&mut failures, &format!("{day} من الشهر {rel}"), reference, &iso(yy, mm, d));
                }
            }
        }
    }
    report(failures, total);
}

#[test]
fn years_in_words() {
    let mut failures = Vec::new();
    let mut total = 0;
    let hundreds = ["", "مائة", "مئتين", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة", "تسعمائة"];
    for year in 1900..=2040usize {
        let thousands = if year >= 2000 { "ألفين" } else { "ألف" };
        let h = (year % 1000) / 100;
        let rest = year % 100;
        let mut text = thousands.to_string();
        if h > 0 {
            text += &format!(" و{}", hundreds[h]);
        }
        if rest > 0 {
            let w = words(rest, false);
            text += &format!(" و{w}");
        }
        for cue in ["عام", "سنة", "العام"] {
            total += 1;
            check(&mut failures, &format!("{cue} {text}"), None, &format!("{year}"));
        }
    }
    report(failures, total);
}
