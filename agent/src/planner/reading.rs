//! One utterance read whole: its intent and the slots that intent needs, with products resolved
//! against the store as the viewer sees it. The built-in planner acts on a [`Reading`]; the
//! planner benchmark scores it against a corpus.

use super::dates::PartOfDay;
use super::filters::SOFT_SEPARATORS;
use super::intent::Intent;
use super::lexicon::{self, Category};
use super::slots::{
    attribute, bounds, in_stock_only, kind_words, mentions, names_product, product_words,
    quote_change, quote_lines, reference, superlative, within, PURPOSE,
};
use crate::tools::Tools;
use showroom_commerce::{CommerceError, ProductHit};

/// What the built-in planner understood.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub intent: Intent,
    /// The products named, best match each, in the order named (compare, quote).
    pub products: Vec<ProductHit>,
    /// How many (quote): `1` when none was said.
    pub quantity: Option<String>,
    /// An order reference (orders, tickets).
    pub reference: Option<String>,
    /// The day asked for (booking).
    pub date: Option<time::Date>,
    /// Each product of a quote with its quantity, in the order said.
    pub lines: Vec<(ProductHit, String)>,
    /// The words that name the kind of product (browse), filters taken out.
    pub kind: String,
    /// A price ceiling and floor (browse), as decimal strings.
    pub max_price: Option<String>,
    pub min_price: Option<String>,
    /// Cheapest, most expensive, lightest, heaviest (browse).
    pub superlative: Option<&'static str>,
    /// Only what is in stock (browse).
    pub in_stock_only: bool,
    /// The attribute asked about (product info), by key: `weight`, `colour`, `material`,
    /// `dimensions`, `warranty`.
    pub attribute: Option<&'static str>,
    /// An attribute value named ("in black", "aus Holz"), in English: `black`, `wood`.
    pub attribute_value: Option<&'static str>,
    /// The shop's category the words name (`Chairs`, `Lighting`), by its English name.
    pub category: Option<&'static Category>,
    /// The part of the day asked for (booking): `morning`, `afternoon`, `evening`.
    pub part_of_day: Option<PartOfDay>,
    /// Which invoices (invoices): `paid`, `open`, `overdue`.
    pub invoice_state: Option<&'static str>,
    /// Products the words fit equally (price, stock, attribute): which one is asked back.
    pub alternatives: Vec<ProductHit>,
}

impl Reading {
    /// The slot `name` as the planner corpus writes it (`Null` when the reading has none).
    pub fn slot(&self, name: &str) -> serde_json::Value {
        use serde_json::{json, Value};
        match name {
            "products" => json!(self.products.iter().map(|p| &p.name).collect::<Vec<_>>()),
            "quantity" => self.quantity.as_ref().map_or(Value::Null, |q| json!(q)),
            "reference" => self.reference.as_ref().map_or(Value::Null, |r| json!(r)),
            "date" => self.date.map_or(Value::Null, |d| json!(d.to_string())),
            "lines" => json!(self
                .lines
                .iter()
                .map(|(p, q)| json!({ "product": p.name, "quantity": q }))
                .collect::<Vec<_>>()),
            "maxPrice" => self.max_price.as_ref().map_or(Value::Null, |p| json!(p)),
            "minPrice" => self.min_price.as_ref().map_or(Value::Null, |p| json!(p)),
            "superlative" => self.superlative.map_or(Value::Null, |s| json!(s)),
            "inStockOnly" => json!(self.in_stock_only),
            "attribute" => self.attribute.map_or(Value::Null, |a| json!(a)),
            "attributeValue" => self.attribute_value.map_or(Value::Null, |v| json!(v)),
            "category" => self.category.map_or(Value::Null, |c| json!(c.name)),
            "partOfDay" => self.part_of_day.map_or(Value::Null, |p| json!(p.name())),
            "invoiceStatus" => self.invoice_state.map_or(Value::Null, |s| json!(s)),
            // A slot this planner does not read yet.
            _ => Value::Null,
        }
    }
}

/// Reads `text` said today: the intent, then its slots.
pub async fn read(text: &str, tools: &Tools) -> Result<Reading, CommerceError> {
    read_on(text, tools, tools.clock().today()).await
}

/// Reads `text` as said on `today` (dates are relative to it).
pub async fn read_on(
    text: &str,
    tools: &Tools,
    today: time::Date,
) -> Result<Reading, CommerceError> {
    let intent = Intent::of(text);
    let value = lexicon::attribute_value(text);
    let mut reading = Reading {
        intent,
        products: Vec::new(),
        quantity: None,
        reference: None,
        date: None,
        lines: Vec::new(),
        kind: String::new(),
        max_price: None,
        min_price: None,
        superlative: None,
        in_stock_only: false,
        // What is asked about ("how heavy"), else what is named ("in black" asks for colour).
        attribute: attribute(text).or(value.map(|(key, _)| key)),
        attribute_value: value.map(|(_, value)| value),
        category: lexicon::category(text),
        part_of_day: None,
        invoice_state: None,
        alternatives: Vec::new(),
    };
    match intent {
        Intent::Compare => {
            let text = text.to_lowercase().replace("side by side", " ");
            for mention in mentions(&text) {
                for hit in named(tools, &mention).await? {
                    if !reading.products.iter().any(|f| f.id == hit.id) {
                        reading.products.push(hit);
                    }
                }
            }
        }
        Intent::Quote | Intent::Reserve => {
            let lines = quote_lines(text);
            reading.quantity = Some(lines.first().map_or("1".to_owned(), |(q, _)| q.clone()));
            // The quantity is the first product's ("how much for 20 pens": not the 1 of "how").
            let mut first = true;
            for (quantity, words) in lines {
                for hit in named(tools, &words).await? {
                    if !reading.products.iter().any(|p| p.id == hit.id) {
                        if first {
                            reading.quantity = Some(quantity.clone());
                            first = false;
                        }
                        reading.products.push(hit.clone());
                        reading.lines.push((hit, quantity.clone()));
                    }
                }
            }
        }
        Intent::ChangeQuote => {
            let (words, quantity) = quote_change(text);
            reading.quantity = quantity;
            reading
                .products
                .extend(named(tools, &words).await?.into_iter().take(1));
        }
        Intent::Price | Intent::Stock | Intent::ProductInfo => {
            let mentioned = mentions(&product_words(text));
            if let ([one], Intent::Stock) = (&mentioned[..], intent) {
                // "Habt ihr Stühle auf Lager?": a kind in stock, not one product.
                if let Some(category) =
                    lexicon::category(one).filter(|c| lexicon::only_names(one, c))
                {
                    reading.intent = Intent::Browse;
                    reading.in_stock_only = true;
                    reading.kind = kind_words(text);
                    reading.category = Some(category);
                    return Ok(reading);
                }
            }
            if let [one] = &mentioned[..] {
                // "The conference chair" when the shop has a steel one and an aluminium one:
                // which one is asked back, rather than guessed.
                let hits = tools
                    .commerce()
                    .search_products(tools.viewer(), one, 3)
                    .await?;
                if let [first, second, ..] = &hits[..] {
                    if !names_product(one, &first.name)
                        && within(one, &first.name)
                        && within(one, &second.name)
                    {
                        reading.alternatives = vec![first.clone(), second.clone()];
                        return Ok(reading);
                    }
                }
            }
            for mention in mentioned {
                for hit in named(tools, &mention).await? {
                    if !reading.products.iter().any(|f| f.id == hit.id) {
                        reading.products.push(hit);
                    }
                }
            }
        }
        Intent::Browse => {
            let (at_most, at_least) = bounds(text);
            reading.max_price = at_most;
            reading.min_price = at_least;
            reading.superlative = superlative(text);
            reading.in_stock_only = in_stock_only(text);
            reading.kind = kind_words(text);
            // "Office chair in stock": a question about that product, not a list.
            let plain = reading.max_price.is_none()
                && reading.min_price.is_none()
                && reading.superlative.is_none();
            // "Do you have the office chair?", "hebben jullie de bureaustoel": the same.
            let have = [
                "have", "got", "heb", "hebt", "hebben", "haben", "habt", "hast", "führt",
                "verkauft",
            ];
            let asks_have = text
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| have.contains(&w));
            if (reading.in_stock_only || asks_have) && plain {
                let named_words = product_words(text);
                if let Some(hit) = best_match(tools, &named_words).await? {
                    if names_product(&named_words, &hit.name) {
                        reading.intent = Intent::Stock;
                        reading.in_stock_only = false;
                        reading.products.push(hit);
                    }
                }
            }
        }
        Intent::Orders | Intent::Ticket | Intent::Reorder => reading.reference = reference(text),
        Intent::Booking => {
            reading.date = super::dates::date_in(text, today);
            reading.part_of_day = PartOfDay::in_text(text);
        }
        Intent::Invoices => reading.invoice_state = lexicon::invoice_state(text),
        _ => {}
    }
    Ok(reading)
}

/// The products one mention names: one, or one each side of "with" when the whole mention is not
/// a product's name ("cabinet with doors" is one; "the large desk with the desk combination" two).
async fn named(tools: &Tools, mention: &str) -> Result<Vec<ProductHit>, CommerceError> {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let soft = |w: &&str| SOFT_SEPARATORS.contains(w);
    let whole = best_match(tools, mention).await?;
    if !words.iter().any(soft) {
        return Ok(whole.into_iter().collect());
    }
    let names_it = whole.as_ref().is_some_and(|hit| {
        hit.name
            .to_lowercase()
            .split_whitespace()
            .any(|w| SOFT_SEPARATORS.contains(&w))
    });
    if names_it {
        return Ok(whole.into_iter().collect());
    }
    let mut hits = Vec::new();
    for part in words.split(soft).filter(|p| !p.is_empty()) {
        hits.extend(best_match(tools, &part.join(" ")).await?);
    }
    Ok(hits)
}

/// The product `words` name best (the store's ranking tolerates words around a name); when none,
/// the words as the catalogue says them ("couch" as "sofa").
async fn best_match(tools: &Tools, words: &str) -> Result<Option<ProductHit>, CommerceError> {
    let search = |words: String| async move {
        let hits = tools
            .commerce()
            .search_products(tools.viewer(), &words, 1)
            .await?;
        Ok::<_, CommerceError>(hits.into_iter().next())
    };
    let whole = search(words.to_owned()).await?;
    // "6 desk combinations for the new office": what it is for is no part of its name, unless
    // every word said is in the name found ("bureau voor vier personen").
    let said: Vec<&str> = words.split_whitespace().collect();
    let cut = said
        .iter()
        .position(|w| PURPOSE.contains(w))
        .filter(|&i| i > 0);
    if let Some(cut) = cut.filter(|_| !whole.as_ref().is_some_and(|h| within(words, &h.name))) {
        let before = said[..cut].join(" ");
        if let Some(hit) = search(before.clone()).await? {
            if within(&before, &hit.name) || whole.is_none() {
                return Ok(Some(hit));
            }
        }
    }
    let said = lexicon::with_synonyms(words);
    if let Some(hit) = &whole {
        // A name holding every word said stands; one holding only some gives way to what the
        // synonyms name in full ("a desk light" is the Desk Lamp, not the Large Desk).
        if said == words || within(words, &hit.name) {
            return Ok(whole);
        }
        return Ok(match search(said.clone()).await? {
            Some(other) if within(&said, &other.name) => Some(other),
            _ => whole,
        });
    }
    match said == words {
        true => Ok(None),
        false => search(said).await,
    }
}
