//! Habits and opening hours: clock times and bare weekdays said of what happens every day or week
//! (`يفتح المتحف يوميا من التاسعة صباحا حتى الخامسة مساء`, `ستة أيام في الأسبوع حتى الثامنة مساء`, `ساعات
//! العمل من الأحد إلى الخميس من 9 صباحا إلى 5 مساء`, `المحل مسكّر أيام الجمعة`) are no dates: no point on the
//! timeline. A day said with them (`غدا`, `اعتبارا من 1 نوفمبر`) stays one.

use super::{Found, Scanner};
use crate::date::expr::{Expr, Rel};
use crate::segment::Kind;
use crate::words::one_of;

/// A clock time without its day, a bare weekday, or a range of them.
fn clocky(e: &Expr) -> bool {
    match e {
        Expr::Clock(..) | Expr::Weekday { rel: Rel::Bare, .. } => true,
        Expr::At(inner, ..) => matches!(**inner, Expr::Weekday { rel: Rel::Bare, .. }),
        Expr::Range(a, b) => (matches!(**a, Expr::Now) || clocky(a)) && clocky(b),
        _ => false,
    }
}

impl Scanner {
    /// A habit's cue at token `k` (matching form): `يوميا`, `كل يوم/صباح/جمعة`, `في/بالأسبوع`, `أيام الأسبوع`,
    /// `ساعات العمل`, `أوقات الدوام`, `مواعيد الزيارة`; `أيام` right before a weekday (`أيام الجمعة`).
    fn habit_cue(&self, k: usize) -> bool {
        let w = self.w(k);
        one_of!(w, ["يوميا", "اسبوعيا"])
            || one_of!(w, ["كل", "لكل"])
                && one_of!(self.w(k + 1), ["يوم", "صباح", "مساء", "ليله", "نهار", "اسبوع", "جمعه", "سبت", "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس"])
            || w == "الاسبوع" && k > 0 && self.is(k - 1, &["في", "ب", "ايام", "طوال"])
            || one_of!(w, ["ساعات", "اوقات", "مواعيد"])
                && one_of!(self.w(k + 1), ["العمل", "الدوام", "الزياره", "الدخول", "الاستقبال", "الافتتاح", "الفتح", "الزيارات"])
            || w == "ايام" && self.t.get(k + 1).is_some_and(|t| super::lookup(super::WEEKDAYS, &t.n).is_some())
    }
}

/// Drops the clock times and bare weekdays (see [`clocky`]) within six tokens of a habit's cue, or of one
/// already dropped, in the same sentence; and a bare weekday range whose end has its hours (`من السبت إلى
/// الخميس من الساعة 8 صباحا حتى 2 ظهرا`: a working week).
pub(super) fn drop_habits(s: &Scanner, out: &mut Vec<Found>) {
    let tok = |byte: usize| s.t.partition_point(|t| t.start < byte);
    let spans: Vec<(usize, usize)> = out.iter().map(|f| (tok(f.start), tok(f.end).saturating_sub(1))).collect();
    let inside = |k: usize| spans.iter().any(|&(a, b)| (a..=b).contains(&k));
    let mut cues: Vec<(usize, usize)> = (0..s.t.len()).filter(|&k| s.habit_cue(k) && !inside(k)).map(|k| (k, k + 1)).collect();
    for d in 1..out.len() {
        let (a, b) = (spans[d - 1], spans[d]);
        if matches!(out[d - 1].expr, Expr::Weekday { rel: Rel::Bare, .. })
            && matches!(&out[d].expr, Expr::At(..) | Expr::Range(..))
            && clocky(&out[d].expr)
            && a.0 > 0
            && s.is(a.0 - 1, &["من"])
            && (a.1 + 1..b.0).all(|k| s.is(k, &["الي", "حتي", "لغايه", "ل", "-"]))
        {
            cues.push((a.0, a.1 + 1));
        }
    }
    if cues.is_empty() {
        return;
    }
    let ends = |x: usize, y: usize| (x..y).any(|k| s.t[k].kind == Kind::Punct && one_of!(&*s.t[k].n, [".", "!", "؟", "?", "\n"]));
    let mut dropped = vec![false; out.len()];
    let mut changed = true;
    while changed {
        changed = false;
        for d in 0..out.len() {
            let (a, b) = spans[d];
            let near = |&(lo, hi): &(usize, usize)| {
                let (x, y) = if hi <= a { (hi, a) } else if lo > b { (b, lo) } else { (a, a) };
                y - x <= 6 && !ends(x, y)
            };
            if !dropped[d] && clocky(&out[d].expr) && cues.iter().any(near) {
                dropped[d] = true;
                cues.push((a, b + 1));
                changed = true;
            }
        }
    }
    let mut d = 0;
    out.retain(|_| {
        d += 1;
        !dropped[d - 1]
    });
}
