//! Rules for months: names of every family, numbers (`شهر 7`), months with years and directions,
//! days of months (`16 أكتوبر`, `السابع من الشهر الجاري`, `5 آذار المقبل`), parts of months, `غرة`.

use crate::words::one_of;
use super::*;

impl Scanner {
    /// A month name of any family, one or two words, with an optional glued clitic (`بأيلول`) and an
    /// optional second name after a slash (`آب/أغسطس`, `تشرين الأول/أكتوبر`).
    pub(super) fn month(&self, i: usize) -> Option<(usize, u8, Cal)> {
        // Joomla's Arabic short form `تشرين2/نوفمبر`, `كانون1/ديسمبر`: the name after the slash.
        if matches!(self.w(i), "تشرين" | "كانون") && matches!(self.num(i + 1), Some(1 | 2)) && self.punct(i + 2, &["/"]) {
            if let Some(found) = self.month_name(i + 3) {
                return Some(found);
            }
        }
        let (mut end, m, cal) = self.month_name(i)?;
        // Persian `دی ماه`, `مهر ماه 1404`: `ماه` ("month") after a Solar Hijri name.
        if matches!(cal, Cal::Solar) && self.w(end) == "ماه" {
            end += 1;
        }
        if self.punct(end, &["/", "-", "(", "،"]) {
            if let Some((e2, _, _)) = self.month_name(end + 1) {
                end = e2;
                if self.punct(end, &[")"]) {
                    end += 1;
                }
            }
        } else if let Some((e2, ..)) = self.month_name(end).filter(|&(_, m2, c2)| m2 == m && matches!((cal, c2), (Cal::Gregorian, Cal::Gregorian))) {
            // The other family's name of the same month with nothing between (`آب أغسطس`,
            // `كانون الأول ديسمبر`): one month, so a year or a direction after it is the pair's.
            end = e2;
        }
        Some((end, m, cal))
    }

    /// A month name at `i` (one or two words), as [`Scanner::find_month_name`] found it when the
    /// scanner was made.
    pub(super) fn month_name(&self, i: usize) -> Option<(usize, u8, Cal)> {
        self.months.get(i).copied().flatten()
    }

    /// A month name at `i`, for a token whose flags say it can start one (`MONTH_FIRST`).
    pub(super) fn find_month_name(&self, i: usize) -> Option<(usize, u8, Cal)> {
        let w = self.w(i);
        if w.is_empty() || self.t[i].kind != Kind::Word {
            return None;
        }
        // Two-word names (`كانون الثاني`, `ربيع الأول`), compared part by part (no allocation).
        let second = self.w(i + 1);
        let two = |table: &[(&str, u8)], first: &str| {
            table.iter().find(|(k, _)| k.split_once(' ').is_some_and(|(a, b)| a == first && b == second)).map(|&(_, m)| m)
        };
        if !second.is_empty() {
            for (table, cal) in [(MONTHS, Cal::Gregorian), (HIJRI_MONTHS, Cal::Hijri)] {
                for key in [Some(w), strip_one(w)].into_iter().flatten() {
                    if let Some(m) = two(table, key) {
                        return Some((i + 2, m, cal));
                    }
                }
            }
        }
        for key in [Some(w), strip_one(w)].into_iter().flatten() {
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
        // A Dari name between a day and a Solar year only.
        let dari = i > 0 && self.num(i - 1).is_some_and(|d| (1..=31).contains(&d)) && self.num(i + 1).is_some_and(|y| (1300..1500).contains(&y));
        lookup(DARI_MONTHS, w).filter(|_| dari).map(|m| (i + 1, m, Cal::Solar))
    }

    /// `شهر 3`, `شهر ثلاثة`, `الشهر الثامن`: a month by number.
    pub(super) fn month_number(&self, i: usize) -> Option<(usize, u8)> {
        if !self.is(i, &["شهر", "الشهر"]) {
            return None;
        }
        if let Some(v) = self.num(i + 1) {
            return (1..=12).contains(&v).then_some((i + 2, v as u8));
        }
        let (end, v) = self.count(i + 1).or_else(|| self.ordinal_number(i + 1))?;
        (1..=12).contains(&v).then_some((end, v as u8))
    }

    /// `فبراير 2022`, `كانون الأول 2024`, `في فبراير`, `رمضان 1446`, `آب/أغسطس 2013`, `نوفمبر المقبل`,
    /// `أيار بعد المقبل`, `مارس من العام المقبل`, `رمضان المقبل`, `شهر 7`, `شهر 3 2024`, `شهر ستة الماضي`,
    /// a bare `أغسطس`/`تموز`.
    pub(super) fn month_year(&self, i: usize) -> Option<(usize, Expr)> {
        // `32 يناير 2023`: the day rule refused an impossible day; the month is not reported alone. Nor
        // after a day the day rule refused as a name (`مدينة السادس من أكتوبر`).
        if i > 0 && self.num(i - 1).is_some_and(|v| v <= 99) && self.t[i - 1].digits <= 2 {
            return None;
        }
        if i > 1 && self.is(i - 1, &["من"]) && self.day(i - 2).is_some_and(|(e, _)| e == i - 1) && self.day_month(i - 2).is_none() {
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
        let key = strip_one(key).filter(|s| lookup(MONTHS, s).is_some()).unwrap_or(key);
        let e = self.comma(end);
        let year = self.year(e).or_else(|| {
            // `شهر 3 2024`: a month number then a bare year.
            (by_number && self.num(e).is_some_and(|v| (1900..=2100).contains(&v))).then(|| (e + 1, self.num(e).unwrap() as i32, false))
        });
        // `أغسطس من عام 1990`, `مارس من سنة 2003`.
        let year = year.or_else(|| (self.is(e, &["من"]) && self.is(e + 1, &["عام", "سنه", "العام"])).then(|| self.year(e + 1)).flatten());
        match (cal, year) {
            (Cal::Gregorian, Some((ye, y, false))) => return Some((ye, Expr::Month { y: Some(y), m })),
            (Cal::Hijri, Some((ye, y, _))) if y >= 1700 => return Some((ye, Expr::HijriMonthIn { m, year: y })),
            (Cal::Hijri, Some((ye, y, _))) => return Some((ye, Expr::HijriMonth { y, m })),
            // `مهر 1404`: the Solar Hijri month's days.
            (Cal::Solar, Some((ye, y, _))) if (1300..1500).contains(&y) => {
                let (first, last) = super::super::hijri::solar_month_range(y, m)?;
                return Some((ye, Expr::Range(Box::new(Expr::Converted(first)), Box::new(Expr::Converted(last)))));
            }
            // `بهمن الماضي`, `مهر المقبل`: a Solar Hijri month with a direction.
            (Cal::Solar, None) => {
                return self.dir(end, true).filter(|&(_, k)| k != 0).map(|(de, k)| (de, Expr::SolarMonthDir { m, k }));
            }
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
                // Nor one that names an event or a paper (`نكسة حزيران`, `ثورة يوليو`, `مجلة أكتوبر`).
                if i > 0 && self.is(i - 1, &["نكسه", "ثوره", "انتفاضه", "مجله", "صحيفه", "جريده"]) {
                    return None;
                }
                // Nor Tammuz the god (`أسطورة تموز وعشتار`, `عشتار وتموز`, `الإله تموز`).
                let myth = |k: usize| self.is(k, MYTH);
                if key == "تموز" && (i > 0 && myth(i - 1) || i > 1 && self.is(i - 1, &["و"]) && myth(i - 2) || myth(end)) {
                    return None;
                }
                let single = end == i + 1;
                // (`مارس` is also "practised", `نيسان` a car and `جوان` a first name: `قال اللاعب جوان`.)
                // A two-word name (`كانون الثاني`, `تشرين الأول`), after `شهر` or not, is a month alone.
                let name_at = if self.is(i, &["شهر"]) { i + 1 } else { i };
                let two_words = self.month_name(name_at).is_some_and(|(e, _, _)| e == name_at + 2 && e == end);
                let clear = two_words || !AMBIGUOUS_MONTHS.contains(&key) && !one_of!(key, ["مارس", "نيسان", "جوان"]);
                // An ambiguous name alone after `شهر` (`خلال شهر آب`); `أوت` (also football's "out") after any cue
                // (`في أوت`).
                let after_shahr = i > 0 && self.is(i - 1, &["شهر"]);
                let ambiguous_ok = after_shahr || key == "اوت" && cue;
                let plain = self.t[i].kind == Kind::Word && (single && (!AMBIGUOUS_MONTHS.contains(&key) || ambiguous_ok) || two_words);
                (plain && (cue || clear || self.is(i, &["شهر"]))).then_some((end, Expr::Month { y: None, m }))
            }
        }
    }

    /// `مطلع أكتوبر`, `أوائل شهر مارس`, `منتصف اذار`, `أواخر أكتوبر 2025`, `نهاية الشهر`.
    pub(super) fn part_of_month(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.is(j, &["في"]) {
            j += 1;
        }
        // The last (first) ten days of a month: `العشر الأواخر من رمضان`, `العشر الأوائل من ذي الحجة`.
        if self.is(j, &["العشر", "العشره"]) {
            let part = match self.w(j + 1) {
                "الاواخر" | "الاخيره" => Part::Late,
                "الاوائل" | "الاولي" => Part::Early,
                _ => return None,
            };
            let k = if self.is(j + 2, &["من"]) { j + 3 } else { j + 2 };
            let k = if self.is(k, &["شهر"]) { k + 1 } else { k };
            let (end, month) = match self.month(k) {
                Some((e, m, Cal::Hijri)) => match self.year(e) {
                    Some((ye, y, _)) if y < 1700 => (ye, Expr::HijriMonth { y, m }),
                    _ => (e, Expr::HijriMonthDir { m, k: 0 }),
                },
                _ => match self.rel_unit(k) {
                    Some((e, m @ (Expr::RelUnit { unit: Unit::Month, .. } | Expr::HijriUnit { year: false, .. }))) => (e, m),
                    _ => return None,
                },
            };
            return Some((end, Expr::PartOf { part, month: Box::new(month) }));
        }
        let part = match self.w(j) {
            "مطلع" | "اوائل" | "بدايه" | "بداية" | "مستهل" | "اول" => Part::Early,
            "منتصف" | "اواسط" | "نصف" | "نص" => Part::Mid,
            "اواخر" | "نهايه" | "اخر" | "ختام" => Part::Late,
            "بقيه" | "باقي" => Part::Rest,
            // `(ما) تبقى من العام`, `فيما تبقى من الشهر`, `ما بقي من السنة` (the mention takes its `ما`: see `scan`).
            "تبقي" | "بقي" if self.is(j + 1, &["من"]) && (self.w(j) == "تبقي" || j > 0 && self.w(j - 1).ends_with("ما")) => {
                j += 1;
                Part::Rest
            }
            w => match strip_one(w) {
                Some("مطلع" | "اوائل" | "بدايه") => Part::Early,
                Some("منتصف" | "اواسط") => Part::Mid,
                Some("اواخر" | "نهايه") => Part::Late,
                _ => return None,
            },
        };
        let mut k = j + 1;
        // A part of a decade (`أواخر الثمانينيات`, `منتصف سبعينيات القرن الماضي`): see `resolve`.
        // (And of a century, ten times over: `أوائل القرن العشرين` is 1900–1939.)
        // (And of one decade counted from the reference's: `مطلع العقد المقبل` is 2030–2033 said in 2026.)
        if let Some((e, dec @ (Expr::Decade { .. } | Expr::Centuries { .. } | Expr::Decades { n: 1, .. }))) =
            self.decade(k).or_else(|| self.century(k)).or_else(|| self.decades(k)).filter(|_| part != Part::Rest)
        {
            return Some((e, Expr::PartOf { part, month: Box::new(dec) }));
        }
        // The end or start of a day (`نهاية اليوم`, `بداية يوم الأحد`): that day.
        if matches!(self.w(j), "نهايه" | "بدايه") {
            if let Some((e, d @ (Expr::RelDay(_) | Expr::Weekday { .. }))) = self.relative_day(k).or_else(|| self.weekday_date(k)) {
                return Some((e, d));
            }
        }
        // The rest of the reference's week, month or year (`بقية الأسبوع`, `باقي أيام الشهر الجاري`, `ما تبقى
        // من العام`): from the reference to its end.
        if part == Part::Rest {
            if self.is(k, &["ايام", "اشهر", "شهور"]) {
                k += 1;
            }
            let unit = match self.rel_unit(k) {
                Some((e, u @ Expr::RelUnit { unit: Unit::Week | Unit::Month | Unit::Year, k: 0 })) => (e, u),
                Some(_) => return None,
                // `ما تبقى من عام 2025`: of that year, if it is the reference's (see `resolve`).
                None if self.is(k, &["عام", "سنه"]) && self.year(k).is_some() => self.year(k).map(|(e, y, _)| (e, Expr::Year(y)))?,
                None => match self.w(k) {
                    "الاسبوع" => (k + 1, Expr::RelUnit { unit: Unit::Week, k: 0 }),
                    "الشهر" => (k + 1, Expr::RelUnit { unit: Unit::Month, k: 0 }),
                    "العام" | "السنه" if !self.word_is(k + 1, is_other_year) => (k + 1, Expr::RelUnit { unit: Unit::Year, k: 0 }),
                    _ => return None,
                },
            };
            return Some((unit.0, Expr::PartOf { part, month: Box::new(unit.1) }));
        }
        if let Some((e, m)) = self.month_number(k) {
            let (end, y) = self.year(e).map_or((e, None), |(ye, y, _)| (ye, Some(y)));
            return Some((end, Expr::MonthPart { y, m, part }));
        }
        // A part of a year: `مطلع العام المقبل` (January–March), `منتصف العام` (June–July), `نهاية العام
        // الجاري` (October–December); `العام` alone is the reference's.
        let year = match self.rel_unit(k) {
            Some((e, y @ Expr::RelUnit { unit: Unit::Year, .. })) => Some((e, y)),
            _ if self.is(k, &["العام", "السنه"]) && self.num(k + 1).is_none() => Some((k + 1, Expr::RelUnit { unit: Unit::Year, k: 0 })),
            _ => self.year(k).filter(|&(_, _, h)| !h).map(|(e, y, _)| (e, Expr::Year(y))),
        };
        // (Not a school, fiscal or Hijri year's part: `إجازة منتصف العام الدراسي`, `نهاية السنة المالية`.)
        if year.is_some() && self.is(k, &["العام", "السنه"]) && self.word_is(k + 1, is_other_year) {
            return None;
        }
        // (`أول` only before `العام`/`السنة`: `أول السنة`, `أول العام الجاي`; not `أول 2025`, `أول عام`.)
        if let Some((e, y)) = year.filter(|_| self.w(j) != "اول" || self.is(k, &["العام", "السنه"])) {
            let (first_month, months) = match part {
                Part::Early => (1, 3),
                Part::Mid => (6, 2),
                Part::Late | Part::Rest => (10, 3),
            };
            return Some((e, Expr::YearPart { first_month, months, year: Box::new(y) }));
        }
        // A part of a week (`مطلع الأسبوع المقبل`, `نهاية الأسبوع الجاري`) is that week: the days
        // it means differ from country to country (the week starts on Saturday, Sunday or Monday).
        if let Some((e, week @ Expr::RelUnit { unit: Unit::Week, .. })) = self.rel_unit(k) {
            return Some((e, week));
        }
        // `نهاية الشهر الجاري`, `أواخر الشهر المقبل`, `منتصف الشهر الهجري المقبل`.
        if let Some((e, month)) = self.rel_unit(k) {
            if matches!(month, Expr::RelUnit { unit: Unit::Month, .. } | Expr::HijriUnit { year: false, .. }) {
                return Some((e, Expr::PartOf { part, month: Box::new(month) }));
            }
        }
        // `آخر الشهر`, `نهاية الشهر`: the reference's month.
        // (`أول الشهر` too, Levantine and Gulf for its first days; not `أول الشهر الكريم`, Ramadan's first day.)
        if self.w(k) == "الشهر" && self.num(k + 1).is_none() && self.ordinal_number(k + 1).is_none() && (self.w(j) != "اول" || self.t.get(k + 1).is_none_or(|t| t.kind != Kind::Word)) {
            return Some((k + 1, Expr::PartOf { part, month: Box::new(Expr::RelUnit { unit: Unit::Month, k: 0 }) }));
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

    /// `غرة رمضان`, `غرة شهر شوال المقبل`, `غرة يناير 2026`: the first day of a month.
    pub(super) fn ghurra(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.is(i, &["غره", "مطلع"]) || self.w(i) != "غره" && strip_one(self.w(i)) != Some("غره") {
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

    /// A month for the "n-th … of" rules: a month name or number with an optional year (`من شهر أيلول من
    /// عام 2014`, `اكتوبر 2014`), or `الشهر القادم/الماضي/هذا الشهر`.
    pub(super) fn month_ref(&self, i: usize) -> Option<(usize, Expr)> {
        let mut k = i;
        if self.is(k, &["من", "في", "ب"]) {
            k += 1;
        }
        if let Some((e, Expr::RelUnit { unit: Unit::Month, k: rel })) = self.rel_unit(k) {
            return Some((e, Expr::RelUnit { unit: Unit::Month, k: rel }));
        }
        let (mut end, m) = if let Some((e, m)) = self.month_number(k) {
            (e, m)
        } else if self.is(k, &["الشهر"]) && !self.w(k + 1).starts_with("ال") {
            // `الشهر` alone: the reference's month (`أول أسبوع من الشهر`, `آخر جمعة من الشهر`; not `الشهر الكريم`).
            return Some((k + 1, Expr::RelUnit { unit: Unit::Month, k: 0 }));
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
        } else if let Some((ye, Expr::RelUnit { unit: Unit::Year, k: rel })) = self.rel_unit(yk) {
            return Some((ye, Expr::MonthRelYear { m, k: rel }));
        }
        Some((end, y.unwrap_or(Expr::Month { y: None, m })))
    }

    /// `16 أكتوبر 2025`, `20th, October 2025 GMT`, `الأول من شباط`, `14 شهر شباط`, `29 بهمن 1398`,
    /// `14 رمضان 1446 هـ الموافق 15 مارس 2025`, `من 13 إلى 15 تموز`, `13 و 14 أكتوبر`.
    pub(super) fn day_month(&self, i: usize) -> Option<(usize, Expr)> {
        let found = self.day_month_at(i)?;
        // A street, square, bridge, hall, town, university, movement or revolution named after a day
        // (`شارع 26 يوليو`, `مدينة 6 أكتوبر`, `تحالف 14 آذار`, `ثورة 25 يناير`): a name, and without its year
        // no day of the reference's year either.
        if i > 0 && self.is(i - 1, NAMED_AFTER_DAY) && Self::yearless(&found.1) {
            return None;
        }
        // `من` opens a range of days; before one day it is outside the mention (`منذ 1 شباط 2019`, `من 1 شباط`).
        if self.is(i, &["من"]) && !matches!(found.1, Expr::Range(..)) {
            return None;
        }
        Some(found)
    }

    fn yearless(e: &Expr) -> bool {
        matches!(e, Expr::Day { y: None, .. } | Expr::HijriDay { .. })
    }

    /// Whether token `i` lies inside a day that names a place or a movement (`ساحة أول نوفمبر`, `جسر
    /// الفاتح من سبتمبر`): no rule may start there either (the month alone was read as one).
    pub(super) fn in_named_day(&self, i: usize) -> bool {
        (i.saturating_sub(3).max(1)..i).any(|k| {
            self.is(k - 1, NAMED_AFTER_DAY) && self.day_month_at(k).is_some_and(|(end, e)| end > i && Self::yearless(&e))
        })
    }

    fn day_month_at(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.is(j, &["من"]) && (self.day(j + 1).is_some()) {
            j += 1; // "من 13 الى 15 تموز"
        }
        if self.is(j, &["اليوم", "يوم"]) && self.ordinal_number(j + 1).is_some() {
            j += 1;
        }
        // Libyan and Sudanese `الفاتح من سبتمبر`, Algerian `الفاتح جوان`, Moroccan `فاتح ماي 2019`, `فاتح غشت
        // المقبل`: the first.
        let first_of = match self.w(j) {
            "الفاتح" | "فاتح" if self.month_name(j + 1).is_some() || self.is(j + 1, &["من"]) => Some((j + 1, 1)),
            _ => None,
        };
        // Days named with their weekdays: `من السبت 1 إلى الثلاثاء 4 فبراير`, `بين الخميس 6 والأحد 9 نوفمبر`.
        let weekday = |k: usize| lookup(WEEKDAYS, self.w(k)).is_some();
        let joins = |k: usize| self.joiner(k, true);
        let and_weekday = |k: usize| self.w(k).strip_prefix('و').is_some_and(|w| lookup(WEEKDAYS, w).is_some());
        let named_wd = lookup(WEEKDAYS, self.w(j)).filter(|_| self.day(j + 1).is_some_and(|(k, _)| joins(k).is_some() || and_weekday(k)));
        let named = named_wd.is_some();
        if named {
            j += 1;
        }
        let (mut k, d1) = self.day(j).or(first_of)?;
        // A second day: `13 الى 15 تموز`, `27-29 من الشهر الثامن`, `1-8 شهر ايلول`, Egyptian `من 3 لـ 7 ديسمبر`;
        // after the joiner and a weekday named with it, or right after `والأحد`.
        let mut d2 = None;
        let joined = joins(k).or_else(|| (self.punct(k, &["،", ","]) || j > i && self.is(k, &["ل"])).then_some(k + 1));
        let second = if let Some(s) = joined {
            Some(s + usize::from(named && weekday(s)))
        } else {
            (named && and_weekday(k)).then_some(k + 1)
        };
        if let Some(second) = second {
            if let Some((k2, d)) = self.day(second).filter(|&(_, d)| !self.punct(k, &["،", ","]) || d > d1) {
                d2 = Some(d);
                k = k2;
                // A list of days: `5 و6 و7 نوفمبر`, `12 و13، و14 مارس`: from the first to the last.
                while self.is(k, &["و"]) || self.punct(k, &["،", ","]) {
                    let next = if self.punct(k, &["،", ","]) && self.is(k + 1, &["و"]) { k + 2 } else { k + 1 };
                    match self.day(next) {
                        Some((k3, d)) if d2.is_some_and(|p| d > p) => {
                            d2 = Some(d);
                            k = k3;
                        }
                        _ => break,
                    }
                }
            }
        }
        k = self.comma(k);
        // `3. مارس. 2019`, Saba's `17/ نوفمبر/2025`, ASP's `04-أكتوبر-2025`
        let dot = if d2.is_none() { &[".", "/", "-"][..] } else { &["."][..] };
        let slashed = self.punct(k, &["/", "-"]);
        if self.punct(k, dot) && self.month(k + 1).is_some() {
            k += 1;
        }
        let of = self.is(k, &["من"]);
        if of {
            k += 1;
        }
        // A day of a relative month: `السابع من الشهر الجاري`, `20 من الشهر المقبل`, `9 من هذا الشهر`, and the
        // press's short `يوم 25 الجاري`; days of one: `من 4 إلى 22 هذا الشهر`. A day in words needs `من`
        // (`المرحلة الثانية الشهر المقبل` is a stage).
        let in_words = self.num(j).is_none();
        let days_of = |month: Expr| {
            let first = Expr::DayOfMonth { n: d1 as i8, month: Box::new(month.clone()) };
            match d2 {
                Some(d) => Expr::Range(Box::new(first), Box::new(Expr::DayOfMonth { n: d as i8, month: Box::new(month) })),
                None => first,
            }
        };
        if d2.is_none() && !in_words && self.is(k, &["الجاري", "الحالي"]) && !self.is(k + 1, &["من"]) {
            let month = Expr::RelUnit { unit: Unit::Month, k: 0 };
            return Some(self.with_clock(k + 1, days_of(month)));
        }
        if of || !in_words {
            // `من 4 إلى 23 في الشهر المقبل`: days of the month after `في` too.
            let k = if !of && d2.is_some() && self.is(k, &["في"]) { k + 1 } else { k };
            if let Some((e, month @ (Expr::RelUnit { unit: Unit::Month, .. } | Expr::HijriUnit { year: false, .. }))) = self.rel_unit(k) {
                return Some(self.with_clock(e, days_of(month)));
            }
        }
        // `22 من الشهر نفسه`, `العاشر من ذات الشهر`: a day of the Gregorian month named last before it (in
        // the 30 tokens before), in that month's year if one follows its name.
        let same = self.is(k, &["الشهر"]) && self.is(k + 1, &["نفسه", "ذاته"]) || self.is(k, &["نفس", "ذات"]) && self.is(k + 1, &["الشهر"]);
        if of && d2.is_none() && same {
            let named = (i.saturating_sub(30)..i).rev().find_map(|b| match self.month(b) {
                Some((e, m, Cal::Gregorian)) if e <= i => Some((e, m)),
                _ => None,
            });
            if let Some((e, m)) = named {
                let y = self.year(self.comma(e)).map(|(_, y, _)| y);
                return Some(self.with_clock(k + 2, Expr::Day { y, m, d: d1, weekday: None }));
            }
        }
        let (mut end, m, cal) = if let Some((e, m)) = self.month_number(k) {
            (e, m, Cal::Gregorian)
        } else if of && !same && self.is(k, &["الشهر"]) && !self.w(k + 1).starts_with("ال") {
            // `الأول من الشهر`, `اليوم العاشر من الشهر`: the reference's month (not `الشهر الكريم`, Ramadan).
            return Some(self.with_clock(k + 1, days_of(Expr::RelUnit { unit: Unit::Month, k: 0 })));
        } else {
            if self.is(k, &["شهر"]) {
                k += 1;
            }
            self.month(k)?
        };
        let mut year = None;
        let mut e = self.comma(end);
        if (self.punct(e, &["."]) || slashed && d2.is_none() && self.punct(e, &["/", "-"])) && self.year(e + 1).is_some() {
            e += 1;
        }
        // `12 يناير من عام 2016`, `3 مارس من العام 2015`: the year after من with its cue word.
        if self.is(e, &["من"]) && self.is(e + 1, &["عام", "سنه", "العام", "السنه"]) && self.num(e + 2).is_some() {
            e += 1;
        }
        if let Some((ye, y, hijri)) = self.year(e) {
            year = Some((y, hijri));
            end = ye;
        } else if d2.is_none() && matches!(cal, Cal::Hijri) {
            // `10 محرم المقبل`, `27 رمضان الماضي`: a day of a Hijri month with a direction.
            if let Some((de, k)) = self.dir(end, false) {
                let month = Box::new(Expr::HijriMonthDir { m, k });
                return Some(self.with_clock(de, Expr::DayOfMonth { n: d1 as i8, month }));
            }
        } else if matches!(cal, Cal::Gregorian) && d2.is_some_and(|d| Date::new(2000, m, d).is_some()) {
            // Days of a month with a direction: `من 12 إلى 18 فبراير المقبل`.
            Date::new(2000, m, d1)?;
            if let (Some((de, k)), Some(d)) = (self.dir(end, false), d2) {
                return Some((de, Expr::Range(Box::new(Expr::DayDir { m, d: d1, k }), Box::new(Expr::DayDir { m, d, k }))));
            }
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
                    Some((y, _)) => crate::date::hijri::hijri_day(y, m, d).map(Expr::Converted),
                    None => Some(Expr::HijriDay { m, d }),
                },
                Cal::Solar => match year {
                    Some((y, _)) => solar_to_gregorian(y, m, d).map(Expr::Converted),
                    // `20 مرداد`: in the Solar year the news window gives. (`دي` is also Egyptian "this":
                    // `الـ20 دي`; `أبان` also "during": these two need their year.)
                    None if !matches!(m, 8 | 10) => Some(Expr::SolarDay { m, d }),
                    None => None,
                },
            }
        };
        // Ambiguous Hijri month names (صفر = zero) need a year: `صفر 3` is not a date.
        if matches!(cal, Cal::Hijri) && year.is_none() && m == 2 {
            return None;
        }
        let mut first = make(d1)?;
        // Reject impossible days (32 فبراير, 30 شباط).
        if let Expr::Day { y, m, d, ref mut weekday } = first {
            Date::new(y.unwrap_or(2000), m, d)?;
            // (The weekday named with it tells the year: `من السبت 1 إلى الثلاثاء 4 فبراير`.)
            *weekday = named_wd;
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
        // (So does a dash or a bar between a Hijri date and its Gregorian day with a year, in either order:
        // `23 ربيع الآخر 1447 هـ - 16 أكتوبر 2025`.)
        let dash = self.punct(k, &["-", "–", "|"]);
        if self.is(k, &["الموافق", "موافق"]) || dash {
            if let Some((e2, other)) = [self.day_month(k + 1), self.numeric(k + 1)].into_iter().flatten().max_by_key(|r| r.0).filter(|(_, o)| {
                let (h, g) = if matches!(expr, Expr::Day { .. }) { (o, &expr) } else { (&expr, o) };
                !dash || matches!((h, g), (Expr::Converted(_), Expr::Day { y: Some(_), .. }))
            }) {
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
    pub(super) fn month_day(&self, i: usize) -> Option<(usize, Expr)> {
        let (mut k, m, cal) = self.month(i)?;
        if !matches!(cal, Cal::Gregorian) {
            return None;
        }
        // An abbreviation's dot: `Jan. 5, 2020`, `Sept. 12`.
        if self.punct(k, &["."]) && self.t[k].start - self.t[k - 1].end == 0 && self.t[i].n.is_ascii() {
            k += 1;
        }
        // A hyphen glued on both sides: `فبراير-15`, `يناير-1` (a table's or a form's order).
        if self.punct(k, &["-"]) && self.t[k].start == self.t[k - 1].end && self.t.get(k + 1).is_some_and(|t| t.start == self.t[k].end && t.digits > 0) {
            k += 1;
        }
        // A day range after the month: `في نوفمبر (ما) بين 15 و19`, `خلال تشرين الثاني من 15 إلى 19`.
        if self.is(k, &["ما"]) && self.is(k + 1, &["بين"]) {
            k += 1;
        }
        let between = self.is(k, &["بين"]);
        let opened = between || self.is(k, &["من"]);
        if opened {
            k += 1;
        }
        let (mut end, d1) = self.day(k)?;
        let mut d2 = None;
        let joined = if between { self.is(end, &["و"]).then_some(end + 1) } else { self.joiner(end, false) };
        if let Some(s) = joined {
            if let Some((e, d)) = self.day(s) {
                d2 = Some(d);
                end = e;
            }
        }
        let mut y = None;
        let e = self.comma(end);
        if let Some((ye, year, false)) = self.year(e) {
            y = Some(year);
            end = ye;
        } else if self.num(k).is_none() && (self.w(k).ends_with('ه') || self.w(k).ends_with("ولي")) {
            // A masculine ordinal is a day without a year too (`مايو الحادي عشر`, `يناير الأول`); a feminine
            // one is no day (`أكتوبر الثانية`).
            return None;
        }
        Date::new(y.unwrap_or(2000), m, d1)?;
        // (Both days, rising, and no count after them: `في مارس بين 10 و20 شخصا` counts.)
        if opened && (d2.is_none_or(|d| d <= d1) || self.measure_around(k, end) || self.t.get(end).is_some_and(|t| super::ranges::counted_after(&t.n))) {
            return None;
        }
        let first = Expr::Day { y, m, d: d1, weekday: None };
        let expr = match d2 {
            Some(d) => Expr::Range(Box::new(first), Box::new(Expr::Day { y, m, d, weekday: None })),
            None => first,
        };
        Some(self.with_clock(end, expr))
    }
}

/// Nouns named after a day (matching form): `شارع 26 يوليو`, `جسر 6 أكتوبر`, `حركة 20 فبراير`.
const NAMED_AFTER_DAY: &[&str] = &[
    "شارع", "ميدان", "جسر", "كوبري", "نفق", "محور", "طريق", "قاعه", "مدينه", "حي", "مدرسه", "جامعه",
    // Stations, roundabouts and crossings (`محطة 7 نوفمبر`, `دوار 17 نيسان`, `تقاطع 14 تموز`), schools and
    // parks.
    "محطه", "دوار", "مستديره", "تقاطع", "مفترق", "معبر", "مجمع", "معهد", "كليه", "ثانويه", "حديقه", "منتزه", "مخيم",
    "مستشفي", "ملعب", "استاد", "مطار", "ساحه", "تحالف", "حركه", "قوي", "تيار", "ثوره", "انتفاضه", "لواء",
    "كتيبه", "مجموعه", "نادي", "مسجد", "جامع", "قريه", "مصنع", "صحيفه", "جريده", "مجله",
];

/// Words of the myth of Tammuz (matching form), around which `تموز` is the god, not July.
const MYTH: &[&str] = &["اسطوره", "الاسطوره", "الاله", "اله", "الالهه", "عشتار", "عشتروت", "ادونيس", "بعل", "انانا", "اينانا"];

#[cfg(test)]
mod tests {
    use super::super::exprs;
    use super::*;

    #[test]
    fn months_with_directions_years_and_days() {
        assert_eq!(exprs("نوفمبر المقبل")[0].1, Expr::MonthDir { m: 11, k: 1 });
        assert_eq!(exprs("شهر ستة الماضي")[0].1, Expr::MonthDir { m: 6, k: -1 });
        assert_eq!(exprs("مارس من العام المقبل")[0].1, Expr::MonthRelYear { m: 3, k: 1 });
        assert_eq!(exprs("5 آذار المقبل")[0].1, Expr::DayDir { m: 3, d: 5, k: 1 });
        assert_eq!(exprs("رمضان المقبل")[0].1, Expr::HijriMonthDir { m: 9, k: 1 });
        let month = Box::new(Expr::RelUnit { unit: Unit::Month, k: 0 });
        assert_eq!(exprs("السابع من الشهر الجاري")[0].1, Expr::DayOfMonth { n: 7, month: month.clone() });
        assert_eq!(exprs("يوم 25 الجاري")[0].1, Expr::DayOfMonth { n: 25, month });
        assert_eq!(exprs("شهر 3 2024")[0].1, Expr::Month { y: Some(2024), m: 3 });
        // Days of a relative month in a range; a day in words needs `من` (a stage is no day).
        let next = || Box::new(Expr::RelUnit { unit: Unit::Month, k: 1 });
        let days = |a, b| Expr::Range(Box::new(Expr::DayOfMonth { n: a, month: next() }), Box::new(Expr::DayOfMonth { n: b, month: next() }));
        assert_eq!(exprs("تمتد العطلة من الخامس عشر حتى العشرين من الشهر المقبل")[0].1, days(15, 20));
        assert_eq!(exprs("من 3 إلى 9 الشهر المقبل")[0].1, days(3, 9));
        assert_eq!(exprs("تبدأ المرحلة الثانية الشهر المقبل")[0], ("الشهر المقبل".to_string(), Expr::RelUnit { unit: Unit::Month, k: 1 }));
        // The first, Libyan and Sudanese; the last ten days of Ramadan; the end of the month.
        assert_eq!(exprs("وقع الانقلاب يوم الفاتح من سبتمبر 1969")[0].1, Expr::Day { y: Some(1969), m: 9, d: 1, weekday: None });
        assert_eq!(exprs("ينطلق المعرض فاتح ماي 2019")[0].1, Expr::Day { y: Some(2019), m: 5, d: 1, weekday: None });
        assert_eq!(exprs("غزا العراق الكويت في أغسطس من عام 1990")[0].1, Expr::Month { y: Some(1990), m: 8 });
        let feb = |d| Box::new(Expr::DayDir { m: 2, d, k: 1 });
        assert_eq!(exprs("يقام المهرجان من 12 إلى 18 فبراير المقبل")[0].1, Expr::Range(feb(12), feb(18)));
        assert_eq!(exprs("يعتكف المصلون في العشر الأواخر من رمضان")[0], ("في العشر الأواخر من رمضان".to_string(), Expr::PartOf { part: Part::Late, month: Box::new(Expr::HijriMonthDir { m: 9, k: 0 }) }));
        assert_eq!(exprs("العشر الأوائل من ذي الحجة")[0].1, Expr::PartOf { part: Part::Early, month: Box::new(Expr::HijriMonthDir { m: 12, k: 0 }) });
        let this = || Box::new(Expr::RelUnit { unit: Unit::Month, k: 0 });
        assert_eq!(exprs("الشغل هيخلص آخر الشهر")[0], ("آخر الشهر".to_string(), Expr::PartOf { part: Part::Late, month: this() }));
        assert_eq!(exprs("تصرف الرواتب نهاية الشهر")[0].1, Expr::PartOf { part: Part::Late, month: this() });
        // `الفاتح` alone is a name (`سلطان الفاتح`); ten of something is no part of a month.
        assert!(exprs("قاد محمد الفاتح جيشه").is_empty());
        assert!(exprs("العشر الأواخر من القائمة").is_empty());
        // Two-word Levantine names alone.
        assert_eq!(exprs("خلال شهر كانون الثاني")[0].1, Expr::Month { y: None, m: 1 });
        assert_eq!(exprs("تبدأ العطلة في تشرين الأول")[0].1, Expr::Month { y: None, m: 10 });
        assert_eq!(exprs("حتى كانون الأول")[0].1, Expr::Month { y: None, m: 12 });
        // English abbreviations with their dot.
        assert_eq!(exprs("نقلا عن تقرير صدر Jan. 5, 2020 في واشنطن")[0].1, Expr::Day { y: Some(2020), m: 1, d: 5, weekday: None });
        assert_eq!(exprs("Dec. 31, 2019")[0].1, Expr::Day { y: Some(2019), m: 12, d: 31, weekday: None });
        // Names after a day; with a year, a day of that year all the same.
        for text in ["تجمع المحتجون في شارع 26 يوليو وسط القاهرة", "أعلن تحالف 14 آذار مقاطعة الجلسة", "عقد المؤتمر في قاعة 6 أكتوبر بالجامعة", "يسكن في مدينة 6 أكتوبر", "شارك في مسيرات حركة 20 فبراير", "بعد ثورة 25 يناير", "يقام في مدينة السادس من أكتوبر"] {
            assert!(exprs(text).is_empty(), "{text}");
        }
        assert_eq!(exprs("بعد ثورة 25 يناير 2011")[0].1, Expr::Day { y: Some(2011), m: 1, d: 25, weekday: None });
        // A day spelt with an ordinal (`أول`, `الفاتح من`, `الأول من`) names the place too: its month alone is
        // no month either (Algerian, Libyan, Tunisian and Levantine squares, bridges, schools).
        for text in ["تجمع المئات في ساحة أول نوفمبر وسط العاصمة", "أغلقت الشرطة جسر أول نوفمبر بالكامل", "مر الموكب بشارع الفاتح من سبتمبر",
            "درس في ثانوية الأول من نوفمبر بباتنة", "وصل الحافلة إلى محطة أول ماي", "قرب دوار أول أيار في إربد"] {
            assert!(exprs(text).is_empty(), "{text}: {:?}", exprs(text));
        }
        // Not after such a noun: the day itself (told with the clause's opening verb, a past clause's day).
        assert_eq!(exprs("سافر الوفد في أول نوفمبر إلى تونس")[0].1, Expr::Past(Box::new(Expr::Day { y: None, m: 11, d: 1, weekday: None })));
        assert_eq!(exprs("يسافر الوفد في أول نوفمبر إلى تونس")[0].1, Expr::Day { y: None, m: 11, d: 1, weekday: None });
        // (Told with a perfect verb: a past clause's day, `Expr::Past`.)
        assert_eq!(exprs("احتفلت الساحة بأول نوفمبر")[0].1, Expr::Past(Box::new(Expr::Day { y: None, m: 11, d: 1, weekday: None })));
    }

    #[test]
    fn bare_month_names_only_where_they_are_months() {
        assert_eq!(exprs("أغسطس")[0].1, Expr::Month { y: None, m: 8 });
        assert!(exprs("مارس الضغط على الحكومة").is_empty());
        assert!(exprs("جاء آب الأسرة").is_empty());
        assert!(exprs("استقبل رجب طيب أردوغان ضيفه").is_empty());
        assert!(exprs("أطلق اسم أيلول على ابنته").is_empty());
    }
}
