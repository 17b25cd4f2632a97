//! Quantities of units and what they make: offsets (`قبل 3 أيام`), durations, spans (`الأسابيع الثلاثة
//! القادمة`) and units with directions (`الشهر بعد المقبل`, `هالسنة`, `العام الهجري المنصرم`).

use crate::words::one_of;
use super::*;

impl Scanner {
    /// A quantity of a unit: `3 أيام`, `ثلاثة أيام`, `يومين`, `أسبوع`, `21 يوما`. Returns (end, n, unit);
    /// n = None for a bare plural (`أيام`: some days).
    pub(super) fn quantity(&self, i: usize) -> Option<(usize, Option<i64>, Unit)> {
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

    pub(super) fn whole_quantity(&self, i: usize) -> Option<(usize, Option<i64>, Unit)> {
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
                    "ساعه" | "الساعه" => (if quarter { 15 } else { 30 }, Unit::Minute),
                    "عام" | "سنه" if !quarter => (6, Unit::Month),
                    "شهر" if !quarter => (15, Unit::Day),
                    "دقيقه" if !quarter => (30, Unit::Second),
                    _ => return None,
                };
                return Some((i + 2, Some(n), u));
            }
            // `ثلاثة أرباع الساعة`: 45 minutes.
            "ثلاثه" | "ثلاث" if self.w(i + 1) == "ارباع" && self.is(i + 2, &["ساعه", "الساعه"]) => return Some((i + 3, Some(45), Unit::Minute)),
            _ => {}
        }
        // Not the tail of a longer number (`السابعة والعشرين سنة`: an age, read from its start).
        if i > 0 && self.w(i - 1) == "و" && number::is_tens(w) {
            return None;
        }
        if let Some((e, n)) = self.count(i) {
            let u = lookup(UNITS, self.w(e))?;
            return Some((e + 1, Some(n as i64), u));
        }
        let u = lookup(UNITS, w)?;
        let plural = one_of!(w, ["ايام", "اسابيع", "اشهر", "شهور", "سنوات", "سنين", "اعوام", "ساعات", "دقائق", "دقايق", "عقود"]);
        Some((i + 1, if plural { None } else { Some(1) }, u))
    }

    /// `قبل 3 أيام`, `منذ أسبوعين`, `بعد شهرين`, `خلال 3 ساعات`, `قبل أيام`, `3 أيام مضت`.
    pub(super) fn offset(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        // `على بعد 20 دقيقة من المدينة` is a distance (the count alone is a duration at most).
        if w == "بعد" && i > 0 && self.is(i - 1, &["علي"]) {
            return None;
        }
        let (sign, j) = match w {
            // (Iraqi `گبل` is `قبل`.)
            "قبل" | "گبل" | "منذ" | "من" => (-1, i + 1),
            "بعد" | "خلال" => (1, i + 1),
            // Spoken `كمان يومين` ("in two days"); `كمان` alone is "also".
            "كمان" if self.quantity(i + 1).is_some_and(|(_, n, _)| n.is_some()) => (1, i + 1),
            "في" if self.w(i + 1) == "غضون" => (1, i + 2),
            // English stamps in Arabic pages: `2 days ago`, `3 hours ago`.
            _ if self.num(i).is_some() && self.is(i + 2, &["ago"]) => {
                let u = [("minute", Unit::Minute), ("hour", Unit::Hour), ("day", Unit::Day), ("week", Unit::Week), ("month", Unit::Month), ("year", Unit::Year)]
                    .into_iter()
                    .find(|(u, _)| self.w(i + 1).trim_end_matches('s') == *u)?;
                return Some((i + 3, Expr::Offset { n: -(self.num(i)? as i64), unit: u.1 }));
            }
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
        // (`خلال الثلاثة أيام الماضية` is the span's: `last_units`; `خلال الثلاثين يوما المقبلة` stays within.)
        if self.w(j).starts_with("ال") && self.span_dir(end).is_some_and(|(_, k)| k < 0) {
            return None;
        }
        // Time since an event (`بعد عامين على زلزال الحوز`, `بعد يومين على وصوله`): not counted from the
        // reference. (`قبل ثلاثة أيام على الحدود`, `منذ يومين على الساحل`: على there is a place.)
        // (`قبل يومين على موعد الانتخابات`: before an event named by its noun.) A vague mention, as with من.
        if self.is(end, &["علي"]) && (w == "بعد" || self.event(end + 1)) {
            return Some((end, Expr::Vague { unit }));
        }
        // Days or weeks before or after a day (`قبل ثلاثة أيام من عيد الأضحى`, `بعد أسبوع من 5 مارس`) count
        // from it. Before a named event (`قبل يومين من الاقتراع`), minutes after one (`بعد 22 دقيقة من انطلاق
        // المباراة`) or after a date named (`بعد ثلاثة أشهر من تاريخ نشره`) it is a time with no date; longer
        // after an event the story reports (`بعد 48 ساعة من الحادث`) counts from the reference. (`من الآن`,
        // `من اليوم` count from the reference; `قبل سنتين من رجل أعمال` names no event.)
        if let (true, true, Some(n)) = (matches!(w, "قبل" | "بعد"), self.is(end, &["من"]), n) {
            let days = match unit {
                Unit::Day => Some(n),
                Unit::Week => Some(7 * n),
                _ => None,
            };
            let base = [self.holiday(end + 1), self.day_month(end + 1)].into_iter().flatten().find(|(_, b)| {
                matches!(b, Expr::Holiday { .. } | Expr::HolidayTensed { .. } | Expr::Day { m: 1.., .. } | Expr::DayAfter { .. })
            });
            if let (Some(days), Some((e, base))) = (days, base) {
                return Some((e, Expr::DayAfter { n: sign * days, base: Box::new(base) }));
            }
            let ev = self.w(end + 1);
            let definite = |x: &str| x.starts_with("ال") && !one_of!(x, ["الان", "اليوم", "الحين", "الغد", "الزمن", "الزمان"]);
            let word_then_definite = self.t.get(end + 1).is_some_and(|t| t.kind == Kind::Word) && !ev.starts_with("ال") && definite(self.w(end + 2));
            if (definite(ev) || word_then_definite || self.event(end + 1) || ev == "تاريخ" && !self.is(end + 2, &["اليوم"])) && ev != "تاريخه" {
                return Some((end, Expr::Vague { unit }));
            }
        }
        // `خلال عام 2026`, `منذ سنة 3000 ق.م.`: a year, not one unit.
        if end == j + 1 && (self.year(j).is_some() || self.t.get(j + 1).is_some_and(|t| t.kind == Kind::Number && t.digits >= 3)) {
            return None;
        }
        // `بعد شهرين هجريين`, `قبل ثلاث سنوات هجرية`.
        if matches!(unit, Unit::Month | Unit::Year) && w != "من" {
            if let (Some(n), true) = (n, self.is(end, &["هجري", "هجريه", "هجريين", "هجريتين", "هجريا", "قمري", "قمريه", "قمريين", "قمريا"])) {
                return Some((end + 1, Expr::HijriOffset { n: sign * n, year: unit == Unit::Year }));
            }
        }
        // `من أسبوع`, `من يومين` are "a week ago", "two days ago" (spoken); `من شهر أيلول`, `من 3 أيام`, `أكثر من
        // أسبوع`, `يتكون من يومين`, `من يومين إلى ثلاثة` are not offsets.
        // (A count only speech uses, `من تلات أيام`, `من تمن سنين`, is spoken too.)
        let spoken_count = one_of!(self.w(j), ["تلات", "تلاته", "تمن", "تمان", "تمانيه", "تمانه", "تمنيه", "اتنين"]);
        // (Any count when the unit ends its clause, `ساب الشغل من ٣ شهور`, `شفناه من عشر أيام بالسوق`, and no noun of
        // a stretch nor a verb of parts is just before it: `عطلة من خمسة أيام` is its length, `تتألف الدورة من 4 أسابيع`.)
        const STRETCH: &[&str] = &["عطله", "اجازه", "مهله", "هدنه", "فتره", "مده", "حداد", "دوره", "جوله", "رحله", "زياره", "برنامج", "يتكون", "تتكون", "يتالف", "تتالف", "مكون", "مكونه", "مؤلف", "مؤلفه", "يتشكل", "تتشكل"];
        let clause_end = self.t.get(end).is_none_or(|t| t.kind != Kind::Word || t.n.starts_with(['ب', 'و', 'ف']) || one_of!(&*t.n, ["تقريبا", "بس", "في"]))
            && !(i.saturating_sub(2)..i).any(|k| self.is(k, STRETCH));
        if w == "من"
            && (!(n == Some(1) || n == Some(2) && end == j + 1 || spoken_count || n.is_some() && clause_end)
                || self.month(end).is_some()
                || self.month_number(j).is_some()
                || self.num(end).is_some()
                || self.is(end, &["من"])
                // `ابتداء من يوم الاثنين`, `من يوم ما جيت`: "from the day …", "since the day …".
                || end == j + 1 && unit == Unit::Day && (self.weekday_date(j).is_some() || self.is(end, &["ما", "اللي", "الذي"]))
                || self.is(end, &["الي", "حتي", "او", "و"]) && (self.count(end + 1).is_some() || self.quantity(end + 1).is_some())
                || i > 0 && self.is(i - 1, MEASURED_FROM))
        {
            return None;
        }
        // `خلال شهر سبتمبر` is "during September", `منذ شهر أوت` "since August", `قبل شهر رمضان` "before
        // Ramadan" (the month is the mention), not a month's offset.
        if unit == Unit::Month && end == j + 1 && (self.month(end).is_some() || self.month_number(end).is_some()) {
            return None;
        }
        if matches!(w, "خلال") || (w == "في" && self.w(i + 1) == "غضون") {
            if let Some(n) = n {
                // Within minutes or a few hours, told of in a sentence that is not about the future,
                // measures how fast something went (`سيطر على الحريق خلال ساعتين`, `خلال أقل من دقيقتين`): a
                // duration, not a day on the timeline. In a future clause (`ستصل القافلة خلال 6 ساعات`), alone
                // (`خلال 3 ساعات`), or as a deadline of a day or more in hours (`خلال 48 ساعة`) it is a time
                // from the reference.
                let told = i > 0 && self.tense_before(i) != Rel::Next;
                if told && (unit < Unit::Hour || unit == Unit::Hour && n < 24) {
                    return Some((end, Expr::Duration { n, unit }));
                }
                return Some((end, Expr::Within { n, unit }));
            }
        }
        // `خلال ساعات العمل`, `منذ سنوات الحرب`: units of something named, not a span from today.
        if n.is_none() && self.w(end).starts_with("ال") && self.dir(end, true).is_none() && self.month(end).is_none() {
            return None;
        }
        // `خلال الأسبوع` etc. are rel_unit; `خلال 3 ساعات` is an offset into the future.
        // `بعد أسبوعين من الآن`, `بعد 3 أيام من اليوم`: counted from the reference, one mention.
        // (`من تاريخه`, `من تاريخ اليوم`: from the date of the text itself.)
        let end = match (matches!(w, "بعد" | "قبل") && self.is(end, &["من"]), self.w(end + 1)) {
            (true, "الان" | "اليوم" | "تاريخه") => end + 2,
            // `قبل عقد من الزمن`, `منذ عقدين من الزمن`: of time, no event.
            (_, "الزمن" | "الزمان") if self.is(end, &["من"]) => end + 2,
            (true, "تاريخ") if self.is(end + 2, &["اليوم"]) => end + 3,
            _ => end,
        };
        // A second, smaller unit after `و` (`بعد شهرين وعشرة أيام`, `قبل عام وثلاثة أشهر`, `منذ ساعتين وعشرين
        // دقيقة`): the two added up, as a day count after the first or in the smaller unit. Not before an event
        // or a date the count is from (`قبل شهرين و3 أيام من الانتخابات`).
        if let (Some(n), true) = (n, matches!(w, "قبل" | "گبل" | "منذ" | "بعد") && self.w(end) == "و") {
            // (`وعشرين دقيقة`: a tens word after `و` is no number's tail here.)
            let second = self.whole_quantity(end + 1).or_else(|| {
                let (e, n2) = self.count(end + 1)?;
                Some((e + 1, Some(n2 as i64), lookup(UNITS, self.w(e))?))
            });
            if let Some((e2, Some(n2), u2)) = second.filter(|&(_, _, u2)| u2 < unit) {
                let (e2, from_now) = match (self.is(e2, &["من"]), self.w(e2 + 1)) {
                    (true, "الان" | "اليوم") => (e2 + 2, true),
                    _ => (e2, false),
                };
                let counted_from = !from_now && self.is(e2, &["من", "علي"]);
                let sum = match (unit, u2) {
                    (Unit::Year, Unit::Month) => Some(Expr::Offset { n: sign * (12 * n + n2), unit: Unit::Month }),
                    (Unit::Hour, Unit::Minute) => Some(Expr::Offset { n: sign * (60 * n + n2), unit: Unit::Minute }),
                    (Unit::Year | Unit::Month | Unit::Week, Unit::Day | Unit::Week) => {
                        let days = if u2 == Unit::Week { 7 * n2 } else { n2 };
                        Some(Expr::DayAfter { n: sign * days, base: Box::new(Expr::Offset { n: sign * n, unit }) })
                    }
                    _ => None,
                };
                if let (Some(sum), false) = (sum, counted_from) {
                    return Some((e2, sum));
                }
            }
        }
        match n {
            Some(n) => Some((end, Expr::Offset { n: sign * n, unit })),
            None => Some((end, Expr::Vague { unit })),
        }
    }

    /// An event named by its noun, bare, with the article or a pronoun (`وفاته`, `الافتتاح`, `انطلاق`):
    /// what a count before or after it is counted from.
    fn event(&self, i: usize) -> bool {
        let w = self.w(i);
        let w = w.strip_prefix("ال").unwrap_or(w);
        EVENTS.iter().any(|s| w.strip_prefix(s).is_some_and(|r| one_of!(r, ["", "ه", "ها", "هم", "هما", "ات"])))
    }

    /// `آخر 3 أيام`, `خلال آخر أسبوعين`, `في آخر 24 ساعة`, `الـ 48 ساعة الماضية`: the last n units before the
    /// reference (hours and minutes: vague, as for the plural spans).
    pub(super) fn last_units(&self, i: usize) -> Option<(usize, Expr)> {
        let (e, n, unit, k) = if self.w(i) == "اخر" || strip_one(self.w(i)) == Some("اخر") {
            let (e, n, unit) = self.quantity(i + 1)?;
            (e, n?, unit, -1)
        } else if self.w(i) == "ال" && self.num(i + 1).is_some() || self.w(i).starts_with("ال") && self.count(i).is_some() {
            // (`الـ 48 ساعة الماضية`; a count with the article before an indefinite unit: `الثلاثة أيام الماضية`.)
            let (e, n, unit) = self.quantity(i + usize::from(self.w(i) == "ال"))?;
            let (e, k) = self.span_dir(e)?;
            (e, n?, unit, k)
        } else {
            return None;
        };
        if n < 2 {
            return None; // `آخر أسبوع من العام` is a week of the year
        }
        if unit <= Unit::Hour {
            return Some((e, Expr::Vague { unit }));
        }
        Some((e, Expr::UnitsSpan { unit, n: Some(n), k }))
    }

    /// The direction of a span (plural and dual forms too: `الأخيرة`, `الماضيين`, `القادمتين`): (end, ±1).
    fn span_dir(&self, i: usize) -> Option<(usize, i64)> {
        let k = match self.w(i) {
            "الاخيره" | "الاخيرين" | "الاخيرتين" | "الماضيين" | "الماضيتين" | "المنصرمين" | "الفائتين" => -1,
            "المقبلين" | "المقبلتين" | "القادمين" | "القادمتين" | "الجايين" | "الجايتين" => 1,
            _ => return self.dir(i, false).filter(|&(_, k)| k.abs() == 1),
        };
        Some((i + 1, k))
    }

    /// Skips a hedge word (`نحو`, `حوالي`, `أكثر من`, `ما يقارب`) at `j`.
    pub(super) fn hedge(&self, j: usize) -> usize {
        match (self.w(j), self.w(j + 1)) {
            ("نحو" | "حوالي" | "قرابه" | "زهاء" | "حولي" | "تقريبا" | "بحوالي" | "بنحو", _) => j + 1,
            ("اكثر" | "اقل" | "ازيد", "من") => j + 2,
            ("ما", "يقارب" | "يزيد" | "يربو") => {
                if self.is(j + 2, &["عن", "علي", "من"]) { j + 3 } else { j + 2 }
            }
            _ => j,
        }
    }

    /// `الأسبوع الماضي`, `الشهر المقبل`, `العام الماضي`, `هذا العام`, `السنة الحالية`, `الاسبوع الجاري`,
    /// `الشهر قبل الماضي`, `السنة بعد الجاية`, `هالسنة`, `السنة دي`, `الساعة القادمة`, `العام الهجري
    /// المنصرم`, `الشهر الهجري المقبل`; and plural spans: `الأسابيع الثلاثة القادمة`, `الأيام العشرة
    /// الماضية`, `الأشهر المقبلة`.
    pub(super) fn rel_unit(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        // Maghrebi `هاد الشهر`, `هاد السيمانة`.
        let this = self.is(j, &["هذا", "هذه", "هاد", "هاذ", "هاي", "هذي"]);
        if this {
            j += 1;
        }
        let w = self.w(j);
        // `العام` as an adjective of an office (`المدير العام السابق`, `الأمين العام الأسبق`): the former
        // director-general, not last year.
        if !this && w == "العام" && j > 0 && self.word_is(j - 1, is_general_office) {
            return None;
        }
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
        if let Some(u) = w.strip_prefix("ه").and_then(&unit_of).filter(|u| *u >= Unit::Week) {
            return Some((j + 1, Expr::RelUnit { unit: u, k: 0 }));
        }
        // Plural spans.
        let bare = strip_one(w).filter(|r| r.starts_with("ال")).unwrap_or(w);
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
                // (`الأسابيع القليلة الماضية`: a few.)
                _ => (j + 1 + usize::from(self.is(j + 1, &["القليله"])), None),
            };
            let (e, k) = self.span_dir(k2)?;
            if unit <= Unit::Hour {
                return Some((e, Expr::Vague { unit }));
            }
            return Some((e, Expr::UnitsSpan { unit, n, k }));
        }
        let unit = match unit_of(w) {
            Some(u) => u,
            None => match strip_one(w).and_then(&unit_of) {
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
        // A fiscal or Gregorian year named so: `العام المالي المقبل`, `هذا العام الميلادي`.
        let j = j + usize::from(unit == Unit::Year && self.is(j + 1, &["المالي", "الماليه", "الميلادي", "الميلاديه"]));
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

    /// `لمدة ثلاثة أيام`, `طيلة أسبوعين`, `على مدى 3 سنوات`, and a bare `3 أيام`.
    pub(super) fn duration(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.is(j, &["لمده", "مده", "طيله", "طوال", "طول"]) {
            j += 1;
        } else if self.is(j, &["علي"]) && self.is(j + 1, &["مدي", "مدار"]) {
            j += 2;
        } else if i > 0 && one_of!(self.w(i - 1), ["قبل", "منذ", "بعد", "خلال", "غضون", "من", "كل"]) {
            // (`كل أسبوعين`, `كل 4 سنوات`: a habit.)
            return None;
        }
        if j == i && self.w(i) == "لحظه" && self.lone_unit_after(i) {
            return Some((i + 1, Expr::Duration { n: 1, unit: Unit::Second }));
        }
        // An age (`عن عمر ناهز 85 عاما`, `البالغ من العمر 40 عاما`, `عمره سبع سنوات`) is no length of time.
        // (Also one who died at it, `رحل عن 88 عاما`, `توفي عن 70 عاما`, and spoken `عنده ستين سنة`, `عمرو
        // خمستعش سنة`.)
        // (Maghrebi `عندو تلاتين عام`; `البالغ 19 عاماً` right before the count, where `البالغة مدته 5 سنوات` is
        // a length.)
        const AGE_WORDS: &[&str] = &["عمر", "عمره", "عمرها", "العمر", "ناهز", "يناهز", "بعمر", "سن", "عمرهم", "عمرو", "عمري", "عنده", "عندها", "عمرك", "عندو"];
        let aged = i > 0 && self.is(i - 1, &["البالغ", "البالغه", "يبلغ", "تبلغ"]);
        // The verb may stand a few words before `عن` (`رحلت أكبر معمرة في البلاد عن 101 سنة`), within the clause.
        let died_at = i >= 2
            && self.is(i - 1, &["عن"])
            && (2..=8).take_while(|&b| i >= b && self.t[i - b].kind == Kind::Word).any(|b| {
                self.word_is(i - b, |w| one_of!(strip_one(w).unwrap_or(w), ["رحل", "رحلت", "توفي", "توفيت", "مات", "ماتت", "قضي", "فارق", "رحيله", "وفاته"]))
            });
        if died_at || aged || (1..=3).any(|b| i >= b && self.is(i - b, AGE_WORDS)) {
            return None;
        }
        let (end, n, unit) = self.quantity(j)?;
        let n = n?;
        // A rate is no length (`ستة أيام في الأسبوع`, `ثماني ساعات يوميا`, `ساعتين باليوم`).
        if self.is(end, &["يوميا", "اسبوعيا", "شهريا", "سنويا"])
            || self.is(end, &["في", "ب"]) && self.is(end + 1, &["اليوم", "الاسبوع", "الشهر", "السنه", "العام"]) && self.dir(end + 2, true).is_none()
        {
            return None;
        }
        if self.w(j).starts_with("ال") && self.span_dir(end).is_some() {
            return None; // `طوال التسعة أيام الماضية`: the span's
        }
        // A unit word before its number names it (`طوال عام 2024`, `طيلة شهر 7`): no length.
        if end == j + 1 && self.num(end).is_some() {
            return None;
        }
        // One whole unit: `يوما كاملا`, `سنة واحدة`, `أسبوع كامل`.
        let whole = n == 1 && end == j + 1 && self.is(end, &["واحد", "واحده", "واحدا", "كامل", "كاملا", "كامله"]);
        let end = end + usize::from(whole);
        // A bare count needs a number before the unit or a dual: `أسبوع` alone is only a duration when it is
        // a whole noun phrase (`انتظر أسبوعا.`, `شهر في السجن`), not a construct (`شهر العسل`), `كل يوم`, `ذات
        // يوم` or `مرة ثانية`.
        if j == i && end == i + 1 && lookup(DUALS, self.w(i)).is_none() && !self.lone_unit(i) {
            return None;
        }
        // `عقود` are contracts too: signed or new ones (`وقعت الشركة 7 عقود جديدة`) are no decades.
        if unit == Unit::Decade && j == i {
            let signed = (1..=3).any(|b| i >= b && self.is(i - b, &["وقع", "وقعت", "توقيع", "ابرم", "ابرمت", "ابرام", "منح", "منحت", "ترسيه"]));
            if signed || self.is(end, &["جديده", "بقيمه", "لتوريد", "توريد", "مع", "استثماريه", "تجاريه"]) {
                return None;
            }
        }
        Some((end, Expr::Duration { n, unit }))
    }

    /// Whether the unit word at `i` stands alone as a noun phrase (see [`Scanner::duration`]).
    pub(super) fn lone_unit(&self, i: usize) -> bool {
        if !one_of!(self.w(i), ["دقيقه", "ساعه", "اسبوع", "اسبوعا", "شهر", "شهرا", "عاما"]) {
            return false;
        }
        let next_free = match self.t.get(i + 1) {
            None => true,
            Some(t) if t.kind == Kind::Punct => !one_of!(&*t.n, ["/", "-", ":"]),
            Some(_) => self.is(i + 1, &["في", "من", "علي", "الي", "حتي", "ثم", "او", "فقط", "كامل", "كاملا", "كامله", "واحد", "واحده"]),
        };
        let prev_free = i == 0
            || !(self.is(i - 1, &["كل", "ذات", "في", "هذا", "ذلك", "هذه", "تلك", "نفس", "اي", "لكل", "عن", "ب", "خلال", "اخر", "اول", "ثاني", "ثالث"])
                || self.punct(i - 1, &["/"])
                // (`مرة ثانية`, `بصورة دقيقة`, `غير دقيقة`: adjectives.)
                || one_of!(self.w(i), ["ثانيه", "دقيقه"]) && (self.w(i - 1).ends_with('ه') || self.is(i - 1, &["غير"]))
                || self.num(i - 1).is_some());
        next_free && prev_free
    }

    /// `لحظة` alone (a moment: one second), not `لحظة وصوله` or `في لحظة`.
    pub(super) fn lone_unit_after(&self, i: usize) -> bool {
        let next_free = self.t.get(i + 1).is_none_or(|t| t.kind == Kind::Punct && !one_of!(&*t.n, ["»", "\"", "”"]));
        next_free && (i == 0 || !self.is(i - 1, &["في", "هذه", "تلك", "كل", "ذات", "اخر", "اول", "ب", "الدنيا"]) && !self.punct(i - 1, &["«", "\"", "“"]))
    }

    /// مؤخرا، في الآونة الأخيرة، في وقت سابق.
    pub(super) fn vague_word(&self, i: usize) -> Option<(usize, Expr)> {
        match self.w(i) {
            "مؤخرا" | "موخرا" => Some((i + 1, Expr::Vague { unit: Unit::Day })),
            "في" if self.w(i + 1) == "الاونه" && self.w(i + 2) == "الاخيره" => Some((i + 3, Expr::Vague { unit: Unit::Day })),
            "في" if self.w(i + 1) == "وقت" && self.w(i + 2) == "سابق" => Some((i + 3, Expr::Vague { unit: Unit::Day })),
            _ => None,
        }
    }
}

/// The next smaller unit and how many of it make one (for `ونصف`).
/// Offices and bodies that `العام` qualifies ("general"): `المدير العام`, `الأمين العام`, `النائب العام`.
fn is_general_office(w: &str) -> bool {
    GENERAL_OFFICES.contains(&w)
}

/// Stems of event nouns (a feminine one as before a pronoun: `وفات` + `ه`).
const EVENTS: &[&str] = &[
    "وفا", "وفات", "تولي", "وصول", "رحيل", "اعتقال", "زواج", "افتتاح", "انطلاق", "بدء", "انتهاء", "اندلاع", "توقيع",
    "تشغيل", "عودت", "رجوع", "مغادرت", "انتخاب", "تعيين", "ولادت", "مقتل", "اغتيال", "سقوط", "حادث", "هجوم", "انفجار",
    "اختفاء", "اختطاف", "تاسيس", "اصابت", "خروج", "تخرج", "موعد", "قرار", "اطلاق", "اعلان", "استقالت", "اقلاع", "وقوع",
];

/// Words after which `من` + a unit measures against something (`أكثر من أسبوع`, `يتكون من يومين`), not "ago".
const MEASURED_FROM: &[&str] = &[
    "اكثر", "اقل", "ازيد", "اكبر", "اطول", "اقصر", "ابعد", "اقرب", "ادني", "اعلي", "اسرع", "ابطا", "بدلا", "عوضا", "يتكون", "تتكون",
    "يتالف", "تتالف", "مكون", "مكونه", "مؤلف", "مؤلفه", "جزء", "جزءا", "نصف", "ربع", "ثلث", "اول", "ثاني", "يوم", "ايام", "يومين",
];

const GENERAL_OFFICES: &[&str] = &[
    "المدير", "الامين", "المدعي", "النائب", "المرشد", "المفتش", "المراقب", "المنسق", "القنصل", "المفوض",
    "الراي", "القطاع", "الاضراب", "الامن", "الصالح", "الشان", "الطابع",
];

pub(super) fn smaller_unit(u: Unit) -> Option<(i64, Unit)> {
    Some(match u {
        Unit::Year => (12, Unit::Month),
        Unit::Month => (30, Unit::Day),
        Unit::Day => (24, Unit::Hour),
        Unit::Hour => (60, Unit::Minute),
        Unit::Minute => (60, Unit::Second),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::exprs;
    use super::*;

    #[test]
    fn counts_units_hedges_and_fractions() {
        assert_eq!(exprs("منذ خمسة وعشرين عاما")[0].1, Expr::Offset { n: -25, unit: Unit::Year });
        assert_eq!(exprs("بعد واحد وثلاثين يوما")[0].1, Expr::Offset { n: 31, unit: Unit::Day });
        assert_eq!(exprs("قبل تمنتاشر يوم")[0].1, Expr::Offset { n: -18, unit: Unit::Day });
        assert_eq!(exprs("قبل نحو عامين")[0].1, Expr::Offset { n: -2, unit: Unit::Year });
        assert_eq!(exprs("قبل عامين ونصف")[0].1, Expr::Offset { n: -30, unit: Unit::Month });
        assert_eq!(exprs("قبل ربع قرن")[0].1, Expr::Offset { n: -25, unit: Unit::Year });
        assert_eq!(exprs("بعد شهرين هجريين")[0].1, Expr::HijriOffset { n: 2, year: false });
    }

    #[test]
    fn from_the_day_is_no_day_ago() {
        // `من يوم` + a weekday or a relative clause is "from / since the day …"; alone it is "a day ago".
        for (text, want) in [
            ("تبدأ الخطة ابتداء من يوم الاثنين المقبل", "يوم الاثنين المقبل"),
            ("يسري القرار اعتبارا من يوم الأحد", "يوم الأحد"),
            ("الدوام الجديد من يوم السبت الجاي", "يوم السبت الجاي"),
            ("الإغلاق مستمر من يوم الخميس", "يوم الخميس"),
        ] {
            let got = exprs(text);
            assert!(got.iter().all(|(t, _)| !t.starts_with("من")), "{text}: {got:?}");
            assert!(got.iter().any(|(t, _)| t == want), "{text}: {got:?}");
        }
        for text in ["ما شفته من يوم ما رجع من السفر", "من يوم اللي سافرت وهو زعلان"] {
            assert!(exprs(text).is_empty(), "{text}: {:?}", exprs(text));
        }
        assert_eq!(exprs("وصلت من يوم")[0].1, Expr::Offset { n: -1, unit: Unit::Day });
        assert_eq!(exprs("شفته من يومين")[0].1, Expr::Offset { n: -2, unit: Unit::Day });
    }

    #[test]
    fn ages_are_no_durations() {
        for text in ["توفي عن عمر ناهز 85 عاما", "الشاب البالغ من العمر 23 عاما", "طفل عمره سبع سنوات", "توفيت عن عمر يناهز التسعين عاما", "الروائي الذي رحل عن 88 عاماً", "وتوفي عن 70 عاما", "الراجل عنده ستين سنة", "خيي عمرو خمستعش سنة"] {
            assert!(exprs(text).iter().all(|(_, e)| !matches!(e, Expr::Duration { .. })), "{text}: {:?}", exprs(text));
        }
        assert_eq!(exprs("قضى في السجن 15 عاما")[0].1, Expr::Duration { n: 15, unit: Unit::Year });
    }

    #[test]
    fn contracts_are_no_decades() {
        for text in ["وقعت الشركة 7 عقود جديدة مع موردين", "أبرمت الوزارة ثلاثة عقود لتوريد الأدوية", "منحت الهيئة 12 عقدا بقيمة مليون دينار"] {
            assert!(exprs(text).iter().all(|(_, e)| !matches!(e, Expr::Duration { .. })), "{text}: {:?}", exprs(text));
        }
        assert_eq!(exprs("حكم البلاد ثلاثة عقود")[0].1, Expr::Duration { n: 3, unit: Unit::Decade });
    }

    #[test]
    fn time_since_an_event_is_not_counted_from_the_reference() {
        for text in ["الخيام ما زالت بيوتا بعد عامين على زلزال الحوز", "بعد أكثر من عامين على توقف التصدير", "بعد أقل من عام على إضراب مماثل", "عاد بعد يومين على وصوله"] {
            assert!(exprs(text).iter().all(|(_, e)| !matches!(e, Expr::Offset { .. })), "{text}: {:?}", exprs(text));
        }
        assert_eq!(exprs("سيعود الوفد بعد عامين")[0].1, Expr::Offset { n: 2, unit: Unit::Year });
        assert_eq!(exprs("وقع الهجوم قبل ثلاثة أيام على الحدود")[0].1, Expr::Offset { n: -3, unit: Unit::Day });
    }

    #[test]
    fn within_minutes_or_hours_is_how_long_it_took() {
        for (text, n, unit) in [
            ("سيطر رجال الإطفاء على الحريق خلال ساعتين", 2, Unit::Hour),
            ("انتهى السباق خلال أقل من دقيقتين", 2, Unit::Minute),
            ("وصلت سيارات الإسعاف في غضون عشر دقائق", 10, Unit::Minute),
            ("بيعت التذاكر كلها خلال 3 ساعات", 3, Unit::Hour),
            ("وأخمدت النيران في غضون ساعة واحدة", 1, Unit::Hour),
        ] {
            assert_eq!(exprs(text)[0].1, Expr::Duration { n, unit }, "{text}");
        }
        // About the future, or with no sentence around it: a time from the reference.
        assert_eq!(exprs("سيتم إجلاء الجرحى خلال نحو 6 ساعات")[0].1, Expr::Within { n: 6, unit: Unit::Hour });
        assert_eq!(exprs("خلال 3 ساعات")[0].1, Expr::Within { n: 3, unit: Unit::Hour });
        // A deadline of a day or more stays a span from the reference.
        assert_eq!(exprs("أمهل المتظاهرين خلال 48 ساعة")[0].1, Expr::Within { n: 48, unit: Unit::Hour });
        assert_eq!(exprs("سيصدر القرار خلال أسبوعين")[0].1, Expr::Within { n: 2, unit: Unit::Week });
    }

    #[test]
    fn general_offices_are_no_years() {
        for text in ["أعلن استقالة المدير العام السابق للشركة", "قال الأمين العام السابق للأمم المتحدة", "طالب النائب العام السابق بالتحقيق"] {
            assert!(exprs(text).is_empty(), "{text}: {:?}", exprs(text));
        }
        assert_eq!(exprs("ارتفع الإنتاج العام الماضي")[0].1, Expr::RelUnit { unit: Unit::Year, k: -1 });
        assert_eq!(exprs("وقال المدير إن العام الماضي كان صعبا")[0].1, Expr::RelUnit { unit: Unit::Year, k: -1 });
        assert_eq!(exprs("زار الرئيس العام الماضي الصين")[0].1, Expr::RelUnit { unit: Unit::Year, k: -1 });
    }

    #[test]
    fn units_with_directions_and_spans() {
        assert_eq!(exprs("الشهر بعد المقبل")[0].1, Expr::RelUnit { unit: Unit::Month, k: 2 });
        assert_eq!(exprs("هالسنة")[0].1, Expr::RelUnit { unit: Unit::Year, k: 0 });
        assert_eq!(exprs("السنة دي")[0].1, Expr::RelUnit { unit: Unit::Year, k: 0 });
        assert_eq!(exprs("العام الهجري المنصرم")[0].1, Expr::HijriUnit { year: true, k: -1 });
        assert_eq!(exprs("الأسابيع الثلاثة القادمة")[0].1, Expr::UnitsSpan { unit: Unit::Week, n: Some(3), k: 1 });
        assert_eq!(exprs("الأسبوعين الماضيين")[0].1, Expr::UnitsSpan { unit: Unit::Week, n: Some(2), k: -1 });
    }

    #[test]
    fn lone_units_are_durations_only_alone() {
        assert_eq!(exprs("انتظر أسبوعا في المطار")[0].1, Expr::Duration { n: 1, unit: Unit::Week });
        for text in ["شهر العسل", "كل يوم", "مرة ثانية", "بشكل عام", "يوما ما"] {
            assert!(exprs(text).is_empty(), "{text}");
        }
    }
}
