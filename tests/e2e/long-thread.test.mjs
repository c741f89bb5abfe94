// A long thread opens at its end with only its latest messages in the page; earlier ones
// appear, in order, as the person scrolls up. (Timings: `cargo xtask bench chat`.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot, Chat, BASE_URL } from './support/browser.mjs';
import { startProxy } from './support/proxy.mjs';

const PAIRS = 150;
const messages = [];
for (let i = 0; i < PAIRS; i++) {
  messages.push({ id: `q${i}`, role: 'user', content: `Question ${i}` });
  messages.push({ id: `a${i}`, role: 'assistant', content: `Answer **${i}**.` });
}

// The thread's event stream: its whole history in one snapshot, then held open like a live one.
function history(_req, res) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.write(`id: 1\ndata: ${JSON.stringify({ type: 'MESSAGES_SNAPSHOT', messages })}\n\n`);
}

let browser;
let proxy;
before(async () => {
  browser = await launch();
  proxy = await startProxy(BASE_URL, {
    serve: {
      '/api/threads/long-thread/events': history,
      '/api/threads': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ threads: [{ id: 'long-thread', title: 'A long talk', updated: 0 }] }));
      },
    },
  });
});
after(async () => { proxy?.close(); await browser?.close(); });

test('a 300-message thread opens at its end and shows earlier messages on the way up', async () => {
  const { page, problems } = await openPage(browser);
  const chat = new Chat(page);
  await page.goto(proxy.url + '/t/long-thread');
  await page.getByText(`Answer ${PAIRS - 1}.`).waitFor();
  const state = () => page.evaluate(() => {
    const scroller = document.querySelector('.sr-chat__scroll');
    const texts = [...document.querySelectorAll('[data-testid="user-message"] .sr-message__text')].map((e) => e.textContent);
    return { rendered: texts.length, first: texts[0], atEnd: scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 48 };
  });
  await page.waitForFunction(() => {
    const s = document.querySelector('.sr-chat__scroll');
    return s.scrollHeight - s.scrollTop - s.clientHeight < 48;
  });
  const opened = await state();
  assert.ok(opened.atEnd, 'opens at the end');
  assert.ok(opened.rendered < PAIRS, `only the latest messages are in the page (${opened.rendered} questions)`);
  assert.equal(await page.getByTestId('show-earlier').count(), 1);

  // Scroll up until the first question is there.
  for (let i = 0; i < 60 && (await state()).first !== 'Question 0'; i++) {
    await page.evaluate(() => { document.querySelector('.sr-chat__scroll').scrollTop -= 2000; });
    await page.waitForTimeout(30);
  }
  const top = await state();
  assert.equal(top.first, 'Question 0');
  assert.equal(top.rendered, PAIRS);
  const order = await page.locator('[data-testid="user-message"] .sr-message__text').allTextContents();
  assert.deepEqual(order, messages.filter((m) => m.role === 'user').map((m) => m.content), 'in order');
  assert.equal(await page.getByTestId('show-earlier').count(), 0);
  await screenshot(page, 'long-thread-top');
  assert.equal(await chat.runError.count(), 0);
  assert.deepEqual(problems, []);
});
