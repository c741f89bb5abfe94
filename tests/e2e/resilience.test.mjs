// Nothing typed is lost and the person always knows where things stand: offline, an agent that
// cannot be reached, a reload mid-sentence, an input method still composing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newChat, screenshot } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('offline is shown, and what was typed stays', async () => {
  const { page, chat, context, problems } = await newChat(browser, { locale: 'de-DE' });
  await chat.input.fill('Drei Bürostühle, bitte');
  await context.setOffline(true);
  const notice = page.getByTestId('offline');
  await notice.waitFor();
  assert.match(await notice.textContent(), /Sie sind offline/);
  await screenshot(page, 'offline-de');
  await context.setOffline(false);
  await notice.waitFor({ state: 'detached' });
  assert.equal(await chat.input.inputValue(), 'Drei Bürostühle, bitte');
  assert.deepEqual(problems, []);
});

test('a draft survives a reload; sending clears it', async () => {
  const { page, chat, problems } = await newChat(browser);
  await chat.input.fill('compare the office chair and');
  await page.reload();
  await chat.input.waitFor();
  assert.equal(await chat.input.inputValue(), 'compare the office chair and');
  await chat.input.fill('compare the office chair and the office lamp');
  await chat.input.press('Enter');
  await chat.waitForRunEnd();
  await page.reload();
  await chat.comparator.waitFor();
  assert.equal(await chat.input.inputValue(), '');
  assert.deepEqual(problems, []);
});

test('Enter does not send while an input method is composing', async () => {
  const { page, chat, problems } = await newChat(browser, { locale: 'nl-NL' });
  await chat.input.fill('toon de desks');
  await chat.input.evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true })));
  await page.waitForTimeout(200);
  assert.equal(await page.getByTestId('user-message').count(), 0, 'nothing sent mid-composition');
  assert.equal(await chat.input.inputValue(), 'toon de desks');
  await chat.input.press('Enter');
  await page.getByTestId('user-message').waitFor();
  await chat.waitForRunEnd();
  assert.deepEqual(problems, []);
});

test('an agent that cannot be reached is said so, and the thread comes back when it can', async () => {
  const { page, chat, problems } = await newChat(browser);
  await chat.send('show me desks');
  await chat.waitForRunEnd();
  await page.route('**/api/threads/*/events', (route) => route.abort('connectionrefused'));
  await page.reload();
  const notice = page.getByTestId('unreachable');
  await notice.waitFor();
  assert.match(await notice.textContent(), /cannot be reached/);
  await page.unroute('**/api/threads/*/events');
  await chat.assistantMessages.first().waitFor({ timeout: 10000 });
  await notice.waitFor({ state: 'detached' });
  // The refused connections are the browser's own console errors, nothing of ours.
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_CONNECTION_REFUSED')), []);
});
