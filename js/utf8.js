// UTF-8 → string for the result's short strings as they cross from wasm (`make pkg` puts this into
// naba.js, where the wasm-bindgen glue's getStringFromWasm0 calls it; scripts/package.mjs). Most of a
// result's strings are entity texts of 8–32 bytes, and for those a TextDecoder call costs more than the
// decoding: in Chromium, on the 776 short strings of the 100 KB bench page, 0.22 µs → 0.08 µs each.
// TextDecoder wins from about 64 bytes of ASCII and 200 bytes of Arabic on, so paragraphs and the page's
// text still go to it. The bytes are always valid UTF-8 (a Rust `&str`), so there is no error path;
// tests/node/pkg.mjs holds this to TextDecoder on every length class, 1- to 4-byte sequences.

/** Strings up to this many bytes are decoded here; longer ones by TextDecoder. */
export const UTF8_JS_MAX = 64;

const units = [];

/** The string of the valid UTF-8 in `bytes[at, end)` (end − at ≤ UTF8_JS_MAX). */
export function decodeUtf8(bytes, at, end) {
  units.length = 0;
  while (at < end) {
    const a = bytes[at++];
    if (a < 0x80) {
      units.push(a);
    } else if (a < 0xe0) {
      units.push(((a & 0x1f) << 6) | (bytes[at++] & 0x3f));
    } else if (a < 0xf0) {
      units.push(((a & 0x0f) << 12) | ((bytes[at] & 0x3f) << 6) | (bytes[at + 1] & 0x3f));
      at += 2;
    } else {
      const c = (((a & 0x07) << 18) | ((bytes[at] & 0x3f) << 12) | ((bytes[at + 1] & 0x3f) << 6) | (bytes[at + 2] & 0x3f)) - 0x10000;
      units.push(0xd800 | (c >> 10), 0xdc00 | (c & 0x3ff));
      at += 3;
    }
  }
  return String.fromCharCode.apply(null, units);
}
