//! `make eval-dates`: runs `naba dates --ref` logic over the shared Arabic date cases
//! (`eval/time/*.jsonl`, written by Duckling, dateparser and a chrono contributor) and prints accuracy per
//! source and `kind`. Where a source's convention differs from naba's news policy (Duckling reads a bare
//! weekday as the next one and a day-month as the next occurrence; naba reads news: the most recent
//! one), the case is counted as a policy disagreement and listed separately instead of as a failure.
//!
//! `cargo run --release --example eval_dates -- ../shared [--min-accuracy X] [--verbose]`

use std::collections::BTreeMap;

use naba::date::calendar::{Date, Reference};
use serde_json::Value;

#[derive(Debug, Default, Clone, Copy)]
struct Parts {
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    hour: Option<u8>,
    minute: Option<u8>,
}

fn num<T: std::str::FromStr>(s: Option<&str>) -> Option<T> {
    s.and_then(|v| v.parse().ok())
}

/// Components of an ISO-like value: `2013-02-12T04:30:00.000-02:00`, `2013-02`, `2013`, `T10`,
/// `T11:55`, `---17`, `2013-W07` (the Monday of the week).
fn parts(v: &str) -> Parts {
    let mut p = Parts::default();
    if let Some(d) = v.strip_prefix("---") {
        p.day = num(Some(d));
        return p;
    }
    let (date, time) = match v.find('T') {
        Some(i) => (&v[..i], Some(&v[i + 1..])),
        None => (v, None),
    };
    if let Some((y, w)) = date.split_once("-W") {
        if let (Some(y), Some(w)) = (num::<i32>(Some(y)), num::<i64>(Some(w))) {
            // Monday of ISO week w.
            let jan4 = Date::new(y, 1, 4).unwrap();
            let monday = jan4.add_days(1 - jan4.weekday() as i64 + 7 * (w - 1)).unwrap();
            p.year = Some(monday.year);
            p.month = Some(monday.month);
            p.day = Some(monday.day);
        }
    } else if !date.is_empty() {
        let mut it = date.split('-');
        p.year = num(it.next());
        p.month = num(it.next());
        p.day = num(it.next());
    }
    if let Some(t) = time {
        let t = t.get(..5).unwrap_or(t);
        let mut it = t.split(':');
        p.hour = num(it.next());
        p.minute = num(it.next());
    }
    p
}

fn date_of(p: &Parts) -> Option<Date> {
    Date::new(p.year?, p.month?, p.day?)
}

enum Outcome {
    Pass,
    Policy,
    Fail,
}

fn compare(row: &Value, got: &Value) -> Outcome {
    let expected = row["expected"].as_str().unwrap_or("");
    let value = got["value"].as_str().unwrap_or("");
    let kind = row["kind"].as_str().unwrap_or("");
    let grain = row["grain"].as_str();
    if kind == "duration" {
        return if value == expected { Outcome::Pass } else { Outcome::Fail };
    }
    let (exp_start, exp_end) = match expected.split_once('/') {
        Some((a, b)) => (a, Some(b)),
        None => (expected, None),
    };
    let e = parts(exp_start);
    let g = parts(value);
    // Which components to check.
    let asserted = row.get("asserted").and_then(Value::as_object);
    // An interval we give at day grain is compared on its days.
    let day_interval = got["kind"].as_str() == Some("interval") && got["grain"].as_str() == Some("day");
    let checks: Vec<&str> = match (asserted, grain) {
        (None, _) if day_interval => vec!["year", "month", "day"],
        (Some(a), _) => a.keys().map(String::as_str).collect(),
        (None, Some("year")) => vec!["year"],
        (None, Some("month")) => vec!["year", "month"],
        (None, Some("week" | "day")) => vec!["year", "month", "day"],
        (None, Some("hour")) => vec!["year", "month", "day", "hour"],
        (None, Some("minute" | "second")) => vec!["year", "month", "day", "hour", "minute"],
        _ => {
            if e.year.is_some() {
                vec!["year", "month", "day"]
            } else {
                vec!["hour", "minute"]
            }
        }
    };
    let get = |p: &Parts, k: &str| -> Option<i64> {
        match k {
            "year" => p.year.map(i64::from),
            "month" => p.month.map(i64::from),
            "day" => p.day.map(i64::from),
            "hour" => p.hour.map(i64::from),
            "minute" => p.minute.map(i64::from),
            _ => None,
        }
    };
    // A month (year) value covers an expected first day of that month (year): sources that write
    // `2025-01-01` for `يناير 2025` mean the month.
    let coarser = match got["grain"].as_str() {
        Some("month") => e.day == Some(1) && e.year == g.year && e.month == g.month,
        Some("year") => e.day == Some(1) && e.month == Some(1) && e.year == g.year,
        _ => false,
    };
    let ok = coarser || checks.iter().all(|k| get(&e, k).is_none() || get(&e, k) == get(&g, k));
    let end_ok = match (exp_end, got["endValue"].as_str()) {
        (Some(ee), Some(ge)) => {
            let (ep, gp) = (parts(ee), parts(ge));
            match (date_of(&ep), date_of(&gp)) {
                // Duckling's interval end is exclusive, ours is the last unit included.
                (Some(a), Some(b)) if ep.hour.is_none() || gp.hour.is_none() => a == b || a.add_days(-1) == Some(b),
                // Times: Duckling's end is exclusive at its grain (an hour later).
                (a, b) => a == b && (ep.hour == gp.hour || ep.hour.map(|h| h.saturating_sub(1)) == gp.hour),
            }
        }
        _ => true,
    };
    if ok && end_ok {
        return Outcome::Pass;
    }
    // Policy: the sources' future bias for weekdays (Duckling, chrono) and year-less dates (Duckling).
    let source = row["source"].as_str().unwrap_or("");
    let duckling = source.contains("duckling") || (source.contains("chrono") && kind == "weekday");
    if duckling {
        if let (Some(a), Some(b)) = (date_of(&e), date_of(&g)) {
            let diff = a.days() - b.days();
            let weekday_policy = (kind == "weekday" || (diff == 7 && matches!(kind, "time_of_day" | "interval"))) && diff > 0 && diff % 7 == 0;
            let year_policy = a.month == b.month && a.day == b.day && a.year == b.year + 1;
            if weekday_policy || year_policy {
                return Outcome::Policy;
            }
        }
    }
    Outcome::Fail
}

fn main() {
    let mut args = std::env::args().skip(1);
    let shared = args.next().unwrap_or_else(|| "../shared".into());
    let mut min_acc = None;
    let mut verbose = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--min-accuracy" => min_acc = args.next().and_then(|v| v.parse::<f64>().ok()),
            "--verbose" => verbose = true,
            _ => {}
        }
    }
    let mut table: BTreeMap<(String, String), (usize, usize, usize)> = BTreeMap::new();
    let mut policy_rows = Vec::new();
    let mut fail_rows = Vec::new();
    for file in ["duckling_ar.jsonl", "dateparser_ar.jsonl", "chrono_pr656_ar.jsonl"] {
        let path = format!("{shared}/eval/time/{file}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let row: Value = serde_json::from_str(line).unwrap();
            let input = row["text"].as_str().unwrap();
            let kind = row["kind"].as_str().unwrap_or("?").to_string();
            // A row without a reference is run without one (absolute values only), as the source does.
            let found = match row["ref"].as_str().and_then(Reference::parse) {
                Some(reference) => serde_json::to_value(naba::dates_of_line(input, reference)).unwrap(),
                None => serde_json::json!({ "dates": naba::date::find_dates(input, None) }),
            };
            let dates = found["dates"].as_array().cloned().unwrap_or_default();
            let outcome = if row["expected"].is_null() {
                if kind == "negative" {
                    if dates.is_empty() { Outcome::Pass } else { Outcome::Fail }
                } else {
                    continue; // extraction-only rows without a value
                }
            } else {
                // The mention to compare: the one at the gold span, else the longest.
                let span = row["span"].as_str();
                let pick = dates
                    .iter()
                    .find(|d| {
                        let t = d["text"].as_str().unwrap_or("\u{0}");
                        span.is_some_and(|s| s == t || s.contains(t) || t.contains(s))
                    })
                    .or_else(|| dates.iter().max_by_key(|d| d["text"].as_str().map_or(0, str::len)));
                match pick {
                    Some(d) => compare(&row, d),
                    None => Outcome::Fail,
                }
            };
            let source = file.split('_').next().unwrap().to_string();
            let entry = table.entry((source.clone(), kind.clone())).or_default();
            let brief = format!("[{source}/{kind}] {input} | ref {} | expected {} | got {}", row["ref"], row["expected"], found["dates"]);
            match outcome {
                Outcome::Pass => entry.0 += 1,
                Outcome::Policy => {
                    entry.1 += 1;
                    policy_rows.push(brief);
                }
                Outcome::Fail => {
                    entry.2 += 1;
                    fail_rows.push(brief);
                }
            }
        }
    }
    println!("| source     | kind            | pass | policy | fail | accuracy |");
    println!("|------------|-----------------|------|--------|------|----------|");
    let (mut p, mut pol, mut f) = (0, 0, 0);
    for ((source, kind), (a, b, c)) in &table {
        let judged = a + c;
        println!("| {source:<10} | {kind:<15} | {a:>4} | {b:>6} | {c:>4} | {:>7.1}% |", 100.0 * *a as f64 / judged.max(1) as f64);
        p += a;
        pol += b;
        f += c;
    }
    if verbose {
        println!("\nfailures:");
        for r in &fail_rows {
            println!("  {r}");
        }
    }
    println!("\npolicy disagreements (news policy: the most recent weekday/date, not the next):");
    for r in &policy_rows {
        println!("  {r}");
    }
    let acc = 100.0 * p as f64 / (p + f).max(1) as f64;
    println!("\ndates: {p} passed, {f} failed, {pol} policy disagreements; accuracy {acc:.1}% (policy cases excluded)");
    if let Some(min) = min_acc {
        if acc < min {
            eprintln!("dates: accuracy {acc:.1}% is below the floor {min}%");
            std::process::exit(1);
        }
    }
}
