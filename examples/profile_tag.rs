//! Profiling aid: analyzes the sample text repeated to ~2 MB, a few times (TAG=1: tag only; DATES=1:
//! date finding only). `cargo run --profile native --example profile_tag`
fn main() {
    let sample = include_str!("../www/samples/aggregator-ar.txt");
    let text = sample.repeat(700);
    let opts = naba::Options::default();
    for _ in 0..3 {
        if std::env::var_os("DATES").is_some() {
            std::hint::black_box(naba::date::find_dates(&text, None));
            continue;
        }
        let r = if std::env::var_os("TAG").is_some() { drop(naba::tag(&text, &opts).unwrap()); continue } else { naba::analyze(&text, &opts).unwrap() };
        std::hint::black_box(r);
    }
}
