// The extension's service worker: runs naba's WebAssembly here (a page's CSP can forbid wasm in content
// scripts, never in the extension's own worker), injects the content script when the toolbar button is
// clicked, and answers its analysis requests.
import init, { analyze } from './pkg/naba.js';

// Compiled once when the worker starts; one small analysis warms the engine so the reader's first click
// does not pay for it.
const ready = init({ module_or_path: chrome.runtime.getURL('pkg/naba_core_bg.wasm'), model: chrome.runtime.getURL('pkg/naba.model') }).then(() => {
  const sentence = 'قال وزير الخارجية أيمن الصفدي في عمان أمس الأحد إن المحادثات ستستأنف الأسبوع المقبل.';
  analyze(JSON.stringify([['html'], ['body'], ['article'], ['h1'], 'محادثات في عمان', 0, ['p'], sentence, 0, 0, 0, 0]), { format: 'dom', now: '2025-01-05' });
});

async function run(tabId) {
  // Both at once: the content script paints only after its analysis comes back, long after the CSS.
  await Promise.all([
    chrome.scripting.insertCSS({ target: { tabId }, files: ['page.css'] }),
    chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] }),
  ]);
}

chrome.action.onClicked.addListener((tab) => { if (tab.id !== undefined) run(tab.id); });

chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
  if (msg && msg.type === 'naba-analyze') {
    // `input` is the live DOM as the content script's walker sends it (format "dom"); `text` is plain text.
    const input = msg.input !== undefined ? msg.input : msg.text;
    const format = msg.format || 'text';
    ready
      .then(() => sendResponse({ result: analyze(input, { format, now: msg.now }) }))
      .catch((e) => sendResponse({ error: String(e && e.message || e) }));
    return true; // answers asynchronously
  }
  return false;
});

// Test hook (kept stable): `self.nabaRun(tabId)` runs the extension on a tab as a click would.
self.nabaRun = run;
