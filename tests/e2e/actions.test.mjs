// Live actions: what a person does in a component goes to the agent (`POST /api/actions`),
// is priced by the store, lands in the thread log and comes back on the thread's stream, so a
// reload shows it too. A quote grows from a comparison; its quantities re-price with volume
// breaks; a refused action says why; a repeated idempotency key changes nothing twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newChat, screenshot } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a quote grows from a comparison and re-prices as quantities change', async () => {
  const { page, chat, problems } = await newChat(browser);
  await chat.send('compare the office chair and the office lamp');
  await chat.comparator.waitFor();
  await chat.waitForRunEnd();

  await chat.comparator.getByRole('button', { name: 'Add to quote' }).first().click();
  const quote = page.getByTestId('quote-card');
  await quote.waitFor();
  assert.equal(await quote.getByTestId('quote-line').count(), 1);
  assert.match(await quote.getByTestId('quote-line').first().textContent(), /Office Chair/);
  assert.match(await quote.getByTestId('quote-total').textContent(), /€145\.81/, '120.50 + 21 % tax');

  // A second product joins the same quote.
  await chat.comparator.getByRole('button', { name: 'Add to quote' }).nth(1).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=quote-line]').length === 2);
  assert.equal(await page.getByTestId('quote-card').count(), 1, 'one draft quote per thread');

  // Twelve chairs: the line re-prices at the public price (no pricelist for a guest).
  const chairs = quote.getByRole('spinbutton', { name: 'Quantity of Office Chair' });
  await chairs.fill('12');
  await chairs.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=line-subtotal]')?.textContent.includes('1,446.00'));
  assert.match(await quote.getByTestId('quote-total').textContent(), /€1,798\.06/, '(1446.00 + 40.00) + 21 %');

  // Removing a line.
  await quote.getByRole('button', { name: 'Remove Office Lamp' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=quote-line]').length === 1);

  // A comparison of two offers no removal; a quantity the store cannot take is refused, said so.
  assert.equal(await chat.comparator.getByRole('button', { name: /^Remove/ }).count(), 0);
  await chairs.fill('-3');
  await chairs.press('Enter');
  await page.getByTestId('action-error').waitFor();
  assert.match(await page.getByTestId('action-error').textContent(), /That quantity cannot be used/);
  await chairs.fill('12');

  // Everything is in the thread: a reload shows the quote as it was left.
  await page.reload();
  await page.getByTestId('quote-card').waitFor();
  assert.equal(await page.getByTestId('quote-line').count(), 1);
  assert.equal(await page.getByRole('spinbutton', { name: 'Quantity of Office Chair' }).inputValue(), '12');
  await screenshot(page, 'actions-quote');
  // The refused change is the one failed request the browser reports.
  assert.deepEqual(problems.filter((p) => !/status of 400/.test(p)), []);
});

test('a search answers with a product grid whose products go into a quote', async () => {
  const { page, chat, problems } = await newChat(browser);
  await chat.send('show me desks');
  const grid = page.getByTestId('product-grid');
  await grid.waitFor();
  await chat.waitForRunEnd();
  assert.ok(await grid.getByTestId('product').count() >= 2, 'several desks');
  assert.match(await grid.textContent(), /Desk/);
  // Pictures come through the agent's proxy and load.
  const loaded = await grid.locator('img').first().evaluate((img) => img.complete && img.naturalWidth > 0);
  assert.ok(loaded, 'the picture loaded');
  await grid.getByRole('button', { name: 'Add to quote' }).first().click();
  await page.getByTestId('quote-card').waitFor();
  assert.equal(await page.getByTestId('quote-line').count(), 1);
  assert.deepEqual(problems, []);
});

test('a quote is built by asking for it, and grows in place', async () => {
  const { page, chat, problems } = await newChat(browser);
  await chat.send('add 10 office chairs to my quote');
  const quote = page.getByTestId('quote-card');
  await quote.waitFor();
  await chat.waitForRunEnd();
  assert.match(await chat.assistantMessages.last().textContent(), /Added 10 × Office Chair to your quote/);
  assert.equal(await quote.getByRole('spinbutton', { name: 'Quantity of Office Chair' }).inputValue(), '10');
  await chat.send('add 2 office lamps to my quote');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=quote-line]').length === 2);
  await chat.waitForRunEnd();
  assert.equal(await page.getByTestId('quote-card').count(), 1, 'the same quote, grown');
  assert.deepEqual(problems, []);
});

test('a repeated idempotency key gets the first answer and changes nothing twice', async () => {
  const { page, chat, problems } = await newChat(browser);
  await chat.send('compare the office chair and the office lamp');
  await chat.comparator.waitFor();
  await chat.waitForRunEnd();
  const threadId = page.url().split('/t/')[1];
  const answers = await page.evaluate(async (threadId) => {
    const snapshot = await fetch(`/api/threads/${threadId}`).then((r) => r.json());
    const messageId = snapshot.messages.find((m) => JSON.stringify(m).includes('showroom.product_comparator')).id;
    const post = () => fetch('/api/actions/quote.add', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ threadId, messageId, args: { productId: 1, quantity: '2' }, idempotencyKey: 'same-key' }),
    }).then((r) => r.json());
    return [await post(), await post()];
  }, threadId);
  assert.deepEqual(answers[0], answers[1]);
  await page.getByTestId('quote-card').waitFor();
  assert.equal(await page.getByRole('spinbutton', { name: 'Quantity of Office Chair' }).inputValue(), '2');
  assert.deepEqual(problems, []);
});

test("another session's thread is not found, and so is a message that is not a component", async () => {
  const { page, chat } = await newChat(browser);
  await chat.send('compare the office chair and the office lamp');
  await chat.waitForRunEnd();
  const threadId = page.url().split('/t/')[1];
  const other = await newChat(browser);
  const status = await other.page.evaluate(async (threadId) => (await fetch('/api/actions/quote.add', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ threadId, messageId: 'x', args: { productId: 1, quantity: '1' }, idempotencyKey: 'k' }),
  })).status, threadId);
  assert.equal(status, 404);
  const own = await page.evaluate(async (threadId) => (await fetch('/api/actions/quote.add', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ threadId, messageId: 'no-such-message', args: { productId: 1, quantity: '1' }, idempotencyKey: 'k2' }),
  })).status, threadId);
  assert.equal(own, 404);
});
