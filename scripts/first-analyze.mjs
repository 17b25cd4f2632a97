// The first `analyze` after the module starts, in Node: each of N fresh processes (default 9) imports the
// package, runs `initSync` with its .wasm and model, then times the first `analyze` of a short Arabic news
// text and the second; prints the medians. `node scripts/first-analyze.mjs [pkg dir] [N]` (default pkg/).
// With `--child` it is one such process (prints its two times as JSON).
import { readFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const PKG = resolve(ROOT, args[0] ?? 'pkg');
const N = Number(args[1] ?? 9);

// A seed-sized news text of our own: names, places, organisations, dates.
const TEXT = `الرئيس الفلسطيني يستقبل وفدا أوروبيا في رام الله
رام الله - 12 آذار 2025 - استقبل الرئيس محمود عباس، صباح اليوم الأربعاء، وفدا من البرلمان الأوروبي برئاسة النائبة ماريا سانتوس، وبحث معه آخر التطورات في قطاع غزة والضفة الغربية.
وقال المتحدث باسم الرئاسة نبيل أبو ردينة إن اللقاء تناول الجهود التي تبذلها مصر وقطر والأمم المتحدة لتثبيت وقف إطلاق النار، إضافة إلى الأوضاع الاقتصادية بعد قرار وزارة المالية الإسرائيلية حجز أموال المقاصة الشهر الماضي.
وأكد عباس أن السلطة الوطنية ماضية في الإصلاحات التي أعلنتها الحكومة برئاسة محمد مصطفى، داعيا الاتحاد الأوروبي إلى الاعتراف بدولة فلسطين قبل نهاية العام.
من جهتها، قالت سانتوس إن الوفد سيزور جامعة بيرزيت ومستشفى المقاصد في القدس يوم الخميس المقبل، قبل أن يتوجه إلى عمان للقاء وزير الخارجية الأردني أيمن الصفدي.`;

if (process.argv.includes('--child')) {
  const m = await import(pathToFileURL(join(PKG, 'naba.js')).href);
  m.initSync({ module: readFileSync(join(PKG, 'naba_core_bg.wasm')), model: readFileSync(join(PKG, 'naba.model')) });
  // (`--init-only` stops here and `--first-only` after the first analyze: for an instruction count of the
  // first analyze under callgrind, which the machine's load does not move, the one's subtracted from the
  // other's.)
  if (process.argv.includes('--init-only')) process.exit(0);
  const t0 = performance.now();
  m.analyze(TEXT, { now: '2025-03-12' });
  const t1 = performance.now();
  if (process.argv.includes('--first-only')) process.exit(0);
  m.analyze(TEXT + ' ', { now: '2025-03-12' });
  const t2 = performance.now();
  console.log(JSON.stringify({ first: t1 - t0, second: t2 - t1 }));
} else {
  const runs = [];
  for (let i = 0; i < N; i++) {
    runs.push(JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), PKG, '--child'], { encoding: 'utf8' })));
  }
  const median = (k) => { const xs = runs.map((r) => r[k]).sort((a, b) => a - b); return xs[xs.length >> 1]; };
  const range = (k) => { const xs = runs.map((r) => r[k]).sort((a, b) => a - b); return `${xs[0].toFixed(1)}–${xs[xs.length - 1].toFixed(1)}`; };
  console.log(`${PKG}: first analyze ${median('first').toFixed(1)} ms median of ${N} (${range('first')}), second ${median('second').toFixed(2)} ms (${range('second')})`);
}
