//! Corrections after decoding, with what the name lists know for sure:
//! - a multi-word person or organisation from the lists (`وزارة الخارجية الروسية`, `البيت الأبيض`) that
//!   the model did not see is that entity, whole (the model's own decisions stand);
//! - a place name right after a media word (`صحيفة`, `وكالة`, `قناة`) is an organisation, and a one-word
//!   place of the lists typed otherwise after a place preposition (`عن كييف`) is a place;
//! - a word that is a one-word name of the lists with two neighbouring letters swapped (`بوادبست`, five
//!   letters or more, not a frequent word) is that name.

use super::features::{list_matches, Prepared, Vocab};
use super::gazetteer;
use super::model::{begin_of as b_of, is_inside};
use super::score::chunks;
use crate::model::Label;

fn set(labels: &mut [usize], start: usize, end: usize, l: Label) {
    let b = b_of(l);
    labels[start] = b;
    for k in &mut labels[start + 1..end] {
        *k = b + 1;
    }
    // A dangling I- after the new entity starts its own.
    if let Some(k) = labels.get_mut(end) {
        if is_inside(*k) {
            *k -= 1;
        }
    }
}

/// Applies the corrections to one sentence's labels.
pub fn correct(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    // Multi-word list names.
    for (start, len, label) in list_matches(prepared) {
        if len < 2 || label == Label::LOC {
            continue;
        }
        let end = start + len;
        // Where the model saw nothing, or only part of the name (`وكالة الأناضول` with `الأناضول` alone).
        let inside: Vec<(usize, usize, Label)> =
            chunks(labels).into_iter().filter(|&(a, b, _)| a < end && b > start).collect();
        let within = inside.iter().all(|&(a, b, _)| a >= start && b <= end);
        let partial = !inside.is_empty() && within && inside.iter().all(|&(a, b, _)| b - a < len);
        if (inside.is_empty() || partial) && labels.get(end).is_none_or(|&k| !is_inside(k)) {
            set(labels, start, end, label);
        }
    }
    for (a, b, ty) in chunks(labels) {
        let prev = if a > 0 { prepared[a - 1].w.as_str() } else { "" };
        // A place name right after a media word is the medium (`صحيفة الشرق الأوسط`).
        if ty == Label::LOC && matches!(prev, "صحيفه" | "وكاله" | "قناه" | "مجله" | "موقع" | "اذاعه" | "جريده" | "شبكه") {
            set(labels, a, b, Label::ORG);
            continue;
        }
        // A one-word place of the lists, typed otherwise, after a place preposition (`عن كييف`).
        if b - a == 1 && ty != Label::LOC {
            let p = &prepared[a];
            let place = [&p.noconj, &p.stem].iter().any(|w| gazetteer::single_word_type(w) == Some(Label::LOC));
            let cue = matches!(prev, "في" | "الي" | "من" | "عن" | "داخل" | "نحو") || p.w.starts_with('ب') && !p.noconj.starts_with('ب');
            if place && cue {
                set(labels, a, b, Label::LOC);
            }
        }
    }
    // One-word names the model missed, written with one typo.
    for i in 0..labels.len() {
        if labels[i] != 0 || (i + 1 < labels.len() && is_inside(labels[i + 1])) {
            continue;
        }
        let p = &prepared[i];
        let w = p.noconj.as_str();
        if w.chars().count() < 5 || vocab.is_frequent(w) || vocab.is_frequent(&p.stem) {
            continue;
        }
        if gazetteer::single_word_type(w).is_some() {
            continue; // an exact list word the model left alone stays alone
        }
        // Same length only (a swap or a wrong letter): an added or missing letter is how Arabic makes
        // adjectives and plurals (`السوداني`, `روسيات`), not a typo.
        if let Some(l) = gazetteer::swapped_name(w) {
            set(labels, i, i + 1, l);
        }
    }
}
