//! Property tests: for any string, no stage panics, every offset is in bounds and on a character
//! boundary, maps are monotone, and segmentations reassemble the input.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use naba::normalize::normalize;
use naba::segment::{blocks, sentences, splits, tokens};
use naba::{Options, RawOptions};
use proptest::prelude::*;

/// Strings drawn from what news pages hold: Arabic letters and marks, Persian letters, digits of three
/// systems, bidi and zero-width marks, quotes, punctuation, emoji, Latin, white space and NUL.
fn news_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "ب", "و", "ل", "ا", "ال", "بوتين", "وبوتين", "لموسكو", "ُ", "َ", "ّ", "ـ", "ی", "ک", "ة", "ى", "أ", "ٱ",
        "١٦", "۲", "2025", ".", "،", "؟", "؛", "!", "«", "»", "\"", "“", "”", "\u{200F}", "\u{200C}", "\u{202B}",
        "\u{FEFF}", "😀", "a", "Z", " ", "  ", "\n", "\t", "\u{0}", "ﻻ", "ﺑ", "<p>", "&amp;", ":", "-", "/",
    ]);
    prop::collection::vec(prop_oneof![pieces.prop_map(str::to_string), any::<String>()], 0..40)
        .prop_map(|v| v.concat())
}

fn check_utf16_spans(text: &str, spans: &[(usize, usize)]) {
    let units: Vec<u16> = text.encode_utf16().collect();
    for &(s, e) in spans {
        assert!(s <= e && e <= units.len(), "span {s}..{e} out of bounds ({})", units.len());
    }
}

/// The options of the entry-point properties: text or HTML, with a fixed reference date.
fn options(html: bool) -> Options {
    Options::from_raw(RawOptions { format: Some(if html { "html" } else { "text" }.into()), now: Some("2025-10-20".into()), labels: None })
        .unwrap()
}

/// News sentences with names, dates and a timeline, cut and joined with the pieces of [`news_text`].
fn news_with_names() -> impl Strategy<Value = String> {
    let sentences = prop::sample::select(vec![
        "قال الرئيس المصري عبد الفتاح السيسي في القاهرة أمس الأحد إن مصر تدعم الحل السياسي.",
        "وأعلنت وزارة الخارجية الروسية في 16 أكتوبر 2025 أن لافروف سيزور أنقرة الأسبوع المقبل.",
        "واجتمع وزير الخارجية التركي هاكان فيدان مع نظيره المصري بدر عبد العاطي يوم الثلاثاء.",
        "ونقلت وكالة الأنباء القطرية (قنا) عن مصدر أن الدوحة ستستضيف المحادثات بعد غد.",
        "😀 تابعونا على منصة إكس @naba",
    ]);
    prop::collection::vec(prop_oneof![3 => sentences.prop_map(str::to_string), 1 => news_text()], 1..8).prop_map(|v| v.join(" "))
}

/// Every Arabic string the rules after the model, the date lexicon and the page-line rules ask for,
/// read from their sources, in pools of kinds: the rules' words, the adjectives among them (`ال` and a
/// nisba ending), places (the hand-written and the generated lists) and words of people's names. The
/// vocabulary on which a rule that looks a word or two ahead can run past the text's end (a title
/// ending on an organisation's place and adjective, `مستشفى الخرطوم التعليمي`, once aborted the whole
/// analysis in `bodies_with_adjectives`).
fn rule_word_pools() -> [Vec<String>; 5] {
    let arabic = |s: &str| s.chars().next().is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let quoted = |sources: &[&str]| -> Vec<String> {
        let mut v: Vec<String> =
            sources.iter().flat_map(|src| src.split('"').skip(1).step_by(2)).filter(|s| arabic(s) && !s.contains('\\')).map(str::to_string).collect();
        v.sort();
        v.dedup();
        v
    };
    let rules = quoted(&[
        include_str!("../src/entity/correct.rs"),
        include_str!("../src/entity/link.rs"),
        include_str!("../src/date/lexicon.rs"),
        include_str!("../src/article/lines.rs"),
    ]);
    let heads = quoted(&[include_str!("../src/entity/gazetteer.rs"), include_str!("../src/entity/features.rs")]);
    let words = |lists: &[&str]| -> Vec<String> {
        let mut v: Vec<String> =
            lists.iter().flat_map(|l| l.lines()).filter(|l| arabic(l)).flat_map(str::split_whitespace).map(str::to_string).collect();
        v.sort();
        v.dedup();
        v
    };
    let adjectives = rules.iter().filter(|w| w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه"))).cloned().collect();
    let places = words(&[include_str!("../src/data/places.txt"), include_str!("../src/data/places_packages.txt")]);
    let names = words(&[include_str!("../src/data/first_names.txt"), include_str!("../src/data/people.txt"), include_str!("../src/data/orgs.txt")]);
    [rules, heads, adjectives, places, names]
}

/// Runs of 1–15 words of those pools, joined by spaces, clitics, commas, quotes, brackets, numbers
/// and line breaks, and ending on a word as often as not (a title's last word).
fn rule_word_runs() -> impl Strategy<Value = String> {
    let [rules, heads, adjectives, places, names] = rule_word_pools();
    let word = prop_oneof![
        2 => prop::sample::select(rules),
        2 => prop::sample::select(heads),
        2 => prop::sample::select(adjectives),
        2 => prop::sample::select(places),
        2 => prop::sample::select(names),
    ];
    let glue = prop::sample::select(vec![" ", " ", " ", " ", " ", " ", " ", " و", " ب", " لل", " ال", "، ", " «", "» ", ". ", "\n", " (", ") ", " 12 ", " ١٤٤٧ هـ "]);
    prop::collection::vec((word, glue), 1..16)
        .prop_map(|v| v.into_iter().map(|(w, g)| w + g).collect::<String>().trim_end().to_string())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

    /// What the package receives (texts left out, entities, dates and timeline entries as numbers),
    /// rebuilt the way `js/naba.js` does, is the library's own result, for text and for HTML.
    #[test]
    fn package_results_rebuild_the_library_result(s in news_with_names(), html in any::<bool>()) {
        let opts = options(html);
        let plain = naba::analyze(&s, &opts).unwrap();
        let (sliced, counts, _) = common::rebuilt(naba::for_js::analyze(&s, &opts).unwrap());
        let entities: usize = plain.articles.iter().map(|a| a.entities.len()).sum();
        prop_assert_eq!(counts[0], entities);
        prop_assert_eq!(sliced, serde_json::to_value(plain).unwrap());
    }

    #[test]
    fn normalize_map_is_monotone_and_in_bounds(s in news_text()) {
        let n = normalize(&s);
        let mut last = 0;
        for i in (0..=n.text.len()).filter(|&i| n.text.is_char_boundary(i)) {
            let o = n.original_offset(i);
            prop_assert!(o >= last && o <= s.len() && s.is_char_boundary(o));
            last = o;
        }
        for (i, _) in n.text.char_indices() {
            for (j, _) in n.text[i..].char_indices().take(4) {
                let j = i + j;
                let r = n.to_original(i..j);
                prop_assert!(r.start <= r.end && r.end <= s.len());
                prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            }
        }
    }

    #[test]
    fn segments_reassemble_the_input(s in news_text()) {
        let joined: String = tokens(&s).iter().map(|t| &s[t.start..t.end]).collect();
        prop_assert_eq!(&joined, &s);
        for segs in [sentences(&s), blocks(&s)] {
            let mut at = 0;
            for r in &segs {
                prop_assert_eq!(r.start, at);
                prop_assert!(r.end > r.start);
                at = r.end;
            }
            prop_assert_eq!(at, s.len());
        }
        for t in tokens(&s) {
            let w = &s[t.start..t.end];
            for sp in splits(w) {
                prop_assert!(w.is_char_boundary(sp.stem_start) && sp.stem_start < w.len());
            }
        }
    }

    #[test]
    fn entry_points_never_panic(s in news_text(), html in any::<bool>()) {
        let opts = options(html);
        let a = naba::analyze(&s, &opts).unwrap();
        for art in &a.articles {
            let mut spans = vec![(art.start, art.end)];
            spans.extend(art.paragraphs.iter().map(|p| (p.start, p.end)));
            spans.extend(art.entities.iter().map(|p| (p.start, p.end)));
            spans.extend(art.dates.iter().map(|p| (p.start, p.end)));
            check_utf16_spans(&a.text, &spans);
        }
        let p = naba::parse(&s, &opts).unwrap();
        prop_assert_eq!(p.articles.len(), a.articles.len());
        let t = naba::tag(&s, &opts).unwrap();
        check_utf16_spans(&t.text, &t.entities.iter().map(|e| (e.start, e.end)).collect::<Vec<_>>());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8192, .. ProptestConfig::default() })]

    /// No rule runs past the text's end on runs of the rules' own words, as text or as HTML, and
    /// every span stays in the text.
    #[test]
    fn rule_vocabulary_never_panics(s in rule_word_runs(), html in any::<bool>()) {
        let opts = options(html);
        let a = naba::analyze(&s, &opts).unwrap();
        for art in &a.articles {
            let mut spans: Vec<(usize, usize)> = art.entities.iter().map(|e| (e.start, e.end)).collect();
            spans.extend(art.dates.iter().map(|d| (d.start, d.end)));
            check_utf16_spans(&a.text, &spans);
        }
        let t = naba::tag(&s, &opts).unwrap();
        check_utf16_spans(&t.text, &t.entities.iter().map(|e| (e.start, e.end)).collect::<Vec<_>>());
    }
}
