// A quote becomes an order by the shop's quotation flow, each step after the person approves
// it: sign in on the account page, build a quote in words, give a PO reference on the card, ask
// for approval from the card, approve in the approval card (which takes focus), see the
// quotation sent, accept it from the card, approve again, and see the order confirmed; a
// rejection leaves the quote a draft. Orders here reserve stock in the agent every browser test
// shares: they order pedal bins, whose stock no other test reads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newChat, screenshot } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Signs the page's session in as a demo customer through the account page, back to a chat. */
async function signIn(page, chat, login) {
  await page.getByTestId('account').click();
  await page.getByLabel('Login').fill(login);
  await page.getByTestId('sign-in').click();
  await page.waitForURL(/\/t\/[^/]+$/);
  await chat.input.waitFor({ state: 'visible' });
}

test('an approved quote is sent as a quotation, then accepted as a confirmed order', async () => {
  const { page, chat, problems } = await newChat(browser);
  // Without signing in, the agent says how.
  await chat.send('add 3 pedal bins to my quote');
  await page.getByTestId('quote-card').waitFor();
  await chat.waitForRunEnd();
  await page.getByRole('button', { name: 'Request approval' }).click();
  await page.waitForFunction(() => /sign in first/.test(document.body.textContent));
  await chat.waitForRunEnd();

  await signIn(page, chat, 'deco');
  await chat.send('add 3 pedal bins to my quote');
  const quote = page.getByTestId('quote-card');
  await quote.waitFor();
  await chat.waitForRunEnd();
  // Deco Addict's pricelist: 42.30 a bin.
  await page.waitForFunction(() => document.querySelector('[data-testid=line-subtotal]')?.textContent.includes('126.90'));
  // The buyer's own reference, typed on the card: kept on the draft.
  const reference = quote.getByRole('textbox', { name: 'Your reference (PO number)' });
  await reference.fill('PO-7781');
  const kept = page.waitForResponse((r) => r.url().includes('/api/actions/quote.set_reference') && r.ok());
  await reference.press('Enter');
  await kept;
  await quote.getByRole('button', { name: 'Request approval' }).click();

  const approval = page.getByTestId('approval-card');
  await approval.waitFor();
  await chat.waitForRunEnd();
  assert.match(await quote.getByTestId('quote-state').textContent(), /Awaiting approval/);
  assert.match(await approval.textContent(), /3 Units × Pedal Bin/);
  const approve = approval.getByRole('button', { name: 'Approve' });
  await page.waitForFunction(() => document.activeElement?.textContent === 'Approve');
  await screenshot(page, 'approval-pending');
  await approve.press('Enter');

  await page.waitForFunction(() => /Sent/.test(document.querySelector('[data-testid=quote-state]')?.textContent ?? ''));
  await chat.waitForRunEnd();
  assert.match(await approval.getByTestId('approval-state').textContent(), /Approved/);
  const sent = await chat.assistantMessages.last().textContent();
  assert.match(sent, /Quotation S\d{5} is ready. Accept it here/);
  const number = sent.match(/S\d{5}/)[0];
  assert.match(await quote.textContent(), new RegExp(number));
  assert.match(await quote.getByTestId('quote-reference').textContent(), /PO-7781/);
  await screenshot(page, 'quotation-sent');

  // Accepting asks once more, in the buyer's name.
  await quote.getByRole('button', { name: 'Accept' }).click();
  const accept = page.getByTestId('approval-card').last();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=approval-card]').length === 2);
  await chat.waitForRunEnd();
  assert.match(await chat.assistantMessages.last().textContent(), /in the name of Deco Addict/);
  await accept.getByRole('button', { name: 'Approve' }).click();
  await page.waitForFunction(() => /Confirmed/.test(document.querySelector('[data-testid=quote-state]')?.textContent ?? ''));
  await chat.waitForRunEnd();
  const said = await chat.assistantMessages.last().textContent();
  assert.match(said, new RegExp(`Order ${number} is confirmed`));
  await screenshot(page, 'approval-confirmed');

  // A reload shows the same: the order is in the thread, and nothing asks again.
  await page.reload();
  await page.getByTestId('approval-card').first().waitFor();
  const states = await page.getByTestId('approval-state').allTextContents();
  assert.deepEqual(states.map((t) => /Approved/.test(t)), [true, true]);
  assert.equal(await page.getByRole('button', { name: 'Approve' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Accept' }).count(), 0);
  assert.deepEqual(problems, []);
});

test('a rejected approval leaves the quote a draft, in Dutch', async () => {
  const { page, chat, problems } = await newChat(browser, { locale: 'nl-NL' });
  await page.getByTestId('account').click();
  await page.getByLabel('Gebruikersnaam').fill('gemini');
  await page.getByTestId('sign-in').click();
  await page.waitForURL(/\/t\/[^/]+$/);
  await chat.input.waitFor({ state: 'visible' });
  await chat.send('voeg 2 pedal bins toe aan mijn offerte');
  await page.getByTestId('quote-card').waitFor();
  await chat.waitForRunEnd();
  await page.getByRole('button', { name: 'Goedkeuring aanvragen' }).click();
  const approval = page.getByTestId('approval-card');
  await approval.waitFor();
  await chat.waitForRunEnd();
  await approval.getByRole('button', { name: 'Afwijzen' }).click();
  await page.waitForFunction(() => /Afgewezen/.test(document.querySelector('[data-testid=approval-state]')?.textContent ?? ''));
  await chat.waitForRunEnd();
  assert.match(await page.getByTestId('quote-state').textContent(), /Concept/);
  assert.match(await chat.assistantMessages.last().textContent(), /Er is niets verstuurd/);
  assert.deepEqual(problems, []);
});

test('a visit is chosen in the booking widget, approved, and booked', async () => {
  const { page, chat, problems } = await newChat(browser, { timezoneId: 'UTC' });
  await signIn(page, chat, 'azure');
  await chat.send('book a showroom visit on december 8');
  const widget = page.getByTestId('booking-widget');
  await widget.waitFor();
  await chat.waitForRunEnd();
  // Tuesday 8 December 2026, 09:00 (UTC here).
  await widget.getByRole('button', { name: /Book .*9:00/ }).first().click();
  const approval = page.getByTestId('approval-card');
  await approval.waitFor();
  await chat.waitForRunEnd();
  assert.match(await widget.getByTestId('booking-state').textContent(), /Awaiting approval/);
  await approval.getByRole('button', { name: 'Approve' }).click();
  await page.waitForFunction(() => /Confirmed/.test(document.querySelector('[data-testid=booking-state]')?.textContent ?? ''));
  await chat.waitForRunEnd();
  assert.match(await chat.assistantMessages.last().textContent(), /Your visit is booked \(B\d{5}\): Tuesday 8 December, 09:00 \(UTC\)/);
  await screenshot(page, 'booking-confirmed');
  assert.deepEqual(problems, []);
});

/** Deco asks for order S00021 and types `quantity` for its Large Desk: the approval card that
 *  asks, the order status component and the desk's quantity input. */
async function changeDesksOfS00021(page, chat, quantity) {
  await signIn(page, chat, 'deco');
  await chat.send('where is my order S00021?');
  const status = page.getByTestId('order-status');
  await status.waitFor();
  await chat.waitForRunEnd();
  const desks = status.getByRole('spinbutton', { name: 'Quantity of Large Desk' });
  const before = await desks.inputValue();
  await desks.fill(quantity);
  await desks.press('Enter');
  const approval = page.getByTestId('approval-card');
  await approval.waitFor();
  await chat.waitForRunEnd();
  return { approval, status, before };
}

test('a declined change leaves the order quantity as the order has it', async () => {
  const { page, chat, problems } = await newChat(browser);
  const { approval, status, before } = await changeDesksOfS00021(page, chat, '40');
  const desks = status.getByRole('spinbutton', { name: 'Quantity of Large Desk' });
  await approval.getByRole('button', { name: 'Reject' }).click();
  await page.waitForFunction(() => /The order stays as it was/.test(document.body.textContent));
  await chat.waitForRunEnd();
  // The typed 40 is gone without a reload: the input shows what the order holds.
  assert.equal(await desks.inputValue(), before);
  assert.deepEqual(problems, []);
});

test('a quantity changed in an order not yet shipped is changed once approved', async () => {
  const { page, chat, problems } = await newChat(browser);
  const { approval, status } = await changeDesksOfS00021(page, chat, '2');
  assert.match(await approval.textContent(), /Large Desk.*1 Units.*2 Units/);
  await approval.getByRole('button', { name: 'Approve' }).click();
  await page.waitForFunction(() => /Order S00021 is changed/.test(document.body.textContent));
  await chat.waitForRunEnd();
  assert.equal(await status.getByRole('spinbutton', { name: 'Quantity of Large Desk' }).inputValue(), '2');
  await screenshot(page, 'order-changed');
  assert.deepEqual(problems, []);
});
