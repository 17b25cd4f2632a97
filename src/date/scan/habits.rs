//! Habits and opening hours: clock times and bare weekdays said of what happens every day or week
//! (`يفتح المتحف يوميا من التاسعة صباحا حتى الخامسة مساء`, `ستة أيام في الأسبوع حتى الثامنة مساء`, `ساعات
//! العمل من الأحد إلى الخميس من 9 صباحا إلى 5 مساء`) are no dates: no point on the
//! timeline. A day said with them (`غدا`, `اعتبارا من 1 نوفمبر`) stays one.

use super::Scanner;
use crate::date::expr::{Expr, Rel};
use crate::words::one_of;

/// A clock time without its day (`Some(true)`), a bare weekday (`Some(false)`), or a range of them.
pub(super) fn clocky(e: &Expr) -> Option<bool> {
    match e {
        Expr::Clock(..) => Some(true),
        Expr::Weekday { rel: Rel::Bare, .. } => Some(false),
        Expr::At(inner, ..) if matches!(**inner, Expr::Weekday { rel: Rel::Bare, .. }) => Some(true),
        Expr::Range(a, b) if matches!(**a, Expr::Now) || clocky(a).is_some() => clocky(b),
        _ => None,
    }
}

impl Scanner {
    /// Whether a habit's cue is among tokens `lo..hi` (matching form): `يوميا`, `عادة`, `غالبا ما`, `كل يوم/صباح/جمعة/عام`,
    /// `في/بالأسبوع`, `أيام الأسبوع`, `ساعات العمل`, `أوقات الدوام`, `مواعيد العمل`.
    pub(super) fn habit_near(&self, lo: usize, hi: usize) -> bool {
        (lo..hi).any(|k| {
            let (w, next) = (self.w(k), self.w(k + 1));
            one_of!(w, ["يوميا", "اسبوعيا", "سنويا", "عاده", "العاده"])
                || w == "غالبا" && next == "ما"
                || one_of!(w, ["كل", "لكل", "ساعات", "اوقات", "مواعيد"])
                    && one_of!(next, ["يوم", "صباح", "مساء", "اسبوع", "جمعه", "العمل", "الدوام", "عام", "سنه"])
                || w == "الاسبوع" && self.is(k.wrapping_sub(1), &["في", "ب", "ايام", "طوال"]) && self.dir(k + 1, true).is_none()
        })
    }
}
