//! Round 27 (d27): dates on a second corpus and calendar arithmetic checked against packages.
//!
//! 1. The classes Wojood's DATE spans showed naba missing or misreading (`examples/eval_dates_wojood.rs`
//!    against the public Wojood sample; README, "News date policy"), in our own words and numbers: none is a
//!    Wojood sentence. A year in brackets after its cue or its month (`عام (1933)`, `سنة (1325) هـ`, `تموز
//!    (1970)`, `بتاريخ (1996)`), or after a name or title (`صورة لميناء يافا (1936).`); a year after an event's
//!    noun (`حرب 1967`, `زلزال 1992`); two years by a spaced dash (`1936 - 1939`); `دقيقة` the adjective
//!    ("precise") after a feminine noun, no minute; and the controls that must stay no date (a resolution's or a
//!    law's number in brackets, a count in brackets before its noun, `1000 م مربع`).
//! 2. Hijri and Solar Hijri dates as Arabic and Persian news write them, their expected values from packages
//!    (nothing vendored): in a venv under /tmp, `pip install hijridate==2.6.0 jdatetime==6.1.1
//!    convertdate==2.5.1` (Python 3.11.7), then a script of ours (`random.seed(27)`) picked 30 lunar years in
//!    1350–1500 AH and 15 Solar years in 1300–1420 SH and, for each, month starts, month ends (29 and 30 days),
//!    the year's last day, Nowruz, 31 Shahrivar, 30 Mehr and 29/30 Esfand (leap years by `jdatetime.date(y, 1,
//!    1).isleap()`), converted them with `hijridate.Hijri(y, m, d).to_gregorian()` (Umm al-Qura) and
//!    `jdatetime.date(y, m, d).togregorian()`, and wrote each in one of six lunar and three Solar forms (`15
//!    رمضان 1445 هـ`, `١٤ ذو الحجة ١٤٤٦هـ`, `الثلاثين من ذي القعدة 1363`, `28/12/1363 هـ`, `١٣٦٦/٩/٦هـ`, `1 صفر عام
//!    1366 للهجرة`; `۱۲ فروردین ۱۴۰۳`, `4 تیر 1377`, `۱۳۷۶/۰۶/۳۱ ه.ش`). Years outside the Umm al-Qura table (before
//!    1343, after 1500: hijridate knows 1343–1500, the table's own range) against convertdate 2.5.1's tabular
//!    `islamic.to_gregorian`. The same script checked every month's first and last day of 1343–1500 AH (3,792
//!    days) and of 1300–1420 SH (2,904 days) through `naba dates`: all agreed but three 31-day months of the
//!    early official table (`31 جمادى الأولى 1345`), which naba refused; fixed here.
//!    The 30th of a month Umm al-Qura gives 29 days (`30 شعبان 1445 هـ`; hijridate refuses it) is the day after
//!    the 29th, written with the month's name as it already was in digits (`30/08/1445 هـ`).
//!
//! Format as in `dates_breadth.rs`: `expected =mention | sentence`; `!` no date; `-` vague; `? ` a known miss.
#![cfg(not(target_arch = "wasm32"))]

mod common;

const CASES: &str = "
@ 2026-12-07
# 1. Wojood's classes in our words. A year in brackets after its cue (archives, older papers); Hijri and AD eras after the bracket
1933 =عام (1933) | تأسست الجمعية الخيرية في القرية عام (1933) على يد وجهائها
1967 =سنة (1967) | هاجرت العائلة إلى عمّان سنة (1967) بعد الحرب
2002 =العام (2002) | أعيد افتتاح المدرسة في العام (2002) بعد ترميمها
1979 =عام ( 1979 ) | صدر الكتاب عام ( 1979 ) عن دار نشر في بيروت
1935 =سنة (1935) م | ولد الشاعر سنة (1935) م في مدينة حيفا
1958 =سنة (1958) | صورة عقد بيع أرض يعود لسنة (1958)
1902-04-10..1903-03-29 =عام (1320) هجري | بني الخان عام (1320) هجري على طريق القوافل
1907-02-14..1908-02-03 =سنة (1325) هـ | وقفية مسجد القرية المؤرخة سنة (1325) هـ
1996 =(1996) | رسالة من رئيس البلدية بتاريخ (1996) إلى المحافظ
1948 =(1948) | غادر معظم سكان الحي قبل (1948) بسنوات
# a month, or a day and its month, then the year in brackets
1970-07 =تموز (1970) | وصل الوفد إلى دمشق في تموز (1970) لإجراء مباحثات
1985-02 =شباط (1985) | افتتح المستشفى الجديد في شباط (1985)
1992-04 =نيسان ( 1992 ) | عقد المؤتمر الأول في نيسان ( 1992 ) في القدس
1982-10-10 =10 تشرين الأول (1982) | توفي والده في 10 تشرين الأول (1982) بعد مرض
2011-03 =مارس (2011) | اندلعت الاحتجاجات في مارس (2011) في عدة مدن
# a year in brackets after a name or a title, before a stop or a comma (a caption, a film, a letter)
1936 =(1936) | صورة لميناء يافا (1936).
1976 =(1976) | شاهدنا فيلم الرسالة (1976)، وهو من إخراج العقاد
1929 =(1929) | رسالة من المجلس الإسلامي إلى بلدية الخليل (1929)
# controls: a resolution's, a law's or a count's number in brackets; metres
! | طالب الوفد بتطبيق قرار مجلس الأمن رقم (2254).
! | دعا البيان إلى تنفيذ القرار (2254).
! | نص القانون رقم (5) لسنة (2019) على إنشاء الهيئة
! | بلغ عدد المشاركين في الماراثون (2000).
! | وزعت الجمعية (2000) سلة غذائية على الأسر
! | اشترى قطعة أرض مساحتها 1000 م مربع
# a year after an event's noun
1967 =1967 | تغيرت خريطة المنطقة بعد حرب 1967
1992 =1992 | دمر زلزال 1992 مئات المنازل في القاهرة
1919 =1919 | شارك جده في ثورة 1919 ضد الاحتلال
1987 =1987 | اعتقل خلال انتفاضة 1987 مرتين
2021 =2021 | قاطع الحزب انتخابات 2021 التشريعية
! | خلفت المعارك 2000 قتيل
# two years by a spaced dash
1936..1939 =1936 - 1939 | أرشيف صور ثورة 1936 - 1939 في فلسطين
2014..2018 =2014 - 2018 | ارتفع الدين العام خلال الفترة 2014 - 2018 بشكل كبير
2020..2022 =2020 - 2022 | تولى إدارة النادي في الأعوام 2020 - 2022
! | سجل المؤشر 2050 - 2070 نقطة
# `دقيقة` the adjective after a feminine noun or `غير` is no minute; the noun stays one
! | تابع الخبراء الوضع بصورة دقيقة
! | قدمت الوزارة معلومات غير دقيقة عن الحادث
! | نفذ الجراح العملية بطريقة دقيقة
PT1M =دقيقة | انتظر دقيقة ثم غادر القاعة

# 2. Calendars. The early Umm al-Qura table's 31-day months (hijridate has them)
1926-12-06 | 31 جمادى الأولى 1345 هـ
1930-04-29 | ٣١ ذو القعدة ١٣٤٨ هـ
1931-04-18 | 31 ذي القعدة 1349 هـ
# the 30th of a month Umm al-Qura gives 29 days: the day after the 29th, by name as in digits
2024-03-11 | 30 شعبان 1445 هـ
2024-03-11 | 30/08/1445 هـ
2025-03-30 | ٣٠ رمضان ١٤٤٦ هـ
2025-08-24 | الثلاثين من صفر 1447
# a weekday that says the writer's 30th is Umm al-Qura's 29th (a page's date line: Wednesday is 2016-03-09)
? 2016-03-09 | الأربعاء 30 جمادى الأولى 1437
# forms news write (hijridate): the first of a month, a weekday before the day
2025-06-26 | الأول من محرم 1447
2025-03-01 | غرة رمضان 1446 هـ
2025-06-10 | الثلاثاء 14 ذو الحجة 1446 هـ
2024-04-10 | ١ شوال ١٤٤٥هـ
# outside the Umm al-Qura table: the tabular calendar (convertdate's islamic.to_gregorian)
1882-11-12 | 1 محرم 1300 هـ
1902-12-16 | 15 رمضان 1320 هـ
1917-10-16 | ٢٩ ذو الحجة ١٣٣٥ هـ
1924-01-09 | 1 جمادى الآخرة 1342 هـ
2081-10-04 | 1 محرم 1505 هـ
2087-04-04 | غرة رمضان 1510 هـ
2097-04-12 | 29 ذي الحجة 1520 هـ
# hijridate 2.6.0 (Umm al-Qura), 1350-1500 AH: month starts and ends, 29- and 30-day months, years' last days
1934-06-13 | 1 ربيع الأول 1353 هـ
1935-04-04 | ٣٠ ذي الحجة ١٣٥٣هـ
1944-11-15 | الثلاثين من ذي القعدة 1363
1944-12-13 | 28/12/1363 هـ
1947-07-24 | ١٣٦٦/٩/٦هـ
1946-12-25 | 1 صفر عام 1366 للهجرة
1949-02-28 | 1 جمادى الأولى 1368 هـ
1948-12-01 | ٣٠ محرم ١٣٦٨هـ
1951-09-02 | الثلاثين من ذو القعدة 1370
1950-11-18 | 07/02/1370 هـ
1963-01-20 | ١٣٨٢/٨/٢٤هـ
1962-08-01 | 1 ربيع الأول عام 1382 للهجرة
1976-08-26 | 1 رمضان 1396 هـ
1976-03-30 | ٣٠ ربيع الأول ١٣٩٦هـ
1979-12-19 | الثلاثين من محرم 1400
1980-11-08 | 30/12/1400 هـ
1991-05-04 | ١٤١١/١٠/٢٠هـ
1991-01-16 | 1 رجب عام 1411 للهجرة
1992-10-26 | 1 جمادى الأولى 1413 هـ
1993-02-21 | ٣٠ شعبان ١٤١٣هـ
1993-07-19 | التاسع والعشرين من محرم 1414
1993-09-13 | 27/03/1414 هـ
1994-10-12 | ١٤١٥/٥/٧هـ
1995-01-02 | 1 شعبان عام 1415 للهجرة
1999-12-09 | 1 رمضان 1420 هـ
2000-01-07 | ٣٠ رمضان ١٤٢٠هـ
2002-06-11 | الثلاثين من ربيع الأول 1423
2003-02-18 | 17/12/1423 هـ
2011-08-04 | ١٤٣٢/٩/٤هـ
2011-11-25 | 29 ذو الحجة عام 1432 للهجرة
2013-11-04 | 1 محرم 1435 هـ
2014-04-29 | ٢٩ جمادى الآخرة ١٤٣٥هـ
2017-11-18 | التاسع والعشرين من صفر 1439
2018-02-13 | 27/05/1439 هـ
2024-04-03 | ١٤٤٥/٩/٢٤هـ
2024-06-07 | 1 ذو الحجة عام 1445 للهجرة
2031-08-20 | 1 جمادى الأولى 1453 هـ
2031-12-14 | ٢٩ شعبان ١٤٥٣هـ
2033-01-01 | التاسع والعشرين من رمضان 1454
2033-01-03 | 02/10/1454 هـ
2034-07-24 | ١٤٥٦/٥/٨هـ
2034-10-13 | 1 شعبان عام 1456 للهجرة
2036-10-20 | 1 رمضان 1458 هـ
2037-02-15 | ٣٠ ذو الحجة ١٤٥٨هـ
2040-11-05 | الثلاثين من شوال 1462
2040-07-07 | 27/06/1462 هـ
2050-01-05 | ١٤٧٢/٤/١١هـ
2050-08-19 | 1 ذو الحجة عام 1472 للهجرة
2051-10-06 | 1 صفر 1474 هـ
2052-05-28 | ٢٩ رمضان ١٤٧٤هـ
2053-03-20 | التاسع والعشرين من رجب 1475
2053-04-14 | 25/08/1475 هـ
2059-06-17 | ١٤٨٢/١/٧هـ
2059-11-06 | 1 جمادى الآخرة عام 1482 للهجرة
2063-04-30 | 1 محرم 1486 هـ
2063-08-24 | ٢٩ ربيع الآخر ١٤٨٦هـ
2065-10-30 | الثلاثين من رجب 1488
2066-03-26 | 30/12/1488 هـ
2073-08-02 | ١٤٩٦/٧/٢٨هـ
2073-02-08 | 1 صفر عام 1496 للهجرة
# jdatetime 6.1.1 (Solar Hijri), 1300-1420 SH: Nowruz, 31 Shahrivar, 30 Mehr, 29 and 30 Esfand, other days
1926-03-22 | ۱ فروردین ۱۳۰۵
1926-07-24 | 1 مرداد 1305
1929-09-22 | 31 شهریور 1308
1930-02-05 | ۱۳۰۸/۱۱/۱۶ ه.ش
1931-10-23 | ۱۳۱۰/۰۷/۳۰ ه.ش
1931-06-01 | ۱۰ خرداد ۱۳۱۰
1935-03-21 | ۳۰ اسفند ۱۳۱۳
1934-12-06 | 15 آذر 1313
1939-03-20 | 29 اسفند 1317
1938-07-18 | ۱۳۱۷/۰۴/۲۷ ه.ش
1944-03-21 | ۱۳۲۳/۰۱/۰۱ ه.ش
1944-10-18 | ۲۶ مهر ۱۳۲۳
1950-09-22 | ۳۱ شهریور ۱۳۲۹
1950-08-13 | 22 مرداد 1329
1958-10-22 | 30 مهر 1337
1958-07-08 | ۱۳۳۷/۰۴/۱۷ ه.ش
1969-03-20 | ۱۳۴۷/۱۲/۲۹ ه.ش
1968-06-13 | ۲۳ خرداد ۱۳۴۷
1981-03-20 | ۲۹ اسفند ۱۳۵۹
1981-03-02 | 11 اسفند 1359
1982-03-21 | 1 فروردین 1361
1983-01-13 | ۱۳۶۱/۱۰/۲۳ ه.ش
1997-09-22 | ۱۳۷۶/۰۶/۳۱ ه.ش
1997-04-18 | ۲۹ فروردین ۱۳۷۶
1998-10-22 | ۳۰ مهر ۱۳۷۷
1998-06-25 | 4 تیر 1377
2027-03-20 | 29 اسفند 1405
2026-11-11 | ۱۴۰۵/۰۸/۲۰ ه.ش
2031-03-20 | ۱۴۰۹/۱۲/۲۹ ه.ش
2031-01-10 | ۲۰ دی ۱۴۰۹
# a Solar day in a sentence, and a yearless 30th of a 29-day Ramadan (the window's, not a year off)
2024-03-31 =۱۲ فروردین ۱۴۰۳ | برگزاری نمایشگاه در ۱۲ فروردین ۱۴۰۳ آغاز شد
@ 2025-04-05
2025-03-30 =30 رمضان | تعطلت الدوائر الرسمية يوم 30 رمضان
";

/// The known misses (`? ` in [`CASES`]), each with why it stays and what naba gives now: a known miss that
/// changes, fixed or not, fails here until its line and its pin are brought up to date.
const KNOWN: &[(&str, &str, &str)] = &[(
    "الأربعاء 30 جمادى الأولى 1437",
    "a 30th Umm al-Qura lacks, with a weekday that puts it on the 29th (the writer's month began a day earlier): the day after the 29th is read, the weekday does not decide",
    "الأربعاء 30 جمادى الأولى 1437=Some(\"2016-03-10\")..None",
)];

#[test]
fn round_27_cases() {
    common::check_date_cases(CASES, 145);
}

#[test]
fn round_27_known_misses_are_pinned() {
    common::check_known_date_misses(CASES, KNOWN);
}
