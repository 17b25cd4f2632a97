//! Profiling aid for `parse` of HTML (issue 14): the bench's page template — the fixture's header,
//! related block, tags, comments, sidebar and footer around the sample's paragraphs repeated — at
//! about 100 KB, parsed 200 times; or the files given as arguments, each parsed as many times (`.txt`
//! read as text; a directory stands for its `ar-*.html` files, e.g. `tests/e2e/pages/reader`, the
//! team's realistic pages). ANALYZE=1 analyzes instead, with `now` as `make bench` gives it.
//! `cargo build --profile native --example profile_parse && perf record -g target/native/examples/profile_parse`
fn main() {
    const SAMPLE: &str = include_str!("../www/samples/aggregator-ar.txt");
    const HTML: &str = include_str!("../tests/golden/wp-inline-related/source.html");
    let mut paths: Vec<std::path::PathBuf> = Vec::new();
    for arg in std::env::args().skip(1) {
        let path = std::path::PathBuf::from(arg);
        if path.is_dir() {
            let mut pages: Vec<_> = std::fs::read_dir(&path)
                .expect("a readable directory")
                .map(|e| e.expect("a directory entry").path())
                .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("ar-") && n.ends_with(".html")))
                .collect();
            pages.sort();
            paths.extend(pages);
        } else {
            paths.push(path);
        }
    }
    let inputs: Vec<(String, &str)> = if paths.is_empty() {
        let paragraphs: String = SAMPLE.lines().skip(2).take(5).map(|l| format!("<p>{l}</p>\n")).collect();
        let at = HTML.find("<p>").unwrap();
        let reps = (100 * 1024 - HTML.len()) / paragraphs.len();
        vec![(format!("{}{}{}", &HTML[..at], paragraphs.repeat(reps), &HTML[at..]), "html")]
    } else {
        // A `.txt` file is read as text.
        let format = |p: &std::path::Path| if p.extension().is_some_and(|e| e == "txt") { "text" } else { "html" };
        paths.iter().map(|p| (std::fs::read_to_string(p).expect("a readable file"), format(p))).collect()
    };
    let analyze = std::env::var_os("ANALYZE").is_some();
    // ITER=N: fewer rounds (e.g. 5 under `valgrind --tool=callgrind`, whose instruction counts do
    // not depend on the machine's load).
    let rounds: usize = std::env::var("ITER").ok().and_then(|v| v.parse().ok()).unwrap_or(200);
    for (input, format) in &inputs {
        let opts = naba::Options::from_raw(naba::RawOptions { format: Some((*format).into()), now: Some("2025-11-18".into()), ..Default::default() }).unwrap();
        let t = std::time::Instant::now();
        for _ in 0..rounds {
            if analyze {
                std::hint::black_box(naba::analyze(input, &opts).unwrap());
            } else {
                std::hint::black_box(naba::parse(input, &opts).unwrap());
            }
        }
        let what = if analyze { "analyze" } else { "parse" };
        eprintln!("{what}: {:.2} ms per page of {} KB", t.elapsed().as_secs_f64() * 1000.0 / rounds as f64, input.len() / 1024);
    }
}
