//! Dates on a second, realistic corpus: Wojood's `DATE` spans (the public sample of SinaLab's nested
//! Arabic NER corpus, `data/ner/wojood_sample_{train,val}.txt` under the shared folder, read only when
//! this runs) against naba's date finder (`naba::date::find_dates`, the call `tag` makes for its dates;
//! `--tag` runs `naba::tag` itself, which also settles dates against the names it finds).
//!
//! Each sentence (a blank line or a `$#$` line ends one) is its tokens joined by spaces. A gold span is
//! every `B-DATE`/`I-DATE` run of any tag column (a year nested in an event, `حرب 1948`, is one). A
//! mention and a gold span match when they share a token ("overlap"), and exactly when they cover the
//! same tokens ("exact"; "exact±" also forgives brackets and stops at either end, as `عام ( 1933 )`
//! against `عام ( 1933`).
//!
//! Policy (README, "News date policy"): the gold spans naba should find are days, months, years (with a
//! cue, in brackets or after an event's noun), `عام 2020`, Hijri years, relative days, weeks, months and
//! years (`أمس`, `اليوم`, also in its "nowadays" sense, which no reader can tell apart, `الأسبوع الماضي`,
//! `قبل عشرين عاما`, `منذ عامين`), vague spans (`السنوات الأخيرة`), decades, seasons with a direction,
//! Hijri months. Policy differences, counted apart and not in precision or recall:
//! - frequency: a rate, not a date (`يومياً`, `أسبوعياً`, `نصف السنوية`, `اليومي`);
//! - era: a historical period by its rulers (`الفترة العثمانية`, `فترة الحكم العثماني`);
//! - age: `سن الرابعة عشرة`, `الثامنة والعشرون عاماً`;
//! - bare unit: a unit word alone (`سنة`, `السنة`, `سنوات`, `عقدا`), a bare season (`الشتاء`);
//! - length: a count of units with nothing that puts it on the timeline (`عامين`, `8 سنوات`, `لثلاثة
//!   أيام`, `من شهر إلى 3 أشهر`): naba gives lengths only after a cue of length (`لمدة`, `طيلة`).
//!
//! A mention over a policy span or over a `TIME` span (`الآن`, `صباح هذا اليوم`, `30 ثانية`: Wojood's
//! other class; naba's dates include times) is counted apart too, neither right nor spurious.
//!
//! `cargo run --release --example eval_dates_wojood -- ../shared [--tag] [--verbose] [--top N]`

use std::collections::BTreeMap;

use naba::date::calendar::{Date, Reference};
use naba::normalize::fold;

struct Sentence {
    tokens: Vec<String>,
    /// Gold DATE spans and TIME spans as token ranges [a, b).
    dates: Vec<(usize, usize)>,
    times: Vec<(usize, usize)>,
}

fn read(path: &str) -> Vec<Sentence> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = Vec::new();
    let mut rows: Vec<Vec<&str>> = Vec::new();
    let flush = |rows: &mut Vec<Vec<&str>>, out: &mut Vec<Sentence>| {
        if rows.is_empty() {
            return;
        }
        let spans = |ty: &str| -> Vec<(usize, usize)> {
            let cols = rows.iter().map(Vec::len).max().unwrap_or(1);
            let mut v = Vec::new();
            for c in 1..cols {
                let tag = |k: usize| rows[k].get(c).copied().unwrap_or("O");
                let mut k = 0;
                while k < rows.len() {
                    let t = tag(k);
                    if t.len() > 2 && &t[2..] == ty && (t.starts_with("B-") || t.starts_with("I-")) {
                        let mut e = k + 1;
                        while e < rows.len() && tag(e) == format!("I-{ty}") {
                            e += 1;
                        }
                        v.push((k, e));
                        k = e;
                    } else {
                        k += 1;
                    }
                }
            }
            v.sort();
            v.dedup();
            v
        };
        let s = Sentence { tokens: rows.iter().map(|r| r[0].to_string()).collect(), dates: spans("DATE"), times: spans("TIME") };
        rows.clear();
        out.push(s);
    };
    for line in text.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.is_empty() {
            flush(&mut rows, &mut out);
        } else if parts[0] == "$#$" {
            flush(&mut rows, &mut out);
        } else {
            rows.push(parts);
        }
    }
    flush(&mut rows, &mut out);
    out
}

/// Why a gold span is a policy difference, if it is one (see the header).
fn policy(words: &[String]) -> Option<&'static str> {
    let f: Vec<String> = words.iter().map(|w| fold(w)).filter(|w| !w.chars().all(|c| c.is_ascii_punctuation() || c == '،')).collect();
    let has = |set: &[&str]| f.iter().any(|w| set.contains(&w.as_str()) || w.strip_prefix(['و', 'ل', 'ب', 'ف']).is_some_and(|s| set.contains(&s)));
    let first = f.first().map(|w| w.trim_start_matches('و')).unwrap_or("");
    if has(&["يوميا", "اسبوعيا", "شهريا", "سنويا", "اليومي", "اليوميه", "السنوي", "السنويه", "الاسبوعي", "الشهري"]) {
        return Some("frequency");
    }
    if ["الفتره", "فتره", "العهد", "الحقبه", "العصر"].contains(&first) {
        return Some("era");
    }
    let digits = f.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    if first == "سن" || has(&["عمر", "عمره", "عمرها"]) || !digits && f.len() >= 2 && first.starts_with("ال") && matches!(f.last().map(String::as_str), Some("عاما" | "عام" | "سنه")) {
        return Some("age");
    }
    const UNITS: &[&str] = &[
        "سنه", "السنه", "سنوات", "عقد", "عقدا", "العام", "عام", "اعوام", "شهر", "اشهر", "شهور", "يوم", "ايام", "يوما", "اسبوع", "اسابيع", "عامين", "سنتين",
        "شهرين", "يومين", "اسبوعين", "عاما", "الشتاء", "الصيف", "الربيع", "الخريف",
    ];
    if f.len() == 1 && UNITS.contains(&first.trim_start_matches(['ل', 'ب'])) && !["العام", "عام"].contains(&first) || f.len() == 1 && first == "عقدا" {
        return Some("bare unit");
    }
    const ANCHORS: &[&str] = &[
        "قبل", "منذ", "بعد", "خلال", "مضت", "الماضي", "الماضيه", "الماضيين", "المقبل", "المقبله", "القادم", "القادمه", "الاخيره", "الاخير", "الجاري",
        "الجاريه", "الحالي", "هذا", "هذه", "اواخر", "اوائل", "بدايه", "نهايه", "مطلع",
    ];
    let unit = f.iter().any(|w| UNITS.contains(&w.trim_start_matches(['ل', 'ب'])) || UNITS.contains(&w.as_str()));
    let month_or_year = digits || f.iter().any(|w| naba::date::find_dates(w, None).iter().any(|d| d.kind != "duration" && d.value.is_some()));
    if unit && !has(ANCHORS) && !month_or_year && !f.iter().any(|w| w.starts_with("ال") && UNITS.contains(&&w[4..])) {
        return Some("length");
    }
    if unit && !has(ANCHORS) && digits && f.len() == 2 && f[0].chars().all(|c| c.is_ascii_digit()) && f[0].len() <= 3 {
        return Some("length"); // `8 سنوات`, `12 عاما`
    }
    None
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// A span without its outer brackets, colons and stops.
fn trimmed(toks: &[String], (mut a, mut b): (usize, usize)) -> (usize, usize) {
    let p = |t: &str| t.chars().all(|c| "()[]:.،,/-".contains(c));
    while a < b && p(&toks[a]) {
        a += 1;
    }
    while b > a && p(&toks[b - 1]) {
        b -= 1;
    }
    (a, b)
}

#[derive(Default)]
struct Tally {
    gold: usize,
    gold_found: usize,
    gold_exact: usize,
    gold_exact_trim: usize,
    mentions: usize,
    mentions_right: usize,
    policy_gold: BTreeMap<&'static str, usize>,
    policy_found: usize,
    on_time: usize,
    missed: BTreeMap<String, usize>,
    missed_shape: BTreeMap<String, usize>,
    spurious: BTreeMap<String, usize>,
    value_checked: usize,
    value_right: usize,
    value_wrong: Vec<String>,
}

/// The shape of a span: digits as 9 (`عام ( 9999 )`), for counting classes of misses.
fn shape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let d = c.is_ascii_digit() || ('\u{660}'..='\u{669}').contains(&c);
        if !(d && out.ends_with('9')) {
            out.push(if d { '9' } else { c });
        }
    }
    out
}

/// The day a gold span writes as `d / m / yyyy` (month first when the first number is above 12's
/// second), to check the value of the mention found there.
fn written_day(words: &[String]) -> Option<String> {
    let nums: Vec<u32> = words.iter().filter_map(|w| w.parse().ok()).collect();
    let slashes = words.iter().filter(|w| *w == "/").count();
    if nums.len() != 3 || slashes != 2 || !(1000..=2100).contains(&nums[2]) {
        return None;
    }
    let (d, m) = if nums[1] > 12 { (nums[1], nums[0]) } else { (nums[0], nums[1]) };
    Date::new(nums[2] as i32, m as u8, d as u8).map(|d| d.to_string())
}

fn joined(value: &Option<String>, end: &Option<String>) -> Option<String> {
    Some(match end {
        Some(e) => format!("{}..{e}", value.as_deref()?),
        None => value.clone()?,
    })
}

fn utf16_to_byte(text: &str, u: usize) -> usize {
    let mut n = 0;
    for (b, c) in text.char_indices() {
        if n >= u {
            return b;
        }
        n += c.len_utf16();
    }
    text.len()
}

fn run(sents: &[Sentence], use_tag: bool, verbose: bool) -> Tally {
    let reference = Reference::day(Date::new(2021, 6, 15).unwrap());
    let mut t = Tally::default();
    for s in sents {
        let mut text = String::new();
        let mut offs = Vec::new();
        for tok in &s.tokens {
            if !text.is_empty() {
                text.push(' ');
            }
            offs.push((text.len(), text.len() + tok.len()));
            text.push_str(tok);
        }
        // (start, end, value and end value joined by `..`)
        let mentions: Vec<(usize, usize, Option<String>)> = if use_tag {
            let options = naba::Options { now: Some(reference), ..Default::default() };
            let r = naba::tag(&text, &options).expect("tag");
            r.dates.iter().map(|d| (utf16_to_byte(&text, d.start), utf16_to_byte(&text, d.end), joined(&d.value, &d.end_value))).collect()
        } else {
            naba::date::find_dates(&text, Some(reference)).into_iter().map(|d| (d.start, d.end, joined(&d.value, &d.end_value))).collect()
        };
        // Mentions as token ranges.
        let mspans: Vec<((usize, usize), Option<String>)> = mentions
            .iter()
            .filter_map(|(a, b, v)| {
                let first = offs.iter().position(|o| o.1 > *a)?;
                let last = offs.iter().rposition(|o| o.0 < *b)?;
                Some(((first, last + 1), v.clone()))
            })
            .collect();
        let words = |(a, b): (usize, usize)| s.tokens[a..b].to_vec();
        let mut policy_spans = Vec::new();
        let mut gold = Vec::new();
        for &g in &s.dates {
            match policy(&words(g)) {
                Some(why) => {
                    if verbose {
                        println!("  POLICY {why} [{}]", words(g).join(" "));
                    }
                    *t.policy_gold.entry(why).or_default() += 1;
                    policy_spans.push(g);
                }
                None => gold.push(g),
            }
        }
        // Nested gold spans within another gold span count once (the outer one).
        let gold: Vec<(usize, usize)> = gold.iter().copied().filter(|&g| !gold.iter().any(|&h| h != g && h.0 <= g.0 && g.1 <= h.1)).collect();
        for &g in &gold {
            t.gold += 1;
            let hits: Vec<&((usize, usize), Option<String>)> = mspans.iter().filter(|(m, _)| overlaps(*m, g)).collect();
            let gtext = words(g).join(" ");
            if hits.is_empty() {
                *t.missed.entry(gtext.clone()).or_default() += 1;
                *t.missed_shape.entry(shape(&gtext)).or_default() += 1;
                if verbose {
                    println!("  MISS [{gtext}] in: {text}");
                }
                continue;
            }
            t.gold_found += 1;
            if hits.iter().any(|(m, _)| *m == g) {
                t.gold_exact += 1;
            }
            if hits.iter().any(|(m, _)| trimmed(&s.tokens, *m) == trimmed(&s.tokens, g)) {
                t.gold_exact_trim += 1;
            }
            if let Some(day) = written_day(&words(g)) {
                t.value_checked += 1;
                // (A range's end counts too: `8 / 9 / 2007 - 9 / 9 / 2007`.)
                if hits.iter().any(|(_, v)| v.as_deref().is_some_and(|v| v.split("..").any(|v| v.starts_with(&day)))) {
                    t.value_right += 1;
                } else {
                    t.value_wrong.push(format!("[{gtext}] expected {day}, got {:?}", hits.iter().map(|h| h.1.clone()).collect::<Vec<_>>()));
                }
            }
        }
        for (m, _) in &mspans {
            if policy_spans.iter().any(|&p| overlaps(*m, p)) && !gold.iter().any(|&g| overlaps(*m, g)) {
                t.policy_found += 1;
                continue;
            }
            if s.times.iter().any(|&p| overlaps(*m, p)) && !gold.iter().any(|&g| overlaps(*m, g)) {
                t.on_time += 1;
                continue;
            }
            t.mentions += 1;
            if gold.iter().any(|&g| overlaps(*m, g)) {
                t.mentions_right += 1;
            } else {
                let mtext = words(*m).join(" ");
                if verbose {
                    println!("  SPURIOUS [{mtext}] in: {text}");
                }
                *t.spurious.entry(mtext).or_default() += 1;
            }
        }
    }
    t
}

fn top(map: &BTreeMap<String, usize>, n: usize) -> Vec<(usize, String)> {
    let mut v: Vec<(usize, String)> = map.iter().map(|(k, c)| (*c, k.clone())).collect();
    v.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    v.truncate(n);
    v
}

fn main() {
    let mut args = std::env::args().skip(1);
    let shared = args.next().unwrap_or_else(|| "../shared".into());
    let (mut use_tag, mut verbose, mut n) = (false, false, 20);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--tag" => use_tag = true,
            "--verbose" => verbose = true,
            "--top" => n = args.next().and_then(|v| v.parse().ok()).unwrap_or(n),
            _ => {}
        }
    }
    println!("Wojood DATE spans against naba's dates ({}; reference 2021-06-15)", if use_tag { "naba::tag" } else { "date::find_dates" });
    for part in ["train", "val"] {
        let path = format!("{shared}/data/ner/wojood_sample_{part}.txt");
        let sents = read(&path);
        let t = run(&sents, use_tag, verbose);
        let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        let f1 = |p: f64, r: f64| if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        let (p, r) = (pct(t.mentions_right, t.mentions), pct(t.gold_found, t.gold));
        let (re, ret) = (pct(t.gold_exact, t.gold), pct(t.gold_exact_trim, t.gold));
        println!("\n== {part}: {} sentences, {} DATE spans naba should find; policy differences apart: {} {:?}", sents.len(), t.gold, t.policy_gold.values().sum::<usize>(), t.policy_gold);
        println!("overlap: precision {p:.1}% ({}/{}), recall {r:.1}% ({}/{}), F1 {:.1}", t.mentions_right, t.mentions, t.gold_found, t.gold, f1(p, r));
        println!("exact:   recall {re:.1}% ({}/{}), F1 {:.1}; exact± (brackets, stops) recall {ret:.1}% ({}), F1 {:.1}", t.gold_exact, t.gold, f1(p, re), t.gold_exact_trim, f1(p, ret));
        println!("apart:   {} mentions over policy spans, {} over TIME spans", t.policy_found, t.on_time);
        println!("values of written days (d / m / yyyy): {}/{} right", t.value_right, t.value_checked);
        for w in t.value_wrong.iter().take(n) {
            println!("  value: {w}");
        }
        println!("top missed shapes:");
        for (c, s) in top(&t.missed_shape, n) {
            println!("  {c:>3}  {s}");
        }
        println!("top missed:");
        for (c, s) in top(&t.missed, n) {
            println!("  {c:>3}  {s}");
        }
        println!("top spurious:");
        for (c, s) in top(&t.spurious, n) {
            println!("  {c:>3}  {s}");
        }
        println!("wojood-{part}: P {p:.1} R {r:.1} F1 {:.1} (exact F1 {:.1})", f1(p, r), f1(p, re));
    }
}
