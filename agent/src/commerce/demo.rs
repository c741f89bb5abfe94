//! The embedded demo store: a real [`Commerce`] over a catalogue modelled on Odoo's demo company,
//! so the app runs with no set-up. Visibility rules are the same as for Odoo.

use async_trait::async_trait;
use serde::Deserialize;
use showroom_protocol::payload::{
    ComparedProduct, Money, QuoteLine, Stock, StockLevel, Warning, WarningKind,
};

use super::matching::{best, words};
use super::{
    breaks_margin, margin_warning, Commerce, CommerceError, Customer, Image, PricedQuote,
    ProductHit, Role, Viewer,
};

/// The demo company's sales tax (Odoo's Belgian demo: 21 % VAT).
const TAX_PERCENT: i64 = 21;

/// The seed data, compiled in.
const SEED: &str = include_str!("../../data/demo_store.json");

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Seed {
    public_pricelist: Pricelist,
    products: Vec<Product>,
    pricelists: Vec<PricelistRules>,
    customers: Vec<DemoCustomer>,
}

/// A pricelist's rules: a discount on the list price, more from some quantities on.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PricelistRules {
    id: u64,
    #[allow(dead_code)] // shown with the account, later
    name: String,
    discount_percent: String,
    volume_breaks: Vec<VolumeBreak>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct VolumeBreak {
    min_qty: f64,
    discount_percent: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoCustomer {
    id: u64,
    login: String,
    name: String,
    pricelist_id: u64,
    credit_limit: String,
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

    fn money(&self, amount: String) -> Money {
        let list = &self.seed.public_pricelist;
        Money::new(amount, list.currency.clone(), list.tax_included)
    }

    /// The pricelist this viewer buys at; anonymous shoppers and customers without one get the
    /// public prices.
    fn pricelist(&self, viewer: &Viewer) -> Option<&PricelistRules> {
        let Role::Customer { partner_id } = viewer.role else {
            return None;
        };
        let customer = self.seed.customers.iter().find(|c| c.id == partner_id)?;
        self.seed
            .pricelists
            .iter()
            .find(|p| p.id == customer.pricelist_id)
    }

    /// What this viewer pays for one unit at `quantity`, and the list price when that differs.
    fn price(&self, viewer: &Viewer, product: &Product, quantity: f64) -> (Money, Option<Money>) {
        let Some(pricelist) = self.pricelist(viewer) else {
            return (self.money(product.list_price.clone()), None);
        };
        let percent = pricelist
            .volume_breaks
            .iter()
            .filter(|b| quantity >= b.min_qty)
            .map(|b| b.discount_percent.as_str())
            .next_back()
            .unwrap_or(&pricelist.discount_percent);
        let price = discounted(&product.list_price, percent);
        if price == product.list_price {
            (self.money(price), None)
        } else {
            (
                self.money(price),
                Some(self.money(product.list_price.clone())),
            )
        }
    }
}

impl Default for DemoStore {
    fn default() -> Self {
        DemoStore::new()
    }
}

#[async_trait]
impl Commerce for DemoStore {
    async fn sign_in(&self, login: &str, _password: &str) -> Result<Customer, CommerceError> {
        self.seed
            .customers
            .iter()
            .find(|c| c.login.eq_ignore_ascii_case(login.trim()))
            .map(|c| Customer {
                partner_id: c.id,
                name: c.name.clone(),
            })
            .ok_or(CommerceError::SignInRefused)
    }

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
        Ok(
            best(&query, self.visible(viewer), |p| p.name.as_str(), limit)
                .into_iter()
                .map(|p| ProductHit {
                    id: p.id,
                    name: p.name.clone(),
                    price: self.price(viewer, p, 1.0).0,
                })
                .collect(),
        )
    }

    async fn price_quote(
        &self,
        viewer: &Viewer,
        lines: &[(u64, String)],
    ) -> Result<PricedQuote, CommerceError> {
        let customer = match viewer.role {
            Role::Customer { partner_id } => {
                self.seed.customers.iter().find(|c| c.id == partner_id)
            }
            Role::Anonymous => None,
        };
        let mut priced = Vec::new();
        let mut warnings = Vec::new();
        let mut untaxed = 0i64;
        for (id, quantity) in lines {
            let product = self
                .visible(viewer)
                .find(|p| p.id == *id)
                .ok_or(CommerceError::ProductNotFound(*id))?;
            let milli = thousandths(quantity)
                .filter(|q| *q > 0)
                .ok_or_else(|| CommerceError::BadQuantity(quantity.clone()))?;
            let (unit, _) = self.price(viewer, product, milli as f64 / 1000.0);
            let unit_cents = cents(&unit.amount);
            let list_cents = cents(&product.list_price);
            let subtotal = (unit_cents * milli + 500) / 1000;
            untaxed += subtotal;
            // Hundredths of a percent off the list price, for the discount column and the rule.
            let off = if list_cents > 0 {
                (list_cents - unit_cents) * 10_000 / list_cents
            } else {
                0
            };
            let flagged = breaks_margin(unit_cents, list_cents, cents(&product.cost));
            if flagged {
                warnings.push(margin_warning(&product.name));
            }
            priced.push(QuoteLine {
                id: product.id,
                product_id: product.id,
                name: product.name.clone(),
                quantity: quantity.trim().to_owned(),
                uom: product.uom.clone(),
                unit_price: unit,
                discount: (off > 0).then(|| decimal(off)),
                subtotal: self.money(decimal(subtotal)),
                flagged,
            });
        }
        let tax = (untaxed * TAX_PERCENT + 50) / 100;
        let total = untaxed + tax;
        if let Some(customer) = customer {
            let limit = cents(&customer.credit_limit);
            if limit > 0 && total > limit {
                warnings.push(Warning {
                    kind: WarningKind::CreditLimit,
                    message: format!(
                        "This quote ({}) is over {}'s credit limit of {}.",
                        decimal(total),
                        customer.name,
                        customer.credit_limit
                    ),
                });
            }
        }
        Ok(PricedQuote {
            customer: customer.map_or_else(
                || super::guest(viewer.locale).to_owned(),
                |c| c.name.clone(),
            ),
            lines: priced,
            untaxed: self.money(decimal(untaxed)),
            tax: self.money(decimal(tax)),
            total: self.money(decimal(total)),
            warnings,
        })
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
                let (price, list_price) = self.price(viewer, p, 1.0);
                Ok(ComparedProduct {
                    id: p.id,
                    name: p.name.clone(),
                    price,
                    list_price,
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

/// A decimal string in hundredths (cents, or hundredths of a percent).
fn cents(text: &str) -> i64 {
    let (whole, fraction) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
    let fraction: String = fraction.chars().chain("00".chars()).take(2).collect();
    whole.parse::<i64>().unwrap_or(0) * 100 + fraction.parse::<i64>().unwrap_or(0)
}

/// A quantity in thousandths, if it is a plain decimal with at most three decimals.
fn thousandths(text: &str) -> Option<i64> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 9
        || fraction.len() > 3
        || !digits(whole)
        || !digits(fraction)
    {
        return None;
    }
    let fraction: String = fraction.chars().chain("000".chars()).take(3).collect();
    Some(whole.parse::<i64>().ok()? * 1000 + fraction.parse::<i64>().ok()?)
}

/// Hundredths as a decimal string: 12345 → "123.45".
fn decimal(hundredths: i64) -> String {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// `amount` less `percent` %, both decimal strings, rounded half up to the cent.
fn discounted(amount: &str, percent: &str) -> String {
    // Percent in hundredths (12.5 % = 1250), so a half percent is exact.
    let basis = cents(percent);
    let price = cents(amount);
    let discounted = (price * (10_000 - basis) + 5_000) / 10_000;
    format!("{}.{:02}", discounted / 100, discounted % 100)
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
    fn discounts_round_half_up_to_the_cent() {
        assert_eq!(discounted("120.50", "10"), "108.45");
        assert_eq!(discounted("40.00", "12"), "35.20");
        assert_eq!(discounted("19.99", "12.5"), "17.49");
        assert_eq!(discounted("0.05", "50"), "0.03");
        assert_eq!(discounted("120.50", "0"), "120.50");
    }

    #[test]
    fn a_customer_sees_their_pricelist_next_to_the_list_price() {
        let store = DemoStore::new();
        let deco = block_on(store.sign_in("Deco", "")).unwrap();
        assert_eq!(deco.name, "Deco Addict");
        assert_eq!(
            block_on(store.sign_in("nobody", "")),
            Err(CommerceError::SignInRefused)
        );
        let viewer = Viewer::for_customer(Some(&deco), Locale::En);
        let chair = &block_on(store.compare_products(&viewer, &[1])).unwrap()[0];
        assert_eq!(chair.price.amount, "108.45");
        assert_eq!(
            chair.list_price.as_ref().map(|m| m.amount.as_str()),
            Some("120.50")
        );
        // Volume breaks: the "Volume" pricelist gives nothing for one, 5 % from 10, 12 % from 50.
        let azure = Viewer::for_customer(
            Some(&block_on(store.sign_in("azure", "")).unwrap()),
            Locale::En,
        );
        let product = store.seed.products.iter().find(|p| p.id == 1).unwrap();
        assert_eq!(
            store.price(&azure, product, 1.0),
            (Money::new("120.50", "EUR", false), None)
        );
        assert_eq!(store.price(&azure, product, 10.0).0.amount, "114.48");
        assert_eq!(store.price(&azure, product, 60.0).0.amount, "106.04");
        // Anonymous shoppers: the public price, no list price beside it.
        let anonymous =
            &block_on(store.compare_products(&Viewer::anonymous(Locale::En), &[1])).unwrap()[0];
        assert_eq!(
            (
                anonymous.price.amount.as_str(),
                anonymous.list_price.is_none()
            ),
            ("120.50", true)
        );
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

    #[test]
    fn a_quote_is_priced_with_volume_breaks_tax_and_the_store_rules() {
        let store = DemoStore::new();
        let azure = Viewer::for_customer(
            Some(&block_on(store.sign_in("azure", "")).unwrap()),
            Locale::En,
        );
        // Ten chairs: the Volume pricelist's 5 % from 10 (114.48 each); one lamp at list price.
        let quote =
            block_on(store.price_quote(&azure, &[(1, "10".into()), (5, "1".into())])).unwrap();
        assert_eq!(quote.customer, "Azure Interior");
        assert_eq!(quote.lines[0].unit_price.amount, "114.48");
        assert_eq!(quote.lines[0].discount.as_deref(), Some("4.99"));
        assert_eq!(quote.lines[0].subtotal.amount, "1144.80");
        assert_eq!(quote.lines[1].subtotal.amount, "40.00");
        assert_eq!(quote.untaxed.amount, "1184.80");
        assert_eq!(quote.tax.amount, "248.81");
        assert_eq!(quote.total.amount, "1433.61");
        assert!(quote.warnings.is_empty());
        assert!(quote.lines.iter().all(|l| !l.flagged));

        // A small customer limit: Ready Mat (5,000.00) ordering fifty chairs is warned.
        let readymat = Viewer::for_customer(
            Some(&block_on(store.sign_in("readymat", "")).unwrap()),
            Locale::En,
        );
        let big = block_on(store.price_quote(&readymat, &[(1, "50".into())])).unwrap();
        assert_eq!(big.total.amount, "7290.25");
        assert!(
            big.warnings
                .iter()
                .any(|w| w.kind == WarningKind::CreditLimit),
            "{big:?}"
        );

        // Quantities are decimals; anything else, and products one may not see, are refused.
        assert!(block_on(store.price_quote(&azure, &[(1, "2.5".into())])).is_ok());
        for bad in ["0", "-1", "1e3", "abc", ""] {
            assert_eq!(
                block_on(store.price_quote(&azure, &[(1, bad.into())])),
                Err(CommerceError::BadQuantity(bad.into())),
                "{bad}"
            );
        }
        let hidden = store
            .seed
            .products
            .iter()
            .find(|p| !p.published)
            .unwrap()
            .id;
        assert_eq!(
            block_on(store.price_quote(&azure, &[(hidden, "1".into())])),
            Err(CommerceError::ProductNotFound(hidden))
        );
    }

    #[test]
    fn the_margin_rules_flag_deep_discounts_and_thin_margins() {
        // List 100.00, cost 60.00: 20 % off is allowed, 20.01 % is not…
        assert!(!breaks_margin(8000, 10000, 6000));
        assert!(breaks_margin(7999, 10000, 6000));
        // …and never under cost + 10 % (66.00), whatever the discount.
        assert!(breaks_margin(6599, 6800, 6000));
        assert!(!breaks_margin(6600, 6800, 6000));
        // Volume's 12 % at fifty chairs is within both rules.
        let store = DemoStore::new();
        let azure = Viewer::for_customer(
            Some(&block_on(store.sign_in("azure", "")).unwrap()),
            Locale::En,
        );
        let fifty = block_on(store.price_quote(&azure, &[(1, "50".into())])).unwrap();
        assert!(!fifty.lines[0].flagged && fifty.warnings.is_empty());
    }
}
