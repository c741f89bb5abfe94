// The walking skeleton's journey: a shopper compares two products and sees the answer stream in
// and a live comparator appear, on the release build served by the agent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot, Chat, BASE_URL } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('comparing two products streams text and shows the comparator', async () => {
  const { page, problems } = await openPage(browser);
  const chat = new Chat(page);
  await chat.open();
  await chat.recordStreaming();
  await chat.send('compare the office chair and the office lamp');

  await chat.comparator.waitFor({ state: 'visible' });
  await chat.waitForRunEnd();

  const seen = await chat.seenTexts();
  assert.ok(seen.length >= 5, `text should grow token by token, saw ${seen.length} states`);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i].startsWith(seen[i - 1]), 'each state extends the last');

  const names = await chat.comparator.getByTestId('comparator-product').allTextContents();
  assert.deepEqual(names, ['Office Chair', 'Office Lamp']);
  const prices = await chat.comparator.getByTestId('comparator-price').allTextContents();
  assert.match(prices[0], /€120\.50/);
  assert.match(prices[1], /€40\.00/);
  const stock = await chat.comparator.getByTestId('comparator-stock').allTextContents();
  assert.match(stock[0], /In stock \(24\)/);
  assert.match(stock[1], /In stock \(45\)/);
  assert.match(await chat.comparator.getByTestId('as-of').textContent(), /as of \d/i);

  const path = await screenshot(page, 'journey-compare');
  console.log(`# screenshot ${path}`);
  assert.deepEqual(problems, []);
});

test('the page is served with a strict CSP and the loader still runs', async () => {
  const { page, problems } = await openPage(browser);
  const response = await page.goto(BASE_URL + '/');
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'nonce-[0-9a-f]{32}'/);
  assert.match(csp, /object-src 'none'/);
  await new Chat(page).input.waitFor({ state: 'visible' });
  assert.deepEqual(problems, []);
});

test('the app talks to the agent named in config.json', async () => {
  const { page } = await openPage(browser);
  const asked = [];
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ agentUrl: '/api/elsewhere' }) }));
  page.on('request', (r) => { if (r.method() === 'POST') asked.push(new URL(r.url()).pathname); });
  const chat = new Chat(page);
  await chat.open();
  await chat.send('compare the office chair and the office lamp');
  await chat.runError.waitFor({ state: 'visible' });
  assert.deepEqual(asked, ['/api/elsewhere']);
  assert.match(await chat.runError.textContent(), /could not answer|Retry/);
});
