//! Reading what a person wants: the intent, and the slots the intent needs (products, a
//! quantity, an order reference). Shared by the built-in planner and its corpus benchmark.

use super::slots::{attribute, bounds, quantity_of, reference, superlative};
use super::vocabulary::*;
use showroom_commerce::matching::edit_distance;

/// What a person wants, read from their words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    Compare,
    /// Put the draft quote up for approval as an order.
    Submit,
    /// Add a product to the draft quote.
    Quote,
    /// Change a line's quantity in the draft quote, or remove it.
    ChangeQuote,
    /// Put what was ordered before (an order by reference, or the latest) into the quote again.
    Reorder,
    /// A better price asked for: the shop's to decide.
    Discount,
    /// Add a product to the draft quote and put it up for approval at once: stock is reserved
    /// by the order that approval confirms.
    Reserve,
    /// Open a support ticket (a damaged delivery, a complaint).
    Ticket,
    /// Free times for a showroom visit, from a date.
    Booking,
    /// Where an order stands (one by reference, or the latest).
    Orders,
    /// Invoices and what is still due.
    Invoices,
    /// The customer's account: pricelist, credit, what they buy.
    Account,
    /// What the assistant can do.
    Help,
    /// Hello, thanks: a short greeting back, with suggestions.
    Greeting,
    /// What one named product costs.
    Price,
    /// Whether one named product is in stock.
    Stock,
    /// An attribute of one named product (its weight, colour, material, size, warranty).
    ProductInfo,
    /// Products of a kind, perhaps filtered (a price ceiling or floor, in stock) or ranked
    /// (cheapest, lightest).
    Browse,
}

impl Intent {
    /// The intent's name, as the planner corpus writes it.
    pub fn name(self) -> &'static str {
        match self {
            Intent::Compare => "compare",
            Intent::Submit => "submit",
            Intent::Quote => "quote",
            Intent::ChangeQuote => "change_quote",
            Intent::Reorder => "reorder",
            Intent::Discount => "discount",
            Intent::Reserve => "reserve",
            Intent::Ticket => "ticket",
            Intent::Booking => "booking",
            Intent::Orders => "orders",
            Intent::Invoices => "invoices",
            Intent::Account => "account",
            Intent::Help => "help",
            Intent::Greeting => "greeting",
            Intent::Price => "price",
            Intent::Stock => "stock",
            Intent::ProductInfo => "product_info",
            Intent::Browse => "browse",
        }
    }

    pub fn of(text: &str) -> Intent {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
        let has = |stems: &[&str]| {
            words
                .iter()
                .any(|word| stems.iter().any(|stem| says(word, stem)))
        };
        let (compare, quote) = (has(COMPARE_STEMS), has(QUOTE_STEMS));
        let spoken: Vec<&str> = words.iter().copied().filter(|w| !w.is_empty()).collect();
        let numbers = spoken.iter().any(|w| quantity_of(w).is_some());
        if !spoken.is_empty() && spoken.iter().all(|w| GREETING_WORDS.contains(w)) {
            return Intent::Greeting;
        }
        let bounded = bounds(text) != (None, None);
        let any = |list: &[&str]| words.iter().any(|w| list.contains(w));
        let comparing = !bounded
            && any(COMPARATIVES)
            && (any(WHICH)
                || words
                    .windows(2)
                    .any(|p| COMPARATIVES.contains(&p[0]) && THAN.contains(&p[1])));
        let lower_text = words.join(" ");
        let asks_help = HELP_PHRASES.iter().any(|p| lower_text.contains(p));
        // "Help me choose: the oak or the white bookshelf?", "between the chair and the lamp".
        let choosing = !bounded
            && ((any(OR) && (any(WHICH) || has(CHOOSE_STEMS) || any(COMPARATIVES)))
                || (any(BETWEEN) && any(SEPARATORS)));
        let visiting = BOOKING_PHRASES.iter().any(|p| lower_text.contains(p)) || any(VISIT_WORDS);
        if compare || comparing || choosing {
            Intent::Compare
        } else if has(RESERVE_STEMS) {
            Intent::Reserve
        } else if has(DISCOUNT_STEMS) && !bounded {
            Intent::Discount
        } else if has(SUBMIT_STEMS) || (quote && (has(SEND_STEMS) || has(ORDER_IT_STEMS))) {
            Intent::Submit
        } else if has(TICKET_STEMS) {
            Intent::Ticket
        } else if has(BOOKING_STEMS) || visiting {
            Intent::Booking
        } else if quote && has(CHANGE_STEMS) {
            Intent::ChangeQuote
        } else if quote {
            Intent::Quote
        } else if asks_help {
            Intent::Help
        } else if has(CHANGE_STEMS) && reference(text).is_none() && (has(REMOVE_STEMS) || numbers) {
            // "Remove the lamp", "change the chairs to 5": the draft quote is what changes here.
            Intent::ChangeQuote
        } else if numbers && !bounded && has(WANT_STEMS) && reference(text).is_none() {
            // "I need 10 office chairs", "ich brauche 10 Bürostühle": a quote for that many.
            Intent::Quote
        } else if has(PRICE_STEMS) && numbers && !bounded {
            // "What would 10 chairs cost?": a quote for that many.
            Intent::Quote
        } else if bounded {
            // "Chairs under €50", "Stühle billiger als 50 €" (not a bill).
            Intent::Browse
        } else if has(AGAIN_STEMS)
            && (any(LAST_WORDS)
                || has(ORDER_STEMS)
                || has(ACCOUNT_STEMS)
                || words.contains(&"reorder")
                || reference(text).is_some())
        {
            // "Reorder S00021", "the same as my last order", "nochmal dasselbe bestellen".
            Intent::Reorder
        } else if has(INVOICE_STEMS) {
            Intent::Invoices
        } else if has(ORDER_STEMS) || reference(text).is_some() {
            Intent::Orders
        } else if has(ACCOUNT_STEMS) {
            Intent::Account
        } else if words.iter().any(|w| HELP_WORDS.contains(w)) {
            Intent::Help
        } else if superlative(text).is_some() {
            Intent::Browse
        } else if attribute(text).is_some() || has(DETAILS_STEMS) {
            Intent::ProductInfo
        } else if (has(STOCK_STEMS)
            && (any(ASKING) || any(LEFT_WORDS) || text.contains('?'))
            && !any(LIST_WORDS))
            || (any(LEFT_WORDS) && any(STILL_WORDS))
        {
            // A question about one ("is the lamp in stock?"), not a list ("lamps in stock").
            Intent::Stock
        } else if has(PRICE_STEMS) {
            Intent::Price
        } else if numbers && reference(text).is_none() {
            // "10 office chairs please": a quantity of something is for the quote.
            Intent::Quote
        } else {
            Intent::Browse
        }
    }
}

/// True for a word that names no product here: filler, or a word asking for an intent.
pub(super) fn is_filler(word: &str) -> bool {
    FILLER.contains(&word)
        || COMPARATIVES.contains(&word)
        || HELP_WORDS.contains(&word)
        || CHOOSE_STEMS.iter().any(|stem| word.starts_with(stem))
        || [
            COMPARE_STEMS,
            QUOTE_STEMS,
            SUBMIT_STEMS,
            RESERVE_STEMS,
            CHANGE_STEMS,
            WANT_STEMS,
        ]
        .iter()
        .any(|stems| stems.iter().any(|stem| says(word, stem)))
}

/// True when `word` says `stem`: it begins with it, or with it give or take one typo (stems of
/// six letters or more), or holds it inside a compound ("bestelgeschiedenis"; stems of seven
/// letters or more).
pub(super) fn says(word: &str, stem: &str) -> bool {
    if word.starts_with(stem) {
        return true;
    }
    let n = stem.chars().count();
    if n >= 7 && word.contains(stem) {
        return true;
    }
    // A typo rarely hits the first letter; checking it first spares most distance tables.
    n >= 6
        && word.chars().next() == stem.chars().next()
        && (n - 1..=n + 1).any(|len| {
            let prefix: String = word.chars().take(len).collect();
            prefix.chars().count() == len && edit_distance(&prefix, stem) <= 1
        })
}

#[cfg(test)]
mod tests;
