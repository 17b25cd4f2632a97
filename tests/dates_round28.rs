//! Round 28: a month's two names side by side with nothing between them.
//!
//! Levantine and Iraqi papers write a Gregorian month by both its names, and a slash or brackets between
//! them are often dropped in copy (`12 آب أغسطس 2025`, `كانون الأول ديسمبر المقبل`). Read as two months, the
//! day lost its year (`12 آب` took the reference's, `أغسطس 2025` came apart) and a direction after the pair
//! went to the second name alone. The pair is one month when both names give the same month; a list of
//! different months (`يناير فبراير مارس`, a table's header) stays apart. Before the fix 7 of the 26 lines
//! of part 1 were right (the controls and the slashed forms); after, all.
//!
//! 2. A yearless day or month told in the past: the window (9 months back, 3 ahead) put `وقعت الاتفاقية في
//!    15 يناير`, said in December, in the coming January. A perfect verb of its own clause just before the
//!    date (`Scanner::tense_near`: six words at most, no `أن`, relative pronoun or noun of a start such as
//!    `بدء`/`موعد` or imperfect verb between) now reads it
//!    as the last one when the window would put it more than a month ahead, as a future marker already
//!    read one more than a month back as the next. Before the fix the 8 such lines below were all wrong
//!    (the 10 controls right); after, all 18.
//!
//! Format as in `dates_breadth.rs`: `expected =mention | sentence`; `!` no date; `-` vague; `? ` a known miss.
#![cfg(not(target_arch = "wasm32"))]

mod common;

const CASES: &str = "
@ 2026-12-07
# a day, both names, a year: the year is the pair's, whichever name comes first
2025-08-12 =12 آب أغسطس 2025 | افتتح الجسر الجديد يوم 12 آب أغسطس 2025 بحضور المحافظ
2024-03-03 =3 آذار مارس 2024 | توقفت المفاوضات في 3 آذار مارس 2024 دون اتفاق
2023-10-28 =28 أكتوبر تشرين الأول 2023 | صدر المرسوم في 28 أكتوبر تشرين الأول 2023
2025-01-09 =٩ كانون الثاني يناير ٢٠٢٥ | غادر الوفد بغداد في ٩ كانون الثاني يناير ٢٠٢٥
2022-06-30 =الثلاثين من حزيران يونيو 2022 | انتهت المهلة في الثلاثين من حزيران يونيو 2022
2021-11-01 =1 تشرين الثاني نوفمبر 2021 | بدأ الإضراب في 1 تشرين الثاني نوفمبر 2021 في المدارس
# a month and its year, or a month and a direction: one month
2025-05 =أيار مايو 2025 | ارتفعت الأسعار في أيار مايو 2025 بنسبة كبيرة
2027-02 =شباط فبراير المقبل | تبدأ المرحلة الثانية في شباط فبراير المقبل
2026-11 =تشرين الثاني نوفمبر الماضي | سجلت البلاد في تشرين الثاني نوفمبر الماضي أعلى نسبة أمطار
2026-09 =سبتمبر أيلول الماضي | أعلنت الشركة أرباحها في سبتمبر أيلول الماضي
2026-12 =كانون الأول ديسمبر الجاري | تنتهي الدورة في كانون الأول ديسمبر الجاري
2027-01 =يناير كانون الثاني 2027 | تدخل الاتفاقية حيز التنفيذ في يناير كانون الثاني 2027
# parts of months and a day with a direction of the pair
2027-02-01..2027-02-10 =مطلع شباط فبراير المقبل | يتوقع أن تصل الشحنة مطلع شباط فبراير المقبل
2026-11-21..2026-11-30 =أواخر تشرين الثاني نوفمبر الماضي | عاد السفير إلى عمله أواخر تشرين الثاني نوفمبر الماضي
2027-07-15 =منتصف تموز يوليو المقبل | يعقد المؤتمر منتصف تموز يوليو المقبل
2026-12-15 =الخامس عشر من كانون الأول ديسمبر | تصدر النتائج في الخامس عشر من كانون الأول ديسمبر
# the slashed and bracketed pairs as before
2025-08-12 =12 آب/أغسطس 2025 | افتتح الجسر يوم 12 آب/أغسطس 2025
2026-05 =أيار (مايو) الماضي | أقرت الحكومة الموازنة في أيار (مايو) الماضي
# one name then the other in a dateline, Eastern digits
2026-04-17 =١٧ نيسان أبريل ٢٠٢٦ | دمشق - ١٧ نيسان أبريل ٢٠٢٦ (سانا) - افتتح وزير الصحة مستشفى جديدا
2024-12-02 =2 ديسمبر كانون الأول 2024 | بيروت، 2 ديسمبر كانون الأول 2024 - عقد مجلس الوزراء جلسته
# controls: different months side by side are a list, not a pair; the first month keeps its own reading
2027-01 =يناير | الأشهر الأكثر برودة هي يناير فبراير ومارس
2027-03 =آذار | جدول المواعيد: آذار نيسان أيار
2026-03-05 =5 آذار | وصلت الشحنة الأولى في 5 آذار نيسان كان موعد الثانية
! | زار الأب مع ابنه المعرض
! | قرأت كتابا عن تاريخ تموز الإله عند الكنعانيين القدماء
2025-07 =تموز 2025 | وقعت الحادثة في تموز 2025 وفي آب تكررت
# 2. A yearless day or month told with a perfect verb just before it (its clause's own verb, four words
# at most, no `أن` between): the last one, when the window would put it more than a month ahead. In
# December, `وقعت الاتفاقية في 15 يناير` is last January's.
2026-01-15 =15 يناير | وقعت الاتفاقية في 15 يناير بحضور الوزيرين
2026-02-03 =3 شباط | وصلت الباخرة إلى ميناء طرطوس في 3 شباط
2026-01-20 =٢٠ كانون الثاني | تم تدشين الخط الجديد في ٢٠ كانون الثاني
2026-02 =فبراير | وتسلمت الشركة المشروع في فبراير
2026-03 =آذار | انطلقت الحملة الوطنية للتلقيح في آذار
2026-01-09 =التاسع من يناير | افتتحت المدرسة أبوابها في التاسع من يناير
2026-02-14 =14 فيفري | احتضنت قاعة المؤتمرات الملتقى يوم 14 فيفري
2026-01-28 =28 يناير | قد وصل الوفد في 28 يناير إلى الدوحة
# controls: the future, an embedded clause after `أن`, a verb too far off, a date within a month, a past
# date already behind, a relative pronoun between
2027-01-15 =15 يناير | ستبدأ الامتحانات النهائية في 15 يناير
2027-01-15 =15 يناير | أعلنت الوزارة أن التسجيل يبدأ في 15 يناير
2027-01-15 =15 يناير | أعلنت الوزارة بدء التسجيل في 15 يناير
2027-02 =فبراير | حددت اللجنة موعد الانتخابات في فبراير
2027-01-15 =15 يناير | أعلنت الحكومة الأحد خطة تبدأ في 15 يناير
2027-02-10 =10 فبراير | قالت الشركة إن المصنع يعمل بكامل طاقته في 10 فبراير
2027-02-01 =الأول من فبراير | أكدت الهيئة العامة للطرق والنقل بدء تطبيق القرار في الأول من فبراير
2026-12-20 =20 ديسمبر | وصلت الشحنة الأولى إلى الميناء في 20 ديسمبر
2026-10-05 =5 أكتوبر | وقعت الحادثة في 5 أكتوبر على الطريق السريع
2027-01-10 =10 يناير | نشرت الصحيفة الجدول الذي يبدأ في 10 يناير
";

#[test]
fn round_28_cases() {
    common::check_date_cases(CASES, 44);
}
