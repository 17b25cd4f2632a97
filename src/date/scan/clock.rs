//! Clock times: `الساعة 10:30 صباحا`, `الثالثة عصرا`, ranges, a clock before or after a day.

use crate::words::one_of;
use super::*;

/// Minute words, spoken `دقايق` too.
const MINUTE_WORDS: &[&str] = &["دقيقه", "دقائق", "دقايق"];

impl Scanner {
    /// Where a clock after a date starts (skipping `،`, `-`, `في`, `الساعة` glue), if there is one.
    pub(super) fn clock_start(&self, j: usize) -> usize {
        let mut k = j;
        // (`2025; 14:20`: CNN's semicolon.)
        if self.punct(k, &["،", ",", "-", "–", "|", ";", "؛"]) {
            k += 1;
        }
        // (ISO 8601's glued `T`: `2025-10-16T09:15:00Z`.)
        // (Maghrebi `على الساعة`: `غدا على الساعة التاسعة`.)
        // (Tunisian `مع`, before digits and a colon: `البارح مع 14:00`.)
        if self.is(k, &["في", "عند"]) || self.is(k, &["علي"]) && self.is(k + 1, &["الساعه"]) || self.is(k, &["مع"]) && self.punct(k + 2, &[":"]) || self.is(k, &["t"]) && !self.t[k].space_before {
            k += 1;
        }
        k
    }

    pub(super) fn with_clock(&self, end: usize, expr: Expr) -> (usize, Expr) {
        let k = self.clock_start(end);
        match self.clock_parts(k) {
            Some((e, t, mins)) => {
                let at = Expr::At(Box::new(expr), t, mins);
                (e, if self.clock_zone(e) { Expr::Gmt(Box::new(at)) } else { at })
            }
            // Noon or midnight of that day (`غدا عند الظهر`, `الخميس عند منتصف الليل`: the midnight ending it).
            None => {
                let k = k - usize::from(k > end && self.is(k - 1, &["في", "عند"]));
                let k = k + usize::from(self.is(k, &["في", "عند"]));
                let noon = Time { hour: 12, minute: 0, second: 0 };
                match (self.w(k), self.w(k + 1)) {
                    ("الظهر" | "الظهيره" | "الضهر", _) => (k + 1, Expr::At(Box::new(expr), noon, false)),
                    ("منتصف", "الليل") => (k + 2, Expr::At(Box::new(Expr::DayAfter { n: 1, base: Box::new(expr) }), Time { hour: 0, ..noon }, false)),
                    _ => (end, expr),
                }
            }
        }
    }

    /// A clock after a part of the day named first (`الليلة في التاسعة`, `هذا الصباح في 7`, `مساء اليوم عند
    /// الثامنة`): after `في`/`عند`, an hour word alone, or an hour that ends the clause, is the part's hour.
    pub(super) fn with_part_clock(&self, end: usize, expr: Expr) -> (usize, Expr) {
        let k = self.clock_start(end);
        let at = self.with_clock(end, expr.clone());
        let bare = match self.t.get(k) {
            _ if at.0 > end || k == end => None,
            Some(t) if t.kind == Kind::Word && t.n.ends_with('ه') => lookup(ORDINALS, &t.n),
            Some(t) if t.digits <= 2 && self.t.get(k + 1).is_none_or(|t| t.kind == Kind::Punct) => t.num,
            _ => None,
        };
        // Its minutes too (`الليلة في الثامنة والنصف`, `هذا الصباح في السابعة إلا ربعا`).
        match bare.filter(|h| (1..=12).contains(h)) {
            Some(h) => {
                let (e, m, adj) = self.minutes(k + 1).unwrap_or((k + 1, 0, 0));
                let hour = (h as i32 + adj).rem_euclid(24) as u8;
                (e, Expr::At(Box::new(expr), Time { hour, minute: m as u8, second: 0 }, e > k + 1))
            }
            None => at,
        }
    }

    /// Minutes after an hour, in words or digits: `و 18 دقيقة`, `وربع`, `ونصف`, `وثلث`, `وخمس واربعون
    /// دقيقة`, `الا ربع`, `إلا خمس دقائق`. Returns (end, minutes, hour adjustment).
    pub(super) fn minutes(&self, i: usize) -> Option<(usize, u32, i32)> {
        let w = self.w(i);
        // `الا ربع` / `إلا ثلث`: before the hour.
        if w == "الا" {
            let (e, back) = match self.w(i + 1) {
                "ربع" | "ربعا" => (i + 2, 15),
                "ثلث" | "ثلثا" | "تلت" => (i + 2, 20),
                // `إلا خمس دقائق`, `الا 10`: counted minutes, or a count of five.
                _ => match self.count(i + 1)? {
                    (e, n) if self.is(e, MINUTE_WORDS) && (1..30).contains(&n) => (e + 1, n),
                    (e, n) if n % 5 == 0 && (5..30).contains(&n) => (e, n),
                    _ => return None,
                },
            };
            return Some((e, 60 - back, -1));
        }
        // The conjunction may be glued (`وربع`) or split off by the scanner (`و` `ربع`).
        let (k, word) = if w == "و" { (i + 1, self.w(i + 1).to_string()) } else if let Some(r) = w.strip_prefix('و') { (i, r.to_string()) } else { return None };
        let fraction = match word.as_str() {
            "ربع" | "الربع" => Some(15),
            "نصف" | "النصف" | "نص" => Some(30),
            "ثلث" | "الثلث" | "تلت" => Some(20),
            _ => None,
        };
        if let Some(m) = fraction {
            return Some((k + 1, m, 0));
        }
        let (mut e, mut m) = if k == i {
            // Glued: `و18`, `وخمس`.
            let v = word.parse::<u32>().ok().or_else(|| lookup(CARDINALS, &word)).or_else(|| lookup(TENS, &word))?;
            (i + 1, v)
        } else {
            self.count(k)?
        };
        // `وخمس واربعون` / `وثلاث وعشرون` / `ثمانية عشر`.
        let nw = self.w(e);
        if nw == "و" && lookup(TENS, self.w(e + 1)).is_some() {
            m += lookup(TENS, self.w(e + 1)).unwrap();
            e += 2;
        } else if let Some(t) = nw.strip_prefix('و').and_then(|r| lookup(TENS, r)) {
            m += t;
            e += 1;
        }
        if self.is(e, MINUTE_WORDS) {
            e += 1;
        }
        (m <= 59).then_some((e, m, 0))
    }

    /// A clock time: `الساعة 10:30 صباحا`, `09:23 ص`, `15:23:24`, `الثالثة عصرا`, `الساعة 3 و 18 دقيقة`,
    /// `الساعة الثانية عشرة ونصف ظهرا`, `الساعة 8 بتوقيت غرينتش`. Returns (end, time, minutes were given);
    /// whether it was said in GMT is [`Scanner::clock_zone`].
    pub(super) fn clock_parts(&self, i: usize) -> super::ClockParts {
        let mut memo = self.clocks.get();
        if let Some((at, found)) = memo[i % 4] {
            if at == i {
                return found;
            }
        }
        let found = self.clock_parts_at(i);
        memo[i % 4] = Some((i, found));
        self.clocks.set(memo);
        found
    }

    /// [`Scanner::clock_parts`] worked out.
    pub(super) fn clock_parts_at(&self, i: usize) -> super::ClockParts {
        let mut j = i;
        let mut cue = false;
        if self.is(j, CLOCK_LEADS) {
            j += 1;
        }
        if self.is(j, &["تمام"]) {
            j += 1;
            cue = true;
        }
        if self.is(j, &["الساعه", "ساعه"]) {
            j += 1;
            cue = true;
        }
        let mut hour: u32;
        let mut minute: u32 = 0;
        let mut second: u32 = 0;
        let mut has_minutes = false;
        let mut colon = false;
        let mut dotted = false;
        // An hour in words after `في`/`عند` (`في الحادية عشرة`, `عند العاشرة والنصف`): a clock with no cue
        // word when it is a feminine ordinal past two, followed by no `من` (`في الخامسة من عمره` is an age).
        let mut bare = false;
        // An hour word without its article (`ثلاثة`, `تمانة`).
        let mut plain = false;
        let mut counted = false;
        let mut end;
        if let Some(h) = self.num(j) {
            if self.t[j].digits > 2 || h > 24 {
                return None;
            }
            // The second number of a score or a count (`بنتيجة 2-1 مساء أمس`, `2 - 0 صباح اليوم`, the minute
            // `90+2`) is no hour; an hour range keeps its second end (`من 5-7 مساء`, `الساعة 5-7 مساء`), and a
            // date's year or day before a clock its clock (`۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵`, `25 - 1:59 صباحا`).
            if !cue
                && j > 1
                && self.punct(j - 1, &["-", "–", "+"])
                && self.num(j - 2).is_some()
                && self.t[j - 2].digits <= 2
                && !self.punct(j + 1, &[":"])
                && !(j > 2 && self.is(j - 3, RANGE_LEADS))
            {
                return None;
            }
            hour = h;
            end = j + 1;
            if self.punct(end, &[":"]) && !self.t[end].space_before {
                // A chapter and verse (`يوحنا 3:16`, `سورة البقرة 2:255`, `الآية 5:3`) is no clock.
                if !cue && j > 0 && (self.is(j - 1, SCRIPTURE) || j > 1 && self.is(j - 2, &["سوره", "انجيل", "سفر"])) {
                    return None;
                }
                let m = self.num(end + 1)?;
                if self.t[end + 1].digits != 2 || m > 59 {
                    return None;
                }
                minute = m;
                has_minutes = true;
                colon = true;
                end += 2;
                if self.punct(end, &[":"]) {
                    let s = self.num(end + 1)?;
                    if s > 59 {
                        return None;
                    }
                    second = s;
                    end += 2;
                }
                // A length on a clock face (`زمنا قدره 9:58 ثانية`, `مدة المقطع 12:05 دقيقة`) is no time of day.
                if !cue && one_of!(self.w(end), ["ثانيه", "دقيقه", "ساعه", "دقائق"]) {
                    return None;
                }
            } else if self.punct(end, &["."])
                && !self.t[end].space_before
                && self.t.get(end + 1).is_some_and(|t| !t.space_before && t.digits == 2 && t.num.is_some_and(|m| m <= 59))
                && !(self.punct(end + 2, &["."]) && self.t.get(end + 3).is_some_and(|t| !t.space_before && t.num.is_some()))
            {
                // A dot for the colon (`الساعة 17.30`, `عند 21.30`, `11.10 صباحا`): with `الساعة`, a day part, or
                // a lead word and an hour past noon (below).
                minute = self.num(end + 1).unwrap_or(0);
                has_minutes = true;
                dotted = true;
                end += 2;
            } else if self.is(end, &["h"]) && !self.t[end].space_before {
                // Maghrebi and French `20h30`, `15h` (with `الساعة` when no minutes follow).
                end += 1;
                if let Some(m) = self.num(end).filter(|&m| m <= 59 && self.t[end].digits == 2 && !self.t[end].space_before) {
                    (minute, has_minutes, colon) = (m, true, true);
                    end += 1;
                }
            }
        } else {
            // An hour word: الثالثة، الثانية عشرة (never `الرابعة واربعون`: that is 4:40).
            let w = self.w(j);
            // (`الواحدة`: the hour one, as the clock says it.)
            // (Spoken units too, from the number reader's table: `الساعة اتنين الضهر`, `تمانة المسا`.)
            // (An ordinal hour is feminine, `الساعة` and the teens aside: `الرصيف الثالث صباح اليوم`, `في يومه
            // الثاني ظهر الغد` count berths and days; `الثاني عشر ظهرا` is noon.)
            // (Nor is the tail of an ordinal teen: `اليوم الثالث عشر صباحا`.)
            if matches!(w, "عشر" | "عشره") && j > 0 && lookup(ORDINALS, self.w(j - 1)).is_some() {
                return None;
            }
            // (Nor, with no minutes or adverb after it, a feminine ordinal after the feminine noun it counts:
            // `الدقيقة العاشرة صباح اليوم`, `الحلقة الثالثة مساء الغد`; `بدأت الجلسة التاسعة وعشر دقائق` is 9:10.)
            counted = !cue && j > 0 && w.starts_with("ال") && self.word_is(j - 1, |p| {
                p.strip_prefix("ال").and_then(|p| p.strip_suffix('ه')).is_some_and(|p| {
                    one_of!(p, ["دقيق", "حلق", "جول", "جلس", "مرحل", "بناي", "عمار", "دور", "طبع", "نسخ", "حص", "مر", "موج", "دفع", "رحل", "مباريا", "مبارا", "غرف", "قاع", "مجموع", "فقر", "ماد", "سن", "مرتب"])
                })
            });
            let h = lookup(CARDINALS, w)
                .or_else(|| lookup(ORDINALS, w).filter(|_| cue || w.ends_with('ه') || matches!(self.w(j + 1), "عشر" | "عشره")))
                .or_else(|| lookup(crate::date::number::UNIT_CARDINALS, w))
                .or_else(|| lookup(crate::date::number::DIALECT_TEENS, w).filter(|_| cue))
                .or_else(|| (w == "الواحده").then_some(1))?;
            let (e, h) = if matches!(self.w(j + 1), "عشر" | "عشره") { (j + 2, h + 10) } else { (j + 1, h) };
            if !(1..=12).contains(&h) || one_of!(w, ["الحادي", "حادي", "الحاديه"]) && h < 11 {
                return None;
            }
            hour = h;
            end = e;
            plain = !w.starts_with("ال");
            bare = w.ends_with('ه') && h > 2 && lookup(ORDINALS, w).is_some() || w == "الواحده";
        }
        let after_in = j > i || i > 0 && (self.is(i - 1, &["في"]) || self.is(i - 1, CLOCK_LEADS));
        if let Some((e, m, adjust)) = self.minutes(end) {
            // Bare, only a fraction or counted minutes (`في الخامسة والعشرين` is an age); then anywhere (`إنها
            // الثامنة والنصف`).
            bare &= self.is(e - 1, &["ربع", "ربعا", "الربع", "نصف", "النصف", "نص", "ثلث", "ثلثا", "الثلث", "تلت", "دقيقه", "دقائق", "دقايق"]);
            if adjust < 0 && hour == 0 {
                return None;
            }
            hour = (hour as i32 + adjust) as u32;
            minute = m;
            has_minutes = true;
            end = e;
        } else {
            if counted && !self.is(end, &["صباحا", "ظهرا", "عصرا", "ليلا", "فجرا"]) {
                return None;
            }
            bare &= after_in;
        }
        // Day part: صباحا، مساء، ص، م، بعد الظهر، قبل الظهر، هذا الصباح، هذه الليلة.
        let mut k = end;
        let mut pm: Option<bool> = None;
        if self.is(k, &["بعد"]) && self.is(k + 1, &["الظهر", "العصر", "الظهيره", "المغرب", "العشاء"]) {
            pm = Some(true);
            k += 2;
        } else if self.is(k, &["قبل"]) && self.is(k + 1, &["الظهر", "الظهيره"]) {
            pm = Some(false);
            k += 2;
        } else if self.is(k, &["قبل"]) && self.is(k + 1, &["المغرب"]) {
            pm = Some(true);
            k += 2;
        } else if self.is(k, &["بعد"]) && self.is(k + 1, &["منتصف"]) && self.is(k + 2, &["الليل"]) {
            // `الساعة الثانية بعد منتصف الليل`: the small hours.
            pm = Some(false);
            k += 3;
        } else {
            let mut kk = k;
            if self.is(kk, &["هذا", "هذه"]) {
                kk += 1;
            }
            let w = self.w(kk);
            if let Some((_, _, p)) = DAY_PARTS.iter().find(|(d, _, _)| *d == w || strip_one(w) == Some(d)) {
                pm = Some(*p);
                k = kk + 1;
            } else if w == "الليله" {
                pm = Some(true);
                k = kk + 1;
            } else {
                // `بالليل`, `بالمسا`, `بالصبح`: glued, or split by the scanner into `ب` + the part; `في الليل`.
                let (part, e) = if w == "ب" || w == "في" { (self.w(kk + 1), kk + 2) } else { (w.strip_prefix('ب').unwrap_or(""), kk + 1) };
                if DAY_PARTS_AFTER_BA.contains(&part) {
                    pm = Some(part != "الصبح");
                    k = e;
                }
            }
        }
        // The night's hours: `الواحدة ليلا` is 01:00 and `الساعة 12 ليلا` midnight; `العاشرة ليلا` is 22:00.
        if pm == Some(true) && (hour == 12 || hour <= 4) && k > end && self.is(k - 1, &["ليلا", "الليل", "الليله", "ليل"]) {
            pm = Some(false);
        }
        // A bare number is a clock time only with `الساعة`, a colon, or a day part.
        if !(cue || colon || pm.is_some() || dotted && after_in && hour > 12 || bare && !self.is(k, &["من"])) {
            return None;
        }
        // A count before the part of a named day is no hour (`قتل ثلاثة فجر السبت`, `خمسة مساء أمس`); nor is an
        // age (`في الخامسة والسبعين`).
        let day_after = |k: usize| self.is(k, &["يوم", "امس", "الامس", "اليوم", "غد", "الغد"]) || lookup(WEEKDAYS, self.w(k)).is_some();
        if !cue && plain && k > end && self.is(k - 1, DAY_PARTS_BEFORE_DAY) && day_after(k) || bare && (self.w(end) == "و" || self.w(end).starts_with('و')) && self.count(end + usize::from(self.w(end) == "و")).is_some() {
            return None;
        }
        // Policy: an hour from 1 to 4 with no day part is in the afternoon (`الساعة الثالثة`, `حوالي الساعة
        // 3`, `2:00`); news says `فجرا`/`صباحا` for the night hours. `02:00` (two digits) stays as written.
        if pm.is_none() && (1..=4).contains(&hour) && !(colon && self.t[j].digits == 2) {
            pm = Some(true);
        }
        if let Some(p) = pm {
            if hour > 12 {
                return None;
            }
            if p && hour < 12 {
                hour += 12;
            }
            if !p && hour == 12 {
                hour = 0;
            }
        }
        // Time zone: بتوقيت غرينتش / GMT / مكة / القاهرة.
        if self.is(k, &["بتوقيت", "توقيت"]) {
            k += if self.t.get(k + 1).is_some() { 2 } else { 1 };
        } else if self.is(k, &["gmt", "utc"]) || colon && self.is(k, &["z"]) && !self.t[k].space_before {
            k += 1;
        } else if self.w(k) == "ت" && self.punct(k + 1, &["."]) && self.w(k + 2) == "غ" {
            k += 3; // `ت.غ`, توقيت غرينتش
        } else if colon && self.punct(k, &["+", "-"]) && !self.t[k].space_before && self.punct(k + 2, &[":"]) && self.num(k + 3).is_some() {
            k += 4; // ISO 8601's offset: `T22:05:00+03:00`
        }
        if hour > 23 {
            return None;
        }
        Some((k, Time { hour: hour as u8, minute: minute as u8, second: second as u8 }, has_minutes))
    }

    /// Whether the clock ending at token `end` was said in GMT/UTC (`بتوقيت غرينتش`, `GMT`).
    pub(super) fn clock_zone(&self, end: usize) -> bool {
        (end.saturating_sub(2)..end).any(|k| one_of!(self.w(k), ["gmt", "utc", "غرينتش", "جرينتش", "غرينيتش", "غ"]))
    }

    pub(super) fn clock(&self, i: usize) -> Option<(usize, Expr)> {
        // (`عند`, `حوالي` before a clock are outside its mention, as `في` is: the clock is found at the next token.)
        if self.is(i, CLOCK_LEADS) {
            return None;
        }
        let (end, t, mins) = self.clock_parts(i)?;
        let c = Expr::Clock(t, mins);
        Some((end, if self.clock_zone(end) { Expr::Gmt(Box::new(c)) } else { c }))
    }

    /// `قبل الثامنة بخمس دقائق` (7:55), `بعد العاشرة بربع ساعة` (10:15), `قبل منتصف الليل بعشر دقائق`
    /// (23:50): a clock moved by the minutes or hours said after it with `ب`.
    pub(super) fn clock_by(&self, i: usize) -> Option<(usize, Expr)> {
        let sign: i32 = match self.w(i) {
            "قبل" => -1,
            "بعد" => 1,
            _ => return None,
        };
        let j = i + 1;
        let hour = |h: u32| Time { hour: h as u8, minute: 0, second: 0 };
        // The hour: a clock, an hour word (an hour from 1 to 4 in the afternoon, as for a clock), spoken
        // `التسعة`, noon or midnight.
        let (e, t) = match (self.w(j), self.w(j + 1)) {
            ("منتصف", "الليل") => (j + 2, hour(0)),
            ("منتصف", "النهار") | ("الظهر", _) => (j + 1 + usize::from(self.w(j) == "منتصف"), hour(12)),
            (w, _) => match self.clock_parts(j) {
                Some((e, t, _)) => (e, t),
                None => match self.hour_word(j) {
                    Some((e, mut t, _)) => {
                        if (1..=4).contains(&t.hour) {
                            t.hour += 12;
                        }
                        (e, t)
                    }
                    None => (j + 1, hour(w.strip_prefix("ال").and_then(|c| lookup(CARDINALS, c)).filter(|h| (5..=12).contains(h))?)),
                },
            },
        };
        if self.w(e) != "ب" {
            return None;
        }
        let (end, n, unit) = self.quantity(e + 1)?;
        let by = match (n?, unit) {
            (n @ 1..=59, Unit::Minute) => n as i32,
            (n @ 1..=3, Unit::Hour) => n as i32 * 60,
            _ => return None,
        };
        let at = (t.hour as i32 * 60 + t.minute as i32 + sign * by).rem_euclid(24 * 60);
        Some((end, Expr::Clock(Time { hour: (at / 60) as u8, minute: (at % 60) as u8, second: 0 }, true)))
    }

    /// The minutes first (`عشرين دقيقة بعد الخامسة صباح الغد`, `ربع ساعة قبل منتصف الليل`, `خمس دقائق قبل
    /// الساعة 9 مساء`): the clock after `قبل`/`بعد` moved by them, with its day if one follows.
    pub(super) fn minutes_then_clock(&self, i: usize) -> Option<(usize, Expr)> {
        let (e, n, unit) = self.quantity(i)?;
        let by = match (n?, unit) {
            (n @ 1..=59, Unit::Minute) => n as i32,
            _ => return None,
        };
        let sign: i32 = match self.w(e) {
            "قبل" => -1,
            "بعد" => 1,
            _ => return None,
        };
        let j = e + 1;
        let shift = |t: Time| {
            let at = (t.hour as i32 * 60 + t.minute as i32 + sign * by).rem_euclid(24 * 60);
            Time { hour: (at / 60) as u8, minute: (at % 60) as u8, second: 0 }
        };
        if let Some((end, Expr::At(day, t, _))) = self.clock_then_date(j) {
            return Some((end, Expr::At(day, shift(t), true)));
        }
        let (end, t) = match (self.w(j), self.w(j + 1)) {
            ("منتصف", "الليل") => (j + 2, Time { hour: 0, minute: 0, second: 0 }),
            _ => match self.clock_parts(j) {
                Some((end, t, _)) => (end, t),
                None => {
                    let (end, mut t, _) = self.hour_word(j)?;
                    if (1..=4).contains(&t.hour) {
                        t.hour += 12;
                    }
                    (end, t)
                }
            },
        };
        Some((end, Expr::Clock(shift(t), true)))
    }

    /// `من 2:00 إلى 4:00 مساءً`, `من الساعة الثالثة الى الساعة الرابعة مساءا`: the day part of the second
    /// clock also places the first.
    pub(super) fn clock_range(&self, i: usize) -> Option<(usize, Expr)> {
        // `حتى الساعة 2:00`, `لغاية الساعة الخامسة`: from the reference to that time.
        // With its day after it (`حتى الساعة 6 مساء الخميس`, `لغاية الثامنة من مساء السبت`, `حتى التاسعة صباح
        // الغد`), to that day's hour; which Thursday is the sentence's tense (see `scan`).
        if self.is(i, &["حتي", "لغايه"]) {
            let day = [self.clock_then_date(i + 1), self.clock_of_day(i + 1)].into_iter().flatten().max_by_key(|r| r.0);
            let (e, to) = match day {
                Some(d) => d,
                None => self.clock_parts(i + 1).map(|(e, t, m)| (e, Expr::Clock(t, m)))?,
            };
            return Some((e, Expr::Range(Box::new(Expr::Now), Box::new(to))));
        }
        let j = if self.is(i, &["من", "بين"]) { i + 1 } else { i };
        // The first end may be a bare hour when the second says the part of the day (`من 3 إلى 5 مساء`,
        // `بين الساعة 8 و10 مساء`: `و10` there is the second end, not ten minutes).
        // (Or an hour word: `من الثالثة إلى الخامسة مساء`, `بين الساعة الثانية والرابعة بعد الظهر`.)
        let bare_hour = |k: usize| {
            let k = if self.is(k, &["الساعه"]) { k + 1 } else { k };
            let Some(h) = self.num(k).filter(|&h| h <= 12 && self.t[k].digits <= 2) else {
                return self.hour_word(k);
            };
            Some((k + 1, Time { hour: h as u8, minute: 0, second: 0 }, false))
        };
        let first = if self.is(i, &["بين"]) {
            bare_hour(j).filter(|&(e, _, _)| self.is(e, &["و"]))
        } else {
            self.clock_parts(j).or_else(|| bare_hour(j).filter(|&(e, _, _)| self.joiner(e, false).is_some()))
        };
        let (e1, mut t1, m1) = first?;
        let s2 = self.joiner(e1, self.is(i, &["بين"]))?;
        // The second end may be noon or midnight (`من الساعة 10 صباحا حتى الظهر`, `من 8 مساء حتى منتصف الليل`).
        let noon = || match (self.w(s2), self.w(s2 + 1)) {
            ("الظهر" | "الظهيره", _) => Some((s2 + 1, Time { hour: 12, minute: 0, second: 0 }, false)),
            ("منتصف", "الليل") => Some((s2 + 2, Time { hour: 0, minute: 0, second: 0 }, false)),
            _ => None,
        };
        // After a first end said with `الساعة`, the second may be a bare hour (`من الساعة 8 لحد 10`), in the
        // first one's half of the day or after it (`من الساعة 11 لغاية 2`: 14:00).
        let after_first = || {
            let (e, mut t, m) = bare_hour(s2).filter(|&(e, _, _)| self.is(j, &["الساعه"]) && lookup(UNITS, self.w(e)).is_none())?;
            if t.hour < t1.hour {
                t.hour += 12;
            }
            Some((e, t, m))
        };
        let (e2, t2, m2) = self.clock_parts(s2).or_else(noon).or_else(after_first)?;
        // A bare first hour wants the second end's part of the day.
        const MORNING: &[&str] = &["صباحا", "صباح", "ص", "الصبح", "صباحاً"];
        if self.clock_parts(j).is_none_or(|(e, _, _)| e != e1) && t2.hour < 12 && !self.is(e2 - 1, MORNING) {
            return None;
        }
        // (Not a first end that says its own morning: `من العاشرة صباحا حتى العاشرة مساء` is 10:00 to 22:00.)
        let morning = self.is(e1 - 1, MORNING) || self.is(e1 - 1, &["فجرا"]);
        if t2.hour >= 12 && t1.hour < 12 && t1.hour + 12 <= t2.hour && !morning {
            t1.hour += 12;
        }
        // Its day after it (`من الخامسة إلى السابعة مساء غد`, `من 4 إلى 6 مساء الأحد المقبل`, `بين 9 و11 صباحا
        // يوم الخميس`): both ends are that day's hours.
        if let Some((e3, day)) = self.day_after_clocks(e2) {
            let on = |t: Time, m: bool| Box::new(Expr::At(Box::new(day.clone()), t, m));
            return Some((e3, Expr::Range(on(t1, m1), on(t2, m2))));
        }
        Some((e2, Expr::Range(Box::new(Expr::Clock(t1, m1)), Box::new(Expr::Clock(t2, m2)))))
    }

    /// A day named right after a clock range (`مساء غد`'s `غد`, `الأحد المقبل`, `يوم 5 مايو`): a relative day,
    /// a weekday or a day of a month, with nothing of its own after it (no clock, no range).
    fn day_after_clocks(&self, k: usize) -> Option<(usize, Expr)> {
        let k = self.comma(k);
        let k = k + usize::from(self.is(k, &["من", "في"]) && (self.is(k + 1, &["يوم"]) || self.relative_day(k + 1).is_some()));
        let date = self.day_month(k + usize::from(self.is(k, &["يوم"])));
        let (e, day) = [self.relative_day(k), self.weekday_date(k), date].into_iter().flatten().max_by_key(|r| r.0)?;
        matches!(day, Expr::RelDay(_) | Expr::Weekday { .. } | Expr::WeekdayN { .. } | Expr::WeekdayInWeek { .. } | Expr::Day { .. } | Expr::DayDir { .. })
            .then_some((e, day))
    }

    /// A part of the day said alone: `هذا الصباح`, `عند الظهر`, `بعد الظهر`, `هذا المساء`, `منتصف الليل`.
    pub(super) fn day_part(&self, i: usize) -> Option<(usize, Expr)> {
        let (hour, end) = match (self.w(i), self.w(i + 1)) {
            ("هذا" | "في", "الصباح") => (6, i + 2),
            ("عند" | "في", "الظهر" | "الظهيره") => (12, i + 2),
            ("بعد", "الظهر" | "الظهيره") => (15, i + 2),
            ("هذا" | "في", "المساء") => (20, i + 2),
            ("منتصف", "الليل") => (0, i + 2),
            ("منتصف", "النهار") => (12, i + 2),
            // The midnight that ends a named day: `منتصف ليل الخميس` (Thursday to Friday), `منتصف ليلة أمس`.
            ("منتصف", "ليل" | "ليله") => {
                let (e, day) = self.weekday_date(i + 2).or_else(|| self.relative_day(i + 2))?;
                let next = Expr::DayAfter { n: 1, base: Box::new(day) };
                return Some((e, Expr::At(Box::new(next), Time { hour: 0, minute: 0, second: 0 }, false)));
            }
            ("عند", "منتصف") if self.w(i + 2) == "الليل" => (0, i + 3),
            _ => return None,
        };
        // Its clock after it (`هذا الصباح في السابعة`, `هذا المساء عند الساعة الثامنة`): that hour of the part.
        if let (e, Expr::At(day, mut t, m)) = self.with_part_clock(end, Expr::RelDay(0)) {
            if hour == 20 && t.hour < 12 {
                t.hour += 12;
            } else if hour == 6 && (13..17).contains(&t.hour) {
                t.hour -= 12;
            }
            return Some((e, Expr::At(day, t, m)));
        }
        Some((end, Expr::Clock(Time { hour, minute: 0, second: 0 }, false)))
    }

    /// An hour word alone, with its minutes (`التاسعة`, `الحادية عشرة والنصف`, `الثامنة إلا ربعا`): a clock
    /// only where something else says so (`من الثالثة إلى الخامسة مساء`, `العاشرة من صباح الغد`).
    pub(super) fn hour_word(&self, i: usize) -> Option<(usize, Time, bool)> {
        let w = self.w(i);
        let h = lookup(ORDINALS, w).filter(|h| (1..=12).contains(h) && w.ends_with('ه'))?;
        let (e, h) = if h <= 2 && self.is(i + 1, &["عشره", "عشر"]) { (i + 2, h + 10) } else { (i + 1, h) };
        let (m_end, m, adj) = self.minutes(e).unwrap_or((e, 0, 0));
        Some((m_end, Time { hour: (h as i32 + adj) as u8, minute: m as u8, second: 0 }, m_end > e))
    }

    /// `GMT 17:27 17.03.2020`, `09:23 ص 24 أغسطس`: a clock before a date.
    pub(super) fn clock_then_date(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.is(j, &["gmt", "utc"]) {
            j += 1;
        }
        let (e, t, mins) = self.clock_parts(j)?;
        let k = self.comma(e);
        let k = if self.punct(k, &["-", "|"]) || self.is(k, &["يوم"]) && self.num(k + 1).is_some() { k + 1 } else { k };
        // A date (`الساعة 5 مساء يوم 5 مايو`), or a day named after the clock (`الساعة 7:30 مساء الجمعة`, `العاشرة صباح غد`).
        let named = if self.num(k).is_none() { [self.weekday_date(k), self.relative_day(k)] } else { [None, None] };
        // (Or a portal's reversed stamp after it, `GMT 08:40 2025 الأحد 16 نوفمبر`: the year first.)
        let reversed = self.year_only(k).filter(|(_, d)| matches!(d, Expr::Day { y: Some(_), .. }));
        let (end, date) = [self.numeric(k), self.day_month(k), reversed].into_iter().chain(named).flatten().max_by_key(|r| r.0)?;
        if matches!(date, Expr::At(..) | Expr::Now) {
            return None;
        }
        let at = Expr::At(Box::new(date), t, mins);
        Some((end, if j > i || self.clock_zone(e) { Expr::Gmt(Box::new(at)) } else { at }))
    }

    /// `الساعة الثامنة من مساء أمس`, `العاشرة من صباح الخميس`, `الساعة 9 من مساء يوم الأحد`: a clock, then
    /// the part of which day.
    pub(super) fn clock_of_day(&self, i: usize) -> Option<(usize, Expr)> {
        // An hour word alone is a clock here, the part of the day said after it (`التاسعة من مساء الخميس`,
        // `العاشرة والنصف من صباح الغد`).
        let (e, mut t, mins) = self.clock_parts(i).or_else(|| self.hour_word(i))?;
        if !self.is(e, &["من"]) {
            return None;
        }
        let pm = match self.w(e + 1) {
            "صباح" | "فجر" | "صبيحه" => false,
            "مساء" | "ليل" | "ليله" | "عصر" | "ظهر" | "ظهيره" => true,
            _ => return None,
        };
        // The afternoon policy may have moved a bare hour; the day part said here decides.
        if !pm && t.hour >= 12 && t.hour < 17 {
            t.hour -= 12;
        } else if pm && t.hour < 12 {
            t.hour += 12;
        }
        let k = e + 2;
        // (Or a date: `الساعة 10 من صباح يوم 15 فبراير`.)
        let date = self.day_month(k + usize::from(self.is(k, &["يوم"])));
        let (end, day) = [self.relative_day(k), self.weekday_date(k), date].into_iter().flatten().max_by_key(|r| r.0)?;
        let day = match day {
            Expr::At(inner, _, _) => *inner,
            d => d,
        };
        Some((end, Expr::At(Box::new(day), t, mins)))
    }
}

/// Words before a clock: `عند الساعة 9`, `حوالي العاشرة والنصف`.
const CLOCK_LEADS: &[&str] = &["عند", "حوالي", "بحدود", "قرابه", "نحو"];

/// Words before the first end of an hour range written with a dash (`من 5-7 مساء`, `الساعة 5-7 مساء`).
const RANGE_LEADS: &[&str] = &["من", "بين", "الساعه", "ساعه", "حتي", "عند", "حوالي"];

/// Books and words that name a chapter and verse before `3:16`.
const SCRIPTURE: &[&str] = &["يوحنا", "متي", "لوقا", "مرقس", "الايه", "ايه", "الاصحاح", "اصحاح", "سفر", "التكوين", "المزامير", "الخروج"];

#[cfg(test)]
mod tests {
    use super::super::exprs;
    use super::*;

    fn clock(text: &str) -> Option<(u8, u8)> {
        match exprs(text).into_iter().next()?.1 {
            Expr::Clock(t, _) => Some((t.hour, t.minute)),
            Expr::At(_, t, _) => Some((t.hour, t.minute)),
            _ => None,
        }
    }

    #[test]
    fn afternoon_policy_and_day_parts() {
        assert_eq!(clock("الساعة الثالثة"), Some((15, 0)));
        assert_eq!(clock("حوالي الساعة 3"), Some((15, 0)));
        assert_eq!(clock("الساعة 02:00"), Some((2, 0)));
        assert_eq!(clock("الساعة الثالثة فجرا"), Some((3, 0)));
        assert_eq!(clock("الساعة 8"), Some((8, 0)));
        assert_eq!(clock("الساعة الثامنة من مساء أمس"), Some((20, 0)));
        assert_eq!(clock("الساعة 7:30 مساء الجمعة"), Some((19, 30)));
        // Dialect parts glued to `ب`.
        assert_eq!(clock("الحفلة بتبلش الساعة تسعة بالليل"), Some((21, 0)));
        assert_eq!(clock("بنوصل الساعة 8 بالمسا"), Some((20, 0)));
        assert_eq!(clock("الساعة ستة بالصبح"), Some((6, 0)));
        assert_eq!(clock("وقع الانفجار عند الساعة الواحدة فجرا"), Some((1, 0)));
        assert_eq!(clock("الساعة الواحدة والنصف ظهرا"), Some((13, 30)));
        assert_eq!(clock("الساعة التاسعة والربع مساء"), Some((21, 15)));
        assert_eq!(clock("الساعة الخامسة والثلث صباحا"), Some((5, 20)));
        // An evening named before the day puts the clock after it in the afternoon.
        assert_eq!(clock("مساء اليوم عند الساعة الثامنة"), Some((20, 0)));
        assert_eq!(clock("يبث البرنامج مساء الخميس عند الساعة التاسعة والربع"), Some((21, 15)));
        assert_eq!(clock("صباح الخميس عند الساعة التاسعة"), Some((9, 0)));
        assert_eq!(clock("ليلة الخميس عند الساعة الثانية فجرا"), Some((2, 0)));
    }
}
