//! Numeric dates: `16/10/2025`, `9/3`, `27-6-19`, `2019/6`, told apart by value and the page's habit.

use crate::words::one_of;
use super::*;

impl Scanner {
    /// `16/10/2025`, `2025-10-16`, `17.03.2020`, `2020/12/25 - 1:59 صباحًا`, `20-02-1430 هـ`, `21/09`, `9/3`,
    /// `9 / 3 / 2021`, `27-6`, `6.27`, `27-6-19`, `2019/6`, `2019.6`. Day and month are told apart by their
    /// values (a number above 12 is the day), else by the page's habit, else day first.
    pub(super) fn numeric(&self, i: usize) -> Option<(usize, Expr)> {
        let a = self.num(i)?;
        let da = self.t[i].digits;
        let sep = self.t.get(i + 1).filter(|t| t.kind == Kind::Punct)?;
        if !one_of!(&*sep.n, ["/", "-", ".", "\\"]) {
            return None;
        }
        // `2025/كانون الثاني/14`, `2025-أكتوبر-14`: a year, a month's name and a day.
        if da == 4 && !sep.space_before {
            if let Some((e, m, Cal::Gregorian)) = self.month(i + 2) {
                if let Some((e2, d)) = self.day(e + 1).filter(|_| self.punct(e, &[&*sep.n])) {
                    return Some((e2, Expr::Day { y: Some(a as i32), m, d, weekday: None }));
                }
            }
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
        // A wire's dateline: the place, then day - month before the agency's bracket (`الكويت - 17 - 9 (كونا)`,
        // `الدوحة - 5 - 6 (قنا) -`).
        let dateline = spaced
            && &*s == "-"
            && c.is_none()
            && i >= 2
            && self.punct(i - 1, &["-", "–"])
            && self.t[i - 2].kind == Kind::Word
            && self.punct(i + 3, &["("]);
        // (Two years by a spaced dash are a span as unspaced ones: `1936 - 1939`.)
        if spaced && !dateline && c.is_none_or(|_| self.t[i + 4].digits != 4) && !(c.is_none() && da == 4 && db == 4) {
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
            // A fiscal, school or sports year across two calendar years (`العام المالي 2024/2025`, `موسم
            // 2024-2025`): both years.
            // A hyphen joins any years a few apart (`الفترة 2014-2018`): the span of them all.
            None if da == 4 && db == 4 && (1900..=2100).contains(&a) && (b == a + 1 && &*s == "/" || &*s == "-" && b > a && b - a <= 30 && !self.measure_around(i, end)) => {
                return Some((end, Expr::Range(Box::new(Expr::Year(a as i32)), Box::new(Expr::Year(b as i32)))));
            }
            None if da <= 2 && db == 4 && (1..=12).contains(&a) && (1900..=2100).contains(&b) && !(i > 0 && self.is(i - 1, NUMBERED)) => {
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
                // `3/4 أراضي المحافظة`, `2/3 الأعضاء`: a fraction of what follows, not the 3rd of April.
                // (`١١/١٢ من محاولاته`, `الصفحة ٥/١٢ من التقرير`: so is a part `من` a whole.)
                let fraction = a < b && (b <= 10 || self.is(end, &["من"])) && self.t.get(end).is_some_and(|t| t.kind == Kind::Word) && self.dir(end, false).is_none();
                let ok = dateline || match &*s {
                    "/" => cue || !fraction,
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
        if one_of!(self.w(end), ["ه", "هجري", "هجريه"]) {
            hijri = true;
            end += 1;
        }
        // ICU's Solar Hijri era `ه\u{200D}.ش`: solar only.
        let solar = hijri && self.punct(end, &["."]) && self.is(end + 1, &["ش"]);
        if solar {
            end += 2;
        }
        let expr = if hijri || (1300..1600).contains(&y) && i + 5 == end {
            if !(1300..1600).contains(&y) {
                return None;
            }
            // With no era the year may be Solar Hijri too (Iranian pages): both readings.
            match (crate::date::hijri::hijri_day(y, m, d).filter(|_| !solar), if hijri && !solar { None } else { solar_to_gregorian(y, m, d) }) {
                (Some(lunar), Some(solar)) => Expr::EitherHijri(lunar, solar),
                (Some(one), None) | (None, Some(one)) => Expr::Converted(one),
                (None, None) => return None,
            }
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
    #[inline(never)]
    pub(super) fn measure_around(&self, i: usize, end: usize) -> bool {
        self.punct(end, &["%", "٪"])
            || self.is(end, &["مليون", "مليار", "الف", "كيلو", "كم", "متر", "نقطه", "بالمئه", "بالمائه", "درجه", "طن", "برميل"])
            // (A currency in any of its forms: `دينارا`, `دولارات`, `جنيها`.)
            || self.word_is(end, |w| ["دولار", "جنيه", "ريال", "درهم", "دينار", "ليره", "ليرات", "يورو"].iter().any(|c| w.starts_with(c)))
            // A penalty shoot-out's score (`بركلات الترجيح 4/3`).
            || (1..=2).any(|back| i >= back && self.is(i - back, &["الترجيح", "ترجيح", "ركلات", "بركلات"]))
            || self.is(end, &["في"]) && self.is(end + 1, &["المئه", "المائه"])
            // `24/7`: round the clock.
            || self.num(i) == Some(24) && self.num(i + 2) == Some(7) && end == i + 3
            || (1..=2).any(|back| i >= back && self.is(i - back, &["فاز", "فوز", "هزم", "خسر", "تعادل", "بالتعادل", "التعادل", "تغلب", "سحق", "انتصر", "بنتيجه", "النتيجه"]))
            // A mark, a seat or a number (`حصل على 9/10`, `المقعد رقم 12/4`), a building's or a document's number
            // (`العمارة 12/3`, `القانون 5/2019`).
            || i > 0 && self.is(i - 1, &["رقم", "الرقم", "برقم", "علامه", "بعلامه", "درجه", "بدرجه", "تقييم", "بتقييم", "معدل"])
            || i > 0 && self.is(i - 1, NUMBERED)
            // A size (`مقاس 10/12`, `بقياس 8/10`, `المقاسات 10/12 و12/14`): the size word within three words before.
            || (1..=3).any(|b| i >= b && self.is(i - b, SIZES))
            || i > 1 && self.is(i - 1, &["علي"]) && (2..=4).any(|b| i >= b && self.is(i - b, &["حصل", "حصلت", "حاز", "حازت", "نال", "نالت", "يحصل", "تحصل", "تحصلت"]))
            || i > 0 && self.is(i - 1, &["بنسبه", "نسبه", "سعر", "بسعر", "بقيمه", "بمعدل", "بلغ", "بلغت", "نحو", "حوالي", "بنتيجه", "نتيجه", "هدف", "اهداف", "النتيجه", "فاز", "فوز", "هزم", "خسر", "تعادل", "بالتعادل", "التعادل", "تغلب", "سحق", "انتصر", "الفوز", "بفوز", "بهدف", "بالفوز"])
    }
}

/// Nouns whose number follows them (matching form): `العمارة 12/3`, `القانون 5/2019`, `العدد 7/2024`.
pub(super) const NUMBERED: &[&str] = &[
    "العماره", "عماره", "الشقه", "شقه", "البنايه", "بنايه", "المبني", "مبني", "البلوك", "بلوك", "القطعه", "قطعه",
    "المنزل", "منزل", "القانون", "قانون", "المرسوم", "مرسوم", "القرار", "قرار", "التعميم", "تعميم", "المذكره",
    "مذكره", "الدعوي", "دعوي", "القضيه", "قضيه", "الملف", "ملف", "العدد", "عدد", "البند", "بند", "الماده", "ماده",
];

/// Size words (matching form): a number pair after them is a size, not a day (`مقاس 10/12`).
const SIZES: &[&str] = &["مقاس", "المقاس", "مقاسات", "المقاسات", "قياس", "القياس", "قياسات", "مقاسه", "قياسه"];

/// Whether the page writes numeric day-month pairs month first (see [`Scanner::month_first`]).
pub(super) fn page_month_first(t: &[Tok]) -> bool {
    let (mut md, mut dm) = (0, 0);
    let sep = |k: usize| t.get(k).is_some_and(|x| x.kind == Kind::Punct && one_of!(&*x.n, ["/", "-", "."]));
    for (k, w) in t.windows(3).enumerate() {
        let (Some(a), Some(b)) = (w[0].num, w[2].num) else { continue };
        if !sep(k + 1) || w[0].digits > 2 || w[2].digits > 2 {
            continue;
        }
        // The month and a two-digit year of `5/11/23` are no pair.
        if k >= 2 && sep(k - 1) && t[k - 2].num.is_some() {
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

#[cfg(test)]
mod tests {
    use super::super::exprs;
    use super::*;

    #[test]
    fn order_by_value_then_by_the_page() {
        assert_eq!(exprs("9/3")[0].1, Expr::Day { y: None, m: 3, d: 9, weekday: None });
        assert_eq!(exprs("6.27")[0].1, Expr::Day { y: None, m: 6, d: 27, weekday: None });
        assert_eq!(exprs("27-6-19")[0].1, Expr::Day { y: Some(2019), m: 6, d: 27, weekday: None });
        assert_eq!(exprs("2019/6")[0].1, Expr::Month { y: Some(2019), m: 6 });
        // A page that writes month first: the ambiguous pair follows it.
        let e = exprs("اجتمعوا 6/27 ثم 7/3");
        assert_eq!(e[1].1, Expr::Past(Box::new(Expr::Day { y: None, m: 7, d: 3, weekday: None })));
        assert_eq!(exprs("يجتمعون 6/27 ثم 7/3")[1].1, Expr::Day { y: None, m: 7, d: 3, weekday: None });
    }

    #[test]
    fn measures_scores_and_versions_are_not_dates() {
        for text in ["فاز الفريق 3-1", "بنسبة 12.5%", "الإصدار 1.2.3", "سعر 3.25 دولار", "فاز النادي 3/1", "خدمة 24/7", "12.15 في المئة", "حصل الطالب على 9/10 في امتحان الرياضيات", "جلس على المقعد رقم 12/4 في القاعة", "نالت علامة 18/20"] {
            assert!(exprs(text).is_empty(), "{text}: {:?}", exprs(text));
        }
        // A date after `على` that no verb of getting opens stays one; a speed is no duration.
        assert_eq!(exprs("وقع الاتفاق على 12/4/2023")[0].1, Expr::Day { y: Some(2023), m: 4, d: 12, weekday: None });
        assert!(exprs("تجاوزت السيارة سرعة 120 كم/ساعة").is_empty());
    }
}
