// Minimal demo: loads the wasm package, analyses the team's sample aggregator page and shows the JSON.
import init, { analyze, version } from './pkg/naba.js';

const $ = (id) => document.getElementById(id);

async function main() {
  await init();
  const sample = await (await fetch('./samples/aggregator-ar.txt')).text();
  $('input').value = sample;
  const run = () => {
    try {
      const now = new Date().toISOString().slice(0, 10);
      const result = analyze($('input').value, { format: $('format').value, now });
      $('out').textContent = JSON.stringify(result, null, 2);
    } catch (e) {
      $('out').textContent = String(e);
    }
  };
  $('go').addEventListener('click', run);
  run();
  $('status').textContent = `ready — naba ${version()}`;
}

main().catch((e) => { $('status').textContent = `error: ${e}`; });
