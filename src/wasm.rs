//! The WebAssembly binding: the only file that mentions wasm-bindgen. No logic here — read the JS
//! arguments, call the core, return plain JS objects (serde-wasm-bindgen, `json_compatible`), and turn
//! core errors into JS `Error`s.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Options, RawOptions};

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

/// `parse(input, {format, now})` → the articles of a page (API.md), entities and dates left empty.
#[wasm_bindgen]
pub fn parse(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let opts = self::options(&options)?;
    to_js(&crate::parse(&input_string(&input)?, &opts)?)
}

/// `tag(text, {now, labels})` → `{version, text, entities, dates}` over the whole text.
#[wasm_bindgen]
pub fn tag(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let opts = self::options(&options)?;
    to_js(&crate::tag(&input_string(&text)?, &opts)?)
}

/// `analyze(input, {format, now, labels})` → articles with entities, dates and timelines (API.md).
#[wasm_bindgen]
pub fn analyze(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let opts = self::options(&options)?;
    to_js(&crate::analyze(&input_string(&input)?, &opts)?)
}
