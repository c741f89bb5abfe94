//! Reading what a person wants: the intent, and the slots the intent needs (products, a
//! quantity, an order reference). Shared by the built-in planner and its corpus benchmark.

use super::cues::*;
use super::filters::*;
use super::lexicon::attribute_value;
use super::numbers::{number_word, quantity_of, reference};
use super::slots::{attribute, bounds, superlative};
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
        if !spoken.is_empty() && spoken.iter().all(|w| GREETING_WORDS.contains(w)) {
            return Intent::Greeting;
        }
        // "Three large cabinets": a number in words counts too, but not inside a name ("the four
        // person desk", "bureau voor vier personen", "Three-Seat Sofa") nor "this one".
        let tokens: Vec<&str> = (lower.split_whitespace())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let in_words = tokens.iter().enumerate().any(|(i, w)| {
            *w != "one"
                && number_word(w).is_some()
                && !(i > 0 && NAME_BEFORE.contains(&tokens[i - 1]))
        });
        let numbers = in_words || spoken.iter().any(|w| quantity_of(w).is_some());
        let referred = reference(text).is_some();
        let bounded = bounds(text) != (None, None);
        let any = |list: &[&str]| words.iter().any(|w| list.contains(w));
        // Whole words, so that a phrase is found only whole: " go ahead ".
        let padded = format!(" {} ", spoken.join(" "));
        let phrase = |list: &[&str]| {
            list.iter().any(|p| {
                let n = p.split(' ').count();
                spoken
                    .windows(n)
                    .any(|w| w.iter().copied().eq(p.split(' ')))
            })
        };
        let comparing = !bounded
            && any(COMPARATIVES)
            && (any(WHICH)
                || words
                    .windows(2)
                    .any(|p| COMPARATIVES.contains(&p[0]) && THAN.contains(&p[1])));
        let asks_help = HELP_PHRASES.iter().any(|p| padded.contains(p)) || phrase(HELP_MORE);
        // "Or", but not the "of" of "which of my invoices".
        let or = spoken.iter().enumerate().any(|(i, w)| {
            OR.contains(w) && !(*w == "of" && i > 0 && WHICH.contains(&spoken[i - 1]))
        });
        // "Help me choose: the oak or the white bookshelf?", "between the chair and the lamp",
        // "should I get A or B", "A against B".
        let choosing = !bounded
            && ((or
                && (any(WHICH) || has(CHOOSE_STEMS) || any(COMPARATIVES) || any(DECIDE_WORDS)))
                || (any(BETWEEN) && any(SEPARATORS))
                || phrase(COMPARE_PHRASES));
        // "Cheaper if we take 40", "a better price", "Mengenrabatt".
        let discount = (has(DISCOUNT_STEMS)
            || spoken
                .iter()
                .any(|w| DISCOUNT_STEMS.iter().any(|s| s.len() >= 5 && w.contains(s))))
            && !bounded
            || phrase(DISCOUNT_PHRASES)
            // "10% off", "10 procent korting", "10 Prozent Nachlass": a share of the price, off.
            || ((text.contains('%') || any(PERCENT_WORDS)) && any(OFF_PRICE_WORDS))
            || (any(CHEAPER) && numbers && any(AT_A_QUANTITY) && !bounded)
            || (any(CHEAPER)
                && !bounded
                && (spoken.windows(2)).any(|p| IF_WORDS.contains(&p[0]) && BUYERS.contains(&p[1])));
        let separable = |verbs: &[(&str, &str)]| {
            verbs.iter().any(|(verb, particle)| {
                spoken
                    .iter()
                    .position(|w| w.starts_with(verb))
                    .is_some_and(|i| spoken[i + 1..].contains(particle))
            })
        };
        // "Is er vrijdag nog plek", "zaterdagochtend": a day with a free time or a part of it.
        let day = || super::dates::names_a_day(text);
        let visiting = BOOKING_PHRASES.iter().any(|p| padded.contains(p))
            || any(VISIT_WORDS)
            || any(BOOK_WORDS)
            || phrase(VISIT_PHRASES)
            || separable(BOOK_SEPARABLE)
            || (any(FREE_TIME_WORDS) && !has(STOCK_STEMS) && day())
            || (!numbers && super::dates::PartOfDay::in_text(text).is_some() && day());
        let submitting = has(SUBMIT_STEMS)
            || (quote && !numbers && any(OK_WORDS))
            || (quote && (has(SEND_STEMS) || has(ORDER_IT_STEMS) || has(ACCEPT_STEMS)))
            || (!numbers && phrase(SUBMIT_PHRASES))
            || (!numbers && separable(SUBMIT_SEPARABLE));
        let taking_out = any(OUT_WORDS) && !numbers;
        // "Set the clocks to 3", "I only need 2 now", "mach 6 draus statt 10".
        let to_number = spoken
            .windows(2)
            .any(|p| TO_WORDS.contains(&p[0]) && quantity_of(p[1]).is_some());
        let resetting = numbers
            && !has(ADD_STEMS)
            && (any(INSTEAD_WORDS)
                || phrase(INSTEAD_PHRASES)
                || (any(SET_WORDS) && (to_number || any(OF_IT))));
        let holding = (any(HOLD_WORDS) && (any(FOR_ME) || phrase(&["on hold"]))) || has(HOLD_STEMS);
        if asks_help && !numbers {
            Intent::Help
        } else if discount && !compare {
            Intent::Discount
        } else if compare || comparing || choosing {
            Intent::Compare
        } else if has(RESERVE_STEMS) || holding {
            Intent::Reserve
        } else if submitting && !taking_out {
            Intent::Submit
        } else if has(TICKET_STEMS) || has(DAMAGE_STEMS) || phrase(BROKEN_PHRASES) {
            Intent::Ticket
        } else if has(BOOKING_STEMS) || visiting {
            Intent::Booking
        } else if quote && (has(CHANGE_STEMS) || taking_out || resetting) {
            Intent::ChangeQuote
        } else if quote && !numbers && any(FROM_WORDS) && !has(ADD_STEMS) {
            // "Take the pedal bin off my quote", "nimm den Treteimer aus dem Angebot".
            Intent::ChangeQuote
        } else if quote {
            Intent::Quote
        } else if asks_help {
            Intent::Help
        } else if !referred
            && !has(ORDER_STEMS)
            && ((has(CHANGE_STEMS) && (has(REMOVE_STEMS) || numbers)) || taking_out || resetting)
        {
            // "Remove the lamp", "change the chairs to 5": the draft quote is what changes here.
            Intent::ChangeQuote
        } else if numbers && !bounded && !referred && (has(WANT_STEMS) || has(ADD_STEMS)) {
            // "I need 10 office chairs", "ich brauche 10 Bürostühle": a quote for that many.
            Intent::Quote
        } else if has(PRICE_STEMS) && numbers && !bounded && !referred {
            // "What would 10 chairs cost?": a quote for that many.
            Intent::Quote
        } else if bounded {
            // "Chairs under €50", "Stühle billiger als 50 €" (not a bill).
            Intent::Browse
        } else if has(AGAIN_STEMS)
            && (any(LAST_WORDS)
                || has(ORDER_STEMS)
                || has(ORDER_IT_STEMS)
                || spoken
                    .iter()
                    .filter(|w| AGAIN_STEMS.iter().any(|s| says(w, s)))
                    .count()
                    + usize::from(phrase(AGAIN_PHRASES))
                    > 1
                || has(ACCOUNT_STEMS)
                || words.contains(&"reorder")
                || referred)
        {
            // "Reorder S00021", "the same as my last order", "nochmal dasselbe bestellen".
            Intent::Reorder
        } else if has(INVOICE_STEMS) {
            Intent::Invoices
        } else if has(ORDER_STEMS) || referred || phrase(UNDERWAY_PHRASES) {
            Intent::Orders
        } else if has(ACCOUNT_STEMS) || phrase(ACCOUNT_PHRASES) {
            Intent::Account
        } else if words.iter().any(|w| HELP_WORDS.contains(w)) {
            Intent::Help
        } else if has(ADD_STEMS) {
            // "Add one three-seat sofa", "voeg een driezitsbank toe".
            Intent::Quote
        } else if superlative(text).is_some() {
            Intent::Browse
        } else if attribute(text).is_some()
            || has(DETAILS_STEMS)
            || phrase(DETAILS_PHRASES)
            // "What's the office lamp like?"
            || (spoken.last() == Some(&"like") && spoken.first().is_some_and(|w| w.starts_with("what")))
            || ((any(VARIANT_WORDS) || has(STOCK_STEMS)) && in_a_value(&spoken, &["in"]))
            || (spoken.first().is_some_and(|w| IS_WORDS.contains(w))
                && in_a_value(&spoken, &["of", "van", "uit", "aus"]))
        {
            Intent::ProductInfo
        } else if (has(STOCK_STEMS)
            && (any(ASKING) || any(LEFT_WORDS) || text.contains('?'))
            && !any(LIST_WORDS))
            || (any(LEFT_WORDS) && any(STILL_WORDS))
            || (phrase(HOW_MANY) && (any(STILL_WORDS) || any(LEFT_WORDS) || any(ASKING)))
            || (any(STILL_WORDS) && any(THERE_WORDS) && any(ASKING))
        {
            // A question about one ("is the lamp in stock?"), not a list ("lamps in stock").
            Intent::Stock
        } else if has(PRICE_STEMS) || phrase(PRICE_PHRASES) {
            Intent::Price
        } else if numbers && !referred {
            // "10 office chairs please": a quantity of something is for the quote.
            Intent::Quote
        } else {
            Intent::Browse
        }
    }
}

/// True when a value follows one of `before` ("available in black", "ook in het zwart", "auch
/// in Weiß", "made of wood").
fn in_a_value(spoken: &[&str], before: &[&str]) -> bool {
    (spoken.iter().enumerate())
        .filter(|(_, w)| before.contains(w))
        .any(|(i, _)| attribute_value(&spoken[i + 1..spoken.len().min(i + 3)].join(" ")).is_some())
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
    // A typo rarely hits the first two letters; checking them first spares most distance
    // tables. A word much longer than the stem is another word that begins alike
    // ("beistelltisch" is no typo of "bestell", "beschikbaar" none of "besuch"), and so is a
    // word that says another stem ("verander" is no typo of "versand").
    let mut letters = word.chars();
    let mut stem_letters = stem.chars();
    n >= 6
        && word.chars().count() <= n + 3
        && letters.next() == stem_letters.next()
        && letters.next() == stem_letters.next()
        && (n - 1..=n + 1).any(|len| {
            let end = word.char_indices().nth(len).map_or(word.len(), |(i, _)| i);
            let prefix = &word[..end];
            prefix.chars().count() == len && edit_distance(prefix, stem) <= 1
        })
        && !known(word)
}

/// True when `word` begins with a stem of ours of five letters or more: it is that word.
fn known(word: &str) -> bool {
    const LISTS: &[&[&str]] = &[
        COMPARE_STEMS,
        QUOTE_STEMS,
        SUBMIT_STEMS,
        TICKET_STEMS,
        BOOKING_STEMS,
        ORDER_STEMS,
        INVOICE_STEMS,
        ACCOUNT_STEMS,
        PRICE_STEMS,
        STOCK_STEMS,
        CHANGE_STEMS,
        SEND_STEMS,
        WANT_STEMS,
        DETAILS_STEMS,
        AGAIN_STEMS,
        DISCOUNT_STEMS,
    ];
    LISTS
        .iter()
        .flat_map(|list| list.iter())
        .any(|stem| stem.len() >= 5 && word.starts_with(stem))
}

#[cfg(test)]
mod tests;
