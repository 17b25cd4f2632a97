//! `make eval-ner`: strict entity-level micro P/R/F1 per type (conlleval semantics) of the embedded
//! model, run exactly as `naba ner-conll` runs it, on the dev part of ANERcorp (the last 10% of the
//! training file by tokens, contiguous, never trained on). Reads ../shared only here.
//!
//! `cargo run --profile native --example eval_ner -- ../shared [--min-f1 F]`

use naba::entity::model::LABELS;
use naba::entity::score::{score_sentences, tenth_start};

fn label_index(tag: &str) -> usize {
    let tag = tag.replace("PERS", "PER");
    LABELS.iter().position(|l| *l == tag).unwrap_or(0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let shared = args.next().unwrap_or_else(|| "../shared".into());
    let mut min_f1 = None;
    while let Some(a) = args.next() {
        if a == "--min-f1" {
            min_f1 = args.next().and_then(|v| v.parse::<f64>().ok());
        }
    }
    let path = format!("{shared}/data/ner/anercorp_train.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let lines: Vec<&str> = text.lines().collect();
    // Sentences as (first line, tokens); the dev part starts where the trainer's does (`tenth_start`).
    let mut sentences: Vec<(usize, usize)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        match sentences.last_mut() {
            Some((first, n)) if *first + *n == i => *n += 1,
            _ => sentences.push((i, 1)),
        }
    }
    let lengths: Vec<usize> = sentences.iter().map(|s| s.1).collect();
    let cut = sentences.get(tenth_start(&lengths, 9)).map_or(lines.len(), |s| s.0);
    // Every line's token (`""` on the blank lines between sentences), as `naba ner-conll` reads them.
    let all: Vec<&str> = lines.iter().map(|l| l.split_whitespace().next().unwrap_or("")).collect();
    let dev = &lines[cut..];
    let predicted = naba::entity::conll_tags(&all[cut..]);
    let mut gold_s = Vec::new();
    let mut pred_s = Vec::new();
    let (mut g, mut p) = (Vec::new(), Vec::new());
    for (line, tag) in dev.iter().zip(&predicted) {
        let mut parts = line.split_whitespace();
        match parts.next() {
            None => {
                if !g.is_empty() {
                    gold_s.push(std::mem::take(&mut g));
                    pred_s.push(std::mem::take(&mut p));
                }
            }
            Some(_) => {
                g.push(label_index(parts.next().unwrap_or("O")));
                p.push(label_index(tag));
            }
        }
    }
    if !g.is_empty() {
        gold_s.push(g);
        pred_s.push(p);
    }
    let s = score_sentences(&gold_s, &pred_s);
    println!("ANERcorp dev (last 10%, {} sentences, {} tokens), strict entity scores:", gold_s.len(), gold_s.iter().map(Vec::len).sum::<usize>());
    for (ty, p, r, f, n) in s.rows() {
        println!("  {ty:<5} P {p:5.1}  R {r:5.1}  F1 {f:5.1}  (gold {n})");
    }
    // Tagging speed on real, varied news text (the whole file): the tagger alone (features, model,
    // Viterbi, consistency, list corrections), one core.
    let n = all.iter().filter(|t| !t.is_empty()).count();
    let mut times: Vec<f64> = (0..3)
        .map(|_| {
            let t = std::time::Instant::now();
            std::hint::black_box(naba::entity::conll_tags(&all));
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("speed: {:.0} k tokens/s ({n} tokens of the whole file in {:.0} ms, median of 3)", n as f64 / times[1] / 1000.0, times[1] * 1000.0);
    let f1 = s.micro().2;
    println!("ner: F1 {f1:.1}");
    if let Some(min) = min_f1 {
        if f1 < min {
            eprintln!("ner: F1 {f1:.1} is below the floor {min}");
            std::process::exit(1);
        }
    }
}
