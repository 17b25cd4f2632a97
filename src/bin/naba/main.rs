//! `naba`: the command line over the same core as the wasm package, printing the same JSON (API.md).

use std::io::{self, Read, Write};
use std::process::ExitCode;

use naba::{Options, RawOptions};

// Batch mode needs threads and a terminal: native builds only (the wasm test build compiles bins too).
#[cfg(not(target_arch = "wasm32"))]
mod batch;

const HELP: &str = "\
naba — reads Arabic news pages: articles, entities, dates, timeline (JSON as in API.md)

USAGE:
  naba analyze [FILE|-] [--html|--dom] [--now YYYY-MM-DD] [--labels PER,LOC,...] [--pretty]
  naba parse   [FILE|-] [--html|--dom] [--now YYYY-MM-DD] [--pretty]
  naba tag     [FILE|-] [--now YYYY-MM-DD] [--labels PER,LOC,...] [--pretty]
  naba analyze|parse|tag --jsonl [FILE|-] [--out FILE [--resume]] [--jobs N] [--now …] [--labels …]
                                    batch: one {\"id\", \"html\"|\"text\", \"now\"?} per line in, one
                                    {\"id\", …result} per line out, in order, on all cores
  naba dates   --ref ISO [FILE|-]   one JSON object per input line: {\"dates\":[...]}
  naba ner-conll [FILE|-]           token-per-line in, `token<TAB>TAG` (IOB2) out
  naba --help | --version

FILE defaults to standard input (also `-`). Offsets are UTF-16 code units, as in JavaScript.
Batch mode skips a bad line (reported on stderr with its number); exit status 0 when every line was
read, 100 + N when N lines were bad (N counted up to 100), 2 for a usage error.
--dom reads a live page as the extension's walker writes it (format \"dom\": a JSON array of events).
";

struct Args {
    command: String,
    file: Option<String>,
    html: bool,
    dom: bool,
    jsonl: bool,
    out: Option<String>,
    resume: bool,
    jobs: Option<usize>,
    pretty: bool,
    now: Option<String>,
    reference: Option<String>,
    labels: Option<Vec<String>>,
}

fn parse_args(mut argv: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let Some(command) = argv.next() else {
        return Err("missing command (try `naba --help`)".into());
    };
    match command.as_str() {
        "-h" | "--help" | "help" => return Ok(None),
        "-V" | "--version" => {
            println!("naba {} (json v{})", env!("CARGO_PKG_VERSION"), naba::VERSION);
            return Ok(None);
        }
        "analyze" | "parse" | "tag" | "dates" | "ner-conll" => {}
        other => return Err(format!("unknown command `{other}` (try `naba --help`)")),
    }
    let mut args =
        Args { command, file: None, html: false, dom: false, jsonl: false, out: None, resume: false, jobs: None, pretty: false, now: None, reference: None, labels: None };
    while let Some(a) = argv.next() {
        let mut value = |flag: &str| argv.next().ok_or_else(|| format!("`{flag}` needs a value"));
        match a.as_str() {
            "--html" => args.html = true,
            "--dom" => args.dom = true,
            "--jsonl" => args.jsonl = true,
            "--out" => args.out = Some(value("--out")?),
            "--resume" => args.resume = true,
            "--jobs" => {
                let v = value("--jobs")?;
                args.jobs = Some(v.parse().ok().filter(|&n: &usize| n > 0).ok_or(format!("`--jobs` expects a number of threads, got {v:?}"))?);
            }
            "--pretty" => args.pretty = true,
            "--now" => args.now = Some(value("--now")?),
            "--ref" => args.reference = Some(value("--ref")?),
            "--labels" => args.labels = Some(value("--labels")?.split(',').map(|s| s.trim().to_string()).collect()),
            "-h" | "--help" => return Ok(None),
            "-" => args.file = None,
            flag if flag.starts_with('-') => return Err(format!("unknown flag `{flag}` (try `naba --help`)")),
            path => {
                if args.file.is_some() {
                    return Err(format!("unexpected argument `{path}`: only one FILE is read"));
                }
                args.file = Some(path.to_string());
            }
        }
    }
    Ok(Some(args))
}

fn read_input(file: &Option<String>) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match file {
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("cannot read `{path}`: {e}"))?;
        }
        None => {
            io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
        }
    }
    Ok(bytes)
}

fn utf8(bytes: Vec<u8>, what: &str) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        format!("{what} is not valid UTF-8: invalid byte at offset {}", e.utf8_error().valid_up_to())
    })
}

fn to_json<T: serde::Serialize>(value: &T, pretty: bool) -> String {
    let json = if pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) };
    json.expect("results serialise")
}

fn run(args: Args) -> Result<(), String> {
    let what = args.file.as_deref().map_or("standard input".to_string(), |f| format!("`{f}`"));
    let input = read_input(&args.file)?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    let options = |format: Option<&str>| {
        Options::from_raw(RawOptions {
            format: format.map(str::to_string),
            now: args.now.clone(),
            labels: args.labels.clone(),
        })
        .map_err(|e| e.to_string())
    };
    let json = match args.command.as_str() {
        "analyze" | "parse" => {
            let text = if args.html { naba::html::decode(&input) } else { utf8(input, &what)? };
            let opts = options(Some(if args.html {
                "html"
            } else if args.dom {
                "dom"
            } else {
                "text"
            }))?;
            let result = if args.command == "parse" { naba::parse(&text, &opts) } else { naba::analyze(&text, &opts) };
            to_json(&result.map_err(|e| e.to_string())?, args.pretty)
        }
        "tag" => to_json(&naba::tag(&utf8(input, &what)?, &options(None)?).map_err(|e| e.to_string())?, args.pretty),
        "dates" => {
            let reference = args.reference.as_deref().ok_or("`naba dates` needs `--ref ISO`")?;
            let reference = naba::date::calendar::Reference::parse(reference)
                .ok_or_else(|| format!("`--ref` expects an ISO date or date-time, got {reference:?}"))?;
            let text = utf8(input, &what)?;
            for line in text.lines() {
                let dates = naba::dates_of_line(line, reference);
                writeln!(out, "{}", to_json(&dates, false)).map_err(|e| e.to_string())?;
            }
            return out.flush().map_err(|e| e.to_string());
        }
        "ner-conll" => {
            let text = utf8(input, &what)?;
            let tokens: Vec<&str> = text.lines().map(|l| l.split_whitespace().next().unwrap_or("")).collect();
            for (line, tag) in tokens.iter().zip(naba::entity::conll_tags(&tokens)) {
                if line.is_empty() {
                    writeln!(out).map_err(|e| e.to_string())?;
                } else {
                    writeln!(out, "{line}\t{tag}").map_err(|e| e.to_string())?;
                }
            }
            return out.flush().map_err(|e| e.to_string());
        }
        _ => unreachable!("commands are checked in parse_args"),
    };
    writeln!(out, "{json}").and_then(|_| out.flush()).map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    match parse_args(std::env::args().skip(1)) {
        Ok(None) => {
            if std::env::args().nth(1).is_some_and(|a| a != "-V" && a != "--version") {
                print!("{HELP}");
            }
            ExitCode::SUCCESS
        }
        Ok(Some(args)) if args.jsonl => run_batch(&args),
        Ok(Some(args)) if args.out.is_some() || args.resume || args.jobs.is_some() => {
            eprintln!("naba: `--out`, `--resume` and `--jobs` go with `--jsonl`");
            ExitCode::from(2)
        }
        Ok(Some(args)) => match run(args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("naba: {e}");
                ExitCode::from(2)
            }
        },
        Err(e) => {
            eprintln!("naba: {e}");
            ExitCode::from(2)
        }
    }
}

/// `--jsonl`: the batch mode (batch.rs); exit status 0, 100 + bad lines, or 2.
#[cfg(not(target_arch = "wasm32"))]
fn run_batch(args: &Args) -> ExitCode {
    if !matches!(args.command.as_str(), "analyze" | "parse" | "tag") {
        eprintln!("naba: `--jsonl` goes with analyze, parse or tag");
        return ExitCode::from(2);
    }
    let b = batch::Batch {
        command: &args.command,
        input: args.file.as_deref(),
        out: args.out.as_deref(),
        resume: args.resume,
        jobs: args.jobs,
        now: args.now.clone(),
        labels: args.labels.clone(),
    };
    match batch::run(&b) {
        Ok(s) => {
            if s.bad > 0 || s.skipped > 0 {
                eprintln!("naba: {} written, {} already in the output, {} bad lines skipped", s.written, s.skipped, s.bad);
            }
            if s.bad == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(100 + s.bad.min(100) as u8)
            }
        }
        Err(e) => {
            eprintln!("naba: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn run_batch(_: &Args) -> ExitCode {
    eprintln!("naba: `--jsonl` needs a native build");
    ExitCode::from(2)
}
