// The package's entry point. The wasm-bindgen module (`naba_core.js` + `naba_core_bg.wasm`) holds the
// code; the tagger's model is a file of its own beside it (`naba.model`), so that the code can be
// compiled for speed inside the size budget (README, "Size and speed"). `init()` fetches both at
// once (the model's bytes go to the core with the first `tag` or `analyze`); `initSync({ module, model })`
// takes both as bytes (Node, tests). `parse` works without the model; `tag` and `analyze` throw a clear
// Error until it is loaded.
// `make pkg` (scripts/package.mjs) ships this file with the glue inside, as one module, so the page
// fetches one script before init() starts the .wasm and the model: the two lines below are cut there.
import initCore, { initSync as initCoreSync, loadModel, parseSliced, tagSliced, analyzeSliced } from './naba_core.js';

export * from './naba_core.js';

async function bytesOf(source) {
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return source;
  if (source instanceof Response) return source.arrayBuffer();
  const response = await fetch(source);
  if (!response.ok) throw new Error(`naba: could not load the entity model from ${response.url} (HTTP ${response.status})`);
  return response.arrayBuffer();
}

// An options object (wasm-bindgen's current form) rather than the module or path alone (its older one).
const isOptions = (o) => o != null && Object.getPrototypeOf(o) === Object.prototype;

const asBytes = (bytes) => bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes.buffer ?? bytes, bytes.byteOffset ?? 0, bytes.byteLength);

function load(bytes) {
  loadModel(asBytes(bytes));
}

// The model's bytes as init() fetched them, handed to the core by the first `tag` or `analyze`: the copy
// into wasm memory (and the first calls of the allocator, compiled lazily by the engine) is work a page
// that only calls `parse`, or not yet, need not wait for; the core decodes the model on first use anyway.
// init() still checks that they are a model (the file's first bytes), so a wrong file fails init() as before.
let pendingModel;
const MODEL_MAGIC = 'NABA-NER1';

function handOver() {
  const bytes = pendingModel;
  pendingModel = undefined;
  loadModel(bytes);
}

/**
 * `analyze(input, {format, now, labels})` → articles with entities, dates and timelines (API.md).
 * @param {string} input
 * @param {Options | undefined} options
 * @returns {Analysis}
 */
export function analyze(input, options) {
  if (pendingModel !== undefined) handOver();
  return fillArticles(analyzeSliced(input, options));
}

/**
 * `parse(input, {format, now})` → the articles of a page (API.md), entities and dates left empty.
 * @param {string} input
 * @param {Options | undefined} options
 * @returns {Analysis}
 */
export function parse(input, options) {
  return fillArticles(parseSliced(input, options));
}

// The core's `*Sliced` calls leave out (as null) every `text` that is `text.slice(start, end)` of the
// result's text: a slice of one JS string costs no decoding and shares its memory, where each text sent
// over from wasm memory is decoded and copied (the paragraphs alone are as long as the page's text).
// Here they are put back in place, so the result is the one the core's own `analyze` gives.
function fill(o, text) {
  if (o !== null && o.text === null) o.text = text.slice(o.start, o.end);
}

function fillAll(list, text) {
  for (let i = 0; i < list.length; i++) fill(list[i], text);
}

// Entities, dates and timeline entries come as numbers (src/packed.rs gives the layout): building the
// objects here costs a fraction of building them from wasm field by field. Each of the three sections
// is either NOT_PACKED (its lists came as objects) or the number of lists, their lengths and the items.
// A string value is 0 for null, else its place (from 1) among the U+0001-separated `strings`.
const NOT_PACKED = 0xFFFFFFFF;
const LABELS = ['PER', 'LOC', 'ORG', 'MISC'];
const GRAINS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade'];
const KINDS = ['point', 'interval', 'duration'];

function unpack(numbers, strings, text, entities, dates, timeline) {
  const table = strings.split('\u0001');
  const str = (i) => (i === 0 ? null : table[i - 1]);
  let k = 0;
  // One section: `item(k, list)` pushes the item at k onto `list` and returns where the next starts.
  const section = (lists, item) => {
    const n = numbers[k++];
    if (n === NOT_PACKED) return;
    let at = k + n;
    for (let i = 0; i < n; i++) {
      const list = lists[i];
      for (let c = numbers[k + i]; c > 0; c--) at = item(at, list);
    }
    k = at;
  };
  section(entities, (k, list) => {
    const start = numbers[k], end = numbers[k + 1];
    list.push({
      text: text.slice(start, end), label: LABELS[numbers[k + 2]], start, end,
      canonical: text.slice(numbers[k + 3], numbers[k + 4]), id: 'e' + numbers[k + 5],
    });
    return k + 6;
  });
  section(dates, (k, list) => {
    const start = numbers[k], end = numbers[k + 1];
    list.push({
      text: text.slice(start, end), start, end, value: str(numbers[k + 2]), grain: GRAINS[numbers[k + 3]],
      relative: numbers[k + 4] === 1, kind: KINDS[numbers[k + 5]], endValue: str(numbers[k + 6]),
    });
    return k + 7;
  });
  section(timeline, (k, list) => {
    const start = numbers[k], end = numbers[k + 1], n = numbers[k + 6];
    const ids = new Array(n);
    for (let i = 0; i < n; i++) ids[i] = 'e' + numbers[k + 7 + i];
    list.push({
      value: str(numbers[k + 2]), endValue: str(numbers[k + 5]), grain: GRAINS[numbers[k + 3]], start, end,
      text: text.slice(start, end), entities: ids, vague: numbers[k + 4] === 1,
    });
    return k + 7 + n;
  });
}

function fillArticles([r, numbers, strings]) {
  const text = r.text;
  if (numbers !== null) {
    const lists = (key) => r.articles.map((a) => a[key]);
    unpack(numbers, strings, text, lists('entities'), lists('dates'), lists('timeline'));
  }
  for (const a of r.articles) {
    fill(a.title, text);
    fill(a.summary, text);
    fill(a.published, text);
    fill(a.updated, text);
    fill(a.source, text);
    fill(a.byline, text);
    fillAll(a.keywords, text);
    fillAll(a.paragraphs, text);
    fillAll(a.entities, text);
    fillAll(a.dates, text);
    fillAll(a.timeline, text);
  }
  return r;
}

/**
 * `tag(text, {now, labels})` → `{version, text, entities, dates}` over the whole text.
 * @param {string} text
 * @param {Options | undefined} options
 * @returns {TagResult}
 */
export function tag(text, options) {
  if (pendingModel !== undefined) handOver();
  const [r, numbers, strings] = tagSliced(text, options);
  // The text is the caller's own (`tagSliced` leaves it out too); invalid input threw above.
  r.text = text;
  if (numbers !== null) unpack(numbers, strings, text, [r.entities], [r.dates], []);
  fillAll(r.entities, text);
  fillAll(r.dates, text);
  return r;
}

let initialised;

/**
 * Fetches, compiles and instantiates the module and loads the model, in parallel.
 * `options.module_or_path`: the `.wasm` (URL, Response, bytes or `WebAssembly.Module`; default: beside this file);
 * `options.model`: the model (URL, Response or bytes; default: `naba.model` beside this file).
 * Once is enough: later calls (a page's scripts each calling it) return the first call's promise,
 * since the first module and model stay (a failed call may be retried).
 */
export default function init(options) {
  if (!initialised) {
    initialised = (async () => {
      const { model, ...core } = isOptions(options) ? options : { module_or_path: options };
      const [exports, bytes] = await Promise.all([initCore(core), bytesOf(model ?? new URL('naba.model', import.meta.url))]);
      const u8 = asBytes(bytes);
      if (u8.length < MODEL_MAGIC.length || String.fromCharCode(...u8.subarray(0, MODEL_MAGIC.length)) !== MODEL_MAGIC) {
        throw new Error('these bytes are not a naba.model file');
      }
      pendingModel = u8;
      return exports;
    })();
    initialised.catch(() => { initialised = undefined; });
  }
  return initialised;
}

/** `initSync({ module, model })`: the `.wasm` (bytes or `WebAssembly.Module`) and the model's bytes. */
export function initSync(options) {
  const { module, model } = isOptions(options) ? options : { module: options };
  const exports = initCoreSync({ module });
  if (model !== undefined) load(model);
  return exports;
}
