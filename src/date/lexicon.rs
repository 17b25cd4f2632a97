//! The words of Arabic (and Persian, English and French) time expressions, in matching form (see `normalize`):
//! month names of every family, weekdays, written numbers, units, and the words around them.
//! Small closed sets: plain static tables, no crate.

use crate::words::one_of;
/// Gregorian month names: Egyptian/Gulf, Levantine/Iraqi, Maghrebi (Algeria/Tunisia, Morocco), English.
/// Multi-word names are written with one space.
pub const MONTHS: &[(&str, u8)] = &[
    // Egyptian / Gulf
    ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("ابريل", 4), ("ابريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6),
    ("يوليو", 7), ("يوليه", 7), ("اغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9), ("اكتوبر", 10), ("نوفمبر", 11),
    ("ديسمبر", 12), ("اغسطوس", 8),
    // Levantine / Iraqi
    ("كانون الثاني", 1), ("شباط", 2), ("اذار", 3), ("نيسان", 4), ("ايار", 5), ("حزيران", 6), ("تموز", 7),
    ("اب", 8), ("ايلول", 9), ("تشرين الاول", 10), ("تشرين الثاني", 11), ("كانون الاول", 12),
    // (Spoken and Iraqi press without the article: `18 كانون ثاني 2025`, `تشرين أول`.)
    ("كانون ثاني", 1), ("تشرين اول", 10), ("تشرين ثاني", 11), ("كانون اول", 12),
    // Maghrebi: Algeria / Tunisia
    ("جانفي", 1), ("فيفري", 2), ("افريل", 4), ("ماي", 5), ("جوان", 6), ("جويليه", 7), ("اوت", 8),
    // Morocco
    ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
    // Mauritania
    ("اغشت", 8), ("شتمبر", 9), ("دجمبر", 12),
    // English
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12), ("jan", 1),
    ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
    ("oct", 10), ("nov", 11), ("dec", 12),
    // French (Maghrebi sites' date lines: `mardi 12 janvier 2025`), with and without accents
    ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
    ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
    ("décembre", 12), ("decembre", 12), ("janv", 1), ("févr", 2), ("fevr", 2), ("avr", 4), ("juil", 7),
    ("déc", 12),
];

/// Month names that are also common words (`آب` is also "father", `أوت` football's "out"): read as months
/// next to a day number, a year or a direction, alone only after `شهر` (and `أوت` after any cue word).
pub const AMBIGUOUS_MONTHS: &[&str] = &["اب", "اوت", "ماي", "may", "mar", "jun", "jan", "dec", "oct", "nov", "mars", "mai", "avr", "déc"];

/// Solar Hijri (Persian) month names.
pub const SOLAR_MONTHS: &[(&str, u8)] = &[
    ("فروردين", 1), ("ارديبهشت", 2), ("خرداد", 3), ("تير", 4), ("مرداد", 5), ("شهريور", 6), ("مهر", 7),
    ("ابان", 8), ("اذر", 9), ("دي", 10), ("بهمن", 11), ("اسفند", 12),
];

/// The same months by their Dari (Afghan) zodiac names. The names are also words (`الحمل` pregnancy,
/// `الأسد` lion, `العقرب` scorpion): a month only between a day and a 13xx/14xx year (`۲۴ عقرب ۱۴۰۴`).
pub const DARI_MONTHS: &[(&str, u8)] = &[
    ("حمل", 1), ("ثور", 2), ("جوزا", 3), ("جوزاء", 3), ("سرطان", 4), ("اسد", 5), ("سنبله", 6), ("ميزان", 7),
    ("عقرب", 8), ("قوس", 9), ("جدي", 10), ("دلو", 11), ("حوت", 12),
    // ICU's Arabic names of the Persian months (`-u-ca-persian`: `21 آيان 1405 ه‍.ش`).
    ("فرفردن", 1), ("اذربيهشت", 2), ("تار", 4), ("شهرفار", 6), ("ايان", 8), ("اسفندار", 12),
];

/// Hijri (lunar) month names.
pub const HIJRI_MONTHS: &[(&str, u8)] = &[
    ("محرم", 1), ("صفر", 2), ("ربيع الاول", 3), ("ربيع الثاني", 4), ("ربيع الاخر", 4), ("ربيع اول", 3),
    ("ربيع ثاني", 4), ("جمادي الاولي", 5), ("جمادي الاول", 5), ("جمادي الثانيه", 6), ("جمادي الاخره", 6),
    ("جمادي الثاني", 6), ("جمادي الاخر", 6), ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
    ("ذو القعده", 11), ("ذي القعده", 11), ("ذو الحجه", 12), ("ذي الحجه", 12),
];

/// Weekdays, ISO numbered (Monday = 1). Forms without the article are only read after `يوم`.
pub const WEEKDAYS: &[(&str, u8)] = &[
    ("الاثنين", 1), ("الثلاثاء", 2), ("الثلاثا", 2), ("الاربعاء", 3), ("الاربعا", 3), ("الخميس", 4),
    ("الجمعه", 5), ("السبت", 6), ("الاحد", 7),
    // Dialect spellings (Egyptian, Levantine).
    ("الاتنين", 1), ("التلات", 2), ("التلاتا", 2), ("التلاتاء", 2),
    ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7),
    ("lundi", 1), ("mardi", 2), ("mercredi", 3), ("jeudi", 4), ("vendredi", 5), ("samedi", 6), ("dimanche", 7),
    ("دوشنبه", 1), ("سهشنبه", 2), ("چهارشنبه", 3), ("پنجشنبه", 4), ("شنبه", 6), ("يكشنبه", 7),
];

/// Weekday forms without the article (`اثنين الاسبوع الحالي`, `يوم جمعة`).
pub const BARE_WEEKDAYS: &[(&str, u8)] = &[
    ("اثنين", 1), ("ثلاثاء", 2), ("ثلاثا", 2), ("اربعاء", 3), ("اربعا", 3), ("خميس", 4), ("جمعه", 5), ("سبت", 6),
    ("احد", 7),
    // Dialect forms read after يوم/نهار only: Maghrebi `نهار الحد`, Levantine `يوم التنين`, Egyptian `يوم الأربع`.
    ("الحد", 7), ("التنين", 1), ("الاربع", 3),
];

/// Ordinal day words (masculine and feminine), for `الأول من شباط`, `الثالث عشر من`, `الحادي والعشرين`.
pub const ORDINALS: &[(&str, u32)] = &[
    ("الاول", 1), ("اول", 1), ("الاولي", 1), ("الثاني", 2), ("ثاني", 2), ("ثان", 2), ("الثانيه", 2),
    ("الثالث", 3), ("ثالث", 3), ("الثالثه", 3), ("الرابع", 4), ("رابع", 4), ("الرابعه", 4), ("الخامس", 5),
    ("خامس", 5), ("الخامسه", 5), ("السادس", 6), ("سادس", 6), ("السادسه", 6), ("السابع", 7), ("سابع", 7),
    ("السابعه", 7), ("الثامن", 8), ("ثامن", 8), ("الثامنه", 8), ("التاسع", 9), ("تاسع", 9), ("التاسعه", 9),
    ("العاشر", 10), ("عاشر", 10), ("العاشره", 10), ("الحادي", 1), ("حادي", 1), ("الحاديه", 1),
];

/// Cardinal number words (`ثلاثة أيام`, `خمسة عشر`, `عشرون`).
pub const CARDINALS: &[(&str, u32)] = &[
    ("واحد", 1), ("واحده", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتين", 2), ("اثنتان", 2), ("ثلاثه", 3), ("ثلاث", 3),
    ("اربعه", 4), ("اربع", 4), ("خمسه", 5), ("خمس", 5), ("سته", 6), ("ست", 6), ("سبعه", 7), ("سبع", 7),
    ("ثمانيه", 8), ("ثماني", 8), ("ثمان", 8), ("تسعه", 9), ("تسع", 9), ("عشره", 10), ("عشر", 10),
    ("احد", 1), ("احدي", 1), ("اثنا", 2), ("اثني", 2),
];

/// Tens (`عشرون`, `العشرين`).
pub const TENS: &[(&str, u32)] = &[
    ("عشرون", 20), ("عشرين", 20), ("العشرين", 20), ("العشرون", 20), ("ثلاثون", 30), ("ثلاثين", 30),
    ("الثلاثين", 30), ("الثلاثون", 30), ("اربعون", 40), ("اربعين", 40), ("خمسون", 50), ("خمسين", 50),
    ("ستون", 60), ("ستين", 60), ("سبعون", 70), ("سبعين", 70), ("ثمانون", 80), ("ثمانين", 80), ("تسعون", 90),
    ("تسعين", 90),
];

/// Time units, singular/plural, and their duals (`يومين` = two days).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}

pub const UNITS: &[(&str, Unit)] = &[
    ("ثانيه", Unit::Second), ("ثواني", Unit::Second), ("ثوان", Unit::Second), ("دقيقه", Unit::Minute),
    ("دقائق", Unit::Minute), ("دقايق", Unit::Minute), ("ساعه", Unit::Hour), ("ساعات", Unit::Hour), ("يوم", Unit::Day), ("ايام", Unit::Day), ("تيام", Unit::Day),
    ("يوما", Unit::Day), ("اسبوع", Unit::Week), ("اسابيع", Unit::Week), ("اسبوعا", Unit::Week),
    ("شهر", Unit::Month), ("اشهر", Unit::Month), ("شهور", Unit::Month), ("شهرا", Unit::Month),
    ("سنه", Unit::Year), ("سنوات", Unit::Year), ("سنين", Unit::Year), ("عام", Unit::Year), ("اعوام", Unit::Year),
    ("عاما", Unit::Year), ("عقد", Unit::Decade), ("عقود", Unit::Decade),
];

pub const DUALS: &[(&str, Unit)] = &[
    ("ثانيتين", Unit::Second), ("ثانيتان", Unit::Second), ("دقيقتين", Unit::Minute), ("دقيقتان", Unit::Minute),
    ("ساعتين", Unit::Hour), ("ساعتان", Unit::Hour), ("يومين", Unit::Day), ("يومان", Unit::Day),
    ("اسبوعين", Unit::Week), ("اسبوعان", Unit::Week), ("شهرين", Unit::Month), ("شهران", Unit::Month),
    ("سنتين", Unit::Year), ("سنتان", Unit::Year), ("عامين", Unit::Year), ("عامان", Unit::Year),
    ("عقدين", Unit::Decade),
];

pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

/// Words after a weekday or unit meaning "last": الماضي، الماضية، الفائت، المنصرم، السابق، السابقة.
pub fn is_past_word(w: &str) -> bool {
    one_of!(w, ["الماضي", "الماضيه", "الفائت", "الفائته", "المنصرم", "المنصرمه", "السابق", "السابقه", "الماض"])
}

/// Words meaning "next": المقبل، المقبلة، القادم، القادمة، التالي، الجاي.
pub fn is_next_word(w: &str) -> bool {
    one_of!(w, ["المقبل", "المقبله", "القادم", "القادمه", "التالي", "التاليه", "الجاي", "الجايه"])
}

/// Words meaning "this/current": الحالي، الحالية، الجاري، الجارية.
pub fn is_this_word(w: &str) -> bool {
    one_of!(w, ["الحالي", "الحاليه", "الجاري", "الجاريه"])
}

/// Adjectives after `العام` / `السنة` naming a year that is not the calendar one: school, university,
/// fiscal, farming, judicial, legislative, Hijri. Its parts are not the calendar year's (`منتصف العام
/// الدراسي` is the January–February break, not June), so they are no date.
pub fn is_other_year(w: &str) -> bool {
    one_of!(w, ["الدراسي", "الدراسيه", "الجامعي", "الجامعيه", "الاكاديمي", "الاكاديميه", "المالي", "الماليه", "الضريبي",
            "الضريبيه", "الزراعي", "الزراعيه", "القضائي", "القضائيه", "التشريعي", "التشريعيه", "البرلماني",
            "الهجري", "الهجريه", "الكروي", "الرياضي", "الرياضيه"])
}

/// Parts of the day with their default hour and whether hours after them are p.m.
pub const DAY_PARTS: &[(&str, u8, bool)] = &[
    ("صباحا", 9, false), ("صباح", 9, false), ("الصباح", 9, false), ("الصبح", 9, false), ("ص", 9, false),
    ("am", 9, false), ("فجرا", 4, false), ("الفجر", 4, false), ("ظهرا", 12, true), ("الظهر", 12, true),
    ("عصرا", 15, true), ("العصر", 15, true), ("مساء", 19, true), ("مساءا", 19, true), ("المساء", 19, true),
    ("م", 19, true), ("pm", 19, true), ("ليلا", 21, true), ("الليل", 21, true), ("العشاء", 20, true),
    ("المغرب", 18, true), ("مغربا", 18, true), ("ظهر", 12, true), ("عصر", 15, true),
    // Before the day they belong to: `الساعة الرابعة فجر الأحد`, `العاشرة ليل السبت`.
    ("فجر", 4, false), ("ليل", 21, true),
    // Spoken: Egyptian `الضهر`, Levantine `المسا`.
    ("الضهر", 12, true), ("ضهرا", 12, true), ("المسا", 19, true), ("بالمسا", 19, true),
];

/// Parts of the day that may follow a day without a clock (`غدا صباحا`, `امبارح بالليل`): the mention
/// covers them, the value stays the day. Fewer than [`DAY_PARTS`]: `م`, `المغرب` or `العشاء` after a
/// day are other words (`وصل أمس المغرب`). `ب` + one of [`DAY_PARTS_AFTER_BA`] is the scanner's split of `بالليل`.
pub const DAY_PARTS_AFTER_DAY: &[&str] =
    &["صباحا", "صباح", "مساء", "مساءا", "ظهرا", "عصرا", "ليلا", "فجرا", "ضحي", "بالليل", "الصبح", "بالصبح", "المسا", "بالمسا", "العصريه", "العصر",
      // Maghrebi, with its glued `ف` ("in"): `غدوة الصباح`, `البارح فالليل`, `ليوم فالعشية`.
      "الصباح", "فالصباح", "فالصبح", "فالليل", "العشيه", "فالعشيه"];
pub const DAY_PARTS_AFTER_BA: &[&str] = &["الليل", "الصبح", "المسا", "الصباح"];
/// Parts of the day named before their day (`صباح الغد`, `مساء الخميس`, `فجر يوم السبت`): in the mention,
/// the value stays the day.
pub const DAY_PARTS_BEFORE_DAY: &[&str] = &["صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليله", "ظهيره", "صبيحه", "عشيه"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    #[test]
    fn tables_are_in_matching_form() {
        for (w, _) in MONTHS.iter().chain(SOLAR_MONTHS).chain(HIJRI_MONTHS).chain(WEEKDAYS).chain(BARE_WEEKDAYS) {
            assert_eq!(fold(w), *w, "help: {w:?} must be written in matching form");
        }
        for (w, _) in ORDINALS.iter().chain(CARDINALS).chain(TENS) {
            assert_eq!(fold(w), *w, "help: {w:?}");
        }
        for (w, _) in UNITS.iter().chain(DUALS) {
            assert_eq!(fold(w), *w, "help: {w:?}");
        }
    }
}
