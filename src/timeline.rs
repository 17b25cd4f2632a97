//! Timeline: the dated clauses of an article, in date order.
//!
//! Input: an article with its paragraphs, entities and resolved dates (byte offsets). Output: one
//! [`TimelineEntry`] per dated event — the sentence around the date, with the ids of the entities in it.
//! Several dates with the same value in one sentence are one entry; durations are not events; a vague
//! date (`قبل أيام`) sits at its reference and is marked `vague`. The publication date line is not
//! body text, so it is an event only when the text itself says something happened then.

use crate::date::calendar::Date;
use crate::model::{Article, Grain, TimelineEntry};
use crate::segment::UnitSentences;

/// A sort key for an ISO value at any grain: (first day, grain rank, time).
fn sort_key(value: &str) -> (i64, u8, [u8; 3]) {
    let first_day = if let Some((y, w)) = value.split_once("-W") {
        let (y, w): (i32, i64) = (y.parse().unwrap_or(0), w.parse().unwrap_or(1));
        Date::new(y, 1, 4).map(|j| j.days() - (j.weekday() as i64 - 1) + 7 * (w - 1)).unwrap_or(0)
    } else {
        let y: i32 = value.get(..4).and_then(|v| v.parse().ok()).unwrap_or(0);
        let m: u8 = value.get(5..7).and_then(|v| v.parse().ok()).unwrap_or(1);
        let d: u8 = value.get(8..10).and_then(|v| v.parse().ok()).unwrap_or(1);
        Date::new(y.max(1), m, d).map(Date::days).unwrap_or(0)
    };
    // Coarser values first on the same first day (a month before its first day's events).
    let rank = match value.len() {
        4 => 0,
        7 => 1,
        8 => 2,
        10 => 3,
        _ => 4,
    };
    // The time of day (`T14:30`, `T09:05:30`) as hours, minutes, seconds.
    let mut time = [0u8; 3];
    if let Some(t) = value.get(10..).and_then(|t| t.strip_prefix('T')) {
        for (slot, part) in time.iter_mut().zip(t.split(':')) {
            *slot = part.get(..2).and_then(|p| p.parse().ok()).unwrap_or(0);
        }
    }
    (first_day, rank, time)
}

/// The timeline of one analysed article (byte offsets into `text`); `unit_sentences` holds the
/// sentences of the units already read (by the entity tagger) and takes those found here.
pub fn build(text: &str, article: &Article, unit_sentences: &mut UnitSentences) -> Vec<TimelineEntry> {
    // The title and paragraphs in text order; each one's sentences (absolute, trimmed ranges) are
    // found when a date first falls in it (most paragraphs of a long article hold none).
    let mut units: Vec<(usize, usize)> = article.title.iter().chain(&article.paragraphs).map(|p| (p.start, p.end)).collect();
    crate::sort::by_key(&mut units, |&(a, b)| crate::sort::pair(a as u64, b as u64));
    let mut sentences_of: crate::hash::FastMap<usize, Vec<(usize, usize)>> = Default::default();
    let mut sentence_at = |pos: usize, end: usize| -> Option<(usize, usize)> {
        let k = units.partition_point(|&(a, _)| a <= pos).checked_sub(1)?;
        let spans = sentences_of.entry(k).or_insert_with(|| {
            let mut spans = Vec::new();
            for r in unit_sentences.of(text, units[k]) {
                let s = &text[r.clone()];
                let a = r.start + (s.len() - s.trim_start().len());
                let b = a + s.trim().len();
                if b > a {
                    spans.push((a, b));
                }
            }
            spans
        });
        // The sentences are in order and apart: the last one starting at or before the date.
        let at = spans.partition_point(|&(a, _)| a <= pos);
        at.checked_sub(1).map(|i| spans[i]).filter(|&(_, b)| end <= b)
    };
    let reference = article.published.as_ref().and_then(|p| p.value.clone());
    let mut entries: Vec<TimelineEntry> = Vec::new();
    // The entities in text order, for the search below.
    let mut entities: Vec<&crate::model::Entity> = article.entities.iter().collect();
    crate::sort::by_key(&mut entities, |e| e.start as u128);
    // Sentence start → its entries: several dates with one value in a sentence are one event.
    let mut seen: crate::hash::FastMap<usize, Vec<usize>> = Default::default();
    for d in &article.dates {
        if d.kind == "duration" {
            continue;
        }
        let (value, end_value, grain, vague) = match (&d.value, &reference) {
            (Some(v), _) => (v.clone(), d.end_value.clone(), d.grain, false),
            (None, Some(r)) => (r.clone(), None, Grain::Day, true),
            (None, None) => continue,
        };
        let Some((a, b)) = sentence_at(d.start, d.end) else { continue };
        let here = seen.entry(a).or_default();
        if let Some(&k) = here.iter().find(|&&k| entries[k].value.as_deref() == Some(value.as_str()) && entries[k].end_value == end_value) {
            entries[k].vague &= vague;
            continue;
        }
        here.push(entries.len());
        let mut ids: Vec<String> = Vec::new();
        // Entities are in text order: those from the sentence's start on, up to its end.
        let from = entities.partition_point(|e| e.start < a);
        for e in entities[from..].iter().take_while(|e| e.start < b).filter(|e| e.end <= b) {
            if !ids.contains(&e.id) {
                ids.push(e.id.clone());
            }
        }
        entries.push(TimelineEntry { value: Some(value), end_value, grain, start: a, end: b, text: text[a..b].to_string(), entities: ids, vague });
    }
    // Each entry's key is computed once (a comparison sort would compute it per comparison), packed in
    // 128 bits for the core's one sort: first day, grain rank, time of day, vague after exact, position.
    crate::sort::by_key(&mut entries, |x| {
        let (days, rank, [h, m, s]) = sort_key(x.value.as_deref().unwrap_or(""));
        let time = (h as u128) << 16 | (m as u128) << 8 | s as u128;
        ((days + (1 << 40)) as u128) << 64 | (rank as u128) << 56 | time << 32 | (x.vague as u128) << 31 | x.start.min(0x7fff_ffff) as u128
    });
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_sort_by_first_day_then_grain() {
        let mut v = vec!["2025-10-20", "2022-02", "2025-W42", "2025-10-16T10:30", "2025-10-16", "2025"];
        v.sort_by_key(|x| sort_key(x));
        assert_eq!(v, ["2022-02", "2025", "2025-W42", "2025-10-16", "2025-10-16T10:30", "2025-10-20"]);
        // Times of one day in clock order, with or without seconds.
        let mut t = vec!["2025-10-16T18:00", "2025-10-16T09:05:30", "2025-10-16T10:30", "2025-10-16T09:05"];
        t.sort_by_key(|x| sort_key(x));
        assert_eq!(t, ["2025-10-16T09:05", "2025-10-16T09:05:30", "2025-10-16T10:30", "2025-10-16T18:00"]);
    }
}
