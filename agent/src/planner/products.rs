//! The built-in planner's answers about products: what one costs, whether it is in stock, one of
//! its attributes, and products of a kind — filtered by price or stock, ranked by price or
//! weight. Every figure said is in the tool result shown beside it.

use serde_json::json;
use showroom_commerce::{Decimal, Product};
use showroom_i18n::planner;
use showroom_protocol::payload::{Payload, ProductCard, ProductGrid};

use super::filters::ATTRIBUTE_NAMES;
use super::lexicon::{self, Category};
use super::reading::Reading;
use super::{phrases, Turn};
use crate::locale::{format_money, Locale};
use crate::present;
use crate::run::RunWriter;
use crate::tools::{
    emit_tool_call_into, read_showing, ToolOutput, PRODUCT_DETAILS, SEARCH_PRODUCTS,
};
use showroom_commerce::CommerceError;

/// How many products a search reads before it filters and ranks them.
const CANDIDATES: usize = 40;
/// How many products a list shows.
const SHOWN: usize = 6;
/// Below this many a product is low in stock (as the components show it).
const LOW_STOCK: Decimal = Decimal::from_parts(10, 0, 0, false, 0);

/// What a product costs, whether it is in stock, or one of its attributes: the product's card and
/// a sentence, for the first product named.
pub async fn about(
    turn: &Turn,
    out: &mut RunWriter,
    reading: &Reading,
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    if let [first, second, ..] = &reading.alternatives[..] {
        out.say(&planner::which_one(locale, &first.name, &second.name))
            .await;
        return Ok(());
    }
    let Some(hit) = reading.products.first() else {
        out.say(planner::WHICH_PRODUCT.get(locale)).await;
        return Ok(());
    };
    let (details, skeleton) =
        read_showing::<ProductCard, _>(out, turn.tools.product_details(hit.id)).await;
    let (product, output) = details?;
    let said = match reading.intent {
        super::intent::Intent::Stock => stock_said(locale, &product),
        super::intent::Intent::ProductInfo => attribute_said(locale, &product, reading.attribute),
        _ => price_said(locale, &product),
    };
    let message_id = out.say(&said).await;
    let args = json!({ "productId": hit.id });
    emit_tool_call_into(out, &message_id, PRODUCT_DETAILS, &args, &output, skeleton).await;
    Ok(())
}

fn price_said(locale: Locale, product: &Product) -> String {
    let price = format_money(locale, &present::money(&product.price));
    let mut said = match &product.list_price {
        Some(list) => planner::price_with_list(
            locale,
            &product.name,
            &price,
            &product.uom,
            &format_money(locale, &present::money(list)),
        ),
        None => planner::price(locale, &product.name, &price, &product.uom),
    };
    said.push_str(phrases::tax_note(locale, product.price.tax_included()));
    said
}

fn stock_said(locale: Locale, product: &Product) -> String {
    let available = quantity(locale, product.available);
    if product.available <= Decimal::ZERO {
        planner::no_stock(locale, &product.name)
    } else if product.available < LOW_STOCK {
        planner::low_stock(locale, &available, &product.uom, &product.name)
    } else {
        planner::in_stock(locale, &product.name, &available, &product.uom)
    }
}

/// The attribute asked about, as the shop lists it; what it does list when it has not that one.
fn attribute_said(locale: Locale, product: &Product, asked: Option<&str>) -> String {
    if asked.is_none() {
        // "Tell me about it", "specs": everything the shop lists.
        let listed: Vec<String> = (product.attributes.iter())
            .map(|(name, value)| format!("{name} {value}"))
            .collect();
        let listed: Vec<&str> = listed.iter().map(String::as_str).collect();
        return planner::attributes(locale, &product.name, &phrases::join_names(locale, &listed));
    }
    let found = asked.and_then(|key| {
        product
            .attributes
            .iter()
            .find(|(name, _)| names_attribute(name, key))
    });
    match found {
        Some((name, value)) => planner::attribute(locale, name, &product.name, value),
        None => {
            let listed: Vec<&str> = product.attributes.iter().map(|(n, _)| n.as_str()).collect();
            planner::attribute_unknown(locale, &product.name, &phrases::join_names(locale, &listed))
        }
    }
}

/// True when the shop's attribute `name` (in any of our languages) is the attribute `key`.
fn names_attribute(name: &str, key: &str) -> bool {
    let name = name.to_lowercase();
    ATTRIBUTE_NAMES
        .iter()
        .filter(|(k, _)| *k == key)
        .flat_map(|(_, names)| names.iter())
        .any(|n| name.starts_with(n))
}

/// A quantity in a sentence, with the locale's decimal sign.
fn quantity(locale: Locale, value: Decimal) -> String {
    let text = value.normalize().to_string();
    match locale {
        Locale::En => text,
        _ => text.replace('.', ","),
    }
}

/// A product's weight in kilograms, from its weight attribute ("11.2 kg", "11,2 kg", "600 g").
fn weight_kg(product: &Product) -> Option<Decimal> {
    let (_, value) = product
        .attributes
        .iter()
        .find(|(name, _)| names_attribute(name, "weight"))?;
    let value = value.to_lowercase().replace(',', ".");
    let number: String = value
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let amount = showroom_commerce::money::parse(&number)?;
    let unit = value[number.len()..].trim();
    match unit {
        "g" => Some(amount / Decimal::ONE_THOUSAND),
        _ => Some(amount),
    }
}

/// Products of a kind, filtered and ranked as asked, as a grid with a sentence.
pub async fn browse(
    turn: &Turn,
    out: &mut RunWriter,
    reading: &Reading,
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    let query = if reading.kind.is_empty() {
        turn.text.as_str()
    } else {
        reading.kind.as_str()
    };
    let category = reading.category;
    let whole = category.filter(|c| query == turn.text || lexicon::only_names(query, c));
    let (found, skeleton) = match whole {
        // "Lighting", "accessoires": the category's products rather than names like the word.
        Some(category) => read_showing::<ProductGrid, _>(out, in_category(turn, category)).await,
        None => read_showing::<ProductGrid, _>(out, turn.tools.find(query, CANDIDATES)).await,
    };
    let mut found = found?;
    if found.is_empty() {
        if let Some(category) = category.filter(|_| whole.is_none()) {
            // No name is like the words, but they name a kind the shop has.
            found = in_category(turn, category).await?;
        }
    }
    if found.is_empty() {
        if let Some(message_id) = skeleton {
            // The skeleton shown while searching ends as what was found: nothing.
            let none = turn.tools.envelope(present::grid(query, Vec::new()));
            let content = none.to_value();
            out.emit(crate::quotes::replaced(
                &message_id,
                ProductGrid::ACTIVITY_TYPE,
                &content,
            ))
            .await;
        }
        out.say(planner::HELP.get(locale)).await;
        return Ok(());
    }
    let bound = |b: &Option<String>| b.as_deref().and_then(showroom_commerce::money::parse);
    let (at_most, at_least) = (bound(&reading.max_price), bound(&reading.min_price));
    let mut matching: Vec<Product> = found
        .iter()
        .filter(|p| at_most.is_none_or(|max| p.price.value() <= max))
        .filter(|p| at_least.is_none_or(|min| p.price.value() >= min))
        .filter(|p| !reading.in_stock_only || p.available > Decimal::ZERO)
        .cloned()
        .collect();
    match reading.superlative {
        Some("cheapest") => matching.sort_by_key(|p| p.price.value()),
        Some("most_expensive") => matching.sort_by_key(|p| std::cmp::Reverse(p.price.value())),
        Some("lightest") => {
            matching.retain(|p| weight_kg(p).is_some());
            matching.sort_by_key(weight_kg);
        }
        Some("heaviest") => {
            matching.retain(|p| weight_kg(p).is_some());
            matching.sort_by_key(|p| std::cmp::Reverse(weight_kg(p)));
        }
        _ => {}
    }
    let (products, mut said) = if matching.is_empty() {
        let mut shown = found;
        shown.truncate(SHOWN);
        (shown, planner::NONE_MATCH.get(locale).to_owned())
    } else {
        let best = superlative_said(locale, reading.superlative, &matching[0]);
        matching.truncate(SHOWN);
        (
            matching,
            best.unwrap_or_else(|| planner::FOUND.get(locale).to_owned()),
        )
    };
    if let Some(first) = products.first() {
        if reading.max_price.is_some() || reading.min_price.is_some() {
            said.push_str(phrases::tax_note(locale, first.price.tax_included()));
        }
    }
    let message_id = out.say(&said).await;
    // What the sentence may cite beyond the cards (a weight) is in the result too.
    let attributes: Vec<_> = (products.iter())
        .map(|p| json!({ "productId": p.id, "attributes": p.attributes }))
        .collect();
    let grid = turn.tools.envelope(ProductGrid {
        query: Some(query.to_owned()),
        products: products.into_iter().map(present::product_summary).collect(),
        total: None,
    });
    let mut args = json!({ "query": query });
    for (key, value) in [
        ("maxPrice", &reading.max_price),
        ("minPrice", &reading.min_price),
    ] {
        if let Some(value) = value {
            args[key] = json!(value);
        }
    }
    if reading.in_stock_only {
        args["inStockOnly"] = json!(true);
    }
    if let Some(superlative) = reading.superlative {
        args["rank"] = json!(superlative);
    }
    let output = ToolOutput {
        result: json!({ "products": grid.data.products, "attributes": attributes }),
        component: ToolOutput::component(&grid).component,
    };
    emit_tool_call_into(out, &message_id, SEARCH_PRODUCTS, &args, &output, skeleton).await;
    Ok(())
}

/// The products of a category: each of its search words' best, in order, each once.
async fn in_category(turn: &Turn, category: &Category) -> Result<Vec<Product>, CommerceError> {
    let mut found: Vec<Product> = Vec::new();
    for words in &category.search {
        for product in turn.tools.find(words, CANDIDATES).await? {
            if !found.iter().any(|p| p.id == product.id) {
                found.push(product);
            }
        }
    }
    Ok(found)
}

/// "The Desk Lamp is the least expensive at €29.00", for the first of the ranked products.
fn superlative_said(locale: Locale, superlative: Option<&str>, first: &Product) -> Option<String> {
    let price = || format_money(locale, &present::money(&first.price));
    let weight = || {
        first
            .attributes
            .iter()
            .find(|(name, _)| names_attribute(name, "weight"))
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
    };
    Some(match superlative? {
        "cheapest" => planner::cheapest(locale, &first.name, &price()),
        "most_expensive" => planner::most_expensive(locale, &first.name, &price()),
        "lightest" => planner::lightest(locale, &first.name, &weight()),
        "heaviest" => planner::heaviest(locale, &first.name, &weight()),
        _ => return None,
    })
}
