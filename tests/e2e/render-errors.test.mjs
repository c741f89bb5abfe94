// A component that cannot be rendered shows a readable fallback card, and the failure is
// reported to the agent on the next run as context "showroom.renderErrors" — once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, Chat, BASE_URL } from './support/browser.mjs';
import { startProxy, serveEvents } from './support/proxy.mjs';

const product = { id: 1, name: 'Office Chair', price: { amount: '120.50', currency: 'EUR', taxIncluded: false },
  uom: 'Units', stock: { level: 'in_stock', available: '24' }, attributes: [] };
const frames = (runId) => [
  { type: 'RUN_STARTED', threadId: 't', runId },
  { type: 'TEXT_MESSAGE_START', messageId: `${runId}-m`, role: 'assistant' },
  { type: 'TEXT_MESSAGE_CONTENT', messageId: `${runId}-m`, delta: 'Here you are.' },
  { type: 'TEXT_MESSAGE_END', messageId: `${runId}-m` },
  // One product is not a comparison; the widget type does not exist in this catalogue.
  { type: 'ACTIVITY_SNAPSHOT', messageId: `${runId}-a1`, activityType: 'showroom.product_comparator',
    content: { v: 1, status: 'complete', readAt: '2026-11-27T09:00:00Z', data: { products: [product] } } },
  { type: 'ACTIVITY_SNAPSHOT', messageId: `${runId}-a2`, activityType: 'showroom.future_widget', content: { v: 1 } },
  { type: 'RUN_FINISHED', threadId: 't', runId },
];

let browser;
let proxy;
before(async () => {
  browser = await launch();
  proxy = await startProxy(BASE_URL, { serve: { '/api/broken': serveEvents(frames) } });
});
after(async () => { proxy?.close(); await browser?.close(); });

test('fallback cards for what cannot render, reported on the next run once', async () => {
  const { page, problems } = await openPage(browser);
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ agentUrl: '/api/broken' }) }));
  const bodies = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/broken')) bodies.push(JSON.parse(r.postData())); });
  const chat = new Chat(page);
  await page.goto(proxy.url + '/');
  await chat.input.waitFor({ state: 'visible' });

  await chat.send('first');
  await page.getByTestId('component-fallback').nth(1).waitFor({ state: 'visible' });
  assert.match(await page.getByTestId('component-fallback').first().textContent(), /cannot be shown.*data.products: must have at least 2 items/s);
  assert.match(await page.getByTestId('component-fallback').last().textContent(), /unknown component type showroom\.future_widget/);
  await chat.waitForRunEnd();

  await chat.send('second');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="component-fallback"]').length === 4);
  await chat.waitForRunEnd();
  await chat.send('third');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="component-fallback"]').length === 6);

  assert.deepEqual(bodies[0].context, [], 'nothing to report on the first run');
  const reported = bodies[1].context.find((c) => c.description === 'showroom.renderErrors');
  assert.ok(reported, JSON.stringify(bodies[1].context));
  const errors = JSON.parse(reported.value);
  assert.deepEqual(errors.map((e) => e.activityType), ['showroom.product_comparator', 'showroom.future_widget']);
  assert.ok(errors.every((e) => e.messageId && e.error));
  assert.equal(bodies[2].context.length, 1, 'the third run reports only the second run\'s failures');
  assert.deepEqual(problems, []);
});
