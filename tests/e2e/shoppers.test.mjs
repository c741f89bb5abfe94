// A shopper asks what they would ask in a shop, in their own language and phrasing: a price, a
// stock, products of a kind under a price, and two products for a quote in one sentence. Each
// answer is a component with words, read as a person sees it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newChat, screenshot } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const CASES = [
  {
    locale: 'en-US', tag: 'en',
    price: 'hey how much is the office chair', chair: 'Office Chair', priceWords: /costs \$?€?120\.50/,
    stock: 'is the office lamp in stock?', stockWords: /in stock|left|out of stock/,
    list: 'show me desks under 500 euros',
    quote: 'can I get 10 office chairs and 2 office lamps on a quote', added: /Added 10 × Office Chair and 2 × Office Lamp/,
  },
  {
    locale: 'nl-NL', tag: 'nl',
    price: 'wat kost de bureaustoel eigenlijk', chair: 'Bureaustoel', priceWords: /kost € 120,50/,
    stock: 'is de kantoorlamp op voorraad', stockWords: /voorraad|over/,
    list: 'bureaus onder de 500 euro',
    quote: 'graag 10 bureaustoelen en 2 kantoorlampen in mijn offerte', added: /10 × Bureaustoel en 2 × Kantoorlamp/,
  },
  {
    locale: 'de-DE', tag: 'de',
    price: 'was kostet der bürostuhl', chair: 'Bürostuhl', priceWords: /kostet 120,50 €/,
    stock: 'ist die Bürolampe vorrätig?', stockWords: /vorrätig|übrig/,
    list: 'Schreibtische unter 500 €',
    quote: '10 Bürostühle und 2 Bürolampen ins Angebot bitte', added: /10 × Bürostuhl und 2 × Bürolampe/,
  },
];

/** The amount a price shows, as a number, whatever the locale writes it like. */
function amount(text) {
  const digits = text.replace(/[^\d,.]/g, '');
  const decimal = /,\d{2}$/.test(digits) ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, '');
  return Number(decimal);
}

for (const c of CASES) {
  test(`a shopper asks prices, stock, a list and a two-product quote in their words (${c.tag})`, async () => {
    const narrow = c.tag === 'de';
    const { page, chat, problems } = await newChat(browser, {
      locale: c.locale,
      ...(narrow ? { viewport: { width: 360, height: 740 } } : {}),
    });
    // What the assistant said last: the text of its newest messages (a component is a message of
    // its own, after the words).
    const said = async () => (await chat.assistantMessages.allTextContents()).slice(-3).join(' ');

    await chat.send(c.price);
    await chat.waitForRunEnd();
    assert.match(await said(), c.priceWords);
    const card = page.getByTestId('product').last();
    assert.match(await card.textContent(), new RegExp(c.chair));
    assert.equal(amount(await card.getByTestId('product-price').locator('strong').textContent()), 120.5);

    await chat.send(c.stock);
    await chat.waitForRunEnd();
    assert.match(await said(), c.stockWords);

    await chat.send(c.list);
    await chat.waitForRunEnd();
    const grid = page.getByTestId('product-grid').last();
    const prices = await grid.getByTestId('product-price').locator('strong').allTextContents();
    assert.ok(prices.length >= 2, `several desks: ${prices}`);
    for (const price of prices) assert.ok(amount(price) <= 500, `${price} is over 500`);

    await chat.send(c.quote);
    await chat.waitForRunEnd();
    assert.match(await said(), c.added);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=quote-line]').length === 2);
    await screenshot(page, `shopper-${c.tag}${narrow ? '-360' : ''}`);
    assert.deepEqual(problems, []);
  });
}
