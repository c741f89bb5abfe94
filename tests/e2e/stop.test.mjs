// Stop: the person stops an answer mid-sentence; the run ends as cancelled, nothing more
// arrives, and the chat is ready for the next message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot, Chat } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function stopMidAnswer(how) {
  const { page, problems } = await openPage(browser);
  const chat = new Chat(page);
  await chat.open();
  const cancels = [];
  page.on('request', (r) => { if (r.url().includes('/cancel')) cancels.push(r.url()); });
  await chat.send('compare the office chair and the office lamp');
  await page.waitForFunction(() => (document.querySelector('[data-testid="assistant-message"]')?.textContent ?? '').length > 12);
  await how(page, chat);
  await page.getByTestId('run-stopped').waitFor({ state: 'visible' });
  await page.waitForTimeout(500); // anything still coming would arrive in this time
  assert.equal(await chat.comparator.count(), 0, 'nothing arrives after Stop');
  assert.equal(cancels.length, 1, 'Stop calls the cancel endpoint once');
  assert.equal(await page.getByTestId('composer-stop').count(), 0, 'Stop is gone once stopped');
  await chat.input.fill('hello');
  assert.equal(await page.getByTestId('composer-send').isEnabled(), true);
  assert.deepEqual(problems, []);
  return page;
}

test('Stop ends the answer as cancelled and keeps the chat usable', async () => {
  const page = await stopMidAnswer(async (page) => { await page.getByTestId('composer-stop').click(); });
  await screenshot(page, 'stopped');
});

test('Escape in the composer stops the answer too', async () => {
  await stopMidAnswer(async (_page, chat) => { await chat.input.press('Escape'); });
});
