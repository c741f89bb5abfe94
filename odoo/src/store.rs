//! Odoo as the store: the [`Commerce`] operations as calls through `showroom-odoo`, as the bot
//! user, every query scoped to what the viewer may see. Prices for a signed-in customer come
//! from Odoo itself (`sale.order.onchange` on an unsaved order: their pricelist, all lines in
//! one round trip, nothing written).

use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

use async_trait::async_trait;
use base64::Engine;
use serde_json::{json, Map, Value};
use showroom_commerce::money::{self, from_json};
use showroom_commerce::{
    Account, Amount, Booking, Clock, Commerce, CommerceError, Currency, Customer, Decimal, Image,
    Invoices, Language, NewTicket, Order, OrderSummary, OverCredit, PricedLine, PricedQuote,
    Product, ProductHit, Quotation, QuotationNotes, Role, Rules, Ticket, Verdict, Viewer, Visits,
};

use crate::{OdooClient, OdooConfig, OdooError};

/// How many products Odoo hands over for ranking, at most.
const CANDIDATES: u32 = 40;

const PRODUCT_FIELDS: &[&str] = &[
    "name",
    "lst_price",
    "free_qty",
    "uom_id",
    "sale_ok",
    "is_published",
    "product_template_attribute_value_ids",
];

pub struct OdooCommerce {
    client: OdooClient,
    /// The company's currency: every amount Odoo sends is in it, written at its decimals.
    currency: Currency,
    /// Odoo's own address, for links to its customer portal.
    base_url: String,
    /// The user the connector signs in as: the advisor whose calendar visits are booked in.
    login: String,
    /// What time it is: which visits are still free, when a ticket was opened.
    clock: Clock,
    /// Price rules the shop configured on top of Odoo's prices (none by default).
    rules: Rules,
    /// Languages Odoo refused as not active ("Invalid language code"): asked without one since.
    inactive_languages: Mutex<Vec<String>>,
    /// Odoo has no website stock setting (`website_sale_stock` not installed): it sells any
    /// quantity, and the field is not asked for again.
    no_stock_policy: AtomicBool,
}

mod booking;
mod catalogue;
mod customers;
mod orders;
mod pricing;
mod records;
mod tickets;
mod values;

use values::{in_language, many2one_name};

impl OdooCommerce {
    /// Signs the bot user in and reads the company's currency.
    pub async fn connect(config: &OdooConfig, clock: Clock) -> Result<OdooCommerce, OdooError> {
        let client = OdooClient::connect(config).await?;
        let company = client
            .search_read(
                "res.company",
                json!([]),
                &["currency_id"],
                Some(1),
                Some("id"),
                None,
            )
            .await?;
        let currency = company
            .first()
            .map(|c| Currency::new(&many2one_name(&c["currency_id"])))
            .unwrap_or_else(|| Currency::new("EUR"));
        Ok(OdooCommerce {
            client,
            currency,
            base_url: config.url.trim_end_matches('/').to_owned(),
            login: config.login.clone(),
            clock,
            rules: Rules::default(),
            inactive_languages: Mutex::default(),
            no_stock_policy: AtomicBool::default(),
        })
    }

    /// The same store, applying the price rules the shop configured.
    pub fn with_rules(self, rules: Rules) -> OdooCommerce {
        OdooCommerce { rules, ..self }
    }

    /// How many HTTP requests the store has made (tests assert on it).
    pub fn round_trips(&self) -> u64 {
        self.client.round_trips()
    }

    /// A price or subtotal before tax, in the company's currency: Odoo's `lst_price`,
    /// `price_unit`, `price_subtotal` and `amount_untaxed` are without tax whatever the
    /// website shows (the website adds tax to them itself when it is set to show prices with
    /// tax, `show_line_subtotals_tax_selection`; we do not compute tax).
    fn money(&self, amount: Decimal) -> Amount {
        self.currency.amount(amount, false)
    }

    /// An amount Odoo states with tax in it, in the company's currency: a total
    /// (`amount_total`), what a customer owes (`credit`, a signed residual), what is left to
    /// invoice.
    fn money_with_tax(&self, amount: Decimal) -> Amount {
        self.currency.amount(amount, true)
    }

    /// A monetary field of an Odoo record, as money; not a number is [`CommerceError::BadData`].
    fn money_of(&self, record: &Value, field: &str) -> Result<Amount, CommerceError> {
        Ok(self.money(from_json(&record[field], field)?))
    }

    /// A total of an Odoo record (`amount_total`: tax included).
    fn total_of(&self, record: &Value, field: &str) -> Result<Amount, CommerceError> {
        Ok(self.money_with_tax(from_json(&record[field], field)?))
    }

    /// The currency Odoo states on a record (`currency_id`, as its code), else the company's.
    fn currency_of(&self, record: &Value) -> Currency {
        match record["currency_id"][1].as_str() {
            Some(code) if !code.is_empty() => Currency::new(code),
            _ => self.currency.clone(),
        }
    }

    /// Calls Odoo with `call` in the viewer's language when Odoo has it active. A stock Odoo
    /// has only English and answers another language with "Invalid language code": that
    /// language is then remembered as not active, and the call is made again without one (the
    /// shop's default), so the shop's words come as the shop has them.
    async fn in_language_it_has<T, F, Fut>(
        &self,
        language: &Language,
        call: F,
    ) -> Result<T, OdooError>
    where
        F: Fn(Option<Map<String, Value>>) -> Fut,
        Fut: std::future::Future<Output = Result<T, OdooError>>,
    {
        let context = in_language(language);
        let code = context
            .as_ref()
            .and_then(|c| c.get("lang"))
            .and_then(Value::as_str)
            .map(str::to_owned);
        let Some(code) = code else {
            return call(None).await;
        };
        let inactive = |languages: &Mutex<Vec<String>>| {
            languages
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .contains(&code)
        };
        if inactive(&self.inactive_languages) {
            return call(None).await;
        }
        match call(context).await {
            Err(OdooError::User(message)) if message.contains("Invalid language code") => {
                (self.inactive_languages.lock())
                    .unwrap_or_else(|e| e.into_inner())
                    .push(code);
                call(None).await
            }
            answer => answer,
        }
    }

    fn is_visible(product: &Value) -> bool {
        product["sale_ok"] == true && product["is_published"] == true
    }
}

#[async_trait]
impl Commerce for OdooCommerce {
    async fn search_products(
        &self,
        viewer: &Viewer,
        query: &str,
        limit: usize,
    ) -> Result<Vec<ProductHit>, CommerceError> {
        self.hits(viewer, query, limit).await
    }

    /// Two round trips: the products (visibility, cost, unit), then Odoo prices every line at
    /// once on an unsaved order (`sale.order.onchange`: the customer's pricelist, taxes and
    /// totals, and Odoo's own credit-limit warning, which needs the bot user in the Invoicing
    /// group), writing nothing.
    async fn price_quote(
        &self,
        viewer: &Viewer,
        lines: &[(u64, String)],
    ) -> Result<PricedQuote, CommerceError> {
        let ids: Vec<u64> = lines.iter().map(|(id, _)| *id).collect();
        let fields = [
            "name",
            "sale_ok",
            "is_published",
            "uom_id",
            "lst_price",
            "standard_price",
        ];
        let records = self
            .in_language_it_has(&viewer.language, |context| {
                self.client.read("product.product", &ids, &fields, context)
            })
            .await?;
        let mut products = Vec::with_capacity(lines.len());
        for (id, quantity) in lines {
            let product = records
                .iter()
                .find(|p| p["id"].as_u64() == Some(*id))
                .filter(|p| Self::is_visible(p))
                .ok_or(CommerceError::ProductNotFound(*id))?;
            let qty: f64 = quantity
                .parse()
                .ok()
                .filter(|q: &f64| q.is_finite() && *q > 0.0)
                .ok_or_else(|| CommerceError::BadQuantity(quantity.clone()))?;
            products.push((product, quantity, qty));
        }
        let mut values = json!({
            "order_line": products.iter().map(|(p, _, qty)| {
                json!([0, 0, {"product_id": p["id"], "product_uom_qty": qty}])
            }).collect::<Vec<_>>(),
        });
        if let Role::Customer { partner_id } = viewer.role {
            values["partner_id"] = json!(partner_id);
        }
        let fields = json!({
            "partner_id": {"fields": {"display_name": {}}},
            "amount_untaxed": {}, "amount_tax": {}, "amount_total": {},
            "partner_credit_warning": {},
            "order_line": {"fields": {
                "product_id": {}, "price_unit": {}, "discount": {}, "price_subtotal": {}
            }},
        });
        // The credit warning is Odoo's own text: in the viewer's language, when Odoo has it.
        let answer = self
            .in_language_it_has(&viewer.language, |context| {
                self.onchange_order(values.clone(), fields.clone(), context)
            })
            .await?;
        let value = &answer["value"];
        let priced: Vec<&Value> = value["order_line"]
            .as_array()
            .map(|lines| lines.iter().map(|l| &l[2]).collect())
            .unwrap_or_default();
        let mut verdicts = Vec::new();
        let mut quote_lines = Vec::with_capacity(products.len());
        for ((product, quantity, _), line) in products.iter().zip(&priced) {
            let id = product["id"].as_u64().unwrap_or_default();
            let unit = pricing::net_unit_price(line)?;
            let list = from_json(&product["lst_price"], "lst_price")?;
            let off = money::percent_below(unit, list);
            let cost = from_json(&product["standard_price"], "standard_price")?;
            let flagged =
                (self.rules).outside(self.currency.round(unit), self.currency.round(list), cost);
            let name = product["name"].as_str().unwrap_or_default().to_owned();
            if flagged {
                verdicts.push(Verdict::OutsidePriceRules {
                    product: name.clone(),
                });
            }
            quote_lines.push(PricedLine {
                product_id: id,
                name,
                quantity: money::parse(quantity)
                    .ok_or_else(|| CommerceError::BadQuantity(quantity.to_string()))?,
                uom: many2one_name(&product["uom_id"]),
                unit_price: self.money(unit),
                discount: (off > Decimal::ZERO).then_some(off),
                subtotal: self.money_of(line, "price_subtotal")?,
                flagged,
            });
        }
        if let Some(warning) = value["partner_credit_warning"]
            .as_str()
            .filter(|w| !w.trim().is_empty())
        {
            verdicts.push(Verdict::OverCreditLimit(OverCredit::Stated(
                warning.trim().to_owned(),
            )));
        }
        let customer = match viewer.role {
            Role::Customer { .. } => value["partner_id"]["display_name"]
                .as_str()
                .map(str::to_owned),
            Role::Anonymous => None,
        };
        Ok(PricedQuote {
            customer,
            lines: quote_lines,
            untaxed: self.money_of(value, "amount_untaxed")?,
            tax: self.money_of(value, "amount_tax")?,
            total: self.total_of(value, "amount_total")?,
            verdicts,
        })
    }

    async fn orders(&self, viewer: &Viewer) -> Result<Vec<OrderSummary>, CommerceError> {
        self.recent_orders(viewer).await
    }

    async fn order_status(&self, viewer: &Viewer, reference: &str) -> Result<Order, CommerceError> {
        self.order_status_of(viewer, reference).await
    }

    async fn invoices(&self, viewer: &Viewer) -> Result<Invoices, CommerceError> {
        self.invoices_of(viewer).await
    }

    async fn account(&self, viewer: &Viewer) -> Result<Account, CommerceError> {
        self.account_of(viewer).await
    }

    async fn change_order(
        &self,
        viewer: &Viewer,
        reference: &str,
        line_id: u64,
        quantity: &str,
        _key: &str,
    ) -> Result<Order, CommerceError> {
        // Setting a quantity is idempotent by itself: the same approval again sets the same.
        self.change(viewer, reference, line_id, quantity).await
    }

    async fn free_slots(
        &self,
        _viewer: &Viewer,
        from: time::Date,
        days: u32,
    ) -> Result<Visits, CommerceError> {
        self.visits(from, days).await
    }

    async fn book(
        &self,
        viewer: &Viewer,
        start: &str,
        key: &str,
    ) -> Result<Booking, CommerceError> {
        self.book_visit(viewer, start, key).await
    }

    async fn open_ticket(
        &self,
        viewer: &Viewer,
        ticket: &NewTicket,
        key: &str,
    ) -> Result<Ticket, CommerceError> {
        self.open(viewer, ticket, key).await
    }

    async fn ready(&self) -> Result<(), CommerceError> {
        // Signed in and answering: one small authenticated read.
        self.client
            .search_read("res.company", json!([]), &["id"], Some(1), None, None)
            .await?;
        Ok(())
    }

    async fn send_quotation(
        &self,
        viewer: &Viewer,
        lines: &[(u64, String)],
        notes: &QuotationNotes,
        key: &str,
    ) -> Result<Quotation, CommerceError> {
        self.send_quotation_of(viewer, lines, notes, key).await
    }

    async fn accept_quotation(
        &self,
        viewer: &Viewer,
        quotation_id: u64,
        signer: &str,
    ) -> Result<Quotation, CommerceError> {
        self.accept_quotation_of(viewer, quotation_id, signer).await
    }

    async fn compare_products(
        &self,
        viewer: &Viewer,
        ids: &[u64],
    ) -> Result<Vec<Product>, CommerceError> {
        let records = self
            .in_language_it_has(&viewer.language, |context| {
                self.client
                    .read("product.product", ids, PRODUCT_FIELDS, context)
            })
            .await?;
        // Every id is checked again: one the viewer may not see is not found, like a missing one.
        let mut products = Vec::with_capacity(ids.len());
        for id in ids {
            let product = records
                .iter()
                .find(|p| p["id"].as_u64() == Some(*id))
                .filter(|p| Self::is_visible(p))
                .ok_or(CommerceError::ProductNotFound(*id))?;
            products.push(product);
        }
        let value_ids: Vec<u64> = products
            .iter()
            .flat_map(|p| {
                p["product_template_attribute_value_ids"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
            })
            .filter_map(|v| v.as_u64())
            .collect();
        let values = if value_ids.is_empty() {
            Vec::new()
        } else {
            self.in_language_it_has(&viewer.language, |context| {
                self.client.read(
                    "product.template.attribute.value",
                    &value_ids,
                    &["attribute_id", "name"],
                    context,
                )
            })
            .await?
        };
        let customer_prices = match viewer.role {
            Role::Customer { partner_id } => Some(self.customer_prices(partner_id, ids).await?),
            Role::Anonymous => None,
        };
        products
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let attributes = p["product_template_attribute_value_ids"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|id| values.iter().find(|v| v["id"] == *id))
                    .map(|v| {
                        (
                            many2one_name(&v["attribute_id"]),
                            v["name"].as_str().unwrap_or_default().to_owned(),
                        )
                    })
                    .collect();
                let price = customer_prices.as_ref().and_then(|prices| prices[i]);
                self.product(p, catalogue::unit_of(p), attributes, price)
            })
            .collect()
    }

    async fn find_products(
        &self,
        viewer: &Viewer,
        query: &str,
        limit: usize,
    ) -> Result<Vec<Product>, CommerceError> {
        self.find(viewer, query, limit).await
    }

    async fn sign_in(&self, login: &str, password: &str) -> Result<Customer, CommerceError> {
        self.signed_in(login, password).await
    }

    async fn product_image(&self, _viewer: &Viewer, id: u64) -> Result<Image, CommerceError> {
        let records = self
            .client
            .read(
                "product.product",
                &[id],
                &["image_256", "sale_ok", "is_published"],
                None,
            )
            .await?;
        let product = records
            .first()
            .filter(|p| Self::is_visible(p))
            .ok_or(CommerceError::ProductNotFound(id))?;
        let bytes = product["image_256"]
            .as_str()
            .and_then(|b64| base64::engine::general_purpose::STANDARD.decode(b64).ok())
            .ok_or(CommerceError::ProductNotFound(id))?;
        let content_type = match bytes.as_slice() {
            [0x89, b'P', b'N', b'G', ..] => "image/png",
            [0xFF, 0xD8, ..] => "image/jpeg",
            [b'G', b'I', b'F', ..] => "image/gif",
            [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => "image/webp",
            b if b.starts_with(b"<svg") || b.starts_with(b"<?xml") => "image/svg+xml",
            _ => return Err(CommerceError::ProductNotFound(id)),
        };
        Ok(Image {
            content_type,
            bytes,
        })
    }
}
