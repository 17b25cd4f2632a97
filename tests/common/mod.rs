//! Helpers shared by the integration tests.
#![allow(dead_code)]

/// Puts back every `text` left out (`null`) of a package result as the UTF-16 slice at its offsets, the
/// way `js/naba.js` does; counts them in `left_out`.
pub fn fill(v: &mut serde_json::Value, units: &[u16], left_out: &mut usize) {
    match v {
        serde_json::Value::Object(o) => {
            if o.get("text").is_some_and(|t| t.is_null()) {
                let (a, b) = (o["start"].as_u64().unwrap() as usize, o["end"].as_u64().unwrap() as usize);
                o.insert("text".into(), String::from_utf16(&units[a..b]).unwrap().into());
                *left_out += 1;
            }
            o.values_mut().for_each(|x| fill(x, units, left_out));
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| fill(x, units, left_out)),
        _ => {}
    }
}

/// What was packed as numbers (`naba::packed`), rebuilt the way `unpack` (js/naba.js) does into the
/// lists (left empty in the JSON): entities, dates, timeline entries. How many items of each.
pub fn unpack(p: &naba::packed::Packed, units: &[u16], mut lists: [Vec<&mut serde_json::Value>; 3]) -> [usize; 3] {
    use serde_json::json;
    let slice = |a: u32, b: u32| String::from_utf16(&units[a as usize..b as usize]).unwrap();
    let table: Vec<&str> = p.strings.split('\u{1}').collect();
    let string = |i: u32| if i == 0 { serde_json::Value::Null } else { table[i as usize - 1].into() };
    let grain = |i: u32| naba::packed::GRAINS[i as usize].as_str();
    let x = &p.numbers;
    let mut k = 0;
    let mut counts = [0; 3];
    for (section, lists) in lists.iter_mut().enumerate() {
        let n = x[k];
        k += 1;
        if n == naba::packed::NOT_PACKED {
            continue;
        }
        assert_eq!(n as usize, lists.len());
        let mut at = k + n as usize;
        for (i, list) in lists.iter_mut().enumerate() {
            assert_eq!(list.as_array().map(Vec::len), Some(0), "help: a packed list stays in the JSON, empty");
            for _ in 0..x[k + i] {
                let e = &x[at..];
                let (item, len) = match section {
                    0 => {
                        let label = ["PER", "LOC", "ORG", "MISC"][e[2] as usize];
                        let item = json!({"text": slice(e[0], e[1]), "label": label, "start": e[0], "end": e[1],
                            "canonical": slice(e[3], e[4]), "id": format!("e{}", e[5])});
                        (item, 6)
                    }
                    1 => {
                        let kind = naba::packed::KINDS[e[5] as usize];
                        let item = json!({"text": slice(e[0], e[1]), "start": e[0], "end": e[1], "value": string(e[2]),
                            "grain": grain(e[3]), "relative": e[4] == 1, "kind": kind, "endValue": string(e[6])});
                        (item, 7)
                    }
                    _ => {
                        let ids: Vec<String> = e[7..7 + e[6] as usize].iter().map(|n| format!("e{n}")).collect();
                        let item = json!({"value": string(e[2]), "endValue": string(e[5]), "grain": grain(e[3]), "start": e[0], "end": e[1],
                            "text": slice(e[0], e[1]), "entities": ids, "vague": e[4] == 1});
                        (item, 7 + e[6] as usize)
                    }
                };
                list.as_array_mut().unwrap().push(item);
                at += len;
                counts[section] += 1;
            }
        }
        k = at;
    }
    assert_eq!(k, x.len());
    counts
}

/// A package result (`naba::for_js::analyze`) as the package hands it over: texts filled, packed items
/// rebuilt into their lists. Also how many items were packed (entities, dates, timeline entries) and
/// how many texts were filled.
pub fn rebuilt(sliced: naba::model::Analysis) -> (serde_json::Value, [usize; 3], usize) {
    let packed = sliced.packed.clone().expect("help: packed");
    let mut v = serde_json::to_value(sliced).unwrap();
    let units: Vec<u16> = v["text"].as_str().unwrap().encode_utf16().collect();
    let mut left_out = 0;
    fill(&mut v, &units, &mut left_out);
    // Each article's three lists, taken out, filled, and put back.
    const KEYS: [&str; 3] = ["entities", "dates", "timeline"];
    let articles = v["articles"].as_array_mut().unwrap();
    let mut taken: Vec<[serde_json::Value; 3]> = articles.iter_mut().map(|a| KEYS.map(|key| a[key].take())).collect();
    let mut lists: [Vec<&mut serde_json::Value>; 3] = Default::default();
    for three in &mut taken {
        for (list, x) in lists.iter_mut().zip(three.iter_mut()) {
            list.push(x);
        }
    }
    let counts = unpack(&packed, &units, lists);
    for (a, three) in articles.iter_mut().zip(taken) {
        for (key, x) in KEYS.into_iter().zip(three) {
            a[key] = x;
        }
    }
    (v, counts, left_out)
}

/// Checks a list of date cases in the format of `tests/dates_breadth.rs` (`@ reference`, `expected =mention |
/// sentence`, `!` no date, `-` vague, `? ` a known miss; `#` comments) and that there are at least `floor`
/// of them; prints the known misses that pass now.
pub fn check_date_cases(cases: &str, floor: usize) {
    let mut reference = None;
    let (mut count, mut known) = (0, 0);
    let mut failures = Vec::new();
    let mut now_passing = Vec::new();
    for line in cases.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        if let Some(r) = line.strip_prefix("@ ") {
            reference = naba::date::calendar::Reference::parse(r);
            continue;
        }
        let (miss, line) = match line.strip_prefix("? ") {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let (head, text) = line.split_once(" | ").unwrap_or_else(|| panic!("help: bad line {line:?}"));
        let (expected, mention) = match head.split_once(" =") {
            Some((e, m)) => (e, Some(m)),
            None => (head, None),
        };
        count += 1;
        let found = naba::date::find_dates(text, reference);
        // The surface's offsets are UTF-16 code units of the sentence and give back each mention's text.
        if let Some(r) = reference {
            let units: Vec<u16> = text.encode_utf16().collect();
            for d in naba::dates_of_line(text, r).dates {
                assert_eq!(String::from_utf16_lossy(&units[d.start..d.end]), d.text, "help: offsets of {:?} in {text:?}", d.text);
            }
        }
        let ok = if expected == "!" {
            found.is_empty()
        } else {
            let pick = mention.and_then(|m| found.iter().find(|d| d.text == m)).or_else(|| found.iter().max_by_key(|d| d.end - d.start));
            let (value, end) = match expected.split_once("..") {
                Some((a, b)) => (a, Some(b)),
                None => (expected, None),
            };
            // (`-`: a vague mention, found with no value.)
            let value = (value != "-").then_some(value);
            pick.is_some_and(|d| {
                d.value.as_deref() == value && end.is_none_or(|e| d.end_value.as_deref() == Some(e)) && mention.is_none_or(|m| d.text == m)
            })
        };
        let got: Vec<String> = found.iter().map(|d| format!("{}={:?}..{:?}", d.text, d.value, d.end_value)).collect();
        match (ok, miss) {
            (true, true) => now_passing.push(format!("{text:?}")),
            (false, false) => failures.push(format!("{text:?}: expected {head}, got {got:?}")),
            (false, true) => known += 1,
            (true, false) => {}
        }
    }
    eprintln!("{count} sentences, {known} known misses");
    if !now_passing.is_empty() {
        eprintln!("help: these known misses pass now, drop their `? `:\n{}", now_passing.join("\n"));
    }
    assert!(count >= floor, "help: {count} sentences, the floor is {floor}");
    assert!(failures.is_empty(), "help: {} of {count} sentences fail:\n{}", failures.len(), failures.join("\n"));
}

/// Checks that every known miss (`? ` line) of a list of date cases in [`check_date_cases`]' format is
/// pinned in `known` (its sentence, why it stays, and what naba gives now, `text=value..end` joined by
/// ` ; `) and still gives exactly that: a known miss that changes, fixed or not, fails until its line and
/// its pin are brought up to date; and that every pin is a `? ` line.
pub fn check_known_date_misses(cases: &str, known: &[(&str, &str, &str)]) {
    let mut reference = None;
    let mut seen = 0;
    for line in cases.lines().map(str::trim) {
        if let Some(r) = line.strip_prefix("@ ") {
            reference = naba::date::calendar::Reference::parse(r);
        }
        let Some(rest) = line.strip_prefix("? ") else { continue };
        let text = rest.split_once(" | ").map(|(_, t)| t).expect("help: a case line");
        let (_, why, now) = known.iter().find(|k| k.0 == text).unwrap_or_else(|| panic!("help: pin the known miss {text:?} in KNOWN"));
        let got: Vec<String> = naba::date::find_dates(text, reference).iter().map(|d| format!("{}={:?}..{:?}", d.text, d.value, d.end_value)).collect();
        assert_eq!(got.join(" ; "), *now, "help: the known miss {text:?} ({why}) changed");
        seen += 1;
    }
    assert_eq!(seen, known.len(), "help: every KNOWN entry is a `? ` line of CASES");
}
