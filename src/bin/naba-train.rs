//! `naba-train`: trains the entity tagger (averaged structured perceptrons and a CRF) and writes the compact model
//! that `naba` embeds (`src/data/ner.model`).
//!
//! ```text
//! cargo run --profile native --bin naba-train -- [--anercorp PATH] [--wojood PATH]... [--no-wojood]
//!     [--wojood-members N] [--wojood-closed] [--no-augment-wojood] [--epochs N]
//!     [--prune X | --keep N] [--levels N] [--augment N] [--corpus-names PERCENT] [--ensemble N]
//!     [--gazetteers DIR] [--seed N] [--out PATH] [--no-write] [--dump PATH] [--fold K | --all] [--drop K]
//!     [--crf RATE | --no-crf] [--crf-members K,K…] [--crf-weight X] [--member-weights X,X…] [--second]
//!     [--id-drop PERCENT] [--id-drop-o PERCENT]
//! ```
//! Defaults are the committed model's: an ensemble of 3 members (each with its own seed, name swaps
//! and sentence order; their averaged weights are averaged), two averaged perceptrons and, as the third,
//! a linear-chain CRF (averaged SGD, rate 0.05) brought to the perceptrons' scale and weighed half,
//! 7 epochs each, weights pruned below 2.2%
//! of the largest and quantised to ±31 levels; two of the three members also learn from Wojood's train
//! sample (`wojood_sample_train.txt` beside the ANERcorp file), whose MISC-like types (NORP, EVENT, FAC,
//! …) are left to the model. Every training sentence, Wojood's included, is copied three times with
//! its names swapped (60% of the time for a name of the same type from elsewhere in the training text,
//! otherwise from ANERGazet, training-time only). With `--second` (measured, not yet the default) the
//! original sentences also carry the second pass's evidence (what the first pass said of the same stem
//! elsewhere in their window of 20 sentences), the first pass's labels coming from two perceptrons each
//! trained on one half and tagging the other (the swapped copies never carry it, so the model also tags
//! without it).
//! Reads ANERcorp-style IOB2 (`token TAG` per line, blank line between sentences; PERS → PER) and
//! Wojood files (first tag column; PERS → PER, GPE/LOC → LOC, ORG → ORG, the rest → O or open).
//! The last 10% of the ANERcorp file (by tokens, contiguous, whole sentences) is the dev part: never
//! trained on, scored at the end with strict entity-level P/R/F1 per type (conlleval semantics).
//! `--fold K` (0–9) holds back the K-th tenth instead (the rest is trained on), to check that a change
//! helps on more than one stretch of the corpus; the committed model is trained with the default, 9.
//! `--all` trains on every sentence, the dev part included (its dev scores are then on training data).
//! Wojood in all three members: Wojood val 63.5 → 79.4 but ANERcorp's ten-fold mean −1.4 (the two
//! corpora annotate differently); in one member: no change; in two: Wojood val +5, ten-fold held
//! (measured over two seeds, December 2026). Three swapped copies of every sentence, Wojood's too,
//! against two of ANERcorp's only: ten folds 77.18/77.47 against 77.04/77.21 (seeds 24301/11),
//! unseen-name recall 57.9/58.5 against 56.2/57.1, Wojood val held (70.0/69.8 against 69.8/70.0);
//! three of ANERcorp's only: 77.19/77.33 but Wojood val 69.1/68.1; four with Wojood's: 76.73/76.62.
//! Identity dropout on the original sentences (`--id-drop 20`: a fifth of the name tokens lose their
//! identity features, as swapped names do; off by default): ten folds 79.12 against 79.21 (seed
//! 24301), unseen-name recall 63.3 against 63.5, Wojood val 76.1 (the same); not kept (round 29).

use std::collections::HashMap;

use naba::entity::features::{doc_evidence, features_with, prepare, second_evidence, Prepared};
use naba::entity::model::{begin_of, encode, key, viterbi, word_key, Model, L, LABELS};
use naba::model::Label;
use naba::normalize::fold;

/// How often each word (matching form, and its clitic-stripped stem) occurs in the training sentences,
/// and how often outside any name: (all, outside names).
fn count_words(sentences: &[Sentence]) -> HashMap<String, (u32, u32)> {
    let mut m: HashMap<String, (u32, u32)> = HashMap::new();
    for (toks, labels) in sentences {
        for (t, &k) in toks.iter().zip(labels) {
            let f = fold(t);
            let stem = fold(naba::segment::clitic::longest_stem(t, 2));
            let outside = (k == 0) as u32;
            let e = m.entry(f.clone()).or_default();
            e.0 += 1;
            e.1 += outside;
            if stem != f {
                let e = m.entry(stem).or_default();
                e.0 += 1;
                e.1 += outside;
            }
        }
    }
    m
}
use naba::entity::score::{score_sentences, tenth_start, Scores};

type Sentence = (Vec<String>, Vec<usize>);

/// Token positions of a sentence whose names were swapped in by augmentation.
type Swapped = Vec<bool>;

/// A Wojood token of a type ANERcorp may call MISC or a place (NORP, EVENT, FAC, …; see
/// `--wojood-open`): training takes the model's own label there, so the two corpora's conventions do
/// not fight.
const ANY: usize = usize::MAX;

/// Whether Wojood's MISC-like types are left open (`ANY`) rather than `O`.
static WOJOOD_OPEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn label_index(tag: &str, wojood: bool) -> usize {
    let (bio, ty) = match tag.split_once('-') {
        Some((b, t)) => (b, t),
        None => return 0,
    };
    let ty = match (ty, wojood) {
        ("PERS" | "PER", _) => "PER",
        ("LOC", _) => "LOC",
        ("GPE", true) => "LOC",
        ("ORG", _) => "ORG",
        ("MISC", false) => "MISC",
        ("NORP" | "EVENT" | "FAC" | "LAW" | "PRODUCT" | "LANGUAGE" | "WEBSITE" | "CURR", true)
            if WOJOOD_OPEN.load(std::sync::atomic::Ordering::Relaxed) =>
        {
            return ANY
        }
        _ => return 0,
    };
    LABELS.iter().position(|l| *l == format!("{bio}-{ty}")).unwrap_or(0)
}

fn read_corpus(path: &str, wojood: bool) -> Vec<Sentence> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut out = Vec::new();
    let mut cur: Sentence = (Vec::new(), Vec::new());
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        match parts.next() {
            None => {
                if !cur.0.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            Some("$#$") if wojood => {
                if !cur.0.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            Some(tok) => {
                let tag = parts.next().unwrap_or("O");
                cur.0.push(tok.to_string());
                cur.1.push(label_index(tag, wojood));
            }
        }
    }
    if !cur.0.is_empty() {
        out.push(cur);
    }
    // Repair orphan I- tags (an I-X after O or another type starts an entity, as conlleval reads it).
    for (_, labels) in &mut out {
        for i in 0..labels.len() {
            let k = labels[i];
            if k > 0 && k != ANY && k % 2 == 0 {
                let prev = if i == 0 { 0 } else { labels[i - 1] };
                let prev = if prev == ANY { 0 } else { prev };
                if prev == 0 || (prev + 1) / 2 != (k + 1) / 2 {
                    labels[i] = k - 1;
                }
            }
        }
    }
    out
}

/// Features of every token of a sentence, as indices into the weight table (unknown ones dropped when
/// `grow` is false).
/// Features of every sentence, computed in documents of 20 consecutive sentences (what `naba ner-conll`
/// does), so document evidence means the same at training and at run time.
/// `first` (`--second`): the first pass's labels of each sentence (empty where none are known), whose
/// evidence of the same word elsewhere in the document (`second_evidence`) joins the document's.
fn all_features(
    sentences: &[Sentence],
    swapped: &[Option<Swapped>],
    index: &mut HashMap<u64, u32>,
    grow: bool,
    first: Option<&[Vec<usize>]>,
) -> Vec<Vec<Vec<u32>>> {
    let mut out = Vec::with_capacity(sentences.len());
    for (c, (chunk, sw)) in sentences.chunks(20).zip(swapped.chunks(20)).enumerate() {
        let prepared: Vec<Vec<Prepared>> =
            chunk.iter().map(|s| prepare(&s.0.iter().map(String::as_str).collect::<Vec<_>>())).collect();
        let mut doc = doc_evidence(&prepared);
        if let Some(first) = first {
            let labels: Vec<Vec<usize>> = (0..chunk.len()).map(|k| first.get(c * 20 + k).cloned().unwrap_or_default()).collect();
            for (d, e) in doc.iter_mut().zip(second_evidence(&prepared, &labels)) {
                for (a, b) in d.iter_mut().zip(e) {
                    *a |= b;
                }
            }
        }
        for ((p, d), sw) in prepared.iter().zip(&doc).zip(sw) {
            out.push(sentence_features(p, d, sw.as_ref(), index, grow));
        }
    }
    out
}

fn sentence_features(prepared: &[Prepared], doc: &[u16], swapped: Option<&Swapped>, index: &mut HashMap<u64, u32>, grow: bool) -> Vec<Vec<u32>> {
    let mut buf = Vec::new();
    (0..prepared.len())
        .map(|i| {
            features_with(prepared, i, doc[i], &mut buf, swapped.is_some_and(|sw| sw[i]));
            buf.iter()
                .filter_map(|&h| {
                    let h = key(h) as u64;
                    if grow {
                        let n = index.len() as u32;
                        Some(*index.entry(h).or_insert(n))
                    } else {
                        index.get(&h).copied()
                    }
                })
                .collect()
        })
        .collect()
}

/// Per-token label scores of one sentence's features under weights `w` (features beyond `w`, seen only
/// by another ensemble member, score nothing).
fn emissions(w: &[[f32; L]], feats: &[Vec<u32>]) -> Vec<[f32; L]> {
    feats
        .iter()
        .map(|fs| {
            let mut s = [0f32; L];
            for row in fs.iter().filter_map(|&f| w.get(f as usize)) {
                for (a, b) in s.iter_mut().zip(row) {
                    *a += b;
                }
            }
            s
        })
        .collect()
}

struct Perceptron {
    w: Vec<[f32; L]>,
    total: Vec<[f32; L]>,
    stamp: Vec<u32>,
    trans: [[f32; L]; L + 1],
    trans_total: [[f32; L]; L + 1],
    trans_stamp: u32,
    t: u32,
}

impl Perceptron {
    fn new(n: usize) -> Self {
        Perceptron {
            w: vec![[0.0; L]; n],
            total: vec![[0.0; L]; n],
            stamp: vec![0; n],
            trans: [[0.0; L]; L + 1],
            trans_total: [[0.0; L]; L + 1],
            trans_stamp: 0,
            t: 0,
        }
    }

    fn bump(&mut self, f: usize, k: usize, delta: f32) {
        let t = self.t;
        let elapsed = (t - self.stamp[f]) as f32;
        for j in 0..L {
            self.total[f][j] += elapsed * self.w[f][j];
        }
        self.stamp[f] = t;
        self.w[f][k] += delta;
    }

    /// Adds `delta` to every label's weight of feature `f` (the CRF's step).
    fn bump_row(&mut self, f: usize, delta: &[f32; L]) {
        let elapsed = (self.t - self.stamp[f]) as f32;
        for j in 0..L {
            self.total[f][j] += elapsed * self.w[f][j];
            self.w[f][j] += delta[j];
        }
        self.stamp[f] = self.t;
    }

    /// Adds `delta` to every transition weight (the CRF's step).
    fn bump_trans_all(&mut self, delta: &[[f32; L]; L + 1]) {
        let elapsed = (self.t - self.trans_stamp) as f32;
        for ((row, tot), d) in self.trans.iter_mut().zip(self.trans_total.iter_mut()).zip(delta) {
            for ((a, b), x) in tot.iter_mut().zip(row.iter_mut()).zip(d) {
                *a += elapsed * *b;
                *b += x;
            }
        }
        self.trans_stamp = self.t;
    }

    fn bump_trans(&mut self, from: usize, to: usize, delta: f32) {
        let elapsed = (self.t - self.trans_stamp) as f32;
        for (row, tot) in self.trans.iter().zip(self.trans_total.iter_mut()) {
            for (a, b) in tot.iter_mut().zip(row) {
                *a += elapsed * b;
            }
        }
        self.trans_stamp = self.t;
        self.trans[from][to] += delta;
    }

    fn train_sentence(&mut self, feats: &[Vec<u32>], gold: &[usize]) {
        self.t += 1;
        let pred = viterbi(&emissions(&self.w, feats), &self.trans);
        // Open positions (`ANY`) take the prediction; an `I-` left after them without its `B-` starts
        // the name.
        let mut gold = gold.to_vec();
        for i in 0..gold.len() {
            if gold[i] == ANY {
                gold[i] = pred[i];
            }
            let prev = if i == 0 { None } else { Some(gold[i - 1]) };
            if !naba::entity::model::allowed(prev, gold[i]) {
                gold[i] -= 1;
            }
        }
        let gold = &gold[..];
        if pred == gold {
            return;
        }
        for i in 0..gold.len() {
            if pred[i] != gold[i] {
                for &f in &feats[i] {
                    self.bump(f as usize, gold[i], 1.0);
                    self.bump(f as usize, pred[i], -1.0);
                }
            }
            let gp = if i == 0 { 0 } else { gold[i - 1] + 1 };
            let pp = if i == 0 { 0 } else { pred[i - 1] + 1 };
            if gp != pp || gold[i] != pred[i] {
                self.bump_trans(gp, gold[i], 1.0);
                self.bump_trans(pp, pred[i], -1.0);
            }
        }
    }

    /// Averaged weights.
    fn averaged(&self) -> (Vec<[f32; L]>, [[f32; L]; L + 1]) {
        let t = self.t.max(1) as f32;
        let w = self
            .w
            .iter()
            .zip(&self.total)
            .zip(&self.stamp)
            .map(|((w, tot), &s)| {
                let mut out = [0f32; L];
                for j in 0..L {
                    out[j] = (tot[j] + (self.t - s) as f32 * w[j]) / t;
                }
                out
            })
            .collect();
        let mut trans = [[0f32; L]; L + 1];
        let elapsed = (self.t - self.trans_stamp) as f32;
        for i in 0..=L {
            for j in 0..L {
                trans[i][j] = (self.trans_total[i][j] + elapsed * self.trans[i][j]) / t;
            }
        }
        (w, trans)
    }
}

/// A linear-chain CRF trained by averaged stochastic gradient ascent on the log-likelihood (`--crf`):
/// the same features, transitions and Viterbi as the perceptron, so the model file and the tagger are
/// unchanged; what differs is the update. Every token moves its features' weights by the learning
/// rate times (the label's marginal given the gold labels − its marginal under the model), the
/// transitions likewise by the pair marginals; open positions (`ANY`) are summed over in the gold
/// lattice rather than filled with the prediction. Weights are averaged over the updates as the
/// perceptron's are (the `Perceptron` struct's bookkeeping, with real-valued steps).
fn crf_sentence(p: &mut Perceptron, feats: &[Vec<u32>], gold: &[usize], rate: f32) {
    let n = gold.len();
    if n == 0 {
        return;
    }
    p.t += 1;
    const NEG: f64 = f64::NEG_INFINITY;
    let em: Vec<[f64; L]> = emissions(&p.w, feats).iter().map(|r| r.map(f64::from)).collect();
    let mut tr = [[NEG; L]; L + 1];
    for (from, row) in tr.iter_mut().enumerate() {
        for (to, v) in row.iter_mut().enumerate() {
            if naba::entity::model::allowed(from.checked_sub(1), to) {
                *v = f64::from(p.trans[from][to]);
            }
        }
    }
    // The gold lattice: one label per position, or every label at an open one. A gold `I-` that cannot
    // follow the fixed label before it (or opens the sentence) is its `B-`, as the perceptron reads it.
    let mut fixed: Vec<Option<usize>> = gold.iter().map(|&g| (g != ANY).then_some(g)).collect();
    for i in 0..n {
        if let Some(g) = fixed[i] {
            let prev = if i == 0 { Some(None) } else { fixed[i - 1].map(Some) };
            if let Some(prev) = prev {
                if !naba::entity::model::allowed(prev, g) {
                    fixed[i] = Some(g - 1);
                }
            }
        }
    }
    fn lse(v: [f64; L]) -> f64 {
        let m = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        if m == f64::NEG_INFINITY {
            return m;
        }
        m + v.iter().map(|x| (x - m).exp()).sum::<f64>().ln()
    }
    // Forward and backward in log space, for the model (`mask` false) and for the gold lattice (true).
    let pass = |mask: bool| -> (Vec<[f64; L]>, Vec<[f64; L]>, f64) {
        let ok = |i: usize, k: usize| !mask || fixed[i].is_none_or(|g| g == k);
        let mut alpha = vec![[NEG; L]; n];
        for k in 0..L {
            if ok(0, k) {
                alpha[0][k] = tr[0][k] + em[0][k];
            }
        }
        for i in 1..n {
            for k in 0..L {
                if ok(i, k) {
                    alpha[i][k] = lse(std::array::from_fn(|j| alpha[i - 1][j] + tr[j + 1][k])) + em[i][k];
                }
            }
        }
        let mut beta = vec![[NEG; L]; n];
        for k in 0..L {
            if ok(n - 1, k) {
                beta[n - 1][k] = 0.0;
            }
        }
        for i in (0..n - 1).rev() {
            for j in 0..L {
                if ok(i, j) {
                    beta[i][j] = lse(std::array::from_fn(|k| tr[j + 1][k] + em[i + 1][k] + beta[i + 1][k]));
                }
            }
        }
        let z = lse(alpha[n - 1]);
        (alpha, beta, z)
    };
    let (a, b, z) = pass(false);
    let (ga, gb, gz) = pass(true);
    if !gz.is_finite() || !z.is_finite() {
        return;
    }
    let marg = |al: &[[f64; L]], be: &[[f64; L]], z: f64, i: usize, k: usize| {
        let v = al[i][k] + be[i][k] - z;
        if v == NEG { 0.0 } else { v.exp() }
    };
    let mut dtrans = [[0f64; L]; L + 1];
    for i in 0..n {
        // The token's gradient: each label's marginal given the gold labels minus its marginal.
        let d: [f64; L] = std::array::from_fn(|k| marg(&ga, &gb, gz, i, k) - marg(&a, &b, z, i, k));
        // (A token whose marginals agree within 1e-4 moves no feature weight: most tokens, after an epoch.)
        if d.iter().any(|x| x.abs() > 1e-4) {
            let delta = d.map(|x| rate * x as f32);
            for &f in &feats[i] {
                p.bump_row(f as usize, &delta);
            }
        }
        if i == 0 {
            for (t, x) in dtrans[0].iter_mut().zip(d) {
                *t += x;
            }
        } else {
            for j in 0..L {
                for k in 0..L {
                    if tr[j + 1][k] == NEG {
                        continue;
                    }
                    let pair = |al: &[[f64; L]], be: &[[f64; L]], z: f64| {
                        let v = al[i - 1][j] + tr[j + 1][k] + em[i][k] + be[i][k] - z;
                        if v == NEG { 0.0 } else { v.exp() }
                    };
                    dtrans[j + 1][k] += pair(&ga, &gb, gz) - pair(&a, &b, z);
                }
            }
        }
    }
    let mut d = [[0f32; L]; L + 1];
    for (r, s) in d.iter_mut().zip(&dtrans) {
        for (x, y) in r.iter_mut().zip(s) {
            *x = rate * *y as f32;
        }
    }
    p.bump_trans_all(&d);
}

/// Name lists used at training time only (ANERGazet): entity names in training sentences are swapped
/// for random names of the same type, so the model learns the contexts and shapes of names rather than
/// memorising the names it saw. The model never needs these lists at run time.
fn read_list(path: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("====") && !l.starts_with("****"))
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect()
}

/// Which name list (0 PER, 1 LOC, 2 ORG) a `B-` label's names are swapped from; MISC names are kept.
fn swap_list(label: usize) -> Option<usize> {
    [begin_of(Label::PER), begin_of(Label::LOC), begin_of(Label::ORG)].iter().position(|&b| b == label)
}

/// The names of each type (PER, LOC, ORG) in the training sentences, as they are written.
fn corpus_names(sentences: &[Sentence]) -> [Vec<Vec<String>>; 3] {
    let mut out: [Vec<Vec<String>>; 3] = Default::default();
    for (toks, labels) in sentences {
        let mut i = 0;
        while i < toks.len() {
            let k = labels[i];
            let mut j = i + 1;
            while j < toks.len() && k > 0 && labels[j] == k + 1 {
                j += 1;
            }
            if let Some(li) = swap_list(k) {
                out[li].push(toks[i..j].to_vec());
            }
            i = j;
        }
    }
    out
}

fn augment(
    s: &Sentence,
    lists: &[Vec<Vec<String>>; 3],
    corpus: &[Vec<Vec<String>>; 3],
    corpus_share: u64,
    rng: &mut u64,
) -> Option<(Sentence, Swapped)> {
    let (toks, labels) = s;
    let mut out_t = Vec::new();
    let mut out_l = Vec::new();
    let mut out_s = Vec::new();
    let mut changed = false;
    let mut i = 0;
    while i < toks.len() {
        let k = labels[i];
        let Some(li) = swap_list(k).filter(|&li| !lists[li].is_empty() && xorshift(rng) % 2 == 0) else {
            out_t.push(toks[i].clone());
            out_l.push(k);
            out_s.push(false);
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < toks.len() && labels[j] == k + 1 {
            j += 1;
        }
        // A name of the same type from elsewhere in the training text (foreign names written in Arabic
        // letters, mostly: the lists are mostly Arabic names), or from the lists — persons: one to three
        // single names; places and organisations: one entry.
        let mut name: Vec<String> = Vec::new();
        if !corpus[li].is_empty() && xorshift(rng) % 100 < corpus_share {
            name = corpus[li][(xorshift(rng) % corpus[li].len() as u64) as usize].clone();
        } else {
            let parts = if li == 0 { 1 + (xorshift(rng) % 3) as usize } else { 1 };
            for _ in 0..parts {
                let e = &lists[li][(xorshift(rng) % lists[li].len() as u64) as usize];
                name.extend(e.iter().cloned());
            }
        }
        // Keep a clitic the original first token carried (و، ب، ل، ف).
        let orig = &toks[i];
        let first = orig.chars().next().unwrap_or(' ');
        if matches!(first, 'و' | 'ب' | 'ل' | 'ف') && !name[0].starts_with(first) && orig.chars().count() > 3 && xorshift(rng) % 2 == 0 {
            name[0] = format!("{first}{}", name[0]);
        }
        for (n, w) in name.into_iter().enumerate() {
            out_t.push(w);
            out_l.push(if n == 0 { k } else { k + 1 });
            out_s.push(true);
        }
        changed = true;
        i = j;
    }
    changed.then_some(((out_t, out_l), out_s))
}

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

fn print_scores(name: &str, s: &Scores) {
    println!("{name}");
    for (ty, p, r, f, n) in s.rows() {
        println!("  {ty:<5} P {p:5.1}  R {r:5.1}  F1 {f:5.1}  (gold {n})");
    }
}

/// Trains one perceptron for `epochs` epochs (sentence order shuffled with `seed`), printing dev F1
/// after each, and returns its averaged weights.
fn train_member(
    train: &[Sentence],
    train_feats: &[Vec<Vec<u32>>],
    dev: &[Sentence],
    dev_feats: &[Vec<Vec<u32>>],
    epochs: usize,
    seed: u64,
    crf: Option<f32>,
) -> (Vec<[f32; L]>, [[f32; L]; L + 1]) {
    let n = train_feats.iter().flatten().flatten().map(|&f| f as usize + 1).max().unwrap_or(0);
    let mut p = Perceptron::new(n);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = seed;
    let golds: Vec<Vec<usize>> = dev.iter().map(|s| s.1.clone()).collect();
    for epoch in 1..=epochs {
        for i in (1..order.len()).rev() {
            let j = (xorshift(&mut rng) % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &i in &order {
            match crf {
                Some(rate) => crf_sentence(&mut p, &train_feats[i], &train[i].1, rate),
                None => p.train_sentence(&train_feats[i], &train[i].1),
            }
        }
        let (w, trans) = p.averaged();
        let preds: Vec<Vec<usize>> = dev_feats.iter().map(|fs| viterbi(&emissions(&w, fs), &trans)).collect();
        println!("epoch {epoch:>2}: dev F1 {:.1}", score_sentences(&golds, &preds).micro().2);
    }
    p.averaged()
}

/// The first pass's labels of every sentence of `originals` for `--second`, each from a model that
/// never saw it (jackknife: one perceptron per half, trained on the other half with its swapped copies,
/// tags it; the halves are whole windows of 20 sentences, so documents are the same as in training).
/// Training on labels the model itself gave would teach the second pass to trust them too much.
fn first_pass(
    originals: &[Sentence],
    lists: &[Vec<Vec<String>>; 3],
    corpus: &[Vec<Vec<String>>; 3],
    corpus_share: u64,
    copies: usize,
    epochs: usize,
    seed: u64,
) -> Vec<Vec<usize>> {
    let half = originals.len() / 40 * 20;
    let parts = [0..half, half..originals.len()];
    let mut out = vec![Vec::new(); originals.len()];
    for (k, tagged) in parts.iter().enumerate() {
        let other = &parts[1 - k];
        let mut train: Vec<Sentence> = originals[other.clone()].to_vec();
        let mut swapped: Vec<Option<Swapped>> = vec![None; train.len()];
        let mut rng = seed ^ 0xf1257 ^ k as u64;
        let n = train.len();
        for _ in 0..copies {
            for i in 0..n {
                if let Some((a, sw)) = augment(&train[i], lists, corpus, corpus_share, &mut rng) {
                    train.push(a);
                    swapped.push(Some(sw));
                }
            }
        }
        let mut index = HashMap::new();
        let feats = all_features(&train, &swapped, &mut index, true, None);
        let (w, trans) = train_member(&train, &feats, &[], &[], epochs, seed ^ k as u64, None);
        let part = &originals[tagged.clone()];
        let feats = all_features(part, &vec![None; part.len()], &mut index, false, None);
        for (o, fs) in out[tagged.clone()].iter_mut().zip(&feats) {
            *o = viterbi(&emissions(&w, fs), &trans);
        }
    }
    out
}

fn main() {
    let mut anercorp = "../shared/data/ner/anercorp_train.txt".to_string();
    // Wojood's train sample (beside the ANERcorp file unless given), in two of the three members, its
    // MISC-like types left open: see README, "Retraining the tagger". `--no-wojood` trains without it.
    let mut wojood: Vec<String> = Vec::new();
    let mut no_wojood = false;
    // Defaults: the settings of the committed model (see README, "Retraining the tagger").
    let mut epochs = 7;
    let mut prune = 0.022f32;
    let mut keep: Option<usize> = None;
    let mut seed = 0x5eed_u64;
    let mut out_path = "src/data/ner.model".to_string();
    let mut write = true;
    let mut dump: Option<String> = None;
    let mut o_penalty = 0f32;
    let mut levels = 31f32;
    let mut augment_copies = 3usize;
    let mut augment_wojood = true;
    let mut gazetteers = "../shared/data/ner/anergazet".to_string();
    let mut fold = 9usize;
    let mut train_all = false;
    let mut drop: Option<usize> = None;
    let mut corpus_share = 60u64;
    let mut ensemble = 3usize;
    let mut wojood_members = 2usize;
    // The third member (the one without Wojood) is a CRF at half weight: see README, "Retraining the tagger".
    let mut crf: Option<f32> = Some(0.05);
    let mut crf_members: Option<Vec<usize>> = Some(vec![2]);
    let mut crf_weight = 0.5f32;
    let mut member_weights: Vec<f32> = Vec::new();
    // The second pass over the document (`features::second_evidence`): see README, "Retraining the tagger".
    let mut second = false;
    // Identity dropout on the original sentences (`--id-drop P`, `--id-drop-o P`): percent of name
    // tokens (and of other tokens) whose identity features are left out, as for swapped names.
    let mut id_drop = 0u64;
    let mut id_drop_o = 0u64;
    WOJOOD_OPEN.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--anercorp" => anercorp = args.next().expect("--anercorp PATH"),
            "--wojood" => wojood.push(args.next().expect("--wojood PATH")),
            "--wojood-members" => wojood_members = args.next().and_then(|v| v.parse().ok()).expect("--wojood-members N"),
            "--wojood-open" => WOJOOD_OPEN.store(true, std::sync::atomic::Ordering::Relaxed),
            "--wojood-closed" => WOJOOD_OPEN.store(false, std::sync::atomic::Ordering::Relaxed),
            "--no-wojood" => no_wojood = true,
            "--crf-members" => {
                crf_members = Some(args.next().expect("--crf-members K,K…").split(',').map(|k| k.parse().expect("a member index")).collect())
            }
            "--member-weights" => {
                member_weights = args.next().expect("--member-weights X,X…").split(',').map(|k| k.parse().expect("a weight")).collect()
            }
            "--crf-weight" => crf_weight = args.next().and_then(|v| v.parse().ok()).expect("--crf-weight X"),
            "--no-crf" => crf = None,
            "--second" => second = true,
            "--no-second" => second = false,
            "--id-drop" => id_drop = args.next().and_then(|v| v.parse().ok()).expect("--id-drop PERCENT"),
            "--id-drop-o" => id_drop_o = args.next().and_then(|v| v.parse().ok()).expect("--id-drop-o PERCENT"),
            "--crf" => crf = Some(args.next().and_then(|v| v.parse().ok()).expect("--crf RATE")),
            "--epochs" => epochs = args.next().and_then(|v| v.parse().ok()).expect("--epochs N"),
            "--keep" => keep = args.next().and_then(|v| v.parse().ok()).filter(|&n: &usize| n > 0),
            "--prune" => prune = args.next().and_then(|v| v.parse().ok()).expect("--prune X"),
            "--seed" => seed = args.next().and_then(|v| v.parse().ok()).expect("--seed N"),
            "--out" => out_path = args.next().expect("--out PATH"),
            "--no-write" => write = false,
            "--levels" => levels = args.next().and_then(|v| v.parse().ok()).expect("--levels N"),
            "--dump" => dump = args.next(),
            "--no-augment-wojood" => augment_wojood = false,
            "--augment" => augment_copies = args.next().and_then(|v| v.parse().ok()).expect("--augment N"),
            "--corpus-names" => corpus_share = args.next().and_then(|v| v.parse().ok()).expect("--corpus-names PERCENT"),
            "--ensemble" => ensemble = args.next().and_then(|v| v.parse().ok()).filter(|&k: &usize| k > 0).expect("--ensemble N"),
            "--fold" => fold = args.next().and_then(|v| v.parse().ok()).filter(|&k: &usize| k < 10).expect("--fold 0..9"),
            "--all" => train_all = true,
            "--drop" => drop = Some(args.next().and_then(|v| v.parse().ok()).filter(|&k: &usize| k < 10).expect("--drop 0..9")),
            "--gazetteers" => gazetteers = args.next().expect("--gazetteers DIR"),
            "--o-penalty" => o_penalty = args.next().and_then(|v| v.parse().ok()).expect("--o-penalty X"),
            other => panic!("unknown argument {other}"),
        }
    }
    if no_wojood {
        wojood.clear();
    } else if wojood.is_empty() {
        let beside = std::path::Path::new(&anercorp).with_file_name("wojood_sample_train.txt");
        wojood.push(beside.to_string_lossy().into_owned());
    }
    let all = read_corpus(&anercorp, false);
    let lengths: Vec<usize> = all.iter().map(|s| s.0.len()).collect();
    let tenth = |k: usize| tenth_start(&lengths, k);
    // The sentences of tenth `k`.
    let bounds = |k: usize| (tenth(k), if k == 9 { all.len() } else { tenth(k + 1) });
    let (lo, hi) = bounds(fold);
    let dev = &all[lo..hi];
    // `--all`: the shipped model learns from every sentence; the "dev" scores printed are then on
    // training data (the honest measure is the ten-fold mean, scripts/folds.sh).
    // `--drop K`: tenth K is left out of training too (the learning curve: what one tenth less costs).
    let dropped = drop.map_or(0..0, |k| bounds(k).0..bounds(k).1);
    let train_part: Vec<Sentence> = all
        .iter()
        .enumerate()
        .filter(|&(i, _)| (train_all || !(lo..hi).contains(&i)) && !dropped.contains(&i))
        .map(|(_, s)| s.clone())
        .collect();
    if train_all {
        println!("--all: training on all of ANERcorp; the dev scores below are on training data, not held out");
    }
    let train_part = &train_part[..];
    let lists = [
        read_list(&format!("{gazetteers}/ANERGazet_Pers.txt")),
        read_list(&format!("{gazetteers}/ANERGazet_Loc.txt")),
        read_list(&format!("{gazetteers}/ANERGazet_Org.txt")),
    ];
    let corpus = corpus_names(train_part);
    let extra: Vec<Sentence> = wojood.iter().flat_map(|w| read_corpus(w, true)).collect();
    let mut index: HashMap<u64, u32> = HashMap::new();
    let total = count_words(train_part);
    // `--second`: the first pass's labels of the original sentences (ANERcorp's, then Wojood's), from
    // models that did not see them.
    let first: Vec<Vec<usize>> = if second {
        let originals: Vec<Sentence> = train_part.iter().chain(&extra).cloned().collect();
        first_pass(&originals, &lists, &corpus, corpus_share, augment_copies, epochs, seed)
    } else {
        Vec::new()
    };
    // Each member of the ensemble: its own name swaps and sentence order; the weights are averaged.
    let mut members: Vec<(Vec<[f32; L]>, [[f32; L]; L + 1], bool)> = Vec::new();
    for member in 0..ensemble {
        let seed = seed.wrapping_add(member as u64 * 0x9e37_79b9);
        let mut train: Vec<Sentence> = train_part.to_vec();
        if member < wojood_members {
            train.extend(extra.iter().cloned());
        }
        let mut swapped: Vec<Option<Swapped>> = vec![None; train.len()];
        let mut rng = seed ^ 0xa11ce;
        // The sentences whose names are swapped: ANERcorp's and Wojood's (`--no-augment-wojood`: ANERcorp's).
        let originals = if augment_wojood { train.len() } else { train_part.len() };
        for _ in 0..augment_copies {
            for i in 0..originals {
                if let Some((a, sw)) = augment(&train[i], &lists, &corpus, corpus_share, &mut rng) {
                    train.push(a);
                    swapped.push(Some(sw));
                }
            }
        }
        if id_drop > 0 || id_drop_o > 0 {
            // A generator of its own, so the swaps above are the same with and without dropout.
            let mut rng = seed ^ 0xd20b_0a7;
            for i in 0..originals {
                let mask: Swapped = train[i]
                    .1
                    .iter()
                    .map(|&k| {
                        let p = if k == 0 || k == ANY { id_drop_o } else { id_drop };
                        p > 0 && xorshift(&mut rng) % 100 < p
                    })
                    .collect();
                if mask.iter().any(|&m| m) {
                    swapped[i] = Some(mask);
                }
            }
        }
        println!(
            "member {member}: train {} sentences, {} tokens; dev (tenth {fold} of ANERcorp, contiguous): {} sentences, {} tokens",
            train.len(),
            train.iter().map(|s| s.0.len()).sum::<usize>(),
            dev.len(),
            dev.iter().map(|s| s.0.len()).sum::<usize>()
        );
        // The first pass's labels of this member's original sentences (its swapped copies have none).
        let member_first: Vec<Vec<usize>> = if second {
            let ours = if member < wojood_members { first.len() } else { train_part.len() };
            first[..ours].to_vec()
        } else {
            Vec::new()
        };
        let train_feats = all_features(&train, &swapped, &mut index, true, second.then_some(&member_first[..]));
        let dev_feats = all_features(dev, &vec![None; dev.len()], &mut index, false, None);
        println!("features: {}", index.len());
        let is_crf = crf.is_some() && crf_members.as_ref().is_none_or(|m| m.contains(&member));
        let (w, trans) = train_member(&train, &train_feats, dev, &dev_feats, epochs, seed, crf.filter(|_| is_crf));
        members.push((w, trans, is_crf));
    }
    // Members trained two ways (`--crf-members`) have weights of different scales: each CRF member is
    // brought to the perceptron members' mean largest weight (times `--crf-weight`) before the average.
    let largest = |w: &[[f32; L]]| w.iter().flat_map(|r| r.iter()).fold(0f32, |m, &v| m.max(v.abs())).max(1e-6);
    let perceptrons: Vec<f32> = members.iter().filter(|m| !m.2).map(|m| largest(&m.0)).collect();
    let reference = (!perceptrons.is_empty()).then(|| perceptrons.iter().sum::<f32>() / perceptrons.len() as f32);
    let mut sum_w: Vec<[f32; L]> = vec![[0.0; L]; index.len()];
    let mut sum_trans = [[0f32; L]; L + 1];
    for (m, (w, trans, is_crf)) in members.iter().enumerate() {
        let f = match (is_crf, reference) {
            (true, Some(r)) => crf_weight * r / largest(w),
            _ => 1.0,
        } * member_weights.get(m).copied().unwrap_or(1.0);
        for (a, b) in sum_w.iter_mut().zip(w) {
            for (x, y) in a.iter_mut().zip(b) {
                *x += y * f / ensemble as f32;
            }
        }
        for (a, b) in sum_trans.iter_mut().zip(trans) {
            for (x, y) in a.iter_mut().zip(b) {
                *x += y * f / ensemble as f32;
            }
        }
    }
    let (w, mut trans) = (sum_w, sum_trans);
    // Prune and quantise. A penalty on `O` (folded into the transitions into it) trades precision for
    // recall: the perceptron under-predicts names it has never seen.
    for row in trans.iter_mut() {
        row[0] -= o_penalty;
    }
    let max = w.iter().flat_map(|r| r.iter()).fold(0f32, |m, &v| m.max(v.abs())).max(1e-6);
    // `--keep N`: the threshold that keeps the N strongest features instead, so that models compared
    // (the ten folds, or a change against the last model) have the same size whatever their largest
    // weight is (a relative threshold lets a new feature with a large weight shrink the model).
    if let Some(n) = keep {
        let mut strengths: Vec<f32> = w.iter().map(|r| r.iter().fold(0f32, |m, &v| m.max(v.abs()))).collect();
        prune = if n < strengths.len() {
            strengths.select_nth_unstable_by(n, |a, b| b.total_cmp(a));
            strengths[n] / max
        } else {
            0.0
        };
    }
    let scale = max / levels;
    let mut keys: Vec<(u64, u32)> = index.into_iter().collect();
    keys.sort_unstable();
    let mut feats: Vec<(u32, [i8; L])> = Vec::new();
    for (h, i) in keys {
        let row = w[i as usize];
        if row.iter().all(|v| v.abs() < prune * max) {
            continue;
        }
        let mut q = [0i8; L];
        for j in 0..L {
            q[j] = (row[j] / scale).round().clamp(-127.0, 127.0) as i8;
        }
        if q.iter().any(|&v| v != 0) {
            feats.push((h as u32, q));
        }
    }
    // Common words of the ANERcorp training part: 5 times or more, and outside names at least 90% of the
    // time (`بوش` is frequent but mostly a name, so it is not one).
    let mut vocab: Vec<u32> =
        total.iter().filter(|(_, &(n, outside))| n >= 5 && outside * 10 >= n * 9).map(|(w, _)| word_key(w)).collect();
    vocab.sort_unstable();
    vocab.dedup();
    let bytes = encode(scale, &trans, &mut feats, &mut vocab, naba::entity::gazetteer::name_keys(), &naba::entity::lists::packed());
    let model = Model::decode(&bytes).expect("model round-trips");
    // Score the final (pruned, quantised) model exactly as `naba` will run it.
    let golds: Vec<Vec<usize>> = dev.iter().map(|s| s.1.clone()).collect();
    let preds: Vec<Vec<usize>> = dev
        .iter()
        .map(|s| {
            let toks: Vec<&str> = s.0.iter().map(String::as_str).collect();
            naba::entity::tag_tokens_with(&model, &toks)
        })
        .collect();
    let s = score_sentences(&golds, &preds);
    print_scores("final model, sentence by sentence:", &s);
    // The full pipeline (consistency and list corrections), with windows of 20 sentences standing in
    // for articles: what `naba ner-conll` does.
    let mut preds = Vec::with_capacity(dev.len());
    for chunk in dev.chunks(20) {
        let toks: Vec<Vec<&str>> = chunk.iter().map(|s| s.0.iter().map(String::as_str).collect()).collect();
        preds.extend(naba::entity::tag_document_tokens(&model, &toks));
    }
    if let Some(path) = &dump {
        let mut out = String::new();
        for (s, p) in dev.iter().zip(&preds) {
            for ((t, g), p) in s.0.iter().zip(&s.1).zip(p) {
                out.push_str(&format!("{t} {} {}\n", LABELS[*g], LABELS[*p]));
            }
            out.push('\n');
        }
        std::fs::write(path, out).unwrap();
    }
    let s = score_sentences(&golds, &preds);
    print_scores(&format!("final model: {} features, {} bytes (prune {prune}); dev strict entity scores:", model.len(), bytes.len()), &s);
    if write {
        std::fs::write(&out_path, &bytes).unwrap_or_else(|e| panic!("cannot write {out_path}: {e}"));
        println!("wrote {out_path}");
    }
}
