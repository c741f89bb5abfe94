// Threads: each has a URL, is listed in the sidebar, comes back after a reload with its
// components, resumes an answer being written, stays the same in two tabs, and can be renamed,
// deleted (after asking), retried, edited and copied.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newChat, screenshot, Chat, BASE_URL } from './support/browser.mjs';

const COMPARE = 'compare the office chair and the office lamp';
const INTRO = 'Here is how the Office Chair and Office Lamp compare';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a thread has a URL, is listed, and comes back after a reload with its components', async () => {
  const { page, chat, problems } = await newChat(browser);
  const url = page.url();
  await chat.send(COMPARE);
  await chat.waitForRunEnd();
  assert.equal(page.url(), url, 'the thread kept its URL');

  const item = page.getByTestId('thread-item');
  await item.first().waitFor();
  assert.equal(await item.count(), 1);
  assert.equal(await page.getByTestId('thread-link').textContent(), COMPARE);
  assert.equal(await page.getByTestId('thread-link').getAttribute('aria-current'), 'page');

  await page.reload();
  await chat.comparator.waitFor();
  assert.equal(await page.getByTestId('user-message').count(), 1);
  assert.match(await chat.assistantMessages.first().textContent(), new RegExp(INTRO));
  assert.match(await chat.comparator.textContent(), /€120\.50/);
  assert.match(await chat.comparator.locator('.sr-card__as-of').textContent(), /\d/, 'shows when its data was read');

  // A new chat, then back to the first from the sidebar.
  await page.getByTestId('new-thread').click();
  await page.getByTestId('empty-state').waitFor();
  assert.notEqual(page.url(), url);
  await page.getByTestId('thread-link').click();
  await chat.comparator.waitFor();
  assert.equal(page.url(), url);
  await screenshot(page, 'threads-sidebar');
  assert.deepEqual(problems, []);
});

test('reloading mid-answer resumes the answer', async () => {
  const { page, chat, problems } = await newChat(browser);
  await chat.send(COMPARE);
  await page.waitForFunction(() => (document.querySelector('[data-testid="assistant-message"]')?.textContent ?? '').length > 20);
  await page.reload();
  await chat.comparator.waitFor({ timeout: 15000 });
  await chat.waitForRunEnd();
  const texts = await chat.assistantMessages.allTextContents();
  assert.equal(texts.filter((t) => t.includes(INTRO)).length, 1, JSON.stringify(texts));
  assert.match(texts.at(-1), /least expensive/);
  assert.equal(await page.getByTestId('user-message').count(), 1);
  assert.deepEqual(problems, []);
});

test('the same thread in two tabs stays the same', async () => {
  const { page, chat, context, problems } = await newChat(browser);
  await chat.send('show me desks');
  await chat.waitForRunEnd();
  const other = await context.newPage();
  const otherChat = new Chat(other);
  await other.goto(page.url());
  await otherChat.assistantMessages.first().waitFor();

  await chat.send(COMPARE);
  await otherChat.comparator.waitFor();
  await otherChat.waitForRunEnd();
  await chat.waitForRunEnd();
  const users = await other.getByTestId('user-message').locator('.sr-message__text').allTextContents();
  assert.deepEqual(users, ['show me desks', COMPARE]);
  assert.deepEqual(
    await otherChat.assistantMessages.allTextContents(),
    await chat.assistantMessages.allTextContents(),
  );
  assert.deepEqual(problems, []);
});

test('Retry writes the last answer again; editing a question replaces what followed', async () => {
  const { page, chat, context, problems } = await newChat(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  await chat.send('show me desks');
  await chat.waitForRunEnd();
  await chat.send(COMPARE);
  await chat.waitForRunEnd();
  const before = await chat.assistantMessages.count();

  // Retry: one answer, written again; the questions stay.
  await page.getByTestId('retry-answer').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="run-status"]')?.dataset.state === 'running');
  await chat.waitForRunEnd();
  assert.equal(await chat.assistantMessages.count(), before);
  assert.equal(await page.getByTestId('user-message').count(), 2);
  assert.equal(await chat.comparator.count(), 1);

  // Edit the first question: everything after it is replaced.
  await page.getByTestId('edit-message').first().click();
  const input = page.getByTestId('edit-input');
  assert.equal(await input.evaluate((el) => el === document.activeElement), true, 'the editor takes focus');
  await input.fill(COMPARE);
  await input.press('Enter');
  // The old answers stay until the server has taken them back; then the question is resent.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="user-message"]').length === 1);
  await chat.waitForRunEnd();
  const users = await page.getByTestId('user-message').locator('.sr-message__text').allTextContents();
  assert.deepEqual(users, [COMPARE]);
  assert.equal(await chat.comparator.count(), 1);

  // The server has the same thread.
  await page.reload();
  await chat.comparator.waitFor();
  assert.deepEqual(await page.getByTestId('user-message').locator('.sr-message__text').allTextContents(), [COMPARE]);

  // Copy an answer: its markdown as written.
  await page.getByTestId('copy-message').nth(1).click();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), new RegExp(INTRO));
  assert.deepEqual(problems, []);
});

test('rename, and delete after confirming', async () => {
  const { page, chat, problems } = await newChat(browser, { locale: 'nl-NL' });
  await chat.send('show me desks');
  await chat.waitForRunEnd();
  const url = page.url();

  await page.getByTestId('rename-thread').click();
  const name = page.getByTestId('rename-input');
  await name.fill('Bureaus voor kantoor');
  await name.press('Enter');
  await page.getByText('Bureaus voor kantoor').waitFor();

  await page.getByTestId('delete-thread').click();
  const cancel = page.getByRole('button', { name: 'Annuleren' });
  assert.equal(await cancel.evaluate((el) => el === document.activeElement), true, 'Cancel has the focus');
  await cancel.press('Enter');
  assert.equal(await page.getByTestId('thread-item').count(), 1, 'cancel keeps it');
  await page.getByTestId('delete-thread').click();
  await page.getByTestId('delete-confirm').click();
  await page.waitForURL((u) => u.href !== url);
  await page.getByTestId('empty-state').waitFor();
  await page.getByText('Nog geen gesprekken.').waitFor();
  assert.deepEqual(problems, []);
});
