//! Ranges opened by `من` or `بين` whose ends the other rules do not read alone (`من مارس إلى مايو 2021`,
//! `بين عامي 2010 و2015`, `بين 4 سبتمبر و8 سبتمبر`, `من السبت إلى الخميس المقبل`), and spans of
//! centuries and decades (`القرن العشرين`, `القرن الماضي`, `العقد الماضي`, `العقدين الماضيين`).

use super::*;

/// Count nouns and measures after a number: `من 2019 إلى 2021 شخصا` counts, it names no years.
pub(super) fn counted_after(w: &str) -> bool {
    COUNTED.contains(&w) || w.ends_with('%')
}

const COUNTED: &[&str] = &[
    "شخص", "شخصا", "دولار", "دولارا", "جنيه", "جنيها", "ريال", "ريالا", "درهم", "درهما", "دينار", "دينارا",
    "يورو", "طن", "طنا", "متر", "مترا", "كيلومتر", "كم", "برميل", "برميلا", "وحده", "منزل", "منزلا", "طالب",
    "طالبا", "عامل", "عاملا", "حاله", "مصاب", "مصابا", "قتيل", "قتيلا", "صوت", "صوتا", "نقطه", "مليون",
    "مليار", "الف", "الاف",
];

impl Scanner {
    /// One end of a range at `i`: a day, a month (a bare name too: the range says it is one), a year (a
    /// bare number of four digits too), a weekday. `years`: a bare number is a year (`بين عامي`).
    fn range_end(&self, i: usize, years: bool) -> Option<(usize, Expr)> {
        // (A numeric day-month pair too: `بين 10/3 و20/3`, as `من 10/3 إلى 20/3` is.)
        let pair = self.numeric(i).filter(|(_, e)| matches!(e, Expr::Day { .. }));
        let mut best = [self.day_month(i), self.month_year(i), self.year_only(i), self.weekday_date(i), pair, self.relative_day(i)]
            .into_iter()
            .flatten()
            .max_by_key(|r| r.0);
        if best.is_none() {
            if let Some((e, m, Cal::Gregorian)) = self.month(i) {
                best = Some((e, Expr::Month { y: None, m }));
            } else if let Some((e, y, false)) = self.year(i) {
                let plain = self.t[i].digits == 4 && (years || (1900..=2100).contains(&y));
                best = plain.then_some((e, Expr::Year(y)));
            }
        }
        best
    }

    /// `من X إلى Y`, `بين X و Y`: both ends (`من مارس إلى مايو 2021`; the range's resolution gives March
    /// the year of May).
    pub(super) fn range(&self, i: usize) -> Option<(usize, Expr)> {
        // `شهري يناير وفبراير`, `(ما) بين شهري مايو ويوليو`: two months and the time between.
        let months = self.is(i, &["شهري"]) && self.month(i + 1).is_some();
        let between = months || self.is(i, &["بين"]);
        if !between && !self.is(i, &["من"]) {
            return None;
        }
        let mut j = if months { i } else { i + 1 };
        if self.is(j, &["شهري"]) && self.month(j + 1).is_some() {
            j += 1;
        }
        let years = self.is(j, &["عامي", "سنتي", "العامين", "السنتين"]);
        if years {
            j += 1;
        }
        let (k, first) = self.range_end(j, years)?;
        let joined = if between { self.is(k, &["و"]).then_some(k + 1) } else { self.joiner(k, false) };
        let mut k2 = joined?;
        if years && self.is(k2, &["عام", "سنه"]) {
            k2 += 1;
        }
        let (mut end, mut second) = self.range_end(k2, years)?;
        // Two weekdays with a dual direction: `من الاثنين إلى الجمعة المقبلين`.
        if let Expr::Weekday { wd, rel: Rel::Bare } = second {
            let rel = match self.w(end) {
                "المقبلين" | "القادمين" => Some(Rel::Next),
                "الماضيين" | "الفائتين" => Some(Rel::Last),
                _ => None,
            };
            if let Some(rel) = rel {
                (end, second) = (end + 1, Expr::Weekday { wd, rel });
            }
        }
        if self.t.get(end).is_some_and(|t| counted_after(&t.n)) || self.measure_around(j, end) && !years {
            return None;
        }
        // (A missing year is the other end's: see the range in `resolve.rs`.)
        let expr = match (first, second) {
            (Expr::Year(a), Expr::Year(b)) if a < b && b - a <= 200 => Expr::Range(Box::new(Expr::Year(a)), Box::new(Expr::Year(b))),
            (Expr::Year(_), _) | (_, Expr::Year(_)) => return None,
            // An end with a relative year or a direction gives a yearless start its year (`من 26 ديسمبر حتى 4
            // يناير المقبل`, `من 30 جوان إلى 2 جويلية من العام المقبل`).
            (
                a @ (Expr::Day { .. } | Expr::Month { .. }),
                b @ (Expr::Day { .. } | Expr::Month { .. } | Expr::DayDir { .. } | Expr::DayInYear { .. } | Expr::MonthDir { .. }),
            ) => Expr::Range(Box::new(a), Box::new(b)),
            // (And a relative day at either end: `من غد حتى الخميس`, `بين اليوم والأحد المقبل`.)
            (a @ (Expr::Weekday { .. } | Expr::RelDay(_)), b @ (Expr::Weekday { .. } | Expr::WeekdayN { .. } | Expr::RelDay(_))) => {
                Expr::Range(Box::new(a), Box::new(b))
            }
            (a, b) if std::mem::discriminant(&a) == std::mem::discriminant(&b) => Expr::Range(Box::new(a), Box::new(b)),
            // A relative day and a dated one: `من اليوم حتى 22 أكتوبر`, `من 2 أكتوبر حتى بعد غد`.
            (a @ (Expr::RelDay(_) | Expr::Day { .. }), b @ (Expr::RelDay(_) | Expr::Day { .. })) => Expr::Range(Box::new(a), Box::new(b)),
            _ => return None,
        };
        Some((end, expr))
    }

    /// `القرن العشرين`, `القرن التاسع عشر`, `القرن الـ19`, `القرن 21`, `القرن الماضي`, `القرن الحالي`: a
    /// century, its hundred years from a year ending in 00 (`القرن العشرين`: 1900–1999, as the press
    /// counts it). `ثمانينيات القرن الماضي` is the decade rule's.
    pub(super) fn century(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.is(i, &["القرن"]) {
            return None;
        }
        let mut j = i + 1;
        if self.w(j) == "ال" {
            j += 1; // `القرن الـ19`
        }
        if let Some((e, k)) = self.dir(j, true) {
            return Some((e, Expr::Centuries { n: None, k }));
        }
        let (e, n) = match self.num(j) {
            Some(v) if self.t[j].digits <= 2 => (j + 1, v),
            _ => self.ordinal_number(j)?,
        };
        (1..=30).contains(&n).then_some((e, Expr::Centuries { n: Some(n as i32), k: 0 }))
    }

    /// `العقد الماضي`, `العقدين الماضيين`, `العقود الثلاثة الماضية`, `هذا العقد`, `العقد المقبل`: whole
    /// calendar decades before or after the reference's (or the reference's own).
    pub(super) fn decades(&self, i: usize) -> Option<(usize, Expr)> {
        let this = self.is(i, &["هذا"]);
        let j = if this { i + 1 } else { i };
        let (mut e, mut n) = match self.w(j) {
            "العقد" => (j + 1, 1),
            "العقدين" => (j + 1, 2),
            "العقود" => (j + 1, 0),
            _ => return None,
        };
        // The n-th decade of a century (`العقد الثاني من القرن الحالي`: 2010–2019, `العقد الأول من القرن الحادي
        // والعشرين`): its ten years from the century's start, as the press counts decades (`العقد الأخير`: the
        // tenth).
        if n == 1 && !this {
            let nth = match self.w(e) {
                "الاخير" => Some((e + 1, 10)),
                _ => self.ordinal_number(e).filter(|&(_, v)| (1..=10).contains(&v)),
            };
            if let Some((oe, v)) = nth.filter(|&(oe, _)| self.is(oe, &["من"])) {
                let century = match self.century(oe + 1)? {
                    (ce, Expr::Centuries { n: None, k }) => (ce, k),
                    // (A century by number is the decade's only from the 19th: `Decade` reads a smaller one as
                    // relative.)
                    (ce, Expr::Centuries { n: Some(c), .. }) if c >= 19 => (ce, c as i64 - 1),
                    _ => return None,
                };
                return Some((century.0, Expr::Decade { tens: (v as u8 - 1) * 10, century: Some(century.1) }));
            }
        }
        if n == 0 {
            let (ce, c) = self.count(e)?;
            (e, n) = (ce, c as i64);
        }
        if this {
            return (n == 1).then_some((e, Expr::Decades { n: 1, k: 0 }));
        }
        // Dual and plural directions agree with their noun: `الماضيين`, `المقبلين`, `الماضية`.
        // (`خلال العقد الأخير` is the last decade; `العقد الأخير مع النادي`, `في العقد الأخير للشركة` a contract.)
        let span_before = i > 0 && self.is(i - 1, &["خلال", "في", "طوال", "طيله", "مدي", "مدار", "عبر", "منذ"]);
        let (de, k) = match self.w(e) {
            "الماضيين" | "الماضيه" | "الاخيرين" | "الاخيره" | "المنصرمين" | "المنصرمه" | "الفائتين" => (e + 1, -1),
            "الاخير" if n == 1 && span_before && !self.is(e + 1, &["مع", "بين"]) && !self.w(e + 1).starts_with('ل') => (e + 1, -1),
            "المقبلين" | "المقبله" | "القادمين" | "القادمه" => (e + 1, 1),
            _ => self.dir(e, true)?,
        };
        if n != 1 && k == 0 || !(1..=10).contains(&n) {
            return None;
        }
        Some((de, Expr::Decades { n, k }))
    }
}

#[cfg(test)]
mod tests {
    use super::super::exprs;
    use super::*;

    fn range_of(text: &str) -> Option<(String, Expr)> {
        exprs(text).into_iter().find(|(_, e)| matches!(e, Expr::Range(..)))
    }

    #[test]
    fn ranges_opened_by_min_or_bayna() {
        let month = |y, m| Box::new(Expr::Month { y, m });
        assert_eq!(range_of("تراجعت الأمطار من مارس إلى مايو 2021"), Some(("من مارس إلى مايو 2021".into(), Expr::Range(month(None, 3), month(Some(2021), 5)))));
        assert_eq!(range_of("موسم الشتاء من ديسمبر حتى فبراير 2021"), Some(("من ديسمبر حتى فبراير 2021".into(), Expr::Range(month(None, 12), month(Some(2021), 2)))));
        assert_eq!(range_of("من كانون الثاني إلى آذار 2019 تراجعت المبيعات").map(|r| r.1), Some(Expr::Range(month(None, 1), month(Some(2019), 3))));
        let year = |y| Box::new(Expr::Year(y));
        assert_eq!(range_of("تولى رئاسة الحكومة بين عامي 2010 و2015"), Some(("بين عامي 2010 و2015".into(), Expr::Range(year(2010), year(2015)))));
        assert_eq!(range_of("شهدت البلاد جفافا من 2019 إلى 2021").map(|r| r.1), Some(Expr::Range(year(2019), year(2021))));
        assert_eq!(range_of("حكم البلاد بين 1969 و2011 بقبضة من حديد").map(|r| r.1), Some(Expr::Range(year(1969), year(2011))));
        assert_eq!(range_of("عمل هناك من عام ١٩٩٨ حتى عام ٢٠٠٣").map(|r| r.1), Some(Expr::Range(year(1998), year(2003))));
        let day = |y, m, d| Box::new(Expr::Day { y, m, d, weekday: None });
        // (Said of the future, as `تنطلق` is, its start is marked so: the end follows it.)
        assert_eq!(range_of("تنطلق المعارض بين 4 سبتمبر و 8 سبتمبر"), Some(("بين 4 سبتمبر و 8 سبتمبر".into(), Expr::Range(Box::new(Expr::Future(day(None, 9, 4))), day(None, 9, 8)))));
        assert_eq!(range_of("أقيمت المعارض بين 4 سبتمبر و 8 سبتمبر").map(|r| r.1), Some(Expr::Range(day(None, 9, 4), day(None, 9, 8))));
        assert_eq!(range_of("من 28 ديسمبر حتى 3 يناير 2024").map(|r| r.1), Some(Expr::Range(day(None, 12, 28), day(Some(2024), 1, 3))));
        // An end with a relative year or a direction; days named with their weekdays; Egyptian `لـ`; two
        // months after `شهري`; two weekdays with a dual direction.
        let ends = |text: &str| range_of(text).map(|(_, e)| match e {
            Expr::Range(a, b) => (*a, *b),
            _ => unreachable!(),
        });
        assert_eq!(ends("ينظم المهرجان من 30 جوان إلى 2 جويلية من العام المقبل").map(|e| e.1), Some(Expr::DayInYear { m: 7, d: 2, k: 1 }));
        assert_eq!(ends("تتواصل العروض من 26 ديسمبر حتى 4 يناير المقبل").map(|e| e.1), Some(Expr::DayDir { m: 1, d: 4, k: 1 }));
        assert_eq!(ends("يستمر المعرض من 10 مارس إلى أبريل المقبل").map(|e| e.1), Some(Expr::MonthDir { m: 4, k: 1 }));
        for (text, (wd, d1, d2, m)) in [
            ("أقيمت الدورة من السبت 1 إلى الثلاثاء 4 فبراير", (Some(6), 1, 4, 2)),
            ("أقيمت البطولة بين الخميس 6 والأحد 9 نوفمبر", (Some(4), 6, 9, 11)),
            ("تقام الدورة من الأحد 4 حتى الخميس 8 يناير", (Some(7), 4, 8, 1)),
            ("الإجازة من 3 لـ 7 ديسمبر", (None, 3, 7, 12)),
        ] {
            assert_eq!(ends(text), Some((Expr::Day { y: None, m, d: d1, weekday: wd }, *day(None, m, d2))), "{text}");
        }
        assert_eq!(ends("تستقبل السفارة الطلبات طوال شهري يناير وفبراير"), Some((*month(None, 1), *month(None, 2))));
        assert_eq!(ends("ارتفعت الحرارة ما بين شهري مايو ويوليو"), Some((*month(None, 5), *month(None, 7))));
        assert_eq!(ends("تعمل الإدارات من الاثنين إلى الجمعة المقبلين").map(|e| e.1), Some(Expr::Weekday { wd: 5, rel: Rel::Next }));
        assert_eq!(ends("أغلقت المدارس من الأحد إلى الخميس الماضيين").map(|e| e.1), Some(Expr::Weekday { wd: 4, rel: Rel::Last }));
        // Counts and measures are no years; years the wrong way round neither.
        for text in ["ارتفع العدد من 2019 إلى 2021 شخصا", "بين 1500 و2000 دولار", "من 2021 إلى 2019", "زاد الإنتاج من 1950 إلى 2100 طن"] {
            assert_eq!(range_of(text), None, "{text}");
        }
    }

    #[test]
    fn centuries_and_decades() {
        assert_eq!(exprs("شهد القرن العشرين حربين عالميتين"), vec![("القرن العشرين".into(), Expr::Centuries { n: Some(20), k: 0 })]);
        assert_eq!(exprs("في القرن التاسع عشر"), vec![("القرن التاسع عشر".into(), Expr::Centuries { n: Some(19), k: 0 })]);
        assert_eq!(exprs("منذ القرن الـ15"), vec![("القرن الـ15".into(), Expr::Centuries { n: Some(15), k: 0 })]);
        assert_eq!(exprs("في القرن الماضي"), vec![("القرن الماضي".into(), Expr::Centuries { n: None, k: -1 })]);
        assert_eq!(exprs("تضاعف عدد السكان خلال العقد الماضي"), vec![("العقد الماضي".into(), Expr::Decades { n: 1, k: -1 })]);
        assert_eq!(exprs("سجلت البلاد أعلى نمو خلال العقدين الماضيين"), vec![("العقدين الماضيين".into(), Expr::Decades { n: 2, k: -1 })]);
        assert_eq!(exprs("العقود الثلاثة الماضية"), vec![("العقود الثلاثة الماضية".into(), Expr::Decades { n: 3, k: -1 })]);
        assert_eq!(exprs("في العقد المقبل"), vec![("العقد المقبل".into(), Expr::Decades { n: 1, k: 1 })]);
        // A contract is no decade; `ثمانينيات القرن الماضي` stays the decade rule's.
        assert!(exprs("وقع العقد مع الشركة").is_empty());
        assert!(matches!(exprs("في ثمانينيات القرن الماضي")[0].1, Expr::Decade { tens: 80, .. }));
    }
}
