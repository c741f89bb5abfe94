//! The built-in planner: deterministic, offline, in English, Dutch and German.

use async_trait::async_trait;
use serde_json::json;

use super::{phrases, Planner, Turn};
use crate::commerce::{CommerceError, ProductHit};
use crate::run::RunWriter;
use crate::tools::{emit_tool_call, ToolOutput, ADD_TO_QUOTE, COMPARE_PRODUCTS, SEARCH_PRODUCTS};

/// What a person wants, read from their words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Intent {
    Compare,
    /// Put the draft quote up for approval as an order.
    Submit,
    /// Add a product to the draft quote.
    Quote,
    Browse,
}

/// Word beginnings that ask for a comparison, in all three languages.
const COMPARE_STEMS: &[&str] = &[
    "compar",
    "versus",
    "vs",
    "differ",
    "vergelijk",
    "verschil",
    "vergleich",
    "unterschied",
];

/// Word beginnings that ask for a quote, in all three languages.
const QUOTE_STEMS: &[&str] = &["quot", "offert", "angebot"];

/// Word beginnings that ask to confirm the quote as an order, in all three languages.
const SUBMIT_STEMS: &[&str] = &[
    "approv",
    "submit",
    "confirm",
    "goedkeur",
    "bevestig",
    "indien",
    "genehmig",
    "bestätig",
    "bestaetig",
    "freigeb",
];

/// Words around a product and its quantity in "add 10 office chairs to my quote".
const QUOTE_FILLER: &[&str] = &[
    "add", "put", "to", "into", "in", "my", "the", "a", "please", "voeg", "toe", "aan", "mijn",
    "de", "het", "een", "graag", "füge", "fuege", "zum", "zu", "hinzu", "meinem", "mein", "den",
    "die", "das", "ein", "bitte", "x", "×", "pieces", "stuks", "stück", "stk",
];

/// Words that separate the products in "the chair and the lamp".
const SEPARATORS: &[&str] = &[
    "and", "or", "with", "vs", "versus", "to", "en", "of", "met", "und", "oder", "mit", "&", ",",
];

/// At most this many products side by side.
const MAX_COMPARED: usize = 6;

impl Intent {
    fn of(text: &str) -> Intent {
        let lower = text.to_lowercase();
        let has = |stems: &[&str]| {
            lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| stems.iter().any(|stem| word.starts_with(stem)))
        };
        let (compare, quote) = (has(COMPARE_STEMS), has(QUOTE_STEMS));
        if compare {
            Intent::Compare
        } else if has(SUBMIT_STEMS) {
            Intent::Submit
        } else if quote {
            Intent::Quote
        } else {
            Intent::Browse
        }
    }
}

/// The parts of an utterance that each name one product.
fn mentions(text: &str) -> Vec<String> {
    let lower = text.to_lowercase().replace(',', " , ").replace('&', " & ");
    let mut parts = vec![String::new()];
    for word in lower.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != ',');
        if SEPARATORS.contains(&bare) {
            parts.push(String::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(' ');
            last.push_str(word);
        }
    }
    parts
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The quantity (the first number, `1` when none) and the product words of "add 10 office
/// chairs to my quote".
fn quote_request(text: &str) -> (String, String) {
    let mut quantity = None;
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != ',' && c != '.');
        let number = bare.replace(',', ".");
        if quantity.is_none() && !number.is_empty() && number.parse::<f64>().is_ok_and(|n| n > 0.0)
        {
            quantity = Some(number.trim_end_matches('.').to_owned());
            continue;
        }
        let lower = bare.to_lowercase();
        let filler = QUOTE_FILLER.contains(&lower.as_str())
            || QUOTE_STEMS.iter().any(|stem| lower.starts_with(stem));
        if !filler && !lower.is_empty() {
            words.push(lower);
        }
    }
    (quantity.unwrap_or_else(|| "1".to_owned()), words.join(" "))
}

/// The built-in planner.
#[derive(Clone, Copy, Debug, Default)]
pub struct RulesPlanner;

impl RulesPlanner {
    /// One product per mention, best match each, without repeats.
    async fn named_products(&self, turn: &Turn) -> Result<Vec<ProductHit>, CommerceError> {
        let mut found: Vec<ProductHit> = Vec::new();
        for mention in mentions(&turn.text) {
            let hits = turn
                .tools
                .commerce()
                .search_products(turn.tools.viewer(), &mention, 1)
                .await?;
            if let Some(hit) = hits.into_iter().next() {
                if !found.iter().any(|f| f.id == hit.id) {
                    found.push(hit);
                }
            }
        }
        Ok(found)
    }

    async fn compare(
        &self,
        turn: &Turn,
        out: &mut RunWriter,
        products: &[ProductHit],
    ) -> Result<(), CommerceError> {
        let locale = turn.locale;
        let products = &products[..products.len().min(MAX_COMPARED)];
        let names: Vec<&str> = products.iter().map(|p| p.name.as_str()).collect();
        let ids: Vec<u64> = products.iter().map(|p| p.id).collect();
        let comparison = turn.tools.compare_products(&ids).await?;
        let message_id = out
            .say(&phrases::comparing(
                locale,
                &phrases::join_names(locale, &names),
            ))
            .await;
        let output = ToolOutput::component(&comparison);
        emit_tool_call(
            out,
            &message_id,
            COMPARE_PRODUCTS,
            &json!({ "productIds": ids }),
            &output,
        )
        .await;

        let compared = &comparison.data.products;
        let mut summary = String::new();
        if let Some(cheapest) = compared
            .iter()
            .min_by(|a, b| a.price.as_f64().total_cmp(&b.price.as_f64()))
        {
            summary.push_str(&phrases::cheapest(locale, &cheapest.name, &cheapest.price));
            summary.push_str(phrases::tax_note(locale, cheapest.price.tax_included));
        }
        for product in compared
            .iter()
            .filter(|p| p.stock.available.parse::<f64>().unwrap_or(0.0) <= 0.0)
        {
            summary.push_str(&phrases::out_of_stock(locale, &product.name));
        }
        out.say(&summary).await;
        Ok(())
    }
}

#[async_trait]
impl Planner for RulesPlanner {
    async fn respond(&self, turn: &Turn, out: &mut RunWriter) -> Result<(), CommerceError> {
        let locale = turn.locale;
        match Intent::of(&turn.text) {
            Intent::Compare => {
                let products = self.named_products(turn).await?;
                if products.len() >= 2 {
                    return self.compare(turn, out, &products).await;
                }
                let names: Vec<&str> = products.iter().map(|p| p.name.as_str()).collect();
                out.say(&phrases::need_two(locale, &names)).await;
            }
            Intent::Submit => crate::approvals::request(turn, out).await?,
            Intent::Quote => {
                let (quantity, product) = quote_request(&turn.text);
                let hit = match product.is_empty() {
                    true => None,
                    false => turn
                        .tools
                        .commerce()
                        .search_products(turn.tools.viewer(), &product, 1)
                        .await?
                        .into_iter()
                        .next(),
                };
                let Some(hit) = hit else {
                    out.say(phrases::name_a_product(locale)).await;
                    return Ok(());
                };
                let event =
                    match crate::quotes::add(&turn.tools, &turn.thread, hit.id, &quantity).await {
                        Ok(event) => event,
                        Err(crate::ApiError::StoreUnavailable) => {
                            return Err(CommerceError::Unavailable)
                        }
                        Err(_) => {
                            out.say(phrases::name_a_product(locale)).await;
                            return Ok(());
                        }
                    };
                let message_id = out.say(&phrases::added(locale, &quantity, &hit.name)).await;
                let args = json!({ "productId": hit.id, "quantity": quantity });
                let output = ToolOutput {
                    result: json!({ "added": { "productId": hit.id, "quantity": quantity } }),
                    component: None,
                };
                emit_tool_call(out, &message_id, ADD_TO_QUOTE, &args, &output).await;
                out.emit(event).await;
            }
            Intent::Browse => {
                let grid = turn.tools.search_products(&turn.text, 6).await?;
                if grid.data.products.is_empty() {
                    out.say(phrases::help(locale)).await;
                } else {
                    let message_id = out.say(phrases::found(locale)).await;
                    let args = json!({ "query": turn.text });
                    let output = ToolOutput::component(&grid);
                    emit_tool_call(out, &message_id, SEARCH_PRODUCTS, &args, &output).await;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_requests_in_three_languages() {
        for (text, quantity, product) in [
            ("add 10 office chairs to my quote", "10", "office chairs"),
            (
                "voeg 12 office lamps toe aan mijn offerte",
                "12",
                "office lamps",
            ),
            ("füge 3 Large Desks zum Angebot hinzu", "3", "large desks"),
            ("put the corner desk in my quotation", "1", "corner desk"),
            ("add 2,5 storage box to my quote", "2.5", "storage box"),
        ] {
            assert_eq!(Intent::of(text), Intent::Quote, "{text}");
            assert_eq!(
                quote_request(text),
                (quantity.to_owned(), product.to_owned()),
                "{text}"
            );
        }
        assert_eq!(
            Intent::of("compare the chair and the lamp for my quote"),
            Intent::Compare
        );
        for text in [
            "Request approval for my quote",
            "submit the quote please",
            "Ik wil mijn offerte laten goedkeuren",
            "bevestig de offerte",
            "Bitte das Angebot genehmigen",
            "Angebot bestätigen",
        ] {
            assert_eq!(Intent::of(text), Intent::Submit, "{text}");
        }
    }

    #[test]
    fn compare_intent_in_three_languages() {
        for text in [
            "compare the office chair and the office lamp",
            "Vergelijk de stoel met de lamp",
            "Vergleiche Stuhl und Lampe",
            "chair vs lamp",
        ] {
            assert_eq!(Intent::of(text), Intent::Compare, "{text}");
        }
        assert_eq!(Intent::of("do you have office chairs?"), Intent::Browse);
    }

    #[test]
    fn mentions_split_on_conjunctions_and_commas() {
        assert_eq!(
            mentions("compare the office chair and the office lamp"),
            ["compare the office chair", "the office lamp"]
        );
        assert_eq!(
            mentions("vergleiche Office Chair, Office Lamp und Drawer"),
            ["vergleiche office chair", "office lamp", "drawer"]
        );
        assert_eq!(
            mentions("large desk vs. corner desk"),
            ["large desk", "corner desk"]
        );
    }
}
