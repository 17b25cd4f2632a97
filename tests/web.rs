//! Browser tests (`wasm-pack test --headless --chrome` / `--firefox`): what only a real JS engine can
//! check — plain objects come back, `JSON.stringify` round-trips, JavaScript's `text.slice(start, end)`
//! gives the mention (UTF-16 offsets, with an emoji before it), and bad options throw an `Error`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect, JSON};
use naba::wasm::{analyze, load_model, parse, tag, version};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Emoji (2 UTF-16 units, 4 bytes) before Arabic words, a Persian ی inside an Arabic word, diacritics.
const PAGE: &str = "😀 مباحثات بين وزيري خارجية روسيا وأمريكا قبل قمة بودابست\n\
تاريخ النشر: 20th, October 2025 GMT\n\
أعلنت وزارة الخارجیة الروسیة يوم الاثنين أن الرئيسَ فلاديمير بُوتِين 😀 سيلتقي ترامب في بودابست.\n";

/// The model file the package ships beside the `.wasm` (what `init()` fetches as `naba.model`).
fn model() {
    load_model(include_bytes!("../src/data/ner.model")).unwrap();
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().unwrap() as u32
}

fn opts(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

/// Every `{text, start, end}` object under `v` must satisfy `input.slice(start, end) === text`.
fn check_slices(input: &JsString, v: &JsValue, checked: &mut u32) {
    if let Some(arr) = v.dyn_ref::<Array>() {
        for item in arr.iter() {
            check_slices(input, &item, checked);
        }
    } else if v.is_object() {
        let text = get(v, "text");
        let (start, end) = (get(v, "start"), get(v, "end"));
        if let (Some(t), Some(s), Some(e)) = (text.as_string(), start.as_f64(), end.as_f64()) {
            assert_eq!(String::from(input.slice(s as u32, e as u32)), t, "slice {s}..{e}");
            *checked += 1;
        }
        for key in Object::keys(v.unchecked_ref::<Object>()).iter() {
            let key = key.as_string().unwrap();
            if key != "text" {
                check_slices(input, &get(v, &key), checked);
            }
        }
    }
}

#[wasm_bindgen_test]
fn version_names_the_json_shape() {
    assert!(version().contains("json v1"));
}

#[wasm_bindgen_test]
fn analyze_returns_a_plain_object_whose_offsets_slice_in_js() {
    model();
    let result = analyze(JsValue::from_str(PAGE), opts(&[("now", "2025-10-20".into())])).unwrap();
    assert_eq!(Object::get_prototype_of(&result), Object::get_prototype_of(&Object::new().into()));
    let text: JsString = get(&result, "text").unchecked_into();
    assert_eq!(String::from(text.clone()), PAGE);
    let articles: Array = get(&result, "articles").unchecked_into();
    assert!(articles.length() >= 1);
    let first = articles.get(0);
    // The last paragraph starts where JavaScript finds it (UTF-16), after two emoji (a byte offset would
    // be larger by far: every Arabic letter is 2 bytes).
    let paragraphs: Array = get(&first, "paragraphs").unchecked_into();
    let last = paragraphs.get(paragraphs.length() - 1);
    let expected = text.index_of(&get(&last, "text").as_string().unwrap(), 0) as u32;
    assert_eq!(num(&last, "start"), expected);
    let mut checked = 0;
    check_slices(&text, &result, &mut checked);
    assert!(checked >= 2, "only {checked} spans checked");
    // JSON round trip: a plain, serialisable object with `null`s, not `undefined`s.
    let json = JSON::stringify(&result).unwrap();
    let back = JSON::parse(&String::from(json.clone())).unwrap();
    assert_eq!(String::from(JSON::stringify(&back).unwrap()), String::from(json));
}

#[wasm_bindgen_test]
fn persian_letters_and_diacritics_stay_as_written() {
    model();
    let result = parse(JsValue::from_str(PAGE), JsValue::UNDEFINED).unwrap();
    let text: JsString = get(&result, "text").unchecked_into();
    let articles: Array = get(&result, "articles").unchecked_into();
    let body = JSON::stringify(&get(&articles.get(0), "paragraphs")).unwrap();
    let body = String::from(body);
    assert!(body.contains("الخارجیة الروسیة"), "Persian ی must be kept: {body}");
    assert!(body.contains("بُوتِين"), "diacritics must be kept: {body}");
    let mut checked = 0;
    check_slices(&text, &result, &mut checked);
    assert!(checked >= 2);
}

#[wasm_bindgen_test]
fn tag_returns_the_contract_shape() {
    model();
    let result = tag(JsValue::from_str(PAGE), JsValue::NULL).unwrap();
    assert_eq!(num(&result, "version"), 1);
    assert!(Array::is_array(&get(&result, "entities")));
    assert!(Array::is_array(&get(&result, "dates")));
    let text: JsString = get(&result, "text").unchecked_into();
    let mut checked = 0;
    check_slices(&text, &result, &mut checked);
}

fn error_message(r: Result<JsValue, JsError>) -> String {
    let e: JsValue = r.err().expect("expected an error").into();
    assert!(e.is_instance_of::<js_sys::Error>(), "a real JS Error");
    String::from(e.unchecked_into::<js_sys::Error>().message())
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_naming_the_field() {
    model();
    let text = JsValue::from_str("نص");
    let m = error_message(parse(text.clone(), opts(&[("format", "pdf".into())])));
    assert!(m.contains("format"), "{m}");
    let m = error_message(analyze(text.clone(), opts(&[("now", "yesterday".into())])));
    assert!(m.contains("now"), "{m}");
    let m = error_message(analyze(text.clone(), opts(&[("now", JsValue::from_f64(5.0))])));
    assert!(m.contains("now"), "{m}");
    let m = error_message(tag(text.clone(), opts(&[("labels", "PER".into())])));
    assert!(m.contains("labels"), "{m}");
    let m = error_message(tag(JsValue::from_f64(42.0), JsValue::UNDEFINED));
    assert!(m.contains("string"), "{m}");
    let m = error_message(analyze(text, JsValue::from_str("html")));
    assert!(m.contains("options"), "{m}");
}

#[wasm_bindgen_test]
fn empty_and_odd_input_give_results() {
    model();
    for input in ["", "   ", "\u{200F}\u{200C}", "ُ َ ِ ّ", "\u{0}\u{0}"] {
        let r = analyze(JsValue::from_str(input), JsValue::UNDEFINED).unwrap();
        assert!(Array::is_array(&get(&r, "articles")));
    }
    let r = parse(JsValue::from_str(""), opts(&[("format", "html".into())])).unwrap();
    assert_eq!(get(&r, "articles").unchecked_into::<Array>().length(), 0);
}

#[wasm_bindgen_test]
fn lone_surrogates_from_javascript_do_not_break_offsets() {
    model();
    // A JS string with an unpaired surrogate (not valid UTF-16) before an Arabic word.
    let js: JsString = JsString::from_char_code(&[0xD83D, 0x0020]).concat(&JsString::from("قال بوتين في موسكو أمس").into());
    let r = analyze(js.clone().into(), opts(&[("now", "2025-10-20".into())])).unwrap();
    let text: JsString = get(&r, "text").unchecked_into();
    // The lone surrogate arrives as U+FFFD: one code unit, so every offset still lines up.
    assert_eq!(text.length(), js.length());
    let mut checked = 0;
    check_slices(&text, &r, &mut checked);
    assert!(checked >= 2, "{checked}");
}
