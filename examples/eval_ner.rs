//! `make eval-ner`: strict entity-level micro P/R/F1 per type (conlleval semantics) of the embedded
//! model, run as `naba ner-conll` runs it (documents of 20 sentences: consistency and list corrections
//! included), on the dev part of ANERcorp (the last tenth of the file by tokens, contiguous; the shipped
//! model is trained on all ten tenths, `make train`, so these are training-data scores, a check that the
//! model reads as it should, and the held-out measures are the ten folds and Wojood val); then where the errors are (names seen in the training part or not; wrong edge, wrong
//! type, spurious, missed), the Wojood sample's val part flattened to PER/LOC/ORG, and the speed.
//! Reads ../shared only here.
//!
//! `make eval-ner-folds` (`--folds DIR`): the same for all ten tenths of ANERcorp, each tagged by a
//! model trained without it (`DIR/fold{k}.model`, written by `scripts/folds.sh`), and their mean.
//!
//! `cargo run --profile native --example eval_ner -- ../shared [--min-f1 F] [--min-wojood W] [--folds DIR [--min-mean F]] [--no-speed]`

use std::collections::HashSet;

use naba::entity::model::{Model, LABELS};
use naba::entity::score::{chunks, score_sentences, tenth_start, Scores};
use naba::model::Label;

type Sentence = (Vec<String>, Vec<usize>);

/// Label index of a corpus tag; Wojood's first column is flattened (PERS → PER, GPE/LOC → LOC, ORG;
/// everything else → O).
fn label_index(tag: &str, wojood: bool) -> usize {
    let (bio, ty) = match tag.split_once('-') {
        Some(x) => x,
        None => return 0,
    };
    let ty = match (ty, wojood) {
        ("PERS" | "PER", _) => "PER",
        ("LOC", _) | ("GPE", true) => "LOC",
        ("ORG", _) => "ORG",
        ("MISC", false) => "MISC",
        _ => return 0,
    };
    LABELS.iter().position(|l| *l == format!("{bio}-{ty}")).unwrap_or(0)
}

fn read(path: &str, wojood: bool) -> Vec<Sentence> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = Vec::new();
    let mut cur: Sentence = Default::default();
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        match parts.next() {
            None | Some("$#$") => {
                if !cur.0.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            Some(tok) => {
                cur.0.push(tok.to_string());
                cur.1.push(label_index(parts.next().unwrap_or("O"), wojood));
            }
        }
    }
    if !cur.0.is_empty() {
        out.push(cur);
    }
    out
}

/// The pipeline's labels for `sentences`, in documents of 20 sentences (what `naba ner-conll` does).
fn tag(model: &Model, sentences: &[Sentence]) -> Vec<Vec<usize>> {
    let mut out = Vec::with_capacity(sentences.len());
    for doc in sentences.chunks(20) {
        let toks: Vec<Vec<&str>> = doc.iter().map(|s| s.0.iter().map(String::as_str).collect()).collect();
        out.extend(naba::entity::tag_document_tokens(model, &toks));
    }
    out
}

fn ti(l: Label) -> usize {
    match l {
        Label::PER => 0,
        Label::LOC => 1,
        Label::ORG => 2,
        Label::MISC => 3,
    }
}

/// Where the errors are: gold names found, by type, for names seen in the training part (same words,
/// same type) and unseen ones; wrong predictions by kind.
#[derive(Default)]
struct Errors {
    /// [type][seen] = (found, gold)
    recall: [[(usize, usize); 2]; 4],
    /// Predictions that are wrong: same span wrong type; overlapping a gold name with another edge
    /// (right type / wrong type); overlapping none.
    wrong_type: usize,
    edge_same_type: usize,
    edge_other_type: usize,
    spurious: usize,
    /// Gold names no prediction overlaps.
    missed: usize,
    /// Gold names of each type, unseen, and the number of them.
    scores: Scores,
}

impl Errors {
    fn add(&mut self, sentences: &[Sentence], preds: &[Vec<usize>], seen: &HashSet<(String, Label)>) {
        for ((toks, gold), pred) in sentences.iter().zip(preds) {
            let gc = chunks(gold);
            let pc = chunks(pred);
            for &(a, b, t) in &gc {
                let s = seen.contains(&(toks[a..b].join(" "), t)) as usize;
                let r = &mut self.recall[ti(t)][s];
                r.1 += 1;
                r.0 += pc.contains(&(a, b, t)) as usize;
                if !pc.contains(&(a, b, t)) {
                    dump_error(if s == 0 { "missed" } else { "missed-seen" }, toks, (a, b, t), &pc);
                }
                if !pc.iter().any(|&(c, d, _)| c < b && d > a) {
                    self.missed += 1;
                }
            }
            for &(a, b, t) in &pc {
                if gc.contains(&(a, b, t)) {
                    continue;
                }
                let over: Vec<_> = gc.iter().filter(|&&(c, d, _)| c < b && d > a).collect();
                if over.is_empty() {
                    self.spurious += 1;
                    dump_error("spurious", toks, (a, b, t), &[]);
                    continue;
                }
                let gold: Vec<_> = over.iter().map(|&&g| g).collect();
                dump_error("wrong", toks, (a, b, t), &gold);
                if over.iter().any(|&&(c, d, _)| c == a && d == b) {
                    self.wrong_type += 1;
                } else if over.iter().any(|&&(_, _, u)| u == t) {
                    self.edge_same_type += 1;
                } else {
                    self.edge_other_type += 1;
                }
            }
        }
        let s = score_sentences(&sentences.iter().map(|s| s.1.clone()).collect::<Vec<_>>(), preds);
        for (a, b) in self.scores.counts.iter_mut().zip(s.counts) {
            a.0 += b.0;
            a.1 += b.1;
            a.2 += b.2;
        }
    }

    fn print(&self) {
        let pct = |(f, n): (usize, usize)| if n == 0 { 0.0 } else { 100.0 * f as f64 / n as f64 };
        let mut line = String::from("  recall of names seen in training / unseen:");
        let (mut us, mut un) = (0, 0);
        for (k, ty) in naba::model::Label::ALL.iter().map(|l| l.as_str()).enumerate() {
            let [u, s] = self.recall[k];
            line += &format!("  {ty} {:.1}/{:.1} ({}/{})", pct(s), pct(u), s.1, u.1);
            us += u.0;
            un += u.1;
        }
        println!("{line}");
        println!("  unseen-name recall (all types): {:.1} ({us}/{un})", pct((us, un)));
        println!(
            "  wrong predictions: wrong edge, same type {}; wrong edge and type {}; right span, wrong type {}; spurious {}; gold names missed outright {}",
            self.edge_same_type, self.edge_other_type, self.wrong_type, self.spurious, self.missed
        );
    }
}

/// With `NABA_EVAL_DUMP=FILE`, each gold name not found exactly is appended to FILE (`missed` when it is
/// unseen in training, `missed-seen` otherwise) with what was predicted over it and its sentence, each
/// spurious prediction with no gold name under it (`spurious`) and each prediction over a gold name it
/// does not match (`wrong`, with the gold names under it), for reading the errors, not for scores.
/// The file is appended to: remove it before a run. Columns: kind, type, words, names over them,
/// sentence.
fn dump_error(kind: &str, toks: &[String], (a, b, t): (usize, usize, Label), pc: &[(usize, usize, Label)]) {
    // The file, opened once (to append) the first time, if the variable is set.
    static DUMP: std::sync::OnceLock<Option<std::fs::File>> = std::sync::OnceLock::new();
    let dump = DUMP.get_or_init(|| {
        let path = std::env::var("NABA_EVAL_DUMP").ok()?;
        std::fs::OpenOptions::new().create(true).append(true).open(path).ok()
    });
    let Some(mut f) = dump.as_ref() else { return };
    use std::io::Write;
    let over: Vec<String> =
        pc.iter().filter(|&&(c, d, _)| c < b && d > a).map(|&(c, d, u)| format!("{}:{}", u.as_str(), toks[c..d].join(" "))).collect();
    let line = format!("{kind}\t{}\t{}\t{}\t{}\n", t.as_str(), toks[a..b].join(" "), over.join(" | "), toks.join(" "));
    let _ = f.write_all(line.as_bytes());
}

fn print_scores(title: &str, s: &Scores) {
    println!("{title}");
    for (ty, p, r, f, n) in s.rows() {
        println!("  {ty:<5} P {p:5.1}  R {r:5.1}  F1 {f:5.1}  (gold {n})");
    }
}

/// Names (words, type) of some sentences.
fn names(sentences: &[Sentence]) -> HashSet<(String, Label)> {
    let mut out = HashSet::new();
    for (toks, labels) in sentences {
        for (a, b, t) in chunks(labels) {
            out.insert((toks[a..b].join(" "), t));
        }
    }
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let shared = args.next().unwrap_or_else(|| "../shared".into());
    let mut min_f1 = None;
    let mut min_mean = None;
    let mut min_wojood = None;
    let mut folds: Option<String> = None;
    let mut speed = true;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--min-f1" => min_f1 = args.next().and_then(|v| v.parse::<f64>().ok()),
            "--min-mean" => min_mean = args.next().and_then(|v| v.parse::<f64>().ok()),
            "--min-wojood" => min_wojood = args.next().and_then(|v| v.parse::<f64>().ok()),
            "--folds" => folds = args.next(),
            "--no-speed" => speed = false,
            other => panic!("unknown argument {other}"),
        }
    }
    let all = read(&format!("{shared}/data/ner/anercorp_train.txt"), false);
    let lengths: Vec<usize> = all.iter().map(|s| s.0.len()).collect();
    let bounds = |k: usize| (tenth_start(&lengths, k), if k == 9 { all.len() } else { tenth_start(&lengths, k + 1) });
    // (`NABA_WOJOOD=train` scores the Wojood sample's train split instead: the tagger never trains on
    // it, so it is a second, larger corpus to judge a rule on; the printed label still says val.)
    let split = if std::env::var("NABA_WOJOOD").is_ok_and(|v| v == "train") { "train" } else { "val" };
    let wojood = read(&format!("{shared}/data/ner/wojood_sample_{split}.txt"), true);
    let wojood_f1 = |model: &Model| {
        // Flattened to PER/LOC/ORG: the tagger's MISC names are not scored.
        let preds: Vec<Vec<usize>> =
            tag(model, &wojood).into_iter().map(|p| p.into_iter().map(|k| if k >= 7 { 0 } else { k }).collect()).collect();
        score_sentences(&wojood.iter().map(|s| s.1.clone()).collect::<Vec<_>>(), &preds)
    };
    if let Some(dir) = folds {
        let mut errors = Errors::default();
        // `EVAL_NER_DUMP=PATH`: every token of the ten tenths with its gold and predicted label.
        let mut dump = String::new();
        let mut line = String::new();
        let mut sum = 0.0;
        let mut wsum = 0.0;
        for k in 0..10 {
            let path = format!("{dir}/fold{k}.model");
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e} (make eval-ner-folds trains it)"));
            let model = Model::decode(&bytes).expect("a model");
            let (lo, hi) = bounds(k);
            let train: Vec<Sentence> = all[..lo].iter().chain(&all[hi..]).cloned().collect();
            let preds = tag(&model, &all[lo..hi]);
            let f = score_sentences(&all[lo..hi].iter().map(|s| s.1.clone()).collect::<Vec<_>>(), &preds).micro().2;
            errors.add(&all[lo..hi], &preds, &names(&train));
            for ((toks, gold), pred) in all[lo..hi].iter().zip(&preds) {
                for ((t, g), p) in toks.iter().zip(gold).zip(pred) {
                    dump += &format!("{t} {} {}\n", LABELS[*g], LABELS[*p]);
                }
                dump.push('\n');
            }
            let w = wojood_f1(&model).micro().2;
            line += &format!(" {k}: {f:.1}");
            sum += f;
            wsum += w;
        }
        if let Ok(path) = std::env::var("EVAL_NER_DUMP") {
            std::fs::write(&path, dump).unwrap_or_else(|e| panic!("{path}: {e}"));
        }
        println!("ANERcorp, each tenth tagged by a model trained without it: F1{line}");
        print_scores("all ten tenths pooled, strict entity scores:", &errors.scores);
        errors.print();
        println!("ner folds: mean F1 {:.2}; Wojood val (PER/LOC/ORG) mean over the ten models {:.1}", sum / 10.0, wsum / 10.0);
        if let Some(min) = min_mean {
            if sum / 10.0 < min {
                eprintln!("ner folds: mean F1 {:.2} is below the floor {min}", sum / 10.0);
                std::process::exit(1);
            }
        }
        return;
    }
    let model = naba::entity::embedded();
    let (lo, hi) = bounds(9);
    let dev = &all[lo..hi];
    let preds = tag(model, dev);
    let s = score_sentences(&dev.iter().map(|s| s.1.clone()).collect::<Vec<_>>(), &preds);
    print_scores(
        &format!(
            "ANERcorp dev (last 10%, {} sentences, {} tokens), strict entity scores (the shipped model is trained on all ten tenths, \
             this one included: training-data scores, not a measure; the held-out measure is make eval-ner-folds):",
            dev.len(),
            dev.iter().map(|s| s.0.len()).sum::<usize>()
        ),
        &s,
    );
    let mut errors = Errors::default();
    errors.add(dev, &preds, &names(&all[..lo]));
    errors.print();
    let w = wojood_f1(model);
    print_scores(&format!("Wojood sample val ({} sentences), first tag column flattened to PER/LOC/ORG:", wojood.len()), &w);
    if speed {
        // Tagging speed on real, varied news text (the whole file): the tagger alone (features, model,
        // Viterbi, consistency, list corrections), one core.
        let lines: Vec<String> = std::fs::read_to_string(format!("{shared}/data/ner/anercorp_train.txt"))
            .unwrap()
            .lines()
            .map(|l| l.split_whitespace().next().unwrap_or("").to_string())
            .collect();
        let all_toks: Vec<&str> = lines.iter().map(String::as_str).collect();
        let n = all_toks.iter().filter(|t| !t.is_empty()).count();
        let mut times: Vec<f64> = (0..3)
            .map(|_| {
                let t = std::time::Instant::now();
                std::hint::black_box(naba::entity::conll_tags(&all_toks));
                t.elapsed().as_secs_f64()
            })
            .collect();
        times.sort_by(f64::total_cmp);
        println!("speed: {:.0} k tokens/s ({n} tokens of the whole file in {:.0} ms, median of 3)", n as f64 / times[1] / 1000.0, times[1] * 1000.0);
    }
    let f1 = s.micro().2;
    println!("ner: F1 {f1:.1}; Wojood val {:.1}", w.micro().2);
    if let Some(min) = min_wojood {
        if w.micro().2 < min {
            eprintln!("ner: Wojood val F1 {:.1} is below the floor {min}", w.micro().2);
            std::process::exit(1);
        }
    }
    if let Some(min) = min_f1 {
        if f1 < min {
            eprintln!("ner: F1 {f1:.1} is below the floor {min}");
            std::process::exit(1);
        }
    }
}
