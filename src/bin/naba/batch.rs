//! Batch mode: `naba analyze|parse|tag --jsonl [FILE|-]`, for archives of many articles.
//!
//! In: one JSON object per line, `{"id": …, "html": "…"}` or `{"id": …, "text": "…"}`, with an optional
//! `"now"` (the reference date for that article; `--now` otherwise). Out: one line per good input line,
//! in input order: `{"id": …, ` followed by the same JSON the single-file command prints.
//!
//! Lines are read in chunks (bounded by count and bytes, so memory stays bounded however long the
//! archive), each chunk is analysed on all cores (`--jobs N`), and its results are written before the
//! next is read. A bad line (not JSON, no `id`, no `html`/`text`, a bad `now`) is reported on stderr
//! with its line number and skipped. With `--out FILE --resume`, ids already in FILE are skipped and new
//! results are appended. A progress bar (rate, ETA) is drawn on stderr when stderr is a terminal.

use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Seek, SeekFrom, Write};

use naba::{Options, RawOptions};
use rayon::prelude::*;
use serde_json::Value;

/// Lines per chunk, and bytes per chunk: whichever comes first.
const CHUNK_LINES: usize = 512;
const CHUNK_BYTES: usize = 16 << 20;

pub struct Batch<'a> {
    pub command: &'a str,
    pub input: Option<&'a str>,
    pub out: Option<&'a str>,
    pub resume: bool,
    pub jobs: Option<usize>,
    pub now: Option<String>,
    pub labels: Option<Vec<String>>,
}

/// What a run did: lines written, skipped (already in the output), and bad.
#[derive(Debug, Default)]
pub struct Summary {
    pub written: usize,
    pub skipped: usize,
    pub bad: usize,
}

/// One input line's result: a JSON line to write, or why the line is bad.
type Outcome = Result<String, String>;

fn one(command: &str, line: &str, now: &Option<String>, labels: &Option<Vec<String>>) -> Outcome {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON ({e})"))?;
    let id = v.get("id").filter(|id| id.is_string() || id.is_number()).ok_or("no `id` (a string or a number)")?;
    let (input, format) = match (v.get("html").and_then(Value::as_str), v.get("text").and_then(Value::as_str)) {
        (Some(h), _) => (h, "html"),
        (None, Some(t)) => (t, "text"),
        (None, None) => return Err("no `html` or `text` string".into()),
    };
    let line_now = match v.get("now") {
        None | Some(Value::Null) => now.clone(),
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err("`now` must be a string".into()),
    };
    let opts = Options::from_raw(RawOptions { format: Some(format.into()), now: line_now, labels: labels.clone() })
        .map_err(|e| e.to_string())?;
    let json = match command {
        "parse" => serde_json::to_string(&naba::parse(input, &opts).map_err(|e| e.to_string())?),
        "tag" => serde_json::to_string(&naba::tag(input, &opts).map_err(|e| e.to_string())?),
        _ => serde_json::to_string(&naba::analyze(input, &opts).map_err(|e| e.to_string())?),
    }
    .map_err(|e| e.to_string())?;
    // `{"id":…,` then the result's own fields.
    Ok(format!("{{\"id\":{},{}", id, &json[1..]))
}

/// The ids already written to `path`; cuts off a last line left half-written by an interrupted run.
fn done_ids(path: &str) -> io::Result<HashSet<String>> {
    let mut ids = HashSet::new();
    let Ok(mut f) = OpenOptions::new().read(true).write(true).open(path) else { return Ok(ids) };
    let mut bytes = Vec::new();
    f.read_to_end(&mut bytes)?;
    let complete = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    if complete < bytes.len() {
        f.set_len(complete as u64)?;
        f.seek(SeekFrom::End(0))?;
    }
    for line in bytes[..complete].split(|&b| b == b'\n') {
        if let Ok(v) = serde_json::from_slice::<Value>(line) {
            if let Some(id) = v.get("id") {
                ids.insert(id.to_string());
            }
        }
    }
    Ok(ids)
}

fn progress(total: Option<u64>) -> Option<indicatif::ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let bar = match total {
        Some(n) => indicatif::ProgressBar::new(n).with_style(
            indicatif::ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} · {msg} · ETA {eta}").ok()?,
        ),
        None => indicatif::ProgressBar::new_spinner()
            .with_style(indicatif::ProgressStyle::with_template("{spinner} {bytes} read · {msg}").ok()?),
    };
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    Some(bar)
}

/// Runs a batch; the summary says what happened to every line.
pub fn run(b: &Batch) -> Result<Summary, String> {
    if b.resume && b.out.is_none() {
        return Err("`--resume` needs `--out FILE` (the results already written)".into());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(b.jobs.unwrap_or(0))
        .build()
        .map_err(|e| format!("cannot start {} threads: {e}", b.jobs.unwrap_or(0)))?;
    let (reader, total): (Box<dyn BufRead>, Option<u64>) = match b.input {
        Some(path) if path != "-" => {
            let f = File::open(path).map_err(|e| format!("cannot read `{path}`: {e}"))?;
            let len = f.metadata().ok().map(|m| m.len());
            (Box::new(BufReader::with_capacity(1 << 20, f)), len)
        }
        _ => (Box::new(BufReader::with_capacity(1 << 20, io::stdin().lock())), None),
    };
    let done = match b.out {
        Some(path) if b.resume => done_ids(path).map_err(|e| format!("cannot read `{path}`: {e}"))?,
        _ => HashSet::new(),
    };
    let mut out: Box<dyn Write> = match b.out {
        Some(path) => {
            let f = if b.resume {
                OpenOptions::new().create(true).append(true).open(path)
            } else {
                File::create(path)
            }
            .map_err(|e| format!("cannot write `{path}`: {e}"))?;
            Box::new(BufWriter::new(f))
        }
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let bar = progress(total);
    let started = std::time::Instant::now();
    let mut summary = Summary::default();
    let mut lines = reader.lines().enumerate();
    let mut read_bytes = 0u64;
    loop {
        // The next chunk: (line number, text) of the lines to analyse.
        let mut chunk: Vec<(usize, String)> = Vec::new();
        let mut bytes = 0;
        let mut at_end = true;
        for (i, line) in lines.by_ref() {
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("naba: line {}: {e}", i + 1);
                    summary.bad += 1;
                    continue;
                }
            };
            read_bytes += line.len() as u64 + 1;
            if line.trim().is_empty() {
                continue;
            }
            if !done.is_empty() {
                if let Some(id) = serde_json::from_str::<Value>(&line).ok().and_then(|v| v.get("id").map(Value::to_string)) {
                    if done.contains(&id) {
                        summary.skipped += 1;
                        continue;
                    }
                }
            }
            bytes += line.len();
            chunk.push((i + 1, line));
            if chunk.len() >= CHUNK_LINES || bytes >= CHUNK_BYTES {
                at_end = false;
                break;
            }
        }
        let results: Vec<Outcome> =
            pool.install(|| chunk.par_iter().map(|(_, line)| one(b.command, line, &b.now, &b.labels)).collect());
        for ((n, _), r) in chunk.iter().zip(results) {
            match r {
                Ok(json) => {
                    writeln!(out, "{json}").map_err(|e| format!("cannot write: {e}"))?;
                    summary.written += 1;
                }
                Err(why) => {
                    let say = || eprintln!("naba: line {n}: {why}; skipped");
                    match &bar {
                        Some(bar) => bar.suspend(say),
                        None => say(),
                    }
                    summary.bad += 1;
                }
            }
        }
        out.flush().map_err(|e| format!("cannot write: {e}"))?;
        if let Some(bar) = &bar {
            bar.set_position(read_bytes);
            let rate = summary.written as f64 / started.elapsed().as_secs_f64().max(1e-9);
            bar.set_message(format!("{} articles, {rate:.0}/s", summary.written));
        }
        if at_end {
            break;
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    Ok(summary)
}
