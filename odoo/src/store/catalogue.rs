//! A shopper's search over a large catalogue: the products and their attributes in one
//! `web_search_read`, the best candidates first, then the customer's prices.
//!
//! On 10,000 products a word's stem matches thousands of names, and Odoo hands over only the
//! first `CANDIDATES` by id: with any word enough, the products that have *every* word can be
//! left out before the fuzzy ranking sees them. So Odoo is first asked for names with every
//! word (or the query as an internal reference or barcode); only when none has every word —
//! a typo at a word's start, a word no name has — is it asked for names with all the words but
//! one (any of them, for two words).

use serde_json::{json, Value};
use showroom_commerce::matching::{best, words};
use showroom_commerce::money::from_json;
use showroom_commerce::{CommerceError, Decimal, Product, ProductHit, Role, Viewer};

use super::values::many2one_name;
use super::{OdooCommerce, CANDIDATES};

/// Longer queries are not asked with every word but one: the domain grows with the square.
const MOST_WORDS: usize = 5;

/// What `web_search_read` reads of each product: `compare_products`' fields, the unit's and
/// attributes' names with them, and the codes the query may be.
fn specification() -> Value {
    json!({
        "name": {},
        "lst_price": {},
        "free_qty": {},
        "uom_id": {"fields": {"display_name": {}}},
        "sale_ok": {},
        "is_published": {},
        "default_code": {},
        "barcode": {},
        "product_template_attribute_value_ids": {"fields": {
            "attribute_id": {"fields": {"display_name": {}}},
            "name": {},
        }},
    })
}

/// `name ilike` each word's first four letters (a typo at its end still finds it).
fn name_has(word: &str) -> Value {
    let stem: String = word.chars().take(4).collect();
    json!(["name", "ilike", stem])
}

/// Odoo's domain for every one of `terms`, each a domain leaf or a whole domain in prefix form.
fn all_of(terms: Vec<Vec<Value>>) -> Vec<Value> {
    let mut domain: Vec<Value> = (1..terms.len()).map(|_| json!("&")).collect();
    domain.extend(terms.into_iter().flatten());
    domain
}

/// Odoo's domain for any one of `terms`.
fn any_of(terms: Vec<Vec<Value>>) -> Vec<Value> {
    let mut domain: Vec<Value> = (1..terms.len()).map(|_| json!("|")).collect();
    domain.extend(terms.into_iter().flatten());
    domain
}

/// Names with every word, or the query as an internal reference or barcode.
fn every_word_or_code(words: &[String], query: &str) -> Vec<Value> {
    let code = query.trim();
    any_of(vec![
        all_of(words.iter().map(|w| vec![name_has(w)]).collect()),
        vec![json!(["default_code", "=ilike", code])],
        vec![json!(["barcode", "=", code])],
    ])
}

/// Names with every word but one, any one (for a long query: any word).
fn all_but_one(words: &[String]) -> Vec<Value> {
    if words.len() > MOST_WORDS {
        return any_of(words.iter().map(|w| vec![name_has(w)]).collect());
    }
    any_of(
        (0..words.len())
            .map(|left_out| {
                let rest = words.iter().enumerate().filter(|(i, _)| *i != left_out);
                all_of(rest.map(|(_, w)| vec![name_has(w)]).collect())
            })
            .collect(),
    )
}

impl OdooCommerce {
    /// The products `query` names, best first: one round trip for a shopper (two when no name
    /// has every word), one more for a customer's prices.
    pub(super) async fn find(
        &self,
        viewer: &Viewer,
        query: &str,
        limit: usize,
    ) -> Result<Vec<Product>, CommerceError> {
        let words = words(query);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let mut candidates = self
            .candidates(viewer, every_word_or_code(&words, query))
            .await?;
        if candidates.is_empty() && words.len() > 1 {
            candidates = self.candidates(viewer, all_but_one(&words)).await?;
        }
        // A product whose reference or barcode the query is comes first; the rest by name.
        let code = query.trim();
        let is_code = |p: &Value| {
            p["default_code"]
                .as_str()
                .is_some_and(|c| c.eq_ignore_ascii_case(code))
                || p["barcode"].as_str() == Some(code)
        };
        let (coded, named): (Vec<&Value>, Vec<&Value>) =
            candidates.iter().partition(|p| is_code(p));
        let mut found = coded;
        found.truncate(limit);
        let rest = limit - found.len();
        found.extend(best(
            &words,
            named,
            |p| p["name"].as_str().unwrap_or_default(),
            rest,
        ));
        let ids: Vec<u64> = found.iter().filter_map(|p| p["id"].as_u64()).collect();
        let prices = match viewer.role {
            Role::Customer { partner_id } if !ids.is_empty() => {
                Some(self.customer_prices(partner_id, &ids).await?)
            }
            _ => None,
        };
        found
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let attributes = p["product_template_attribute_value_ids"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|v| {
                        let attribute = v["attribute_id"]["display_name"].as_str();
                        let value = v["name"].as_str();
                        (
                            attribute.unwrap_or_default().to_owned(),
                            value.unwrap_or_default().to_owned(),
                        )
                    })
                    .collect();
                let unit = p["uom_id"]["display_name"].as_str().unwrap_or_default();
                let price = prices.as_ref().and_then(|prices| prices[i]);
                self.product(p, unit.to_owned(), attributes, price)
            })
            .collect()
    }

    /// Products for sale on the website matching `domain`, at most [`CANDIDATES`] by id, read
    /// in the viewer's language with their unit and attributes.
    async fn candidates(
        &self,
        viewer: &Viewer,
        domain: Vec<Value>,
    ) -> Result<Vec<Value>, CommerceError> {
        let mut visible = vec![
            json!(["sale_ok", "=", true]),
            json!(["is_published", "=", true]),
        ];
        visible.extend(domain);
        let params = serde_json::Map::from_iter([
            ("domain".to_owned(), Value::Array(visible)),
            ("specification".to_owned(), specification()),
            ("limit".to_owned(), json!(CANDIDATES)),
            ("order".to_owned(), json!("id")),
        ]);
        let answer = self
            .in_language_it_has(&viewer.language, |context| {
                self.client.call(
                    "product.product",
                    "web_search_read",
                    None,
                    params.clone(),
                    context,
                    crate::Call::Read,
                )
            })
            .await?;
        Ok(answer["records"].as_array().cloned().unwrap_or_default())
    }

    /// A product as Odoo has it (`lst_price`, `free_qty`), with its unit's and attributes'
    /// names, at the customer's price when they have one other than the list price.
    pub(super) fn product(
        &self,
        p: &Value,
        uom: String,
        attributes: Vec<(String, String)>,
        customer_price: Option<Decimal>,
    ) -> Result<Product, CommerceError> {
        let list = self.money_of(p, "lst_price")?;
        let (price, list_price) = match customer_price {
            Some(price) => {
                let price = self.money(price);
                let list_price = (price != list).then_some(list);
                (price, list_price)
            }
            None => (list, None),
        };
        let available = from_json(&p["free_qty"], "free_qty")?;
        Ok(Product {
            id: p["id"].as_u64().unwrap_or_default(),
            name: p["name"].as_str().unwrap_or_default().to_owned(),
            price,
            list_price,
            uom,
            available: available.normalize(),
            attributes,
        })
    }
}

/// The unit's name of a product as `read` has it (`[id, name]`).
pub(super) fn unit_of(p: &Value) -> String {
    many2one_name(&p["uom_id"])
}

impl OdooCommerce {
    /// The products `query` names for the planner to resolve, best first, with their prices:
    /// Odoo narrows (any word's beginning, so a typo at its end still finds it), and the same
    /// fuzzy ranking as the demo store picks the best; when no name fits, the words may be an
    /// internal reference or a barcode.
    pub(super) async fn hits(
        &self,
        viewer: &Viewer,
        query: &str,
        limit: usize,
    ) -> Result<Vec<ProductHit>, CommerceError> {
        let words = words(query);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let mut domain = vec![
            json!(["sale_ok", "=", true]),
            json!(["is_published", "=", true]),
        ];
        domain.extend((1..words.len()).map(|_| json!("|")));
        domain.extend(words.iter().map(|w| {
            let stem: String = w.chars().take(4).collect();
            json!(["name", "ilike", stem])
        }));
        let domain = Value::Array(domain);
        let candidates = self
            .in_language_it_has(&viewer.language, |context| {
                self.client.search_read(
                    "product.product",
                    domain.clone(),
                    &["name", "lst_price"],
                    Some(CANDIDATES),
                    Some("id"),
                    context,
                )
            })
            .await?;
        let mut found = best(
            &words,
            &candidates,
            |p| p["name"].as_str().unwrap_or_default(),
            limit,
        );
        // No name fits: perhaps it is a product's internal reference (SKU) or barcode.
        let by_code;
        if found.is_empty() {
            let code = query.trim();
            let domain = json!([
                ["sale_ok", "=", true],
                ["is_published", "=", true],
                "|",
                ["default_code", "=ilike", code],
                ["barcode", "=", code]
            ]);
            by_code = self
                .in_language_it_has(&viewer.language, |context| {
                    self.client.search_read(
                        "product.product",
                        domain.clone(),
                        &["name", "lst_price"],
                        Some(limit as u32),
                        Some("id"),
                        context,
                    )
                })
                .await?;
            found = by_code.iter().collect();
        }
        found
            .into_iter()
            .map(|p| {
                Ok(ProductHit {
                    id: p["id"].as_u64().unwrap_or_default(),
                    name: p["name"].as_str().unwrap_or_default().to_owned(),
                    price: self.money_of(p, "lst_price")?,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_of(query: &str) -> Vec<String> {
        words(query)
    }

    #[test]
    fn every_word_is_asked_for_before_any_word() {
        let domain = every_word_or_code(&words_of("oak standing desk"), "oak standing desk");
        assert_eq!(
            Value::Array(domain),
            json!([
                "|",
                "|",
                "&",
                "&",
                ["name", "ilike", "oak"],
                ["name", "ilike", "stan"],
                ["name", "ilike", "desk"],
                ["default_code", "=ilike", "oak standing desk"],
                ["barcode", "=", "oak standing desk"]
            ])
        );
    }

    #[test]
    fn then_every_word_but_one() {
        let domain = all_but_one(&words_of("ergonomic office chiar"));
        assert_eq!(
            Value::Array(domain),
            json!([
                "|",
                "|",
                "&",
                ["name", "ilike", "offi"],
                ["name", "ilike", "chia"],
                "&",
                ["name", "ilike", "ergo"],
                ["name", "ilike", "chia"],
                "&",
                ["name", "ilike", "ergo"],
                ["name", "ilike", "offi"]
            ])
        );
        assert_eq!(
            Value::Array(all_but_one(&words_of("oak dsek"))),
            json!(["|", ["name", "ilike", "dsek"], ["name", "ilike", "oak"]])
        );
    }
}
