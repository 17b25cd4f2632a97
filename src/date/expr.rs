//! What the scanner recognises, before resolution: a time expression as written, with the calendar
//! fields it names and the relations it states. Resolution (`resolve.rs`) turns it into a value.

use super::calendar::{Date, Time};
use super::lexicon::Unit;

/// Which occurrence of a weekday or unit is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// No qualifier: news policy reads the most recent one on or before the reference.
    Bare,
    /// الماضي / الماضية / الفائت: strictly before.
    Last,
    /// المقبل / القادم / التالي: strictly after.
    Next,
    /// هذا / الحالي: in the reference's own week/month/year.
    This,
}

/// A part of a month: مطلع/أوائل (days 1–10), منتصف (the 15th), أواخر/نهاية (day 21 to the end); بقية/باقي/ما
/// تبقى من (Rest): from the reference to the end of its week, month or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Early,
    Mid,
    Late,
    Rest,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// A calendar day; the year may be missing (`16 أكتوبر`). `weekday` is what the text said, if anything.
    Day { y: Option<i32>, m: u8, d: u8, weekday: Option<u8> },
    /// A Gregorian date already converted from another calendar (Hijri, Solar Hijri).
    Converted(Date),
    /// A numeric date whose year is Hijri with no era (`1403/12/15`, `۱۴۰۴/۰۸/۲۷`): lunar or Solar, the
    /// reading nearer the reference (the lunar one without a reference).
    EitherHijri(Date, Date),
    /// A Hijri day without a year (`14 رمضان`): resolved in the reference's Hijri year.
    HijriDay { m: u8, d: u8 },
    /// A Solar Hijri day without a year (`20 مرداد`): in the Solar year that puts it in the news window.
    SolarDay { m: u8, d: u8 },
    /// A Hijri month (`رمضان 1446`).
    HijriMonth { y: i32, m: u8 },
    /// A month, the year may be missing (`فبراير 2022`, `في فبراير`).
    Month { y: Option<i32>, m: u8 },
    /// A part of a month (`أواخر أكتوبر`).
    MonthPart { y: Option<i32>, m: u8, part: Part },
    Year(i32),
    /// A weekday (`الجمعة الماضية`, `يوم الاثنين`).
    Weekday { wd: u8, rel: Rel },
    /// Today + k days (`أمس` = -1, `بعد غد` = +2).
    RelDay(i64),
    /// The unit around the reference moved by k (`الأسبوع الماضي` = week -1, `هذا العام` = year 0).
    RelUnit { unit: Unit, k: i64 },
    /// The reference moved by n units (`قبل 3 أيام` = -3 days, `بعد شهرين` = +2 months), to the day
    /// however many units (`منذ عشر سنوات` is the reference's day ten years before, as dateparser and
    /// chrono read it).
    Offset { n: i64, unit: Unit },
    /// The reference's day k years away (`في مثل هذا اليوم قبل عشرين عاما`, `… من العام الماضي`).
    OnThisDay(i64),
    /// A vague time (`قبل أيام`, `مؤخرا`): no value, only a grain.
    Vague { unit: Unit },
    /// A length of time (`لمدة ثلاثة أيام`), not a point on the timeline.
    Duration { n: i64, unit: Unit },
    /// From one point to another, both included (`من 13 إلى 15 تموز`).
    Range(Box<Expr>, Box<Expr>),
    /// A point with a clock time (`الإثنين، 24 أغسطس 2020 09:23 ص`).
    At(Box<Expr>, Time, bool),
    /// A clock time alone (`الساعة 10:30 صباحا`): on the reference day. The flag: minutes were given.
    Clock(Time, bool),
    /// A season starting in month `start` (3, 6, 9, 12): the k-th one before/after the reference's (k = 0:
    /// the one holding the reference, or this year's), or the one of a year expression.
    Season { start: u8, k: i64, year: Option<Box<Expr>> },
    /// `months` months of a year from `first_month` (quarters and halves: `الربع الأول من 2016`).
    YearPart { first_month: u8, months: u8, year: Box<Expr> },
    /// A decade: tens 0–90 of a century (0 and 10 only from `العقد الأول/الثاني من القرن …`) given as the reference's moved by k (`Some(-1)`: القرن الماضي),
    /// or by its number minus one (`Some(19)`: القرن العشرين), or none (the latest begun by the reference).
    Decade { tens: u8, century: Option<i64> },
    /// A century: the n-th (`القرن العشرين`, n = 20: 1900–1999), or the reference's moved by k (`القرن الماضي`).
    Centuries { n: Option<i32>, k: i64 },
    /// n whole calendar decades just before (k < 0) or after (k > 0) the reference's, or the reference's own
    /// (k = 0): `العقدين الماضيين`, `العقد المقبل`, `هذا العقد`.
    Decades { n: i64, k: i64 },
    /// The n-th ISO week of a year expression (`الأسبوع 47 من عام 2025`, `الأسبوع الـ12 من العام الجاري`).
    WeekOfYear { n: u8, year: Box<Expr> },
    /// The reference's quarter moved by k (`هذا الربع`, `الربع القادم`).
    QuarterRel { k: i64 },
    /// n days after a day expression (`ثاني أيام عيد الفطر` = the feast + 1).
    DayAfter { n: i64, base: Box<Expr> },
    /// The evening of the reference day moved by k days (`الليلة` 0, `الليلة الماضية` -1): 18:00 to midnight.
    Night(i64),
    /// The moment of the reference (`الآن`).
    Now,
    /// The n-th weekday of a month (`ثالث ثلاثاء في أيلول 2014`); n = -1 is the last one.
    /// (`day`: said weekday first with a masculine ordinal, `الثلاثاء الرابع من مارس`, which is also the
    /// day of that number: that day when it is that weekday.)
    NthWeekday { n: i8, wd: u8, month: Box<Expr>, day: bool },
    /// The n-th weekday after (or before) a day (`ثالث ثلاثاء بعد كريسماس 2014`).
    NthWeekdayFrom { n: i8, wd: u8, anchor: Box<Expr>, after: bool },
    /// The n-th week of a month (`الأسبوع الأول من أكتوبر`), n = -1 the last: weeks start on Monday and lie
    /// inside the month.
    WeekOfMonth { n: i8, month: Box<Expr> },
    /// The n-th day of a month given by an expression (`اليوم الأخير من شهر عشرة`, n = -1 the last).
    DayOfMonth { n: i8, month: Box<Expr> },
    /// A holiday, in a given Gregorian year or the next one around the reference.
    Holiday { holiday: Holiday, year: Option<i32> },
    /// A Hijri month in a Gregorian year (`رمضان 2019`).
    HijriMonthIn { m: u8, year: i32 },
    /// From the reference to n units after it (`خلال أسبوعين`, `في غضون يومين`).
    Within { n: i64, unit: Unit },
    /// A month named with a direction (`نوفمبر المقبل` k = 1, `شهر ستة الماضي` k = -1, `أيار بعد المقبل`
    /// k = 2): the k-th one after the reference's month, or before it (strictly).
    MonthDir { m: u8, k: i64 },
    /// A day of a named month with a direction (`5 آذار المقبل`): the k-th occurrence strictly after the
    /// reference (k > 0) or strictly before it (k < 0).
    DayDir { m: u8, d: u8, k: i64 },
    /// A day of a named month in the reference's year moved by k (`5 مارس من العام المقبل`).
    DayInYear { m: u8, d: u8, k: i64 },
    /// A weekday with a chained direction (`الجمعة قبل الماضية` k = -2, `السبت بعد المقبل` k = 2).
    WeekdayN { wd: u8, k: i64 },
    /// A weekday inside the ISO week k weeks from the reference's (`الأسبوع المقبل يوم الثلاثاء`).
    WeekdayInWeek { wd: u8, k: i64 },
    /// n whole units just before (k < 0) or just after (k > 0) the reference's unit (`الأسابيع الثلاثة
    /// القادمة`, `الأيام العشرة الماضية`); n = None: a vague stretch (`الأيام المقبلة`).
    UnitsSpan { unit: Unit, n: Option<i64>, k: i64 },
    /// A Hijri month by name and direction (`رمضان المقبل` k = 1, `شعبان الماضي` k = -1); k = 0 is a bare
    /// name (`في شهر رمضان`), the one nearest the reference's news window.
    HijriMonthDir { m: u8, k: i64 },
    /// A Solar Hijri month by name and direction (`بهمن الماضي` k = -1, `مهر المقبل` k = 1): its days, the
    /// k-th such month strictly after or before the reference.
    SolarMonthDir { m: u8, k: i64 },
    /// The Hijri month or year of the reference moved by k (`الشهر الهجري المقبل`, `العام الهجري المنصرم`).
    HijriUnit { year: bool, k: i64 },
    /// The reference moved by n Hijri months or years (`بعد شهرين هجريين`).
    HijriOffset { n: i64, year: bool },
    /// A Hijri year (`عام 1420 هـ`): its first day, at year grain.
    HijriYear(i32),
    /// A part of any month expression (`أواخر شعبان الماضي`, `نهاية الشهر المقبل`).
    PartOf { part: Part, month: Box<Expr> },
    /// A holiday without a year, read by the tense of its sentence: Rel::Last the most recent one on or
    /// before the reference (`أغلقت الأسواق عشية عيد الأضحى`), Rel::Next the next one on or after it
    /// (`سيزور … في عيد الفطر`).
    HolidayTensed { holiday: Holiday, rel: Rel },
    /// A month of the year before/after the reference's (`مارس السنة القادمة`).
    MonthRelYear { m: u8, k: i64 },
    /// A clock time said in GMT (`بتوقيت غرينتش`): moved to the reference's UTC offset when it has one.
    Gmt(Box<Expr>),
    /// A day or month without a year in a clause about the future (`ستعلن النتائج يوم 21 جوان`): the
    /// next one when the news window would put it more than a month back.
    Future(Box<Expr>),
    /// A day or month without a year in a clause about the past (`وصلت الشحنة في 5 آذار`): the last one
    /// when the news window would put it more than a month ahead.
    Past(Box<Expr>),
}

/// Holidays with a fixed place in the Hijri or Gregorian calendar (and Western Easter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    EidAlFitr,
    EidAlAdha,
    HijriNewYear,
    Mawlid,
    Christmas,
    Easter,
    NewYear,
    LabourDay,
    /// 9 Dhu al-Hijja (`يوم عرفة`).
    Arafah,
    /// 10 Muharram (`عاشوراء`).
    Ashura,
    /// 27 Ramadan (`ليلة القدر`, as commonly observed).
    LaylatAlQadr,
    /// 27 Rajab (`الإسراء والمعراج`).
    IsraMiraj,
    /// 21 March, the Arab Mother's Day (`عيد الأم`).
    MothersDay,
    /// 14 February (`عيد الحب`).
    Valentine,
    /// A civic day on a fixed month and day (a Gulf state's national day: `اليوم الوطني السعودي`).
    Fixed(u8, u8),
}
