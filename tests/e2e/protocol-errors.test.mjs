// Inconsistent events from a server (text for a message that was never opened, a patch that
// does not apply) are shown as protocol errors, translated, and the rest of the answer stands.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, Chat, BASE_URL } from './support/browser.mjs';
import { startProxy, serveEvents } from './support/proxy.mjs';

const frames = (runId) => [
  { type: 'RUN_STARTED', threadId: 't', runId },
  { type: 'TEXT_MESSAGE_START', messageId: 'm1', role: 'assistant' },
  { type: 'TEXT_MESSAGE_CONTENT', messageId: 'm1', delta: 'Half of this answer ' },
  { type: 'TEXT_MESSAGE_CONTENT', messageId: 'ghost', delta: 'lost text' },
  { type: 'STATE_DELTA', delta: [{ op: 'remove', path: '/missing' }] },
  { type: 'TEXT_MESSAGE_CONTENT', messageId: 'm1', delta: 'still arrives.' },
  { type: 'TEXT_MESSAGE_END', messageId: 'm1' },
  { type: 'RUN_FINISHED', threadId: 't', runId },
];

let browser;
let proxy;
before(async () => {
  browser = await launch();
  proxy = await startProxy(BASE_URL, { serve: { '/api/inconsistent': serveEvents(frames) } });
});
after(async () => { proxy?.close(); await browser?.close(); });

test('inconsistent events are shown as protocol errors and do not spoil the answer', async () => {
  const { page, problems } = await openPage(browser, { locale: 'de-DE' });
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ agentUrl: '/api/inconsistent' }) }));
  const chat = new Chat(page);
  await page.goto(proxy.url + '/');
  await chat.input.waitFor({ state: 'visible' });
  await chat.send('hallo');
  await chat.waitForRunEnd();

  const notice = page.getByTestId('protocol-errors');
  await notice.waitFor({ state: 'visible' });
  assert.match(await notice.locator('summary').textContent(), /Ein Teil der Antwort konnte nicht gelesen werden \(2\)/);
  assert.equal(await chat.assistantMessages.first().locator('.sr-message__text').textContent(), 'Half of this answer still arrives.');
  assert.equal(await chat.runError.count(), 0, 'the run itself did not fail');
  assert.deepEqual(problems, []);
});
