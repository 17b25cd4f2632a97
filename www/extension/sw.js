// The extension's service worker: runs naba's WebAssembly here (a page's CSP can forbid wasm in content
// scripts, never in the extension's own worker), injects the content script when the toolbar button is
// clicked, and answers its analysis requests.
import init, { analyze } from './pkg/naba.js';

const ready = init({ module_or_path: chrome.runtime.getURL('pkg/naba_bg.wasm') });

async function run(tabId) {
  await chrome.scripting.insertCSS({ target: { tabId }, files: ['page.css'] });
  await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}

chrome.action.onClicked.addListener((tab) => { if (tab.id !== undefined) run(tab.id); });

chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
  if (msg && msg.type === 'naba-analyze') {
    ready
      .then(() => sendResponse({ result: analyze(msg.text, { format: 'text', now: msg.now }) }))
      .catch((e) => sendResponse({ error: String(e && e.message || e) }));
    return true; // answers asynchronously
  }
  return false;
});

// For tests and keyboard users: `run` on the active tab.
self.nabaRun = run;
