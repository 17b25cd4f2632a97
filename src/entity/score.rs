//! Strict entity-level precision, recall and F1 with conlleval semantics: an entity is a maximal run
//! `B-X I-X…` (an `I-X` after `O` or another type also starts one), and it counts only when type, start
//! and end all match.

use super::model::{is_inside, label_type};
use crate::model::Label;

/// Entities of a label sequence: (start, end exclusive, type). A chunk starts at any label of a type
/// that does not continue the one before (`B-`, or an `I-` after another type) and runs over the `I-`
/// labels of its type; runs of `O` are skipped at a time (the corrections ask once per rule).
pub fn chunks(labels: &[usize]) -> Spans {
    let mut out = Spans::default();
    let mut i = 0;
    while let Some(off) = labels[i..].iter().position(|&k| k != 0) {
        let start = i + off;
        i = start + 1;
        let Some(ty) = label_type(labels[start]) else { continue };
        while i < labels.len() && is_inside(labels[i]) && label_type(labels[i]) == Some(ty) {
            i += 1;
        }
        out.push((start, i, ty));
    }
    out
}

/// Entities of a label sequence ([`chunks`]): up to eight are kept in place, so that the corrections,
/// which ask for a sentence's entities again after each of their rules, allocate nothing for nearly
/// every sentence; more go to the heap. Reads as a slice.
#[derive(Debug, Clone)]
pub struct Spans {
    inline: [(usize, usize, Label); 8],
    len: usize,
    /// All of them, once there are more than eight.
    more: Vec<(usize, usize, Label)>,
}

impl Default for Spans {
    fn default() -> Self {
        Spans { inline: [(0, 0, Label::PER); 8], len: 0, more: Vec::new() }
    }
}

impl Spans {
    fn push(&mut self, span: (usize, usize, Label)) {
        if self.len < self.inline.len() {
            self.inline[self.len] = span;
            self.len += 1;
            return;
        }
        if self.more.is_empty() {
            self.more.extend_from_slice(&self.inline);
        }
        self.more.push(span);
    }
}

impl std::ops::Deref for Spans {
    type Target = [(usize, usize, Label)];
    fn deref(&self) -> &Self::Target {
        if self.more.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.more
        }
    }
}

impl PartialEq for Spans {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl PartialEq<Vec<(usize, usize, Label)>> for Spans {
    fn eq(&self, other: &Vec<(usize, usize, Label)>) -> bool {
        **self == **other
    }
}

/// [`Spans`] by value, in order.
pub struct SpansIter {
    spans: Spans,
    at: usize,
}

impl Iterator for SpansIter {
    type Item = (usize, usize, Label);
    fn next(&mut self) -> Option<Self::Item> {
        let s = self.spans.get(self.at).copied();
        self.at += 1;
        s
    }
}

impl IntoIterator for Spans {
    type Item = (usize, usize, Label);
    type IntoIter = SpansIter;
    fn into_iter(self) -> SpansIter {
        SpansIter { spans: self, at: 0 }
    }
}

impl<'a> IntoIterator for &'a Spans {
    type Item = &'a (usize, usize, Label);
    type IntoIter = std::slice::Iter<'a, (usize, usize, Label)>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The index of the first sentence that starts at or after `k` tenths of all tokens, for sentences of
/// `lengths` tokens (`lengths.len()` when there is none). The dev part of ANERcorp is from tenth 9 on:
/// the trainer (`naba-train`) and `make eval-ner` both cut it here, so they score the same sentences.
pub fn tenth_start(lengths: &[usize], k: usize) -> usize {
    let total: usize = lengths.iter().sum();
    let mut seen = 0;
    for (i, n) in lengths.iter().enumerate() {
        if seen * 10 >= total * k {
            return i;
        }
        seen += n;
    }
    lengths.len()
}

/// Counts per type: true positives, predicted, gold.
#[derive(Debug, Default, Clone)]
pub struct Scores {
    pub counts: [(usize, usize, usize); 4],
}

fn idx(l: Label) -> usize {
    match l {
        Label::PER => 0,
        Label::LOC => 1,
        Label::ORG => 2,
        Label::MISC => 3,
    }
}

fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred == 0 { 0.0 } else { 100.0 * tp as f64 / pred as f64 };
    let r = if gold == 0 { 0.0 } else { 100.0 * tp as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

impl Scores {
    pub fn micro(&self) -> (f64, f64, f64) {
        let (tp, pred, gold) = self.counts.iter().fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
        prf(tp, pred, gold)
    }

    /// (type, P, R, F1, gold count) per type, then `ALL`.
    pub fn rows(&self) -> Vec<(&'static str, f64, f64, f64, usize)> {
        let mut out: Vec<_> = Label::ALL
            .iter()
            .map(|&l| {
                let (tp, pred, gold) = self.counts[idx(l)];
                let (p, r, f) = prf(tp, pred, gold);
                (l.as_str(), p, r, f, gold)
            })
            .collect();
        let (p, r, f) = self.micro();
        out.push(("ALL", p, r, f, self.counts.iter().map(|c| c.2).sum()));
        out
    }
}

pub fn score_sentences(gold: &[Vec<usize>], pred: &[Vec<usize>]) -> Scores {
    let mut s = Scores::default();
    for (g, p) in gold.iter().zip(pred) {
        let gc = chunks(g);
        let pc = chunks(p);
        for c in &gc {
            s.counts[idx(c.2)].2 += 1;
        }
        for c in &pc {
            s.counts[idx(c.2)].1 += 1;
            if gc.contains(c) {
                s.counts[idx(c.2)].0 += 1;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chunker as first written, label by label: the skipping one must agree on every sequence.
    fn chunks_by_label(labels: &[usize]) -> Vec<(usize, usize, Label)> {
        let mut out = Vec::new();
        let mut cur: Option<(usize, Label)> = None;
        for (i, &k) in labels.iter().enumerate() {
            let ty = label_type(k);
            let continues = is_inside(k) && cur.is_some_and(|(_, t)| Some(t) == ty);
            if !continues {
                if let Some((s, t)) = cur.take() {
                    out.push((s, i, t));
                }
                if let Some(t) = ty {
                    cur = Some((i, t));
                }
            }
        }
        if let Some((s, t)) = cur {
            out.push((s, labels.len(), t));
        }
        out
    }

    #[test]
    fn chunks_skip_as_they_read() {
        // Every sequence of up to five labels over O, the eight entity labels and one invalid index.
        let mut seqs: Vec<Vec<usize>> = vec![vec![]];
        for _ in 0..5 {
            let next: Vec<Vec<usize>> = seqs.iter().flat_map(|s| (0..10).map(move |k| [s.clone(), vec![k]].concat())).collect();
            seqs.extend(next.into_iter().filter(|s| s.len() <= 5));
            seqs.sort();
            seqs.dedup();
        }
        // And long sentences of 8 to 12 entities in a row, past the eight kept in place.
        for n in 7..=12 {
            let s: Vec<usize> = (0..n).flat_map(|k| [1 + 2 * (k % 4), 2 + 2 * (k % 4), 0]).collect();
            let c = chunks(&s);
            assert_eq!(c, chunks_by_label(&s), "help: {s:?}");
            assert_eq!(c.len(), n);
            assert_eq!(c.clone().into_iter().collect::<Vec<_>>(), chunks_by_label(&s));
        }
        for s in &seqs {
            assert_eq!(chunks(s), chunks_by_label(s), "help: {s:?}");
        }
    }

    #[test]
    fn tenths_start_at_whole_sentences() {
        // 10 + 30 + 50 + 10 tokens: 90% = 90 tokens, reached after the third sentence.
        assert_eq!(tenth_start(&[10, 30, 50, 10], 9), 3);
        assert_eq!(tenth_start(&[10, 30, 50, 10], 0), 0);
        assert_eq!(tenth_start(&[10, 30, 50, 10], 2), 2, "20 tokens fall inside the second sentence");
        assert_eq!(tenth_start(&[], 9), 0);
    }

    #[test]
    fn conlleval_chunks() {
        // O B-PER I-PER O I-LOC I-LOC B-ORG B-ORG
        let c = chunks(&[0, 1, 2, 0, 4, 4, 5, 5]);
        assert_eq!(c, vec![(1, 3, Label::PER), (4, 6, Label::LOC), (6, 7, Label::ORG), (7, 8, Label::ORG)]);
        let s = score_sentences(&[vec![0, 1, 2, 0, 3]], &[vec![0, 1, 0, 0, 3]]);
        let rows = s.rows();
        assert_eq!(rows[0].1, 0.0); // PER: predicted [1,2) is wrong
        assert_eq!(rows[1].3, 100.0); // LOC right
    }
}
