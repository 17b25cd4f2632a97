//! Profiling aid for `parse` of HTML (issue 14): the bench's page template — the fixture's header,
//! related block, tags, comments, sidebar and footer around the sample's paragraphs repeated — at
//! about 100 KB, parsed 200 times (or a file given as the argument, `.txt` read as text); ANALYZE=1
//! analyzes it instead.
//! `cargo build --profile native --example profile_parse && perf record -g target/native/examples/profile_parse`
fn main() {
    const SAMPLE: &str = include_str!("../www/samples/aggregator-ar.txt");
    const HTML: &str = include_str!("../tests/golden/wp-inline-related/source.html");
    let html = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path).expect("a readable HTML file"),
        None => {
            let paragraphs: String = SAMPLE.lines().skip(2).take(5).map(|l| format!("<p>{l}</p>\n")).collect();
            let at = HTML.find("<p>").unwrap();
            let reps = (100 * 1024 - HTML.len()) / paragraphs.len();
            format!("{}{}{}", &HTML[..at], paragraphs.repeat(reps), &HTML[at..])
        }
    };
    // A `.txt` file is read as text.
    let format = if std::env::args().nth(1).is_some_and(|p| p.ends_with(".txt")) { "text" } else { "html" };
    let opts = naba::Options::from_raw(naba::RawOptions { format: Some(format.into()), ..Default::default() }).unwrap();
    let t = std::time::Instant::now();
    let analyze = std::env::var_os("ANALYZE").is_some();
    // ITER=N: fewer rounds (e.g. 5 under `valgrind --tool=callgrind`, whose instruction counts do
    // not depend on the machine's load).
    let rounds: usize = std::env::var("ITER").ok().and_then(|v| v.parse().ok()).unwrap_or(200);
    for _ in 0..rounds {
        if analyze {
            std::hint::black_box(naba::analyze(&html, &opts).unwrap());
        } else {
            std::hint::black_box(naba::parse(&html, &opts).unwrap());
        }
    }
    let what = if analyze { "analyze" } else { "parse" };
    eprintln!("{what}: {:.2} ms per page of {} KB", t.elapsed().as_secs_f64() * 1000.0 / rounds as f64, html.len() / 1024);
}
