// Runs naba off the main thread so the page never freezes. Messages in: {id, input, options}.
// Messages out: {id, type: 'progress', done, total} and {id, type: 'result', result} or {id, type: 'error'}.
// Very large plain texts are analysed in chunks cut at line breaks (progress after each), then merged:
// offsets shifted into the whole text, entity ids prefixed per chunk.
import init, { analyze } from './pkg/naba.js';

const ready = init();
const CHUNK = 512 * 1024;

function chunks(text) {
  const out = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + CHUNK);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > at) end = nl + 1;
    }
    out.push([at, end]);
    at = end;
  }
  return out;
}

function shiftSpans(obj, by) {
  if (Array.isArray(obj)) { obj.forEach((x) => shiftSpans(x, by)); return; }
  if (obj && typeof obj === 'object') {
    if (typeof obj.start === 'number' && typeof obj.end === 'number') { obj.start += by; obj.end += by; }
    for (const [k, v] of Object.entries(obj)) if (v && typeof v === 'object') shiftSpans(v, by);
  }
}

self.onmessage = async ({ data: { id, input, options } }) => {
  try {
    await ready;
    if (options.format === 'html' || input.length <= CHUNK) {
      self.postMessage({ id, type: 'progress', done: 0, total: 1 });
      const result = analyze(input, options);
      self.postMessage({ id, type: 'result', result });
      return;
    }
    const parts = chunks(input);
    const merged = { version: 1, text: input, articles: [] };
    for (let i = 0; i < parts.length; i++) {
      const [a, b] = parts[i];
      const r = analyze(input.slice(a, b), options);
      for (const art of r.articles) {
        shiftSpans(art, a);
        for (const e of art.entities) e.id = `c${i}-${e.id}`;
        for (const t of art.timeline) t.entities = t.entities.map((x) => `c${i}-${x}`);
        merged.articles.push(art);
      }
      self.postMessage({ id, type: 'progress', done: i + 1, total: parts.length });
    }
    self.postMessage({ id, type: 'result', result: merged });
  } catch (e) {
    self.postMessage({ id, type: 'error', message: String(e && e.message || e) });
  }
};
