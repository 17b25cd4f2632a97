//! Profiling aid: tags the sample text repeated to ~2 MB, a few times. `cargo run --profile native --example profile_tag`
fn main() {
    let sample = include_str!("../www/samples/aggregator-ar.txt");
    let text = sample.repeat(700);
    let opts = naba::Options::default();
    for _ in 0..3 {
        let r = if std::env::var_os("TAG").is_some() { drop(naba::tag(&text, &opts).unwrap()); continue } else { naba::analyze(&text, &opts).unwrap() };
        std::hint::black_box(r);
    }
}
