//! `cargo bench`: criterion timings of `parse`, `analyze`, `tag` and date finding on the team's sample
//! page at three sizes (the seed-sized page, ~100 KB, ~2 MB). `make bench` prints the summary table.
#![cfg(not(target_arch = "wasm32"))]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use naba::{Options, RawOptions};

const SAMPLE: &str = include_str!("../www/samples/aggregator-ar.txt");

fn inputs() -> Vec<(&'static str, String)> {
    vec![
        ("seed-sized", SAMPLE.to_string()),
        ("100KB", SAMPLE.repeat(100 * 1024 / SAMPLE.len())),
        ("2MB", SAMPLE.repeat(2 * 1024 * 1024 / SAMPLE.len())),
    ]
}

fn bench(c: &mut Criterion) {
    let opts = Options::from_raw(RawOptions { now: Some("2025-11-18".into()), ..Default::default() }).unwrap();
    let reference = naba::date::calendar::Reference::parse("2025-11-18");
    let mut g = c.benchmark_group("naba");
    g.sample_size(10);
    for (name, text) in inputs() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("parse", name), &text, |b, t| b.iter(|| naba::parse(t, &opts).unwrap()));
        g.bench_with_input(BenchmarkId::new("analyze", name), &text, |b, t| b.iter(|| naba::analyze(t, &opts).unwrap()));
        g.bench_with_input(BenchmarkId::new("tag", name), &text, |b, t| b.iter(|| naba::tag(t, &opts).unwrap()));
        g.bench_with_input(BenchmarkId::new("dates", name), &text, |b, t| b.iter(|| naba::date::find_dates(t, reference)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
