//! Direction words after a unit, weekday or month, and their chains: `الماضي` (-1), `المقبل` (+1),
//! `قبل الماضي` (-2), `بعد المقبل` (+2), `قبل قبل الماضي` (-3), dialect relatives (`اللي فات`, `اللي جاي`)
//! and `الجاري`/`الحالي`/`ده`/`دي` (0). Every rule that takes a direction reads it here, so a new
//! direction word works after every unit, weekday and month at once.

/// "Last": strictly before.
pub const PAST: &[&str] = &[
    "الماضي", "الماضيه", "الماض", "الفائت", "الفائته", "الفايت", "الفايته", "المنصرم", "المنصرمه", "السابق", "السابقه",
    "المنقضي", "المنقضيه", "المنصرف", "الفارط", "الفارطه", "الفات",
    // Iraqi and Gulf feminine forms (`السنة الفاتت`, `السنة الفاتة`).
    "الفاتت", "الفاته",
];

/// "Next": strictly after.
pub const NEXT: &[&str] = &[
    "المقبل", "المقبله", "القادم", "القادمه", "الاتي", "الاتيه", "التالي", "التاليه", "الجاي", "الجايه", "الياي",
    "اليايه", "اللاحق", "اللاحقه",
];

/// "This": the reference's own unit.
pub const THIS: &[&str] = &["الحالي", "الحاليه", "الجاري", "الجاريه", "ده", "دي", "هذا", "هذه", "هاد", "هادا", "هادي", "هاذا", "هاي", "هذي"];

/// Dialect relative pronouns (`اللي فات`, `الي جاي`, `يلي جاي`; Maghrebi `لي` without the article: `العام لي
/// فات`, `الشهر لي جاي`). Each reads as a direction only before one of the verbs below.
const RELATIVE: &[&str] = &["اللي", "الي", "يلي", "الذي", "التي", "اللى", "لي"];
// (Gulf `طاف`: `الأسبوع اللي طاف`, `السنة اللي طافت`.)
const RELATIVE_PAST: &[&str] = &["فات", "فاتت", "مضي", "مضت", "راح", "راحت", "انقضي", "انقضت", "سبق", "سبقت", "طاف", "طافت"];
const RELATIVE_NEXT: &[&str] = &["جاي", "جايه", "ياتي", "تاتي", "يلي", "تلي", "جاي", "يجي", "تجي", "بعده", "بعدها"];

pub fn is_past(w: &str) -> bool {
    PAST.contains(&w)
}

pub fn is_next(w: &str) -> bool {
    NEXT.contains(&w)
}

/// A direction at word `i`: (end, k) with k the number of units moved (-1 last, +1 next, ±2 for `قبل
/// الماضي`/`بعد المقبل`). `this` also accepts the "this" words (k = 0).
pub fn direction<'a>(w: impl Fn(usize) -> &'a str, i: usize, this: bool) -> Option<(usize, i64)> {
    let mut j = i;
    let mut extra = 0i64;
    // Stacked قبل/بعد: each one moves a unit further in its direction.
    while matches!(w(j), "قبل" | "بعد") && j - i < 3 {
        extra += if w(j) == "قبل" { -1 } else { 1 };
        j += 1;
    }
    let x = w(j);
    let (end, base) = if is_past(x) {
        (j + 1, -1)
    } else if is_next(x) {
        (j + 1, 1)
    } else if RELATIVE.contains(&x) && RELATIVE_PAST.contains(&w(j + 1)) {
        (j + 2, -1)
    } else if RELATIVE.contains(&x) && RELATIVE_NEXT.contains(&w(j + 1)) {
        (j + 2, 1)
    } else if this && extra == 0 && THIS.contains(&x) {
        // `رمضان هذا العام`: the demonstrative takes its year.
        return Some((j + 1 + usize::from(x.starts_with('ه') && matches!(w(j + 1), "العام" | "السنه")), 0));
    } else {
        return None;
    };
    // `قبل` only stacks onto a past word, `بعد` onto a next word (`بعد الماضي` is not a direction).
    if extra != 0 && extra.signum() != base {
        return None;
    }
    Some((end, base + extra))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn read(text: &str) -> Option<(i64, usize)> {
        let words: Vec<String> = text.split_whitespace().map(fold).collect();
        direction(|k| words.get(k).map_or("", String::as_str), 0, true).map(|(e, k)| (k, e))
    }

    #[test]
    fn chains() {
        assert_eq!(read("الماضي"), Some((-1, 1)));
        assert_eq!(read("الفائتة"), Some((-1, 1)));
        assert_eq!(read("قبل الماضية"), Some((-2, 2)));
        assert_eq!(read("قبل قبل الماضي"), Some((-3, 3)));
        assert_eq!(read("بعد المقبل"), Some((2, 2)));
        assert_eq!(read("بعد الجاي"), Some((2, 2)));
        assert_eq!(read("اللي فات"), Some((-1, 2)));
        assert_eq!(read("اللي جاي"), Some((1, 2)));
        assert_eq!(read("لي فات"), Some((-1, 2)));
        assert_eq!(read("الفاتت"), Some((-1, 1)));
        assert_eq!(read("لي قال"), None);
        assert_eq!(read("الجاري"), Some((0, 1)));
        assert_eq!(read("بعد الماضي"), None);
        assert_eq!(read("قبل"), None);
    }
}
