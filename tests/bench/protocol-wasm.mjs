// The protocol benchmark in wasm, in Chromium: serves the wasm-bindgen output of showroom-bench
// on loopback, runs protocol_bench_wasm in a page and prints the same table as the native runner.
// Usage: node protocol-wasm.mjs <dir with showroom_bench.js> [budget ms]
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch } from '../e2e/support/browser.mjs';

const [dir, budget = '1500'] = process.argv.slice(2);
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

const server = http.createServer(async (req, res) => {
  if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>protocol bench</title>');
    return;
  }
  try {
    const body = await readFile(join(dir, req.url.replace(/^\/+/, '')));
    res.writeHead(200, { 'content-type': TYPES[req.url.slice(req.url.lastIndexOf('.'))] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(base + '/');
  const result = JSON.parse(await page.evaluate(async (budgetMs) => {
    const bench = await import('/showroom_bench.js');
    await bench.default();
    return bench.protocol_bench_wasm(budgetMs);
  }, Number(budget)));
  const version = browser.version();
  console.log(`protocol bench, wasm in Chromium ${version}, ${budget} ms per case`);
  console.log('  decode + reduce, recorded streams:');
  console.log(`    ${'stream'.padEnd(14)} ${'chunk'.padStart(8)} ${'events/s'.padStart(14)} ${'MB/s'.padStart(12)}`);
  for (const row of result.throughput) {
    console.log(`    ${row.stream.padEnd(14)} ${String(row.chunk).padStart(8)} ${row.eventsPerSecond.toFixed(0).padStart(14)} ${row.megabytesPerSecond.toFixed(1).padStart(12)}`);
  }
  console.log('  per token, one message streamed word by word (64-byte chunks):');
  console.log(`    ${'paragraphs'.padEnd(11)} ${'tokens'.padStart(7)} ${'ns per token'.padStart(14)}`);
  for (const row of result.perToken) {
    console.log(`    ${String(row.paragraphs).padEnd(11)} ${String(row.tokens).padStart(7)} ${row.nanosecondsPerToken.toFixed(0).padStart(14)}`);
  }
} finally {
  await browser.close();
  server.close();
}
