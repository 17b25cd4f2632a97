//! `make bench` (native part): median times of `parse`, `analyze` and `tag` on the team's pages at
//! three sizes, tokens per second of `tag`, and growth at 1×, 2×, 4×, 8×. Prints one table, and writes
//! the figures the browser part compares against (wasm/native) to `artifacts/bench-native.json`.
//! `cargo run --profile native --example bench`; `… --example bench -- --random-words` runs only the
//! adversarial page (3 MB of random Arabic-script words) and reports its time and the peak memory.

use std::time::Instant;

use naba::{Options, RawOptions};

const SAMPLE: &str = include_str!("../www/samples/aggregator-ar.txt");
const HTML: &str = include_str!("../tests/golden/wp-inline-related/source.html");

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut()) -> f64 {
    f(); // warm up
    median((0..runs).map(|_| {
        let t = Instant::now();
        f();
        t.elapsed().as_secs_f64() * 1000.0
    }).collect())
}

/// A news page of about `bytes` bytes in the fixture's template: the sample's paragraphs repeated in the
/// article body, with the fixture's header, related block, tags, comments, sidebar and footer around it.
pub fn html_of_size(bytes: usize) -> String {
    let paragraphs: String = SAMPLE.lines().skip(2).take(5).map(|l| format!("<p>{l}</p>\n")).collect();
    let at = HTML.find("<p>").unwrap();
    let reps = (bytes.saturating_sub(HTML.len()) / paragraphs.len()).max(1);
    format!("{}{}{}", &HTML[..at], paragraphs.repeat(reps), &HTML[at..])
}

fn text_of_size(bytes: usize) -> String {
    SAMPLE.repeat((bytes / SAMPLE.len()).max(1))
}

/// `bytes` of random Arabic-script words (2–9 letters), a sentence break every 8–20 words: text where
/// nearly every word is new, the worst case for per-document caches. Deterministic (fixed seed).
pub fn random_words(bytes: usize) -> String {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |n: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % n
    };
    let mut out = String::with_capacity(bytes + 64);
    let mut in_sentence = 0;
    let mut sentence = 8 + next(13);
    while out.len() < bytes {
        for _ in 0..2 + next(8) {
            out.push(char::from_u32(0x0621 + next(0x064A - 0x0621 + 1) as u32).unwrap());
        }
        in_sentence += 1;
        if in_sentence == sentence {
            out.push_str(".\n");
            in_sentence = 0;
            sentence = 8 + next(13);
        } else {
            out.push(' ');
        }
    }
    out
}

/// Peak resident memory of this process so far, in MB (Linux `VmHWM`).
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok()))
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() {
    let text_opts = Options::from_raw(RawOptions { now: Some("2025-11-18".into()), ..Default::default() }).unwrap();
    let html_opts = Options::from_raw(RawOptions { format: Some("html".into()), now: Some("2025-11-18".into()), ..Default::default() }).unwrap();
    if std::env::args().any(|a| a == "--random-words") {
        let words = random_words(3 * 1024 * 1024);
        let before = peak_mb();
        let t = Instant::now();
        let r = naba::analyze(&words, &text_opts).unwrap();
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        println!(
            "random Arabic-script words, 3 MB (native analyze): {ms:.0} ms, peak memory {:.0} MB (before: {before:.0} MB), {} entities",
            peak_mb(),
            r.articles.iter().map(|a| a.entities.len()).sum::<usize>()
        );
        return;
    }
    let mut figures: Vec<(&str, f64)> = Vec::new();
    println!("| native (1 core)          | size     | parse ms | analyze ms | tag ms |");
    println!("|--------------------------|----------|----------|------------|--------|");
    for (name, input, opts) in [
        ("sample text (seed-sized)", SAMPLE.to_string(), &text_opts),
        ("text 100 KB", text_of_size(100 * 1024), &text_opts),
        ("text 2 MB", text_of_size(2 * 1024 * 1024), &text_opts),
        ("html fixture", HTML.to_string(), &html_opts),
        ("html 100 KB", html_of_size(100 * 1024), &html_opts),
        ("html 2 MB", html_of_size(2 * 1024 * 1024), &html_opts),
    ] {
        let runs = if input.len() > 1_000_000 { 5 } else { 30 };
        let p = time(runs, || drop(naba::parse(&input, opts).unwrap()));
        let a = time(runs, || drop(naba::analyze(&input, opts).unwrap()));
        let t = if opts.format == naba::Format::Text { format!("{:.2}", time(runs, || drop(naba::tag(&input, opts).unwrap()))) } else { "-".into() };
        println!("| {name:<24} | {:>6} KB | {p:>8.2} | {a:>10.2} | {t:>6} |", input.len() / 1024);
        if name.starts_with("sample") {
            figures.push(("sampleAnalyzeMs", a));
        }
    }
    let big = text_of_size(2 * 1024 * 1024);
    let tokens = naba::segment::words(&big).count();
    let t = time(5, || drop(naba::tag(&big, &text_opts).unwrap()));
    println!("\ntag: {:.0} k tokens/s ({tokens} tokens in {t:.1} ms)", tokens as f64 / t);
    figures.push(("tagKTokensPerS", tokens as f64 / t));
    let e = time(5, || drop(naba::entity::find_entities(&big)));
    println!("entity tagger alone (no dates): {:.0} k tokens/s ({e:.1} ms)", tokens as f64 / e);
    let reference = naba::date::calendar::Reference::parse("2025-11-18");
    let d = time(5, || drop(naba::date::find_dates(&big, reference)));
    let a = time(3, || drop(naba::analyze(&big, &text_opts).unwrap()));
    println!("date finding: {d:.1} ms of analyze's {a:.1} ms on 2 MB ({:.0}%)", 100.0 * d / a);
    figures.push(("analyze2MbMs", a));
    let json = format!("{{{}}}\n", figures.iter().map(|(k, v)| format!("\"{k}\": {v:.3}")).collect::<Vec<_>>().join(", "));
    let _ = std::fs::create_dir_all("artifacts").and_then(|_| std::fs::write("artifacts/bench-native.json", json));
    println!("\ngrowth of analyze (text): size → ms (ms per 100 KB)");
    let base = text_of_size(256 * 1024);
    for k in [1, 2, 4, 8] {
        let input = base.repeat(k);
        let t = time(5, || drop(naba::analyze(&input, &text_opts).unwrap()));
        println!("  {k}x {:>6} KB → {t:>8.1} ms ({:.2})", input.len() / 1024, t / (input.len() as f64 / 102_400.0));
    }
}
