//! Rules for days: relative days (`أمس`, `بكرة`, `الليلة`), weekdays with directions and weeks, and
//! the n-th weekday, week or day of a month.

use crate::words::one_of;
use super::*;

impl Scanner {
    /// اليوم، أمس، أول أمس، غدا، بعد غد، الليلة، صباح اليوم، مساء أمس، البارحة، الآن.
    pub(super) fn relative_day(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        let mut part = false;
        if self.is(j, DAY_PARTS_BEFORE_DAY) {
            j += 1;
            part = true;
        } else if self.is(j, &["بعد"]) && self.is(j + 1, &["ظهر"]) {
            // `بعد ظهر اليوم`, `بعد ظهر أمس`: the afternoon of that day.
            j += 2;
            part = true;
        }
        let w = self.w(j);
        let w2 = self.w(j + 1);
        let w3 = self.w(j + 2);
        // A paper, channel or party named `الغد`, `اليوم`, `اليوم السابع` (`حزب الغد`, `صحيفة اليوم`); the
        // n-th day of an event (`اليوم الثالث للاحتجاجات`, `اليوم السابع`) is no today.
        if !part && j > 0 && matches!(w, "الغد" | "اليوم") && self.is(j - 1, &["صحيفه", "جريده", "حزب", "قناه", "موقع", "تلفزيون", "اذاعه", "مجله", "برنامج", "شبكه", "وكاله", "المصري"]) {
            return None;
        }
        // Nor "a day" of a frequency (`3 مرات في اليوم`, `مرتين باليوم`, `مرة واحدة في اليوم`).
        if !part && w == "اليوم" && j > 1 && self.is(j - 1, &["في", "ب"]) && (j.saturating_sub(4)..j - 1).any(|k| self.is(k, &["مره", "مرات", "مرتين", "مرتان"])) {
            return None;
        }
        // Nor a named day (`اليوم الوطني`, `اليوم العالمي للمرأة`).
        if w == "اليوم"
            && (self.ordinal_number(j + 1).is_some_and(|(_, v)| v >= 1)
                || one_of!(w2, ["الاخير", "الاول", "الوطني", "العالمي", "الدولي", "العربي"]))
        {
            return None;
        }
        // `في مثل هذا اليوم من العام الماضي`, `في مثل هذا اليوم قبل عشرين عاما`: the reference's day years
        // before (or after).
        if !part && w == "هذا" && w2 == "اليوم" && self.is(j + 2, &["من"]) && self.is(j + 3, &["العام", "السنه"]) {
            if let Some((e, k)) = self.dir(j + 4, false) {
                return Some((e, Expr::OnThisDay(k)));
            }
        }
        if !part && w == "هذا" && w2 == "اليوم" && j > 0 && self.is(j - 1, &["مثل"]) {
            if let Some((e, Expr::Offset { n, unit: Unit::Year })) = self.offset(j + 2) {
                return Some((e, Expr::OnThisDay(n)));
            }
        }
        let (end, k) = match w {
            "اليوم" | "هذا" if w == "اليوم" || w2 == "اليوم" => {
                let end = if w == "هذا" { j + 2 } else { j + 1 };
                match self.w(end) {
                    _ if one_of!(w2, ["السابق", "الماضي", "المنصرم"]) && w == "اليوم" => (j + 2, -1),
                    _ if w == "اليوم" && one_of!(w2, ["القبل", "الي", "الذي"]) && one_of!(w3, ["البارحه", "قبل", "بعد"]) => {
                        let e = if w3 == "قبل" || w3 == "بعد" { j + 4 } else { j + 3 };
                        (e, if w3 == "بعد" { 2 } else { -2 })
                    }
                    // `لليوم` (`ل` + `اليوم`, one token) alone is "for the day" (`استعدادا لليوم المفتوح`), not
                    // today; with a direction it is a relative day (`لليوم التالي`: the unit rule).
                    _ if w == "اليوم" && self.t[j].flags & GLUED_LAM != 0 => return None,
                    _ => (end, 0),
                }
            }
            // `أمس الأول` is the day before yesterday (`اليوم الأول` of an event is not).
            "امس" | "الامس" if w2 == "الاول" => (j + 2, -2),
            "امس" | "الامس" | "البارحه" | "امبارح" | "مبارح" | "البارح" | "لبارح" | "يامس" => (j + 1, -1),
            "هاليوم" => (j + 1, 0), // Levantine `هاليوم`
            // English stamps in Arabic pages (`Updated yesterday`).
            "yesterday" => (j + 1, -1),
            "today" => (j + 1, 0),
            "tomorrow" => (j + 1, 1),
            // Levantine/Egyptian `أول مبارح`, Gulf `باجر`/`عقب باجر`, Maghrebi `غدوة`/`بعد غدوة`.
            // (Iraqi and Gulf `أول البارحة` too: `البارحة` alone is yesterday.)
            "اول" if one_of!(w2, ["مبارح", "امبارح", "البارح", "البارحه", "لبارح"]) => (j + 2, -2),
            // Maghrebi `ليوم` (today), split by the scanner into `ل` + `يوم`: at the head of a sentence or at
            // its end (`ليوم فالصباح كان البرد قوي`, `جا ليوم.`). Not the preposition + noun of `ليوم واحد`,
            // `ليوم الأرض`, `تستعد ليوم حافل`.
            "ل" if !part && w2 == "يوم" && !self.t[j + 1].space_before && self.maghrebi_today(j) => (j + 2, 0),
            // (Gulf and Iraqi spelling keeps the letters چ and گ: `باچر`, `عگب`.)
            "باجر" | "باچر" | "باكر" | "غدوه" | "غدوا" => (j + 1, 1),
            "عقب" | "عگب" | "بعد" if one_of!(w2, ["باجر", "باچر", "باكر", "غدوه", "غدوا"]) => (j + 2, 2),
            // `يوم أمس الأول`: the day before yesterday, as `أمس الأول`.
            "يوم" if matches!(w2, "امس" | "الامس") && w3 == "الاول" => (j + 3, -2),
            "يوم" if matches!(w2, "امس" | "الامس") => (j + 2, -1),
            "يوم" if matches!(w2, "غد" | "الغد") => (j + 2, 1),
            "يوم" if w2 == "قبل" && w3 == "امس" => (j + 3, -2),
            "يوم" if w2 == "بعد" && matches!(w3, "غد" | "الغد") => (j + 3, 2),
            "اول" if matches!(w2, "امس" | "الامس") => (j + 2, -2),
            "اول" if w2 == "من" && matches!(w3, "امس" | "الامس") => (j + 3, -2),
            // (Maghrebi and Levantine `قبل البارح`, Egyptian `قبل امبارح`.)
            "قبل" if one_of!(w2, ["امس", "الامس", "البارحه", "امبارح", "مبارح", "البارح", "لبارح"]) => (j + 2, -2),
            "قبل" if w2 == "يوم" && matches!(w3, "امس" | "الامس") => (j + 3, -2),
            // `غدا` is also the verb "became" (`غدا الوضع أكثر تعقيدا`, `وقد غدا المشهد ضبابيا`).
            "غدا" if !part && self.ghada_became(j) => return None,
            "غدا" | "الغد" | "غد" | "بكره" | "بكرا" => (j + 1, 1),
            "بعد" if one_of!(w2, ["غد", "الغد", "بكره", "بكرا"]) => (j + 2, 2),
            "الليله" if !part => {
                let (e, k) = self.dir(j + 1, false).filter(|&(_, k)| k == -1).unwrap_or((j + 1, 0));
                // With its clock (`الليلة الساعة ثمان`) it is that hour of the evening: one mention, the
                // evening hour set by the scanner (`scan`).
                return Some(match self.with_part_clock(e, Expr::RelDay(k)) {
                    at @ (_, Expr::At(..)) => at,
                    _ => (e, Expr::Night(k)),
                });
            }
            // With its clock (`هذه الليلة في السابعة`): that hour of the evening, as `الليلة في السابعة` (the
            // evening hour set by the scanner, `scan`).
            "هذه" if w2 == "الليله" => {
                return Some(match self.with_part_clock(j + 2, Expr::RelDay(0)) {
                    at @ (_, Expr::At(..)) => at,
                    _ => (j + 2, Expr::Night(0)),
                })
            }
            // Gulf `الحين` is "now", but not the MSA `منذ ذلك الحين` (since then).
            "الان" | "حالا" | "الحين" | "دلوقتي" | "دلوقت" | "هلق" | "دابا" | "هسه" | "هسا" | "توا"
                if !part && !(w == "الحين" && j > 0 && self.is(j - 1, &["ذلك", "ذاك", "تلك", "حتي", "منذ", "ذلكم"])) =>
            {
                return Some((j + 1, Expr::Now))
            }
            // Egyptian `النهارده`: today.
            "النهارده" | "انهارده" | "النهارد" | "النهاردا" => (j + 1, 0),
            "في" if w2 == "هذه" && w3 == "اللحظه" => return Some((j + 3, Expr::Now)),
            _ => {
                // Clitic forms: وأمس، وغدا.
                match strip_one(w) {
                    Some("امس" | "الامس") => (j + 1, -1),
                    Some("غدا" | "الغد") => (j + 1, 1),
                    Some("اليوم") if !self.is(j + 1, &["الاول", "الثاني", "الثالث", "الاخير"]) => (j + 1, 0),
                    _ => return None,
                }
            }
        };
        // `أمس الاثنين`, `اليوم الثلاثاء`, `مساء غد الأربعاء`: the weekday after it names the same day, one
        // mention. Where the two disagree (`أمس الأحد` in a story dated Tuesday, written on Monday and
        // published after midnight) the named weekday is the day: the last one on or before the reference,
        // or after tomorrow the coming one. (Not a weekday with a date or a direction of its own:
        // `اليوم الثلاثاء 10 مارس` is the date's. With its clock, `بعد غد الخميس الساعة العاشرة`, the clock
        // is read after the weekday below.)
        let named = match lookup(WEEKDAYS, self.w(end)).and(self.weekday_date(end)) {
            Some((e, Expr::Weekday { wd, rel: Rel::Bare })) if e == end + 1 => Some(wd),
            Some((_, Expr::At(day, ..))) => match *day {
                Expr::Weekday { wd, rel: Rel::Bare } => Some(wd),
                _ => None,
            },
            _ => None,
        };
        let (end, day) = match named {
            Some(wd) => (end + 1, Expr::Weekday { wd, rel: if k > 0 { Rel::Next } else { Rel::Bare } }),
            None => (end, Expr::RelDay(k)),
        };
        Some(if part { self.with_part_clock(end, day) } else { self.with_clock(end, day) })
    }

    /// Whether Maghrebi `ليوم` at `j` (`ل` + `يوم`) is today: it opens a sentence or ends one, and no
    /// number, article noun or adjective of a day follows it.
    fn maghrebi_today(&self, j: usize) -> bool {
        let opens = j == 0 || self.t[j - 1].kind == Kind::Punct;
        let next = j + 2;
        let ends = self.t.get(next).is_none_or(|t| t.kind == Kind::Punct);
        let w = self.w(next);
        ends || opens
            && self.t[next].kind == Kind::Word
            && !w.starts_with("ال")
            && !one_of!(w, ["واحد", "واحدا", "كامل", "كاملا", "غد", "امس"])
            && lookup(BARE_WEEKDAYS, w).is_none()
            && self.count(next).is_none()
    }

    /// Whether `غدا` at `j` is the verb "became" rather than tomorrow: after `قد`/`لقد` (`وقد غدا المشهد
    /// ضبابيا`), or opening a clause with a comparative within its next three words (`غدا الوضع أكثر
    /// تعقيدا`, `غدا الوصول إلى المياه أصعب`). `غدا الأحد`, `سيعود غدا`, `يصل غدا الرئيس` stay tomorrow, and so
    /// does `غدا أكثر من 100 ألف طالب …` (a count follows the comparative).
    fn ghada_became(&self, j: usize) -> bool {
        if j > 0 && self.is(j - 1, &["قد", "لقد"]) {
            return true;
        }
        let opens = j == 0 || self.t[j - 1].kind == Kind::Punct || self.is(j - 1, &["و", "ف", "ثم", "بل", "حتي"]);
        let comparative = |k: usize| {
            self.is(k, COMPARATIVES) && !(self.is(k + 1, &["من"]) && self.count(k + 2).is_some())
        };
        // (Only words between: `غدا.. الطقس أكثر برودة` is a headline's tomorrow.)
        let words = |k: usize| (j + 1..=k).all(|x| self.t.get(x).is_some_and(|t| t.kind == Kind::Word));
        opens && (j + 1..j + 4).any(|k| words(k) && comparative(k))
    }

    /// A weekday, alone or in front of a date: `يوم الاثنين`, `الجمعة الماضية`, `الخميس 16 أكتوبر`,
    /// `الأربعاء الموافق الثالث عشر من شباط 2013`, `احد الاسبوع الماضي`.
    pub(super) fn weekday_date(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        let mut after_yawm = false;
        // (`بعد ظهر الاثنين`: the afternoon of that day.)
        let afternoon = usize::from(self.is(j, &["بعد"]) && self.is(j + 1, &["ظهر"]));
        if self.is(j + afternoon, DAY_PARTS_BEFORE_DAY) && (self.is(j + afternoon + 1, &["يوم"]) || lookup(WEEKDAYS, self.w(j + afternoon + 1)).is_some()) {
            j += afternoon + 1;
        }
        if self.is(j, &["يوم", "نهار"]) {
            j += 1;
            after_yawm = true;
        }
        let w = self.w(j);
        // Levantine `هالجمعة`, `هالأحد`: this week's.
        let hal = w.strip_prefix('ه').filter(|s| s.starts_with("ال")).and_then(|s| lookup(WEEKDAYS, s));
        let wd = lookup(WEEKDAYS, w)
            .or(hal)
            .or_else(|| strip_one(w).and_then(|s| lookup(WEEKDAYS, s)))
            .or_else(|| if after_yawm { lookup(BARE_WEEKDAYS, w) } else { None })
            .or_else(|| {
                // `اثنين الاسبوع الحالي`, `احد الاسبوع الماضي`: a bare weekday before الأسبوع.
                let week_next = self.is(j + 1, &["الاسبوع"]) || self.is(j + 1, &["هذا", "من"]) && self.is(j + 2, &["الاسبوع"]);
                if week_next { lookup(BARE_WEEKDAYS, w) } else { None }
            })?;
        // A market named after its day (`سوق الجمعة` in Tripoli, `سوق الخميس`): a place. Every such day (`كل يوم
        // اثنين`, `كل خميس`) is a habit, no date.
        if i > 0 && (!after_yawm && self.is(i - 1, &["سوق"]) || self.is(i - 1, &["كل", "لكل"])) {
            return None;
        }
        // Not a weekday: الأحد عشر (the eleven), بين الاثنين (between the two).
        if w.ends_with("احد") && matches!(self.w(j + 1), "عشر" | "عشره") {
            return None;
        }
        // Friday's prayer or sermon as such (`أدى المصلون صلاة الجمعة`, `خطبة الجمعة`), with no direction or
        // date after it, names no day.
        if i > 0 && !after_yawm && w.ends_with("الجمعه") && self.is(i - 1, &["صلاه", "خطبه", "خطيب", "صلوات", "خطب"])
            && self.dir(j + 1, true).is_none() && self.day(j + 1).is_none()
        {
            return None;
        }
        // (`بين الاثنين والأربعاء` is a weekday range.)
        let weekday_next = self.is(j + 1, &["و"]) && lookup(WEEKDAYS, self.w(j + 2)).is_some();
        if w == "الاثنين"
            && (i > 0 && one_of!(self.w(i - 1), ["بين", "كلا", "هذين", "هذان", "لهذين"]) && !weekday_next
                || matches!(self.w(j + 1), "معا" | "كليهما"))
        {
            return None;
        }
        j += 1;
        // A date right after it.
        let mut k = self.comma(j);
        if self.is(k, &["الموافق"]) {
            k += 1;
        }
        if self.is(k, &["في"]) {
            k += 1;
        }
        if let Some((end, expr)) = [self.day_month(k), self.numeric(k)].into_iter().flatten().max_by_key(|r| r.0) {
            let expr = match expr {
                Expr::Day { y, m, d, .. } => Expr::Day { y, m, d, weekday: Some(wd) },
                Expr::At(inner, t, mins) => match *inner {
                    Expr::Day { y, m, d, .. } => Expr::At(Box::new(Expr::Day { y, m, d, weekday: Some(wd) }), t, mins),
                    other => Expr::At(Box::new(other), t, mins),
                },
                other => other,
            };
            return Some((end, expr));
        }
        // An ordinal day alone: `السبت السادس عشر`, `الثلاثاء التاسع عشر من هذا الشهر`; with its article
        // (`الإثنين أول خط`, `الخميس ثاني مرة`: an ordinal before a noun, "the first line").
        if let Some((end, d)) = self.ordinal_number(j).filter(|&(_, v)| (1..=31).contains(&v) && self.w(j).starts_with("ال")) {
            let this_month = self.is(end, &["من"])
                && (self.is(end + 1, &["هذا"]) && self.is(end + 2, &["الشهر"])
                    || self.is(end + 1, &["الشهر"]) && is_this_word(self.w(end + 2)));
            if this_month {
                return Some((end + 3, Expr::Day { y: None, m: 0, d: d as u8, weekday: Some(wd) }));
            }
            if !self.is(end, &["من"]) {
                return Some((end, Expr::Day { y: None, m: 0, d: d as u8, weekday: Some(wd) }));
            }
        }
        // A day in digits alone, ending its phrase: `الجمعة 15`, `يوم الخميس في 21`, `الأربعاء 27 مع الوفد`
        // (not a count: `الجمعة 15 شخصا`; not a clock: `الخميس 15:30`).
        if let Some(d) = self.num(k).filter(|&v| self.t[k].digits <= 2 && (1..=31).contains(&v)) {
            let ends = self.t.get(k + 1).is_none_or(|t| t.kind == Kind::Punct && !self.punct(k + 1, &[":", "/", "-", "."]) || self.is(k + 1, &["مع"]))
                || self.punct(k + 1, &["."]) && self.t.get(k + 2).is_none_or(|t| t.space_before);
            if ends {
                return Some((k + 1, Expr::Day { y: None, m: 0, d: d as u8, weekday: Some(wd) }));
            }
        }
        // A clock range on that day: `الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة صباحا`.
        if let Some((end, Expr::Range(a, b))) = self.clock_range(j) {
            let on = |x: Box<Expr>| match *x {
                Expr::Clock(t, m) => Expr::At(Box::new(Expr::Weekday { wd, rel: Rel::Bare }), t, m),
                other => other,
            };
            return Some((end, Expr::Range(Box::new(on(a)), Box::new(on(b)))));
        }
        // Qualifiers: الماضي / المقبل / من الأسبوع الماضي / الأسبوع الحالي / هذا.
        let this_before = hal.is_some() || i > 0 && matches!(self.w(i - 1), "هذا" | "هذه");
        let rel = if this_before { Rel::This } else { Rel::Bare };
        // A direction chain: `الجمعة الماضية`, `الجمعة قبل الماضية`, `السبت بعد المقبل`, `الخميس اللي فات`.
        if let Some((e, k)) = self.dir(j, false) {
            let expr = match k {
                -1 => Expr::Weekday { wd, rel: Rel::Last },
                1 => Expr::Weekday { wd, rel: Rel::Next },
                k => Expr::WeekdayN { wd, k },
            };
            return Some(self.with_clock(e, expr));
        }
        // A week: `من الأسبوع الماضي`, `الأسبوع المقبل`, `من هذا الأسبوع`, `الاسبوع الجاي`.
        let mut k = j;
        if self.is(k, &["من", "في"]) {
            k += 1;
        }
        if let Some((e, Expr::RelUnit { unit: Unit::Week, k: weeks })) = self.rel_unit(k) {
            return Some(self.with_clock(e, Expr::WeekdayInWeek { wd, k: weeks }));
        }
        // Egyptian `الجمعة دي`, `يوم الخميس ده`: this week's.
        if self.is(j, &["دي", "ده"]) {
            return Some(self.with_clock(j + 1, Expr::Weekday { wd, rel: Rel::This }));
        }
        Some(self.with_clock(j, Expr::Weekday { wd, rel }))
    }

    /// The weekend: `عطلة نهاية الأسبوع (الماضية)`, `نهاية الأسبوع`, `نهاية هذا الأسبوع`, `آخر الأسبوع`, `الويكند`:
    /// Friday to Sunday of that ISO week (Friday–Saturday in most Arab countries, Saturday–Sunday in the
    /// others). `نهاية الأسبوع الماضي` without `عطلة` stays that week (`part_of_month`).
    pub(super) fn weekend(&self, i: usize) -> Option<(usize, Expr)> {
        // (`هذا الويكند`, `هاد الويك إند`: the coming one, as bare.)
        let this = usize::from(self.is(i, &["هذا", "هاد", "هاذا"]) && self.is(i + 1, &["الويكند", "الويك"]));
        let holiday = self.is(i, &["عطله"]);
        let j = i + this + usize::from(holiday);
        let (end, k) = if self.is(j, &["الويكند", "ويكند"]) || self.is(j, &["الويك", "ويك"]) && self.is(j + 1, &["اند"]) {
            // `الويك إند` in two words; a direction after it (`الويكند اللي فات`).
            let e = j + 1 + usize::from(!self.is(j, &["الويكند", "ويكند"]));
            if let Some((e, k)) = self.dir(e, true) {
                // The k-th weekend after or before the reference: its Friday to the Sunday after.
                let fri = || Box::new(Expr::WeekdayN { wd: 5, k });
                return Some((e, Expr::Range(fri(), Box::new(Expr::DayAfter { n: 2, base: fri() }))));
            }
            (e, 0)
        } else if self.is(j, &["نهايه", "اخر"]) || holiday && self.is(j, &["الاسبوع"]) {
            let k = j + usize::from(!holiday || self.is(j, &["نهايه"]));
            match self.rel_unit(k) {
                Some((e, Expr::RelUnit { unit: Unit::Week, k: weeks })) if holiday || weeks == 0 => (e, weeks),
                Some(_) => return None,
                None if self.is(k, &["الاسبوع"]) => (k + 1, 0),
                None => return None,
            }
        } else {
            return None;
        };
        // (This one, said on a Sunday, is the coming one: `wd + 7` resolves in the week of the day after.)
        let day = |wd| Box::new(Expr::WeekdayInWeek { wd: wd + 7 * u8::from(k == 0), k });
        Some((end, Expr::Range(day(5), day(7))))
    }

    /// A week, then a weekday in it: `الأسبوع المقبل يوم الثلاثاء`, `الأسبوع الماضي، الأحد`, `هذا الأسبوع في
    /// يوم الخميس`.
    pub(super) fn week_then_weekday(&self, i: usize) -> Option<(usize, Expr)> {
        // (Or a count of weeks from the reference: `بعد أسبوعين يوم الاثنين`, `قبل 3 أسابيع الخميس`.)
        let (mut k, weeks) = match self.rel_unit(i).or_else(|| self.offset(i))? {
            (e, Expr::RelUnit { unit: Unit::Week, k } | Expr::Offset { n: k, unit: Unit::Week }) => (e, k),
            _ => return None,
        };
        k = self.comma(k);
        if self.is(k, &["في"]) {
            k += 1;
        }
        // Two weekdays of that week: `الأسبوع المقبل بين الأربعاء والجمعة`, `الأسبوع الماضي من الأحد إلى الثلاثاء`.
        if let Some((e, Expr::Range(a, b))) = self.range(k) {
            if let (Expr::Weekday { wd: w1, rel: Rel::Bare }, Expr::Weekday { wd: w2, rel: Rel::Bare }) = (*a, *b) {
                // (A week that starts on Saturday or Sunday, as the Arab working week does, starts in the ISO
                // week before: `من الأحد إلى الثلاثاء`.)
                let day = |wd, k| Box::new(Expr::WeekdayInWeek { wd, k });
                return Some((e, Expr::Range(day(w1, weeks - i64::from(w1 > w2)), day(w2, weeks))));
            }
        }
        let yawm = self.is(k, &["يوم"]);
        if yawm {
            k += 1;
        }
        let w = self.w(k);
        let wd = lookup(WEEKDAYS, w)
            .or_else(|| strip_one(w).and_then(|s| lookup(WEEKDAYS, s)))
            .or_else(|| if yawm { lookup(BARE_WEEKDAYS, w) } else { None })?;
        Some(self.with_clock(k + 1, Expr::WeekdayInWeek { wd, k: weeks }))
    }

    /// `ثالث ثلاثاء في أيلول في سنة 2014`, `اخر اثنين من شهر اذار`, `الثلاثاء الاخير من شهر مارس السنة
    /// القادمة`, `الاربعاء الثانية من شهر اكتوبر`.
    pub(super) fn nth_weekday(&self, i: usize) -> Option<(usize, Expr)> {
        let ord = |w: &str| -> Option<i8> {
            Some(match w {
                "اول" | "الاول" | "الاولي" => 1,
                "ثاني" | "ثان" | "الثاني" | "الثانيه" => 2,
                "ثالث" | "الثالث" | "الثالثه" => 3,
                "رابع" | "الرابع" | "الرابعه" => 4,
                "خامس" | "الخامس" | "الخامسه" => 5,
                "اخر" | "الاخير" | "الاخيره" => -1,
                _ => return None,
            })
        };
        let weekday = |k: usize| lookup(WEEKDAYS, self.w(k)).or_else(|| lookup(BARE_WEEKDAYS, self.w(k)));
        // ORD [يوم] WEEKDAY … | WEEKDAY ORD …
        let (n, wd, k, day) = if let Some(n) = ord(self.w(i)) {
            let k = if self.is(i + 1, &["يوم"]) { i + 2 } else { i + 1 };
            (n, weekday(k)?, k + 1, false)
        } else {
            let wd = lookup(WEEKDAYS, self.w(i))?;
            (ord(self.w(i + 1))?, wd, i + 2, !self.w(i + 1).ends_with('ه') && self.w(i + 1) != "الاولي")
        };
        // `ثالث ثلاثاء بعد كريسماس 2014`, `أول جمعة بعد عيد الفطر`, `ثاني خميس قبل 25 ديسمبر`.
        if n > 0 && self.is(k, &["بعد", "قبل"]) {
            let after = self.w(k) == "بعد";
            let (end, anchor) = [self.holiday(k + 1), self.day_month(k + 1), self.numeric(k + 1)].into_iter().flatten().max_by_key(|r| r.0)?;
            return Some((end, Expr::NthWeekdayFrom { n, wd, anchor: Box::new(anchor), after }));
        }
        if !self.is(k, &["من", "في", "ب"]) {
            return None;
        }
        let (end, month) = self.month_ref(k)?;
        Some((end, Expr::NthWeekday { n, wd, month: Box::new(month), day }))
    }

    /// `اول اسبوع بشهر اكتوبر 2014`, `الاسبوع الاول من شهر عشرة 2014`, `اخر اسبوع في سبتمبر لعام 2014`.
    pub(super) fn week_of_month(&self, i: usize) -> Option<(usize, Expr)> {
        // Any ordinal up to the fifth: `الأسبوع الثاني من أبريل`, `ثالث أسبوع من يناير`.
        let (n, k) = match (self.w(i), self.w(i + 1)) {
            ("اخر", "اسبوع") | ("الاسبوع", "الاخير") => (-1, i + 2),
            ("الاسبوع", _) => self.ordinal_number(i + 1).map(|(k, n)| (n as i8, k))?,
            (_, "اسبوع") => self.ordinal_number(i).filter(|r| r.0 == i + 1).map(|(_, n)| (n as i8, i + 2))?,
            _ => return None,
        };
        if !(-1..=5).contains(&n) || !self.is(k, &["من", "في", "ب"]) {
            return None;
        }
        let (end, month) = self.month_ref(k)?;
        Some((end, Expr::WeekOfMonth { n, month: Box::new(month) }))
    }

    /// `اخر يوم بشهر عشرة سنة 2015`, `اليوم الاخير من شهر عشرة`, `ثالث يوم من شهر عشرة`, `آخر يوم من
    /// الشهر` (the reference's month), and the genitive `أول أيام رمضان`, `ثالث أيام شهر رمضان المقبل`,
    /// `آخر أيام الشهر الجاري`.
    pub(super) fn day_of_month(&self, i: usize) -> Option<(usize, Expr)> {
        let (n, k, genitive) = match (self.w(i), self.w(i + 1)) {
            ("اخر", "يوم") => (-1, i + 2, false),
            ("اليوم", "الاخير") => (-1, i + 2, false),
            ("اخر", "ايام") => (-1, i + 2, true),
            (w, "يوم") => match lookup(ORDINALS, w) {
                Some(v) if (1..=10).contains(&v) => (v as i8, i + 2, false),
                _ => return None,
            },
            (w, "ايام") => match lookup(ORDINALS, w) {
                Some(v) if (1..=10).contains(&v) => (v as i8, i + 2, true),
                _ => return None,
            },
            _ => return None,
        };
        if !genitive && !self.is(k, &["من", "في", "ب"]) {
            return None;
        }
        // (The feasts have their own rule: `ثاني أيام عيد الفطر`.)
        if genitive && self.is(k, &["عيد"]) {
            return None;
        }
        let (end, month) = self.month_ref(k)?;
        Some((end, Expr::DayOfMonth { n, month: Box::new(month) }))
    }
}

/// Comparatives (matching form) that make `غدا` "became" (see [`Scanner::ghada_became`]).
const COMPARATIVES: &[&str] = &[
    "اكثر", "اقل", "اشد", "اصعب", "اسهل", "افضل", "اسوا", "اوضح", "اقرب", "ابعد", "اكبر", "اصغر", "اخطر", "اهم", "اقوي", "اضعف",
];

#[cfg(test)]
mod tests {
    use super::super::exprs;
    use super::*;

    #[test]
    fn weekdays_take_direction_chains_and_weeks() {
        assert_eq!(exprs("الجمعة قبل الماضية")[0].1, Expr::WeekdayN { wd: 5, k: -2 });
        assert_eq!(exprs("السبت بعد المقبل")[0].1, Expr::WeekdayN { wd: 6, k: 2 });
        assert_eq!(exprs("الخميس اللي فات")[0].1, Expr::Weekday { wd: 4, rel: Rel::Last });
        assert_eq!(exprs("الأسبوع المقبل يوم الثلاثاء")[0].1, Expr::WeekdayInWeek { wd: 2, k: 1 });
        assert_eq!(exprs("الثلاثاء من الأسبوع الماضي")[0].1, Expr::WeekdayInWeek { wd: 2, k: -1 });
        assert_eq!(exprs("نهار الجمعة")[0].1, Expr::Weekday { wd: 5, rel: Rel::Bare });
    }

    #[test]
    fn dialect_days() {
        for (text, k) in [("امبارح", -1), ("مبارح", -1), ("أول مبارح", -2), ("بكرة", 1), ("باجر", 1), ("عقب باجر", 2), ("غدوة", 1), ("بعد بكرة", 2), ("أمس الأول", -2), ("الأمس الأول", -2), ("يوم أمس الأول", -2), ("قبل البارح", -2), ("قبل امبارح", -2), ("قبل البارحة", -2)] {
            assert_eq!(exprs(text), [(text.to_string(), Expr::RelDay(k))], "{text}");
        }
        // Names and the n-th day of an event are no today or tomorrow.
        for text in ["أسس أيمن نور حزب الغد", "قرأت الخبر في صحيفة اليوم السابع", "في اليوم الثالث للاحتجاجات", "منذ اليوم الأول للحرب", "نشرته جريدة الغد الأردنية", "نقلت صحيفة المصري اليوم عن مصادر"] {
            assert!(exprs(text).iter().all(|(_, e)| !matches!(e, Expr::RelDay(_))), "{text}: {:?}", exprs(text));
        }
        // Today with its weekday is one mention, the named day (the reference's when they agree).
        assert_eq!(exprs("وصل الوفد اليوم الثلاثاء"), [("اليوم الثلاثاء".to_string(), Expr::Weekday { wd: 2, rel: Rel::Bare })]);
        for text in ["أدى المصلون صلاة الجمعة في المسجد الأقصى", "تناول خطيب الجمعة قضية الغلاء", "ألقى خطبة الجمعة"] {
            assert!(exprs(text).is_empty(), "{text}: {:?}", exprs(text));
        }
        assert!(matches!(exprs("أدى المصلون صلاة الجمعة الماضية في المسجد")[0].1, Expr::Weekday { rel: Rel::Last, .. }));
    }
}
