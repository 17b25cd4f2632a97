//! The WebAssembly binding: the only file that mentions wasm-bindgen. No logic here — read the JS
//! arguments, call the core, return plain JS objects (serde-wasm-bindgen, `json_compatible`), and turn
//! core errors into JS `Error`s.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Options, RawOptions};

/// The result's shape for TypeScript (docs/api.md), so callers get named fields instead of `any`.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Half-open UTF-16 offsets into the result's `text`: `text.slice(start, end)` is the mention. */
export interface Span { text: string; start: number; end: number; }
export type Label = "PER" | "LOC" | "ORG" | "MISC";
export type Grain = "second" | "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year" | "decade";
export interface Published extends Span { value: string | null; grain: Grain; inferred: boolean; }
export interface Entity extends Span { label: Label; canonical: string; id: string; }
export interface DateMention extends Span {
  value: string | null; grain: Grain; relative: boolean; kind: "point" | "interval" | "duration"; endValue: string | null;
}
export interface TimelineEntry { value: string | null; endValue: string | null; grain: Grain; start: number; end: number; text: string; entities: string[]; vague: boolean; }
export interface Article {
  start: number; end: number; title: Span | null; summary: Span | null; published: Published | null; updated: DateMention | null;
  source: Span | null; byline: Span | null; keywords: Span[]; paragraphs: Span[];
  entities: Entity[]; dates: DateMention[]; timeline: TimelineEntry[];
}
export interface Language { code: "ar" | "fa" | "en" | "und"; arabicScript: number; latinScript: number; }
export interface Analysis {
  version: number; text: string; language: Language; articles: Article[];
  /** `format: "dom"` only: `[textStart, node, nodeStart, length]` quadruples, else null. */
  nodeMap: number[] | null;
}
export interface TagResult { version: number; text: string; entities: Entity[]; dates: DateMention[]; }
export interface Options { format?: "text" | "html" | "dom"; now?: string; labels?: Label[]; }
"#;

#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

/// The crate version and the JSON shape version: `"0.1.0 (json v1)"`.
#[wasm_bindgen]
pub fn version() -> String {
    format!("{} (json v{})", env!("CARGO_PKG_VERSION"), crate::VERSION)
}

fn input_string(input: &JsValue) -> Result<String, JsError> {
    input.as_string().ok_or_else(|| JsError::new("invalid input: expected a string"))
}

fn string_field(obj: &JsValue, field: &'static str) -> Result<Option<String>, JsError> {
    let v = js_sys::Reflect::get(obj, &JsValue::from_str(field)).unwrap_or(JsValue::UNDEFINED);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    v.as_string()
        .map(Some)
        .ok_or_else(|| JsError::new(&format!("invalid option `{field}`: expected a string")))
}

fn options(value: &JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !value.is_object() {
        return Err(JsError::new("invalid options: expected an object"));
    }
    let labels = js_sys::Reflect::get(value, &JsValue::from_str("labels")).unwrap_or(JsValue::UNDEFINED);
    let labels = if labels.is_undefined() || labels.is_null() {
        None
    } else if let Some(array) = labels.dyn_ref::<js_sys::Array>() {
        let mut out = Vec::new();
        for item in array.iter() {
            out.push(item.as_string().ok_or_else(|| {
                JsError::new("invalid option `labels`: expected an array of strings")
            })?);
        }
        Some(out)
    } else {
        return Err(JsError::new("invalid option `labels`: expected an array of strings"));
    };
    let raw = RawOptions { format: string_field(value, "format")?, now: string_field(value, "now")?, labels };
    Ok(Options::from_raw(raw)?)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    Ok(value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

/// `loadModel(bytes)`: the tagger's model (`naba.model`, beside the `.wasm`). The package's `init()`
/// and `initSync({ module, model })` call it; `tag` and `analyze` throw until it has run.
#[wasm_bindgen(js_name = loadModel)]
pub fn load_model(bytes: &[u8]) -> Result<(), JsError> {
    Ok(crate::entity::load_model(bytes)?)
}

/// A sliced call's result and what was packed of it (`crate::packed`), as the triple `[result,
/// Uint32Array | null, string | null]` (the numbers and the strings they name) that `js/naba.js` unpacks.
fn with_packed(result: JsValue, packed: Option<crate::packed::Packed>) -> JsValue {
    let (numbers, strings): (JsValue, JsValue) = match packed {
        Some(p) => (js_sys::Uint32Array::from(&p.numbers[..]).into(), JsValue::from_str(&p.strings)),
        None => (JsValue::NULL, JsValue::NULL),
    };
    js_sys::Array::of3(&result, &numbers, &strings).into()
}

/// A page's articles as JS objects: the options read, `run` called (a plain or a sliced `parse` or
/// `analyze`). A sliced call's result comes with what was packed of it ([`with_packed`]).
fn analysis_to_js(input: &JsValue, options: &JsValue, run: fn(&str, &Options) -> crate::Result<crate::model::Analysis>, sliced: bool) -> Result<JsValue, JsError> {
    let opts = self::options(options)?;
    let mut r = run(&input_string(input)?, &opts)?;
    let packed = r.packed.take();
    let js = to_js(&r)?;
    Ok(if sliced { with_packed(js, packed) } else { js })
}

/// [`analysis_to_js`] for `tag` (plain or sliced).
fn tag_to_js(text: &JsValue, options: &JsValue, run: fn(&str, &Options) -> crate::Result<crate::model::TagResult>, sliced: bool) -> Result<JsValue, JsError> {
    let opts = self::options(options)?;
    let mut r = run(&input_string(text)?, &opts)?;
    let packed = r.packed.take();
    let js = to_js(&r)?;
    Ok(if sliced { with_packed(js, packed) } else { js })
}

/// `parse(input, {format, now})` → the articles of a page (API.md), entities and dates left empty.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn parse(
    #[wasm_bindgen(unchecked_param_type = "string")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    analysis_to_js(&input, &options, crate::parse, false)
}

/// `tag(text, {now, labels})` → `{version, text, entities, dates}` over the whole text.
#[wasm_bindgen(unchecked_return_type = "TagResult")]
pub fn tag(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    tag_to_js(&text, &options, crate::tag, false)
}

/// `analyze(input, {format, now, labels})` → articles with entities, dates and timelines (API.md).
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "string")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    analysis_to_js(&input, &options, crate::analyze, false)
}

/// `parseSliced`, `tagSliced`, `analyzeSliced`: as `parse`, `tag` and `analyze`, with every `text` that
/// is `text.slice(start, end)` of the result's text left out (and `tag`'s `text`, the caller's own
/// input), and the entities, dates and timeline entries as numbers (`crate::packed`): each returns
/// `[result, Uint32Array | null, string | null]`. The package's `parse`, `tag` and `analyze`
/// (`js/naba.js`) call these, put the texts back as slices of one JS string, which cost no decoding and
/// share its memory, and build the packed objects.
#[wasm_bindgen(js_name = parseSliced, unchecked_return_type = "[Analysis, Uint32Array | null, string | null]")]
pub fn parse_sliced(
    #[wasm_bindgen(unchecked_param_type = "string")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    analysis_to_js(&input, &options, crate::for_js::parse, true)
}

#[wasm_bindgen(js_name = tagSliced, unchecked_return_type = "[TagResult, Uint32Array | null, string | null]")]
pub fn tag_sliced(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    tag_to_js(&text, &options, crate::for_js::tag, true)
}

#[wasm_bindgen(js_name = analyzeSliced, unchecked_return_type = "[Analysis, Uint32Array | null, string | null]")]
pub fn analyze_sliced(
    #[wasm_bindgen(unchecked_param_type = "string")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    analysis_to_js(&input, &options, crate::for_js::analyze, true)
}
