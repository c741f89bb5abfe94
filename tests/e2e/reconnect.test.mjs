// A dropped connection is not a stop: the app re-attaches to the thread's event stream from
// the last event it applied, and the answer completes with nothing lost and nothing twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot, Chat, BASE_URL } from './support/browser.mjs';
import { startProxy } from './support/proxy.mjs';

let browser;
let proxy;
before(async () => {
  browser = await launch();
  proxy = await startProxy(BASE_URL, { dropAfterBytes: 700 });
});
after(async () => { proxy?.close(); await browser?.close(); });

test('the answer survives a dropped connection, complete and without duplicates', async () => {
  const { page, problems } = await openPage(browser);
  const chat = new Chat(page);
  await page.goto(proxy.url + '/');
  await chat.input.waitFor({ state: 'visible' });
  await chat.send('compare the office chair and the office lamp');
  await chat.comparator.waitFor({ state: 'visible' });
  await chat.waitForRunEnd();

  assert.equal(proxy.cuts, 1, 'the first stream was cut');
  const follow = proxy.seen.find((r) => r.method === 'GET' && r.path.endsWith('/events') && r.lastEventId);
  assert.ok(follow, 'the app re-attached to the thread');
  assert.match(follow.lastEventId ?? '', /^\d+$/, 'from the last event it had');

  const texts = await chat.assistantMessages.allTextContents();
  const intro = 'Here is how the Office Chair and Office Lamp compare, side by side with price and stock.';
  assert.equal(texts.filter((t) => t.includes(intro)).length, 1, `intro once: ${JSON.stringify(texts)}`);
  assert.ok(!texts.some((t) => t.includes(intro + intro)), 'no repeated tokens');
  assert.equal(await chat.comparator.count(), 1);
  assert.match(texts.at(-1), /least expensive/);
  assert.equal(await page.getByTestId('reconnecting').count(), 0, 'the reconnecting notice is gone');
  assert.equal(await chat.runError.count(), 0);
  await screenshot(page, 'reconnected');
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_')), []);
});
