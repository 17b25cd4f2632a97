//! Years (`عام 2019`, `عام ألفين وثمانية`, `1446 هـ`), seasons, quarters and halves, decades.

use crate::words::one_of;
use super::*;

impl Scanner {
    /// A year: four digits (optionally `م`/`ميلادي`, or `هـ`/`هجري` for Hijri), after an optional
    /// `عام`/`سنة`. Returns (end, year, hijri). (Not inlined: a dozen rules call it.)
    #[inline(never)]
    pub(super) fn year(&self, i: usize) -> Option<(usize, i32, bool)> {
        let mut i = i;
        let cue = self.is(i, &["عام", "سنه", "العام", "السنه"]);
        // A document's number and year (`القانون رقم 12 لسنة 2020`, `القرار 7 لعام 2018`, `رقم (5) لسنة (2019)`): its
        // name, no date. (The scanner splits `لسنة` into `ل` + `سنة`.)
        let n = i.saturating_sub(2 + self.punct(i.saturating_sub(2), &[")"]) as usize);
        if cue && n > 1 && self.w(i - 1) == "ل" && self.num(n).is_some() && (n - 2..n).any(|k| self.is(k, &["رقم"]) || self.is(k, super::numeric::NUMBERED)) {
            return None;
        }
        if cue {
            i += 1;
        }
        // A year in brackets (`عام (1933)`, `تموز (1970)`, `سنة (1325) هـ`): the brackets are the mention's.
        let paren = self.punct(i, &["("]) && self.punct(i + 2, &[")"]);
        i += paren as usize;
        // Not the year of a numeric date (`2019.6`, `2019/6/27`: the numeric rule's).
        if self.num(i).is_some() && self.punct(i + 1, &[".", "/"]) && self.num(i + 2).is_some() && !self.t[i + 1].space_before && !self.t[i + 2].space_before {
            return None;
        }
        let (v, mut end) = match self.num(i) {
            Some(v) if matches!(self.t[i].digits, 3 | 4) => (v, i + 1),
            Some(_) => return None,
            // A year in words after عام/سنة: `عام ألفين وثمانية`, `العام الألفين وخمسة عشر`.
            None if cue => {
                let n = self.number(i).filter(|n| n.value >= 1000 || one_of!(self.w(n.end), ["ه", "هجري", "هجريه", "للهجره"]))?;
                (n.value, n.end)
            }
            None => return None,
        };
        end += paren as usize;
        // `3000 ق.م.`, `500 قبل الميلاد`: before the common era, outside the years naba represents.
        if self.w(end) == "ق" && self.punct(end + 1, &["."]) && self.w(end + 2) == "م" || self.is(end, &["قبل"]) && self.is(end + 1, &["الميلاد"]) {
            return None;
        }
        let mut hijri = false;
        match self.w(end) {
            // (`1000 م مربع`: metres.)
            "م" | "ميلادي" | "ميلاديه" if !self.is(end + 1, &["مربع", "مكعب"]) => end += 1,
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
            // (`1405 ه\u{200D}.ش`: a Solar Hijri year, no lunar one.)
            if self.w(end) == "ش" {
                end += 1;
                hijri = false;
            }
        }
        (1..=9999).contains(&v).then_some((end, v as i32, hijri))
    }

    /// `عام 2022`, `سنة 2015`, `في 2022`, `2022م`, `1446 هـ`.
    pub(super) fn year_only(&self, i: usize) -> Option<(usize, Expr)> {
        let cue_word = self.is(i, &["عام", "سنه", "العام", "السنه"]);
        let (end, y, hijri) = self.year(i)?;
        // A portal's reversed stamp, the year before the weekday, day and month (`GMT 14:30 2025 الاثنين 7
        // يوليو`): that day of that year.
        if !cue_word && !hijri && (1900..=2100).contains(&y) {
            if let Some((e, Expr::Day { y: None, m: m @ 1.., d, weekday: Some(w) })) = self.weekday_date(end) {
                return Some((e, Expr::Day { y: Some(y), m, d, weekday: Some(w) }));
            }
        }
        let explicit = cue_word || self.w(end - 1) == "م" || hijri;
        // (Also a date's cue, and an event's noun: `حرب 1967`, `زلزال 1992`.)
        let prev_cue = i > 0
            && self.is(i - 1, &[
                "في", "منذ", "حتي", "قبل", "بعد", "خلال", "مطلع", "اواخر", "نهايه", "بدايه", "بحلول", "لغايه", "اوائل", "منتصف", "موسم", "تاريخ",
                "حرب", "ثوره", "انتفاضه", "زلزال", "انتخابات", "مجزره", "عدوان", "المالي", "الماليه", "موازنه", "ميزانيه",
            ]);
        // A year in brackets alone (a caption's, a film's: `صورة لميناء يافا (1936).`) before a stop or a comma, not a
        // count's or a document's number (`بلغ عدد المشاركين (2000).`, `القرار (2254).`).
        let bare = self.punct(i, &["("])
            && self.t.get(end).is_none_or(|t| t.kind == Kind::Punct)
            && !self.measure_around(i, end)
            && !(i.saturating_sub(6)..i).any(|k| self.is(k, &["عدد", "بلغ", "بلغت"]));
        if !(explicit || (prev_cue || bare) && (1900..=2100).contains(&y)) {
            return None;
        }
        if hijri {
            return Some((end, Expr::HijriYear(y)));
        }
        (1000..=2200).contains(&y).then_some((end, Expr::Year(y)))
    }

    /// `الصيف الماضي`, `الشتاء قبل الماضي`, `صيف 2016`, `هذا الخريف`, `ربيع العام المقبل`: a season
    /// (meteorological, northern: spring March–May, summer June–August, autumn September–November, winter
    /// December–February). A bare season word (`يحب الربيع`) is not a date.
    pub(super) fn season(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        let this = self.is(j, &["هذا"]);
        if this {
            j += 1;
        }
        let w = self.w(j);
        let w = strip_one(w).filter(|r| season_of(r).is_some()).unwrap_or(w);
        // Levantine `هالشتا`, `هالصيف`: this one.
        let ha = w.strip_prefix("ه").filter(|r| r.starts_with("ال") && season_of(r).is_some());
        let this = this || ha.is_some();
        let (start, article) = season_of(ha.unwrap_or(w))?;
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

    /// `الربع الأول من 2016`, `الربع الثالث من العام الجاري`, `النصف الثاني من العام الماضي`, `الربع الأخير
    /// من السنة المقبلة`: a quarter or half of a year.
    pub(super) fn quarter(&self, i: usize) -> Option<(usize, Expr)> {
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
        // The first or last day of a year: `آخر يوم من العام الجاري`, `اليوم الأول من السنة المقبلة`.
        let edge = match (self.w(i), self.w(i + 1)) {
            ("اخر", "يوم") | ("اليوم", "الاخير") => Some(-1),
            ("اول", "يوم") | ("اليوم", "الاول") => Some(1),
            _ => None,
        };
        if let Some(n) = edge.filter(|_| self.is(i + 2, &["من"])) {
            let m = if n < 0 { 12 } else { 1 };
            let (e, month) = match self.year_after(i + 3)? {
                (e, Expr::Year(y)) => (e, Expr::Month { y: Some(y), m }),
                (e, Expr::RelUnit { k, .. }) => (e, Expr::MonthRelYear { m, k }),
                _ => return None,
            };
            return Some((e, Expr::DayOfMonth { n, month: Box::new(month) }));
        }
        // The first or last months of a year: `الأشهر الثلاثة الأولى من العام`, `الشهور الستة الأخيرة من 2024`.
        if self.is(i, &["الاشهر", "الشهور"]) {
            let (e, n) = self.count(i + 1).filter(|&(_, n)| (2..=11).contains(&n))?;
            let first = match self.w(e) {
                "الاولي" => true,
                "الاخيره" => false,
                _ => return None,
            };
            let (end, year) = if self.is(e + 1, &["من"]) { self.year_after(e + 2)? } else { return None };
            let n = n as u8;
            return Some((end, Expr::YearPart { first_month: if first { 1 } else { 13 - n }, months: n, year: Box::new(year) }));
        }
        // Business Latin `Q3 2025`, `H1 2024` (a quarter, a half) before a year: the letter and its number are
        // two tokens.
        let glued = self.t.get(i + 1).is_some_and(|t| !t.space_before);
        let latin = match (self.w(i), self.num(i + 1).filter(|_| glued)) {
            ("q", Some(q @ 1..=4)) => Some((3, q as u8)),
            ("h", Some(h @ 1..=2)) => Some((6, h as u8)),
            _ => None,
        };
        if let Some((months, n)) = latin {
            let (end, y, _) = self.year(i + 2).filter(|&(_, y, hijri)| !hijri && (1900..=2100).contains(&y))?;
            return Some((end, Expr::YearPart { first_month: (n - 1) * months + 1, months, year: Box::new(Expr::Year(y)) }));
        }
        // (Maghrebi `الثلاثي` and `الفصل` (with its year), a quarter, and `السداسي`, a half; `الثلث`, four months.)
        let months = match self.w(i) {
            "الربع" | "الثلاثي" | "الفصل" => 3,
            "الثلث" => 4,
            "النصف" | "النص" | "السداسي" => 6,
            _ => return None,
        };
        let n: u8 = match self.w(i + 1) {
            "الاول" => 1,
            "الثاني" | "التاني" => 2,
            "الثالث" | "التالت" if months < 6 => 3,
            "الرابع" if months == 3 => 4,
            "الاخير" => 12 / months,
            _ => return None,
        };
        let mut k = i + 2;
        if self.is(k, &["من", "في", "ل"]) {
            k += 1;
        }
        // (`العام` alone only after `من`: `الربع الأول العام` is no quarter of this year.)
        let bare_year = self.is(k, &["العام", "السنه"]) && self.year(k).is_none() && self.rel_unit(k).is_none();
        // (`الفصل` and `الثلث` with a year in digits or words, or one with a direction (`الفصل الثالث من السنة
        // الجارية`): `الفصل الأول من العام` is a school term. `الثلث الأخير من العام` is this year's, not a
        // school or fiscal year's.)
        let strict = months == 4 || self.w(i) == "الفصل";
        let directed = |f: &(usize, Expr)| {
            matches!(f.1, Expr::RelUnit { .. }) && !self.word_is(k + 1, is_other_year) && (!bare_year || months == 4 && self.is(k - 1, &["من"]))
        };
        let (end, year) = if let Some(found) =
            self.year_after(k).filter(|f| if strict { matches!(f.1, Expr::Year(_)) || directed(f) } else { !bare_year || self.is(k - 1, &["من"]) })
        {
            found
        } else if months == 6 && n <= 2 && self.is(k - 1, &["من"]) {
            // A half of a month: `النصف الثاني من الشهر الجاري` (the 16th to the end), `النصف الأول من مارس`.
            let month = match self.rel_unit(k) {
                Some((e, m @ Expr::RelUnit { unit: Unit::Month, .. })) => (e, m),
                _ => self.month_year(k).filter(|(_, m)| matches!(m, Expr::Month { .. } | Expr::MonthDir { .. } | Expr::MonthRelYear { .. }))?,
            };
            let (e, month) = month;
            let (a, b) = if n == 1 { (1, 15) } else { (16, -1) };
            let day = |d: i8| Box::new(Expr::DayOfMonth { n: d, month: Box::new(month.clone()) });
            return Some((e, Expr::Range(day(a), day(b))));
        } else if months == 3 && k == i + 2 && (i.saturating_sub(6)..i).any(|b| self.is(b, FINANCE)) {
            // A bare quarter told of a company's or an economy's figures (`تراجعت أرباح الشركة في الربع الثاني`):
            // the reference's year. (A game's quarters are `من المباراة`.)
            (k, Expr::RelUnit { unit: Unit::Year, k: 0 })
        } else {
            return None;
        };
        Some((end, Expr::YearPart { first_month: (n - 1) * months + 1, months, year: Box::new(year) }))
    }

    /// `الأسبوع 47 من عام 2025`, `الأسبوع الـ12 من العام الجاري`, `الأسبوع السابع والأربعين من 2025`: the n-th
    /// ISO week of a year (the year is needed: `الأسبوع 12 من الدوري` is a league's round).
    pub(super) fn week_of_year(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.is(i, &["الاسبوع"]) {
            return None;
        }
        let mut j = i + 1;
        if self.is(j, &["رقم"]) || self.w(j) == "ال" && self.num(j + 1).is_some() {
            j += 1;
        }
        let (e, n) = match self.num(j) {
            Some(v) if self.t[j].digits <= 2 => (j + 1, v),
            Some(_) => return None,
            None => self.ordinal_number(j)?,
        };
        if !(1..=53).contains(&n) || !self.is(e, &["من", "في", "ل"]) {
            return None;
        }
        let (end, year) = self.year_after(e + 1)?;
        Some((end, Expr::WeekOfYear { n: n as u8, year: Box::new(year) }))
    }

    /// The year a part of it is of: `2016`, `العام المقبل`, `السنة الماضية`, and `العام` alone, the
    /// reference's (`النصف الثاني من العام`).
    fn year_after(&self, k: usize) -> Option<(usize, Expr)> {
        if let Some((e, y, false)) = self.year(k) {
            return Some((e, Expr::Year(y)));
        }
        if let Some((e, year @ Expr::RelUnit { unit: Unit::Year, .. })) = self.rel_unit(k) {
            return Some((e, year));
        }
        (self.is(k, &["العام", "السنه"]) && self.num(k + 1).is_none()).then_some((k + 1, Expr::RelUnit { unit: Unit::Year, k: 0 }))
    }

    /// `الثمانينيات`, `ثمانينيات القرن الماضي`, `التسعينات`, `سبعينيات القرن العشرين`: a decade. Without a
    /// century it is the latest one begun by the reference (`العشرينيات` in 2025 is the 2020s).
    pub(super) fn decade(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        let w = strip_one(w).filter(|r| decade_of(r).is_some()).unwrap_or(w);
        let tens = decade_of(w)?;
        let mut end = i + 1;
        let mut century = None;
        // (Also after `من`: `السبعينات من القرن العشرين`, `الثمانينيات من القرن الماضي`.)
        let c = if self.is(end, &["من"]) && self.is(end + 1, &["القرن"]) { end + 1 } else { end };
        if self.is(c, &["القرن"]) {
            match self.w(c + 1) {
                "الماضي" | "المنصرم" | "الفائت" | "السابق" => century = Some(-1),
                "الحالي" | "الجاري" => century = Some(0),
                "العشرين" => century = Some(19),
                "التاسع" if matches!(self.w(c + 2), "عشر") => century = Some(18),
                "الحادي" if self.w(c + 2) == "والعشرين" => century = Some(20),
                _ => {}
            }
            if century.is_some() {
                end = c + if matches!(century, Some(18 | 20)) { 3 } else { 2 };
            }
        }
        // Bare decades need the article (`ثمانينيات` alone is rare and ambiguous); an age is no decade (`في
        // العشرينيات من عمره`, `الثلاثينات من العمر`).
        if century.is_none() && (!w.starts_with("ال") || self.is(end, &["من"]) && self.w(end + 1).trim_start_matches("ال").starts_with("عمر")) {
            return None;
        }
        Some((end, Expr::Decade { tens, century }))
    }
}

/// The tens of a decade word: `الثمانينيات`/`الثمانينات`/`ثمانينيات` → 80.
pub(super) fn decade_of(w: &str) -> Option<u8> {
    let w = w.strip_prefix("ال").unwrap_or(w);
    let stem = w.strip_suffix("يات").or_else(|| w.strip_suffix("ات"))?;
    Some(match stem {
        "عشرين" => 20,
        "ثلاثين" | "تلاتين" => 30,
        "اربعين" => 40,
        "خمسين" => 50,
        "ستين" => 60,
        "سبعين" => 70,
        "ثمانين" | "تمانين" => 80,
        "تسعين" => 90,
        _ => return None,
    })
}

/// A season word: (first month, said with the article). `الصيف` (6, true), `صيف` (6, false).
pub(super) fn season_of(w: &str) -> Option<(u8, bool)> {
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

#[cfg(test)]
mod tests {
    use super::super::exprs;
    use super::*;

    #[test]
    fn years_seasons_quarters_decades() {
        assert_eq!(exprs("عام ألفين وثمانية")[0].1, Expr::Year(2008));
        assert_eq!(exprs("العام الألفين وخمسة عشر")[0].1, Expr::Year(2015));
        assert_eq!(exprs("عام 1420 هـ")[0].1, Expr::HijriYear(1420));
        assert_eq!(exprs("الصيف قبل الماضي")[0].1, Expr::Season { start: 6, k: -2, year: None });
        assert_eq!(exprs("الربع الأول من 2016")[0].1, Expr::YearPart { first_month: 1, months: 3, year: Box::new(Expr::Year(2016)) });
        assert_eq!(exprs("ثمانينيات القرن الماضي")[0].1, Expr::Decade { tens: 80, century: Some(-1) });
        assert!(exprs("يحب الربيع وأزهاره").is_empty());
        // Maghrebi quarters and halves; halves of a month.
        assert_eq!(exprs("خلال الثلاثي الأول من سنة 2022")[0].1, Expr::YearPart { first_month: 1, months: 3, year: Box::new(Expr::Year(2022)) });
        assert_eq!(exprs("في السداسي الثاني من 2021")[0].1, Expr::YearPart { first_month: 7, months: 6, year: Box::new(Expr::Year(2021)) });
        let this_month = || Box::new(Expr::RelUnit { unit: Unit::Month, k: 0 });
        assert_eq!(
            exprs("تصرف الأجور في النصف الثاني من الشهر الجاري")[0],
            ("النصف الثاني من الشهر الجاري".to_string(), Expr::Range(Box::new(Expr::DayOfMonth { n: 16, month: this_month() }), Box::new(Expr::DayOfMonth { n: -1, month: this_month() })))
        );
        let march = || Box::new(Expr::Month { y: Some(2024), m: 3 });
        assert_eq!(exprs("النصف الأول من مارس 2024")[0].1, Expr::Range(Box::new(Expr::DayOfMonth { n: 1, month: march() }), Box::new(Expr::DayOfMonth { n: 15, month: march() })));
        // A trio is no quarter.
        assert!(exprs("فاز الثلاثي الأول في السباق").is_empty());
    }
}

/// Words of a company's or an economy's figures (matching form), before a bare quarter.
const FINANCE: &[&str] = &[
    "ارباح", "الارباح", "نمو", "نموا", "مبيعات", "المبيعات", "ايرادات", "الايرادات", "خسائر", "الخسائر", "عائدات", "صافي", "الناتج",
    "التضخم", "الاقتصاد", "الشركه", "البنك", "الصادرات",
];
