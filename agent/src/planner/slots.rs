//! The slots an intent needs, read from the words: quantities and quote lines, order
//! references, price bounds, superlatives, the attribute asked about, the words that name a
//! product or a kind of product.

use super::cues::{FROM_WORDS, INSTEAD_WORDS, OF_IT, OUT_WORDS, SET_WORDS, TO_WORDS};
use super::filters::*;
use super::intent::{is_filler, says};
pub use super::numbers::reference;
use super::numbers::{amount_of, number_word, quantity_of};
use super::vocabulary::*;

/// Lower-case words of `text`, punctuation gone (a decimal point or comma inside a number
/// stays, and so does a currency sign's number: "€300" is "300").
pub(super) fn words_of(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| c.is_whitespace() || matches!(c, '?' | '!' | ';' | ':' | '"' | '(' | ')'))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '€')
                .trim_matches('€')
                .trim_end_matches(['.', ','])
                .to_owned()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The price ceiling and floor a text names: "under €300", "minder dan 200 euro", "ab 100 €",
/// "between 100 and 300".
pub fn bounds(text: &str) -> (Option<String>, Option<String>) {
    let words = words_of(text);
    let (mut at_most, mut at_least) = (None, None);
    // The amount at `i` or just after the small words that may sit before it.
    let amount_from = |mut i: usize| {
        while let Some(w) = words.get(i) {
            if let Some(amount) = amount_of(w) {
                // "ab 50 Stück" is a quantity, not a price.
                let counted = words
                    .get(i + 1)
                    .is_some_and(|n| COUNT_UNITS.contains(&n.as_str()));
                return (!counted).then_some(amount);
            }
            if ![
                "than", "dan", "als", "to", "€", "eur", "euro", "the", "of", "a", "de", "het",
                "der", "die", "den", "dem", "ca", "about", "around", "ongeveer", "etwa", "rund",
            ]
            .contains(&w.as_str())
            {
                return None;
            }
            i += 1;
        }
        None
    };
    for (i, word) in words.iter().enumerate() {
        let word = word.as_str();
        if BETWEEN.contains(&word) {
            if let Some(low) = amount_from(i + 1) {
                let and = words
                    .iter()
                    .skip(i + 2)
                    .position(|w| SEPARATORS.contains(&w.as_str()));
                at_least = Some(low);
                at_most = and.and_then(|j| amount_from(i + 3 + j));
            }
        } else if AT_MOST.contains(&word) || LESS.contains(&word) {
            at_most = at_most.or_else(|| amount_from(i + 1));
        } else if AT_LEAST.contains(&word) || MORE.contains(&word) {
            at_least = at_least.or_else(|| amount_from(i + 1));
        }
    }
    (at_most, at_least)
}

/// The superlative a text asks for, by the corpus's name (`cheapest`, `most_expensive`,
/// `lightest`, `heaviest`).
pub fn superlative(text: &str) -> Option<&'static str> {
    let lower = words_of(text).join(" ");
    SUPERLATIVES
        .iter()
        .find(|(_, said)| {
            said.iter().any(|phrase| {
                lower
                    .split(' ')
                    .collect::<Vec<_>>()
                    .windows(phrase.split(' ').count())
                    .any(|w| says(&w.join(" "), phrase))
            })
        })
        .map(|(name, _)| *name)
}

/// The attribute a text asks about ("how heavy", "welke kleur", "aus welchem Material"), by key.
pub fn attribute(text: &str) -> Option<&'static str> {
    let words = words_of(text);
    let how_big = words
        .windows(2)
        .any(|pair| HOW.contains(&pair[0].as_str()) && SIZE_ADJECTIVES.contains(&pair[1].as_str()));
    if how_big {
        return Some("dimensions");
    }
    ATTRIBUTES
        .iter()
        .find(|(_, stems)| {
            words
                .iter()
                .any(|w| stems.iter().any(|stem| w.starts_with(stem)))
        })
        .map(|(key, _)| *key)
}

/// True when the text asks for products in stock only ("chairs in stock", "op voorraad").
pub fn in_stock_only(text: &str) -> bool {
    words_of(text)
        .iter()
        .any(|w| STOCK_STEMS.iter().any(|stem| says(w, stem)))
}

/// Words that only say how to list or filter ("under", "cheapest", "in stock", a price): what
/// is left of a browse request names the kind of product.
pub fn kind_words(text: &str) -> String {
    let words = words_of(text);
    let filter = |w: &str| {
        AT_MOST.contains(&w)
            || AT_LEAST.contains(&w)
            || LESS.contains(&w)
            || MORE.contains(&w)
            || BETWEEN.contains(&w)
            || amount_of(w).is_some()
            || [
                "than",
                "dan",
                "als",
                "€",
                "eur",
                "euro",
                "euros",
                "most",
                "expensive",
                "least",
                "stock",
                "only",
            ]
            .contains(&w)
            || STOCK_STEMS.iter().any(|stem| says(w, stem))
            || LIST_WORDS.contains(&w)
            || SUPERLATIVES
                .iter()
                .any(|(_, said)| said.iter().any(|p| !p.contains(' ') && says(w, p)))
            || PRICE_STEMS.iter().any(|stem| w.starts_with(stem))
            || is_filler(w)
    };
    words
        .iter()
        .filter(|w| !filter(w))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when `words` name the product `name` itself rather than a kind ("office chair" names
/// the Office Chair; "lamps" only a kind of which the Office Lamp is one): each word of the name
/// is said, whole or as its beginning.
pub fn names_product(words: &str, name: &str) -> bool {
    let said: Vec<String> = words_of(words);
    let named: Vec<String> = words_of(name);
    // A plural ("chairs", "stoelen") names a kind, not the one product.
    let plural = |long: &str, short: &str| {
        long.strip_prefix(short)
            .is_some_and(|end| ["s", "es", "en", "n"].contains(&end))
    };
    // A word cut short names the longer one only when most of it is said: "bureaus" does not
    // name a "Bureaustoel".
    let most = |a: &str, b: &str| {
        let (a, b) = (a.chars().count(), b.chars().count());
        4 * a.min(b) >= 3 * a.max(b)
    };
    let close =
        |a: &str, b: &str| a == b || (begins(a, b) && most(a, b) && !plural(a, b) && !plural(b, a));
    !named.is_empty()
        && said.len() <= named.len() + 1
        && named.iter().all(|n| said.iter().any(|s| close(s, n)))
}

/// True when every word said is in the name (whole, or as a word's beginning): "conference
/// chair" is within "Conference Chair (Steel)" and "Conference Chair (Aluminium)" alike.
pub fn within(words: &str, name: &str) -> bool {
    let said = words_of(words);
    let named = words_of(name);
    !said.is_empty()
        && said
            .iter()
            .all(|s| named.iter().any(|n| s == n || begins(s, n)))
}

/// True when one of two words of four letters or more begins with the other.
fn begins(a: &str, b: &str) -> bool {
    a.chars().count() >= 4 && b.chars().count() >= 4 && (a.starts_with(b) || b.starts_with(a))
}

/// The words that name the product a question is about ("how heavy is the office chair?" →
/// "office chair").
pub fn product_words(text: &str) -> String {
    let words = words_of(text);
    let asking = |w: &str| {
        ATTRIBUTES
            .iter()
            .any(|(_, stems)| stems.iter().any(|s| w.starts_with(s)))
            || PRICE_STEMS.iter().any(|stem| w.starts_with(stem))
            || STOCK_STEMS.iter().any(|stem| says(w, stem))
            || QUESTION_WORDS.contains(&w)
            || TELL_WORDS.contains(&w)
            || is_filler(w)
    };
    words
        .iter()
        .filter(|w| !asking(w))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The change a text asks of the quote: the words naming the line, and its new quantity (`0`
/// to remove it): "change the chairs to 5" → ("chairs", "5"), "haal de lamp eruit" → ("lamp",
/// "0").
pub fn quote_change(text: &str) -> (String, Option<String>) {
    let words = words_of(text);
    let says_any = |w: &str, stems: &[&str]| stems.iter().any(|stem| says(w, stem));
    let numbers = words.iter().any(|w| quantity_of(w).is_some());
    let removing = words.iter().any(|w| says_any(w, REMOVE_STEMS))
        || (!numbers && words.iter().any(|w| OUT_WORDS.contains(&w.as_str())))
        || (!numbers
            && words.iter().any(|w| says_any(w, QUOTE_STEMS))
            && words.iter().any(|w| FROM_WORDS.contains(&w.as_str())));
    let mut quantity = removing.then(|| "0".to_owned());
    let mut product = Vec::new();
    for word in &words {
        if let Some(number) = quantity_of(word).or_else(|| number_word(word)) {
            quantity = quantity.or(Some(number));
        } else if !is_filler(word)
            && !SEPARATORS.contains(&word.as_str())
            && !QUESTION_WORDS.contains(&word.as_str())
            && !OUT_WORDS.contains(&word.as_str())
            && !SET_WORDS.contains(&word.as_str())
            && !INSTEAD_WORDS.contains(&word.as_str())
            && !TO_WORDS.contains(&word.as_str())
            && !OF_IT.contains(&word.as_str())
            && !says_any(word, QUOTE_STEMS)
            && ![
                "uit",
                "eruit",
                "aus",
                "heraus",
                "from",
                "of",
                "out",
                "only",
                "just",
                "nur",
                "maar",
                "alleen",
                "now",
                "nu",
                "jetzt",
                "noch",
                "nog",
                "take",
                "nimm",
                "neem",
                "mag",
                "kann",
                "can",
                "quantity",
                "number",
                "amount",
                "aantal",
                "hoeveelheid",
                "anzahl",
                "menge",
                "please",
                "aub",
                "bitte",
                "that",
                "dat",
                "das",
                "plaats",
            ]
            .contains(&word.as_str())
        {
            product.push(word.clone());
        }
    }
    (product.join(" "), quantity)
}

/// The quote lines of "10 office chairs and 2 lamps": each quantity with the words after it
/// up to the next quantity; one line (quantity `1` when none) when the text names one.
pub fn quote_lines(text: &str) -> Vec<(String, String)> {
    let mut lines: Vec<(Option<String>, Vec<String>)> = vec![(None, Vec::new())];
    for word in text.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != ',' && c != '.');
        let lower = bare.trim_end_matches(['.', ',']).to_lowercase();
        let number = quantity_of(bare).or_else(|| number_word(&lower));
        if let Some(number) = number {
            let last = lines.last_mut().expect("one line at least");
            if last.0.is_none() && last.1.is_empty() {
                last.0 = Some(number);
            } else {
                lines.push((Some(number), Vec::new()));
            }
            continue;
        }
        if SEPARATORS.contains(&lower.as_str()) || lower == "plus" {
            continue;
        }
        let line = lines.last_mut().expect("one line at least");
        if PURPOSE.contains(&lower.as_str()) && !line.1.is_empty() {
            // Kept after a name: a search cuts what a product is for off it when it must.
            line.1.push(lower);
        } else if !is_filler(&lower)
            && !lower.is_empty()
            && !QUESTION_WORDS.contains(&lower.as_str())
            && !PRICE_STEMS.iter().any(|s| lower.starts_with(s))
        {
            line.1.push(lower);
        }
    }
    lines
        .into_iter()
        .filter(|(_, words)| !words.is_empty())
        .map(|(q, words)| (q.unwrap_or_else(|| "1".to_owned()), words.join(" ")))
        .collect()
}

/// Words that count pieces after a number ("50 Stück", "20 stuks", "10 pieces").
const COUNT_UNITS: &[&str] = &[
    "stuk", "stuks", "stück", "stueck", "stk", "pieces", "pcs", "units",
];

/// Words of "tell me more about", which name no product.
const TELL_WORDS: &[&str] = &[
    "tell", "more", "about", "vertel", "meer", "over", "erzähl", "erzaehl", "mehr", "über", "ueber",
];

/// Words that say what a product is for ("for my back", "voor mijn rug", "für den Rücken").
pub(super) const PURPOSE: &[&str] = &["for", "voor", "für", "fuer", "fürs", "zum", "zur"];

/// Words that set one product against another in a comparison ("A against B", "A tegenover B").
const AGAINST: &[&str] = &["against", "tegenover", "tegen", "tot", "gegen", "gegenüber"];

/// Words around a comparison that name no product ("how does A relate to B", "wie schneidet A
/// gegen B ab", "should I take A or B").
const COMPARING_WORDS: &[&str] = &[
    "verhoudt",
    "verhouden",
    "zich",
    "schneidet",
    "ab",
    "should",
    "zal",
    "soll",
    "sollte",
    "get",
    "take",
    "neem",
    "nemen",
    "nehme",
    "nehmen",
    "aub",
    "pls",
    "svp",
    "recommend",
    "raad",
    "aan",
    "empfiehlst",
    "du",
    "naast",
    "elkaar",
    "nebeneinander",
];

/// The parts of an utterance that each name one product.
pub fn mentions(text: &str) -> Vec<String> {
    let lower = text.to_lowercase().replace(',', " , ").replace('&', " & ");
    let mut parts = vec![String::new()];
    // "Which is better for my back, A or B": what a product is for, said before any product,
    // is not one (up to the next separator).
    let mut purpose = false;
    for word in lower.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != ',');
        if SEPARATORS.contains(&bare) || AGAINST.contains(&bare) {
            parts.push(String::new());
            purpose = false;
        } else if PURPOSE.contains(&bare)
            && parts.last().is_some_and(|p| {
                p.split_whitespace()
                    .all(|w| WHICH.contains(&w) || QUESTION_WORDS.contains(&w))
            })
        {
            purpose = true;
        } else if purpose
            || is_filler(bare)
            || QUESTION_WORDS.contains(&bare)
            || COMPARING_WORDS.contains(&bare)
        {
            continue;
        } else if let Some(last) = parts.last_mut() {
            last.push(' ');
            last.push_str(bare);
        }
    }
    parts
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The quantity (the first number, in digits or words, `1` when none) and the product words of
/// "add 10 office chairs to my quote".
pub fn quote_request(text: &str) -> (String, String) {
    let mut quantity = None;
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != ',' && c != '.');
        let lower = bare.trim_end_matches(['.', ',']).to_lowercase();
        if quantity.is_none() {
            if let Some(number) = quantity_of(bare).or_else(|| number_word(&lower)) {
                quantity = Some(number);
                continue;
            }
        }
        if !is_filler(&lower) && !lower.is_empty() {
            words.push(lower);
        }
    }
    (quantity.unwrap_or_else(|| "1".to_owned()), words.join(" "))
}
