//! Holidays (`عيد الفطر`, `ثاني أيام عيد الأضحى`, `يوم عرفة`) and the tense of their sentence.

use crate::words::one_of;
use super::*;

impl Scanner {
    /// `عيد الفطر`, `عيد الأضحى 2013`, `رأس السنة الهجرية`, `المولد النبوي`, `عيد الميلاد 2020`, `عيد الفصح`.
    pub(super) fn holiday(&self, i: usize) -> Option<(usize, Expr)> {
        // The eve of a feast whose night is the one before it (`ليلة عيد الميلاد`, `ليلة رأس السنة`, `وقفة عيد
        // الفطر`): the day before. (`ليلة القدر`, `ليلة الإسراء` are their own day; `عشية` is "just before".)
        if self.is(i, &["ليله", "وقفه"]) && self.is(i + 1, &["عيد", "راس", "الكريسماس"]) {
            let (end, inner) = self.holiday(i + 1)?;
            return Some((end, Expr::DayAfter { n: -1, base: Box::new(inner) }));
        }
        // A Gulf state's national day (`scripts/data/national_days.py`, from python-holidays); a bare
        // `اليوم الوطني` stays no date.
        if self.is(i, &["اليوم", "العيد"]) && self.is(i + 1, &["الوطني"]) {
            let &(_, m, d) = super::national_days::NATIONAL_DAYS.iter().find(|(w, ..)| *w == self.w(i + 2))?;
            return self.holiday_tensed(i, i + 3, Holiday::Fixed(m, d));
        }
        let (h, end) = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("عيد", "الفطر", _) => (Holiday::EidAlFitr, i + 2),
            ("عيد", "الاضحي", _) => (Holiday::EidAlAdha, i + 2),
            // Spoken `العيد الصغير` / `العيد الكبير`.
            ("العيد", "الصغير", _) => (Holiday::EidAlFitr, i + 2),
            ("العيد", "الكبير", _) => (Holiday::EidAlAdha, i + 2),
            ("راس", "السنه", "الهجريه") => (Holiday::HijriNewYear, i + 3),
            ("المولد", "النبوي", _) => (Holiday::Mawlid, i + 2),
            ("عيد", "الميلاد", _) => (Holiday::Christmas, i + 2),
            ("الكريسماس" | "كريسماس", _, _) => (Holiday::Christmas, i + 1),
            ("عيد", "الفصح", _) => (Holiday::Easter, i + 2),
            ("راس", "السنه", "الميلاديه") => (Holiday::NewYear, i + 3),
            ("راس", "السنه", w) if !matches!(w, "الهجريه" | "القمريه") => (Holiday::NewYear, i + 2),
            ("يوم", "العمال", _) => (Holiday::LabourDay, i + 2),
            ("عيد", "العمال", _) => (Holiday::LabourDay, i + 2),
            ("يوم" | "وقفه", "عرفه" | "عرفات", _) => (Holiday::Arafah, i + 2),
            ("عاشوراء" | "عاشورا", _, _) => (Holiday::Ashura, i + 1),
            ("ليله", "القدر", _) => (Holiday::LaylatAlQadr, i + 2),
            ("ذكري" | "ليله", "الاسراء", "والمعراج") => (Holiday::IsraMiraj, i + 3),
            ("عيد", "الام", _) => (Holiday::MothersDay, i + 2),
            ("عيد", "الحب", _) => (Holiday::Valentine, i + 2),
            // `ثاني أيام عيد الفطر`, `أول أيام عيد الأضحى`: the n-th day of the feast.
            (w, "ايام", "عيد") if lookup(ORDINALS, w).is_some_and(|n| (1..=4).contains(&n)) => {
                let (end, inner) = self.holiday(i + 2)?;
                let n = lookup(ORDINALS, w).unwrap_or(1) as i64;
                return Some((end, Expr::DayAfter { n: n - 1, base: Box::new(inner) }));
            }
            _ => return None,
        };
        self.holiday_tensed(i, end, h)
    }

    /// A holiday `h` named by tokens `i..end`, with its epithet, year, direction or the tense of its sentence.
    fn holiday_tensed(&self, i: usize, end: usize, h: Holiday) -> Option<(usize, Expr)> {
        // (`عيد ميلاده`, his birthday, is not Christmas: the rule wants the article.)
        // An epithet is the name's (`عيد الفطر المبارك`, `عيد الميلاد المجيد`, `المولد النبوي الشريف`).
        let end = end + usize::from(self.is(end, &["المبارك", "السعيد", "المجيد", "الشريف", "العالمي"]));
        let (end, year) = match self.year(end) {
            Some((e, y, false)) if (1900..=2100).contains(&y) => (e, Some(y)),
            // `عيد الأضحى 1446`, `عيد الفطر 1447 هـ`: in that Hijri year.
            Some((e, y, _)) if (1300..=1600).contains(&y) => match super::super::resolve::hijri_day(h).and_then(|(m, d)| hijri_to_gregorian(y, m, d)) {
                Some(date) => return Some((e, Expr::Converted(date))),
                None => (end, None),
            },
            _ => (end, None),
        };
        if year.is_none() {
            // `عيد الفطر المقبل`, `عيد الأضحى الماضي`; else the tense of the sentence.
            if let Some((e, k)) = self.dir(end, false).filter(|&(_, k)| k.abs() == 1) {
                let rel = if k > 0 { Rel::Next } else { Rel::Last };
                return Some((e, Expr::HolidayTensed { holiday: h, rel }));
            }
            match self.tense_before(i) {
                Rel::Bare => {}
                rel => return Some((end, Expr::HolidayTensed { holiday: h, rel })),
            }
        }
        Some((end, Expr::Holiday { holiday: h, year }))
    }

    /// The tense of the sentence before token `i`: Rel::Next for a future marker (`سيزور`, `ستجرى`, `من
    /// المقرر`, `سوف`), Rel::Last for a past one (a perfect verb: `أغلقت`, `احتفلوا`, `قد`/`كان`), Rel::Bare
    /// when nothing says.
    pub(super) fn tense_before(&self, i: usize) -> Rel {
        let mut k = i;
        let mut past = false;
        // The sentence's first token, when the walk reaches it.
        let mut first = None;
        while k > 0 && i - k < 12 {
            k -= 1;
            let t = &self.t[k];
            if t.kind == Kind::Punct && one_of!(&*t.n, [".", "!", "؟", "?", "\n"]) {
                first = Some(k + 1);
                break;
            }
            if k == 0 {
                first = Some(0);
            }
            if t.kind != Kind::Word {
                continue;
            }
            let w = &*t.n;
            let w = strip_one(w).filter(|_| w.starts_with('و') || w.starts_with('ف')).unwrap_or(w);
            if is_future_marker(w) {
                return Rel::Next;
            }
            if is_past_marker(w) {
                past = true;
            }
        }
        // A news sentence opens with its verb: `احتفل المسلمون`, `وقف الحجاج`, `أحيا الشيعة`.
        if first.is_some_and(|f| f + 1 < i && self.opening_verb(f)) {
            past = true;
        }
        if past { Rel::Last } else { Rel::Bare }
    }

    /// The tense of the clause just before token `i`: Rel::Next for a future marker (`ستعلن`, `من المقرر`)
    /// within six words with no relative pronoun or past marker between (`ستواصل دعم المشروع الذي أطلق في
    /// 12 يناير` is about January past); Rel::Last for a past marker so near with none of those and no `أن`
    /// or noun of a start between (`وصلت الشحنة الأولى في 5 آذار`, but not `أعلنت الوزارة أن التسجيل يبدأ
    /// في 5 يناير` nor `أعلنت الوزارة بدء التسجيل في 5 يناير`), or for the clause's own opening verb within
    /// those six words (`وصل الرئيس إلى باريس في 15 يناير`: [`Scanner::opening_verb`]); Rel::Bare otherwise, and
    /// after a verb that sets or puts off a date (`حدد`, `أرجأت`).
    pub(super) fn tense_near(&self, i: usize) -> Rel {
        let mut words = 0;
        let mut k = i;
        let (mut embedded, mut planned) = (false, false);
        // The clause's first word, when the walk reaches it.
        let mut first = None;
        while k > 0 && words < 6 {
            k -= 1;
            let t = &self.t[k];
            if t.kind == Kind::Punct && one_of!(&*t.n, [".", "!", "؟", "?", "\n", "،", ",", "؛"]) {
                first = Some(k + 1);
                break;
            }
            if k == 0 {
                first = Some(0);
            }
            if t.kind != Kind::Word {
                continue;
            }
            words += 1;
            let raw = &*t.n;
            let w = strip_one(raw).filter(|_| raw.starts_with('و') || raw.starts_with('ف')).unwrap_or(raw);
            if one_of!(w, ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللي", "منذ"]) {
                break;
            }
            // A verb of setting or putting off a date looks ahead (`حدد القاضي 10 يناير موعدا`, `أرجأت المحكمة
            // الجلسة إلى 20 يناير`).
            if one_of!(w, ["حدد", "حددت", "حددوا", "اجل", "اجلت", "ارجا", "ارجات", "مدد", "مددت"]) {
                return Rel::Bare;
            }
            // (`وقعت`, `وصلت` are verbs whole: their و is no conjunction. `تم تدشين الخط`, `جرى افتتاح المعرض`: the
            // event's noun is the verb's, told in the past.)
            if is_past_marker(w) || is_past_marker(raw) {
                return if embedded || planned && !one_of!(w, ["تم", "جري", "جرت"]) { Rel::Bare } else { Rel::Last };
            }
            if is_future_marker(w) && !one_of!(w, ["المقبل", "المقبله", "القادم", "القادمه"]) {
                return Rel::Next;
            }
            // An imperfect verb between (`أعلنت الحكومة خطة تبدأ في 15 يناير`), a thing to come (`جلسته المقبلة`)
            // or a noun of an event planned (`أعلن الاتحاد إقامة البطولة في 22 يناير`) has its own time.
            embedded |= w.starts_with('ي') && w != "يوم" && w.len() > 4
                || one_of!(w, [
                    "ان", "انه", "انها", "بان", "لان", "لن", "بدء", "بدايه", "انطلاق", "موعد", "تطبيق", "اعتبارا", "ابتداء", "تبدا", "تستمر", "تمتد",
                    "تعقد", "تجري", "تقام", "تنتهي", "المقبل", "المقبله", "القادم", "القادمه",
                ]);
            planned |= one_of!(w, ["اقامه", "اجراء", "تاجيل", "تمديد", "اطلاق", "افتتاح", "تدشين", "استئناف"]);
        }
        // The clause's own verb opening it (`وصل الرئيس إلى باريس في 15 يناير`).
        if first.is_some_and(|f| f + 1 < i && self.opening_verb(f)) {
            return if embedded || planned { Rel::Bare } else { Rel::Last };
        }
        Rel::Bare
    }

    /// Whether word `f`, the first of its clause, is its verb before a definite subject or object (`وصل
    /// الرئيس`, `احتفل المسلمون`, `وأقام المسلمون`, `وقف الحجاج`): a word of three to six letters with a
    /// verb's shape. Not a definite word, a function word, an imperfect (`يصل`, `تبدأ`) or a noun by its
    /// prefix (`معرض`, `بعد`) or ending (`زيارة`, `امتحانات`, `سنوات`), nor a verbal noun with a long `ا`
    /// before its last letter (`إطلاق`, `افتتاح`, `اجتماع`; `اختار`, `اجتاح` are verbs).
    fn opening_verb(&self, f: usize) -> bool {
        // (Its subject may be a title before a definite word: `زار وزير الخارجية`, `استقبل رئيس الجمهورية`.)
        let subject = |k: usize| self.w(k).starts_with("ال") || self.is(k, &["وزير", "رئيس", "مدير", "امين", "سفير", "قائد", "ملك", "امير", "ولي", "وفد", "مجلس", "نائب", "زعيم", "سمو", "معالي"]) && self.w(k + 1).starts_with("ال");
        if self.t[f].kind != Kind::Word || !subject(f + 1) {
            return false;
        }
        let raw = &*self.t[f].n;
        // (`وأقام` is `و` + `أقام`; `وقف`, `وصل` are verbs whole; `وفي`, `ومن` are no verbs.)
        let w = match strip_one(raw).filter(|_| raw.starts_with('و') || raw.starts_with('ف')) {
            Some(s) if s.chars().nth(2).is_some() => s,
            Some(s) if one_of!(s, ["في", "من", "عن", "ما", "لا", "لم", "لن", "هي", "هو", "هم", "ان", "اذ", "قد", "كل", "بل", "او", "ثم", "لو", "مع"]) => return false,
            _ => raw,
        };
        let c: Vec<char> = w.chars().collect();
        let n = c.len();
        // (`التقى` is a verb of form VIII; `سجل`, `نشر` are verbs, `سيزور`, `نحتفل` are not perfect.)
        (3..=6).contains(&n)
            && !(w.starts_with("ال") && !(n == 5 && c[2] == 'ت' && c[4] == 'ي'))
            && !matches!(c[0], 'ي' | 'ت' | 'م')
            // Four letters: `أكد`, `شارك` (not `جدول`, `بعد ذلك`); more: `اجتمع`, `استقبل` (not `مهرجان`).
            && (n == 3 || c[0] == 'ا' || n == 4 && c[1] == 'ا')
            && !is_opening_particle(w)
            && !is_opening_particle(raw)
            && !one_of!(w, ["ابو", "ابن", "بن", "لكن", "رغم", "ايضا", "لذلك", "كذلك", "كذا", "ذاك", "ضد", "عقب", "نحن", "عدم", "كيف", "كلا", "بان", "غير"])
            && !(w.ends_with('ه') || w.ends_with("ات") || w.ends_with("ين") || w.ends_with("ون"))
            && !(n >= 5 && c[n - 2] == 'ا' && !(n == 5 && c[0] == 'ا' && matches!(c[2], 'ت' | 'ط' | 'د')))
            && !(n >= 5 && c[n - 1] == 'ا' && c[n - 2] != 'و')
    }
}

/// Words that open a sentence without being its verb (matching form).
fn is_opening_particle(w: &str) -> bool {
    OPENING_PARTICLES.contains(&w)
}

const OPENING_PARTICLES: &[&str] = &[
    "علي", "هذا", "هذه", "منذ", "حتي", "بعد", "قبل", "خلال", "عند", "لدي", "ضمن", "وفق", "رغم", "عبر", "حول",
    "نحو", "مثل", "كما", "لكن", "بين", "اما", "اذا", "لان", "حيث", "ذلك", "تلك", "انه", "انها", "لعل", "ليس",
    "كل", "بعض", "اول", "اخر", "احد", "اكثر", "اغلب", "معظم", "غالبيه", "وسط", "داخل", "خارج", "امام",
    "بفضل", "بسبب", "وزير", "رئيس", "مدير", "عيد", "يوم", "ليله", "صباح", "مساء", "اليوم", "بمناسبه",
    "لمناسبه", "مع",
];

/// Words that put a sentence in the future: `سوف`, `من المقرر`, `المرتقب`, and verbs with the future
/// prefix س (`سيزور`, `ستجرى`, `سنحتفل`, `سأسافر`) — not nouns that start the same way (`سيارة`, `ستة`).
pub(super) fn is_future_marker(w: &str) -> bool {
    if one_of!(w, ["سوف", "سيتم", "ستتم", "المقرر", "مقرر", "المرتقب", "المرتقبه", "المزمع", "المزمعه", "يعتزم", "تعتزم", "المنتظر", "المقبل", "المقبله", "القادم", "القادمه", "يرتقب", "ينتظر", "تنطلق", "ينطلق"]) {
        return true;
    }
    let mut c = w.chars();
    if c.next() != Some('س') || !matches!(c.next(), Some('ي' | 'ت' | 'ن' | 'ا')) || w.chars().count() < 5 {
        return false;
    }
    !one_of!(w, ["سياسه", "سياسي", "سياسيه", "سياسات", "سياسيون", "سياسيين", "سياره", "سيارات", "سياحه", "سياحي", "سياحيه",
            "سيطره", "سيده", "سيدات", "ستين", "ستون", "ستار", "ستاد", "ستوديو", "سيناريو", "سيناء", "سياق",
            "سيول", "سيوف", "سيرين", "ساعات", "ساعه", "سابق", "سابقه", "سابقا", "ساحه", "سادس", "سادسه",
            "سالم", "سامي", "ساره", "سامح", "سنوات", "سنويا", "سنوي", "سنويه", "سنين", "ستمائه", "سيدني"])
}

/// Words of a sentence about the past: `قد`/`لقد`/`كان`/`أمس`, and perfect verbs (a word ending in ت or
/// وا without the article: `أغلقت`, `احتفلت`, `احتفلوا`; not plurals in ات).
pub(super) fn is_past_marker(w: &str) -> bool {
    if one_of!(w, ["قد", "لقد", "كان", "كانت", "كانوا", "امس", "الماضي", "الماضيه", "تم", "جرت", "جري", "شهدت", "شهد", "صادف", "وافق"]) {
        return true;
    }
    if w.starts_with("ال") || w.chars().count() < 4 || w.ends_with("ات") || w.ends_with("وت") {
        return false;
    }
    (w.ends_with('ت') || w.ends_with("وا")) && !matches!(w.chars().next(), Some('ي' | 'ت' | 'ن'))
}

#[cfg(test)]
mod tests {
    use super::super::exprs;
    use super::*;

    #[test]
    fn tense_picks_the_occurrence() {
        let past = exprs("أغلقت الأسواق عشية عيد الأضحى");
        assert_eq!(past[0].1, Expr::HolidayTensed { holiday: Holiday::EidAlAdha, rel: Rel::Last });
        let next = exprs("سيزور الرئيس القاهرة في عيد الفطر");
        assert_eq!(next[0].1, Expr::HolidayTensed { holiday: Holiday::EidAlFitr, rel: Rel::Next });
        let bare = exprs("عيد الفطر");
        assert_eq!(bare[0].1, Expr::Holiday { holiday: Holiday::EidAlFitr, year: None });
        assert!(!is_future_marker("سياسه") && !is_future_marker("سيارات") && is_future_marker("ستجري"));
        assert!(is_past_marker("احتفلوا") && !is_past_marker("الانتخابات") && !is_past_marker("بيروت"));
        // A masculine perfect verb opening the sentence.
        for text in ["احتفل المسلمون بعيد الفطر في أجواء من الفرح", "وقف الحجاج على صعيد عرفات يوم عرفة", "أحيا الشيعة ذكرى عاشوراء في كربلاء", "وأقام المسلمون صلاة عيد الأضحى في الساحات"] {
            assert!(matches!(exprs(text)[0].1, Expr::HolidayTensed { rel: Rel::Last, .. }), "{text}: {:?}", exprs(text));
        }
        // Not a verb: a noun opening a sentence, a future verb, a preposition.
        for text in ["بمناسبة عيد الفطر المبارك تتقدم الشركة بالتهنئة", "يحتفل المسلمون بعيد الفطر", "مع اقتراب عيد الأضحى ترتفع أسعار الأضاحي"] {
            assert!(!matches!(exprs(text)[0].1, Expr::HolidayTensed { rel: Rel::Last, .. }), "{text}: {:?}", exprs(text));
        }
    }
}
