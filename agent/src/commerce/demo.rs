//! The embedded demo store: a real [`Commerce`] over a catalogue modelled on Odoo's demo company,
//! so the app runs with no set-up. Visibility rules are the same as for Odoo.

use async_trait::async_trait;
use serde::Deserialize;
use showroom_protocol::payload::{ComparedProduct, Money, Stock, StockLevel};

use super::matching::{score, words};
use super::{Commerce, CommerceError, Image, ProductHit, Viewer};

/// The seed data, compiled in.
const SEED: &str = include_str!("../../data/demo_store.json");

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Seed {
    public_pricelist: Pricelist,
    products: Vec<Product>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Pricelist {
    currency: String,
    tax_included: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Product {
    id: u64,
    name: String,
    list_price: String,
    /// Never leaves the server: margin checks only.
    #[allow(dead_code)]
    cost: String,
    free_qty: f64,
    uom: String,
    /// Gives the drawn picture its colour.
    category: String,
    published: bool,
    sale_ok: bool,
    attributes: Vec<(String, String)>,
}

/// The demo catalogue, read once from the seed.
pub struct DemoStore {
    seed: Seed,
}

impl DemoStore {
    pub fn new() -> DemoStore {
        let seed = serde_json::from_str(SEED).expect("agent/data/demo_store.json is valid");
        DemoStore { seed }
    }

    /// Products this viewer may see: anonymous shoppers only published, saleable ones.
    /// Signed-in customers see the same catalogue; what differs for them is price (pricelists).
    fn visible<'a>(&'a self, _viewer: &Viewer) -> impl Iterator<Item = &'a Product> + 'a {
        self.seed
            .products
            .iter()
            .filter(|p| p.published && p.sale_ok)
    }

    fn price(&self, product: &Product) -> Money {
        let list = &self.seed.public_pricelist;
        Money::new(
            product.list_price.clone(),
            list.currency.clone(),
            list.tax_included,
        )
    }
}

impl Default for DemoStore {
    fn default() -> Self {
        DemoStore::new()
    }
}

#[async_trait]
impl Commerce for DemoStore {
    async fn product_image(&self, viewer: &Viewer, id: u64) -> Result<Image, CommerceError> {
        let product = self
            .visible(viewer)
            .find(|p| p.id == id)
            .ok_or(CommerceError::ProductNotFound(id))?;
        Ok(Image {
            content_type: "image/svg+xml",
            bytes: picture(&product.name, &product.category).into_bytes(),
        })
    }

    async fn search_products(
        &self,
        viewer: &Viewer,
        query: &str,
        limit: usize,
    ) -> Result<Vec<ProductHit>, CommerceError> {
        let query = words(query);
        let mut hits: Vec<(f64, &Product)> = self
            .visible(viewer)
            .filter_map(|p| score(&query, &p.name).map(|s| (s, p)))
            .collect();
        hits.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(a.1.name.len().cmp(&b.1.name.len()))
        });
        Ok(hits
            .into_iter()
            .take(limit)
            .map(|(_, p)| ProductHit {
                id: p.id,
                name: p.name.clone(),
                price: self.price(p),
            })
            .collect())
    }

    async fn compare_products(
        &self,
        viewer: &Viewer,
        ids: &[u64],
    ) -> Result<Vec<ComparedProduct>, CommerceError> {
        ids.iter()
            .map(|&id| {
                let p = self
                    .visible(viewer)
                    .find(|p| p.id == id)
                    .ok_or(CommerceError::ProductNotFound(id))?;
                Ok(ComparedProduct {
                    id: p.id,
                    name: p.name.clone(),
                    price: self.price(p),
                    list_price: None,
                    uom: p.uom.clone(),
                    stock: Stock {
                        level: StockLevel::from_quantity(p.free_qty),
                        available: format!("{}", p.free_qty),
                    },
                    attributes: p.attributes.clone(),
                })
            })
            .collect()
    }
}

/// The demo store has no photographs: each product gets a drawn card, its initials on a colour
/// of its category, the same every time.
fn picture(name: &str, category: &str) -> String {
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    let hue = category
        .bytes()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
        % 360;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\">\
         <rect width=\"256\" height=\"256\" rx=\"24\" fill=\"hsl({hue} 45% 88%)\"/>\
         <text x=\"128\" y=\"150\" font-family=\"sans-serif\" font-size=\"84\" text-anchor=\"middle\" \
         fill=\"hsl({hue} 40% 30%)\">{}</text></svg>",
        escape(&initials)
    )
}

/// Text for an XML document.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Locale;

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn search_finds_the_named_product_first() {
        let store = DemoStore::new();
        let viewer = Viewer::anonymous(Locale::En);
        let hits = block_on(store.search_products(&viewer, "office chair", 3)).unwrap();
        assert_eq!(hits[0].name, "Office Chair");
        let hits = block_on(store.search_products(&viewer, "ofice lamp", 3)).unwrap();
        assert_eq!(hits[0].name, "Office Lamp");
        assert_eq!(hits[0].price, Money::new("40.00", "EUR", false));
    }

    #[test]
    fn unpublished_products_are_invisible_to_search_and_by_id() {
        let store = DemoStore::new();
        let viewer = Viewer::anonymous(Locale::En);
        let hidden = store.seed.products.iter().find(|p| !p.published).unwrap();
        let hits = block_on(store.search_products(&viewer, &hidden.name, 5)).unwrap();
        assert!(hits.iter().all(|h| h.id != hidden.id));
        let err = block_on(store.compare_products(&viewer, &[1, hidden.id])).unwrap_err();
        assert_eq!(err, CommerceError::ProductNotFound(hidden.id));
    }

    #[test]
    fn comparison_keeps_order_and_reports_stock() {
        let store = DemoStore::new();
        let viewer = Viewer::anonymous(Locale::En);
        let rows = block_on(store.compare_products(&viewer, &[5, 1])).unwrap();
        assert_eq!(
            rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
            ["Office Lamp", "Office Chair"]
        );
        assert_eq!(rows[0].stock.available, "45");
        assert_eq!(rows[0].stock.level, StockLevel::InStock);
    }
}
