//! Document consistency: a name the tagger found once is a name everywhere in the same article, and of
//! one type (a one-word mention typed against a clear majority of the same name takes the majority's
//! type: `أوربان` once LOC, but `فيكتور أوربان` and `أوربان` PER elsewhere → PER).
//! After tagging every sentence, each predicted entity (and, for persons, each word of a multi-word name:
//! `كوفي أنان` → later `أنان`) is looked for where the tagger said nothing, by stem, and labelled the same
//! way. Frequent words of the training text are never spread (a name that is also a common word stays
//! where the tagger put it).

use crate::hash::FastMap as HashMap;

use super::features::Vocab;
use super::model::{begin_of as b_of, is_inside};
use super::score::chunks;
use crate::model::Label;

/// `stems[s][i]` is the key of token i of sentence s (matching form, clitics off); `labels` are updated
/// in place.
pub fn propagate<S: AsRef<str>>(stems: &[Vec<S>], labels: &mut [Vec<usize>], vocab: &dyn Vocab) {
    // Patterns: stem sequence → votes per type.
    let mut votes: HashMap<Vec<&str>, [u32; 4]> = HashMap::default();
    for (s, labs) in stems.iter().zip(labels.iter()) {
        for (a, b, ty) in chunks(labs) {
            let seq: Vec<&str> = s[a..b].iter().map(AsRef::as_ref).collect();
            let t = b_of(ty) / 2;
            votes.entry(seq.clone()).or_default()[t] += 2;
            // A surname alone after the full name is the same person: it counts as a mention.
            if ty == Label::PER && seq.len() > 1 {
                if let Some(last) = seq.last() {
                    votes.entry(vec![*last]).or_default()[t] += 2;
                }
            }
        }
    }
    // Retype one-word mentions that go against a clear majority.
    for (s, labs) in stems.iter().zip(labels.iter_mut()) {
        for (a, b, ty) in chunks(labs) {
            if b - a != 1 {
                continue;
            }
            if let Some(v) = votes.get(&vec![s[a].as_ref()]) {
                // The name lists count as one more mention.
                let mut v = *v;
                let listed = super::gazetteer::single_word_type(s[a].as_ref());
                if let Some(l) = listed {
                    v[b_of(l) / 2] += 3;
                }
                let (best, &n) = v.iter().enumerate().max_by_key(|(_, &n)| n).unwrap();
                let mine = v[b_of(ty) / 2];
                let list_agrees = listed.is_some_and(|l| b_of(l) / 2 == best);
                if best != b_of(ty) / 2 && (n > 2 * mine || list_agrees && n > mine) {
                    labs[a] = b_of([Label::PER, Label::LOC, Label::ORG, Label::MISC][best]);
                }
            }
        }
    }
    let mut patterns: Vec<(Vec<&str>, Label)> = votes
        .into_iter()
        .filter_map(|(seq, v)| {
            let (best, &n) = v.iter().enumerate().max_by_key(|(_, &n)| n)?;
            let common = seq.len() == 1 && (vocab.is_frequent(seq[0]) || seq[0].chars().count() < 3);
            (n > 0 && !common).then(|| (seq, [Label::PER, Label::LOC, Label::ORG, Label::MISC][best]))
        })
        .collect();
    // Longest patterns first.
    crate::sort::by_key(&mut patterns, |(seq, _)| (usize::MAX - seq.len()) as u128);
    let mut by_first: HashMap<&str, Vec<(Vec<&str>, Label)>> = HashMap::default();
    for (seq, l) in patterns {
        by_first.entry(seq[0]).or_default().push((seq, l));
    }
    for (s, labs) in stems.iter().zip(labels.iter_mut()) {
        let mut i = 0;
        while i < s.len() {
            let mut step = 1;
            if labs[i] == 0 {
                if let Some(cands) = by_first.get(s[i].as_ref()) {
                    for (seq, l) in cands {
                        let n = seq.len();
                        if i + n <= s.len()
                            && s[i..i + n].iter().zip(seq).all(|(a, b)| a.as_ref() == *b)
                            && labs[i..i + n].iter().all(|&k| k == 0)
                            && labs.get(i + n).is_none_or(|&k| !is_inside(k))
                        {
                            let b = b_of(*l);
                            labs[i] = b;
                            for k in &mut labs[i + 1..i + n] {
                                *k = b + 1;
                            }
                            step = n;
                            break;
                        }
                    }
                }
            }
            i += step;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::entity::features::NoVocab;

    fn stems(s: &[&[&str]]) -> Vec<Vec<String>> {
        s.iter().map(|x| x.iter().map(|w| w.to_string()).collect()).collect()
    }

    #[test]
    fn a_surname_after_the_full_name_is_the_person() {
        let st = stems(&[&["عمر", "تشليك", "قال"], &["واوضح", "تشليك"], &["واضاف", "تشليك"]]);
        let mut labels = vec![vec![1, 2, 0], vec![0, 5], vec![0, 5]];
        propagate(&st, &mut labels, &NoVocab);
        assert_eq!(labels, vec![vec![1, 2, 0], vec![0, 1], vec![0, 1]]);
    }

    #[test]
    fn names_found_once_are_found_everywhere() {
        let st = stems(&[&["زار", "بودابست", "امس"], &["وفي", "بودابست", "قال"]]);
        let mut labels = vec![vec![0, 3, 0], vec![0, 0, 0]];
        propagate(&st, &mut labels, &NoVocab);
        assert_eq!(labels[1], vec![0, 3, 0]);
    }
}
