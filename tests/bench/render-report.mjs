// `cargo xtask bench render`, second half: the app's real (batched) path on /bench, and the
// goals of the chat issue checked against the protocol run's results, all printed.
//
//   node bench/render-report.mjs BENCH_URL FIXTURES_DIR STREAM_JSON
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../e2e/support/browser.mjs';

const [url, fixtures, streamJson] = process.argv.slice(2);
const NS = [1, 10, 50];
const REPEATS = 3;

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : String(x));

const browser = await launch();
const rows = [];
try {
  for (const n of NS) {
    const { tokens } = JSON.parse(readFileSync(join(fixtures, `text-${n}.json`), 'utf8'));
    const flushes = [];
    let frames = 0;
    let maxGap = 0;
    for (let r = 0; r < REPEATS; r++) {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.__bench?.ready === true);
      await page.evaluate((tokens) => window.__bench.startBatched({ tokens: tokens.slice(0, 200) }), tokens); // warm-up
      const run = await page.evaluate((tokens) => window.__bench.startBatched({ tokens }), tokens);
      flushes.push(...run.frameFlushMs);
      frames += run.frames;
      maxGap = Math.max(maxGap, run.maxFrameGapMs);
      await page.close();
    }
    rows.push({ n, tokens: tokens.length, flushes, frames: frames / REPEATS, maxGap });
  }
} finally {
  await browser.close();
}

console.log('\nShowroom on its real path (tokens received as they come, one flush per animation frame):\n');
console.log('| N | tokens | flushes per run | flush median ms | flush p95 ms | flush max ms | max frame gap ms |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.n} | ${r.tokens} | ${f(r.flushes.length / REPEATS, 0)} | ${f(quantile(r.flushes, 0.5))} | ${f(quantile(r.flushes, 0.95))} | ${f(Math.max(...r.flushes))} | ${f(r.maxGap, 1)} |`);
}

// The goals, from the protocol run (same machine, same run, interleaved with the React pages).
const { cells } = JSON.parse(readFileSync(streamJson, 'utf8'));
const cell = (target, n) => cells.find((c) => c.target === target && c.n === n)?.summary;
const ours1 = cell('showroom', 1);
const ours50 = cell('showroom', 50);
const streamdown50 = cell('streamdown', 50);
const worstMax = Math.max(...NS.map((n) => cell('showroom', n)?.perTokenMaxMs.max ?? NaN));
const longTasks = Math.max(...NS.map((n) => cell('showroom', n)?.longtaskCount.max ?? NaN));
const worstFlush = Math.max(...rows.flatMap((r) => r.flushes));
const goal = (ok) => (ok ? 'met' : 'NOT met');
console.log('\nGoals (chat issue), per-token medians from the protocol run:\n');
const scale = ours50.perTokenMedianMs.median / ours1.perTokenMedianMs.median;
console.log(`- 50 paragraphs cost ≤ 1.5x 1 paragraph: ${f(ours50.perTokenMedianMs.median)} / ${f(ours1.perTokenMedianMs.median)} ms = ${f(scale)}x — ${goal(scale <= 1.5)}`);
const vs = ours50.perTokenMedianMs.median / streamdown50.perTokenMedianMs.median;
console.log(`- at 50 paragraphs ≤ half of streamdown: ${f(ours50.perTokenMedianMs.median)} vs ${f(streamdown50.perTokenMedianMs.median)} ms = ${f(vs)}x — ${goal(vs <= 0.5)}`);
console.log(`- no task over 50 ms: longest token ${f(worstMax, 1)} ms, long tasks ${longTasks}, longest frame flush ${f(worstFlush, 1)} ms — ${goal(worstMax <= 50 && longTasks === 0 && worstFlush <= 50)}`);
