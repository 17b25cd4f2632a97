//! Ordinals that count something other than hours (a berth, a floor, a day of a conference, a round, a
//! session) before a part of the day: the part of the day is the date, the ordinal is no clock. A clock
//! in words is a feminine ordinal (`الثالثة`), a teen (`الحادي عشر`, `الثاني عشر`) or follows `الساعة`.
//! Seen on a full page of our own (`tests/e2e/pages/full6/lazy.html`: «رست في الرصيف الثالث صباح اليوم»
//! was 03:00); the variants are ours, in several dialects and markups of number.
//!
//! Format as in `dates_breadth.rs`: `expected =mention | sentence`; `!` no date; `? ` a known miss.
#![cfg(not(target_arch = "wasm32"))]

mod common;

const CASES: &str = "
@ 2025-03-09
# a masculine ordinal counts something: the part of the day is the date
2025-03-09 =صباح اليوم | رست السفينة في الرصيف الثالث صباح اليوم بعد رحلة طويلة
2025-03-08 =مساء أمس | اندلع الحريق في الطابق الخامس مساء أمس
2025-03-10 =ظهر الغد | يناقش المؤتمر في يومه الثاني ظهر الغد ملف المياه
2025-03-09 =فجر الأحد | خرجت الناقلة من الرصيف الرابع فجر الأحد
2025-03-07 =مساء الجمعة | فاز الفريق في الدور الثامن مساء الجمعة
2025-03-10 =صباح الغد | تستأنف المحكمة نظر القضية في جلستها للمرة في الشوط السادس صباح الغد
2025-03-08 =ليلة السبت | سقط الصاروخ على المبنى السابع ليلة السبت
2025-03-08 =عشية السبت | احتل المنتخب المركز التاسع عشية السبت
# clocks in words still are clocks
2025-03-09T15:00 =الثالثة عصرا | يبدأ الاجتماع في الثالثة عصرا
2025-03-09T23:00 =الحادي عشر ليلا | غادر الموكب في الحادي عشر ليلا
2025-03-09T12:00 =الثاني عشر ظهرا | ترفع الجلسة عند الثاني عشر ظهرا
2025-03-09T15:00 =الساعة الثالث عصرا | وصل الوفد الساعة الثالث عصرا
2025-03-09T11:00 =الحادية عشرة صباحا | تفتح الصناديق في الحادية عشرة صباحا
2025-03-10T08:00 =الثامنة من صباح الغد | تنطلق القافلة في الثامنة من صباح الغد
# the tail of an ordinal teen is no clock either
! | بدأ الهجوم في اليوم الثالث عشر صباحا بحسب الشهود
! | حلت البعثة في المركز الخامس عشر مساء
";

#[test]
fn counted_ordinals_are_no_clocks() {
    common::check_date_cases(CASES, 16);
}
