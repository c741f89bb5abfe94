//! The embedded demo store: a real [`Commerce`] over a catalogue modelled on Odoo's demo company,
//! so the app runs with no set-up. Visibility rules are the same as for Odoo.

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use showroom_commerce::matching::words;
use showroom_commerce::{
    money, Account, Amount, Booking, Clock, Commerce, CommerceError, Currency, Customer, Decimal,
    Image, Invoices, Keeper, KeptRecord, NewTicket, Order, OrderSummary, OverCredit, PricedLine,
    PricedQuote, Product as ProductRecord, ProductHit, Quotation, QuotationNotes, Role, Rules,
    Ticket, Verdict, Viewer, Visits,
};

use self::amounts::thousandths;
use self::orders::DemoOrder;
use self::translations::{SearchNames, Translations};

/// The demo company's sales tax (Odoo's Belgian demo: 21 % VAT).
const TAX_PERCENT: Decimal = Decimal::from_parts(21, 0, 0, false, 0);

/// The seed data, compiled in.
const SEED: &str = include_str!("../data/demo_store.json");

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Seed {
    public_pricelist: Pricelist,
    products: Vec<Product>,
    pricelists: Vec<PricelistRules>,
    customers: Vec<DemoCustomer>,
    #[serde(default)]
    orders: Vec<history::SeedOrder>,
    #[serde(default)]
    invoices: Vec<history::SeedInvoice>,
    #[serde(default)]
    calendar: Option<booking::Calendar>,
    #[serde(default)]
    translations: Translations,
    /// Built from the above once read.
    #[serde(skip)]
    names: SearchNames,
}

/// A pricelist's rules: a discount on the list price, more from some quantities on.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PricelistRules {
    id: u64,
    name: String,
    discount_percent: Decimal,
    volume_breaks: Vec<VolumeBreak>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct VolumeBreak {
    min_qty: Decimal,
    discount_percent: Decimal,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoCustomer {
    id: u64,
    login: String,
    name: String,
    pricelist_id: u64,
    credit_limit: Decimal,
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
    list_price: Decimal,
    /// Never leaves the server: margin checks only.
    cost: Decimal,
    free_qty: f64,
    uom: String,
    /// Gives the drawn picture its colour.
    category: String,
    published: bool,
    sale_ok: bool,
    attributes: Vec<(String, String)>,
    /// Odoo's "continue selling when out of stock" (on by default): more than is free is
    /// back-ordered; off, it is refused.
    #[serde(default = "sold_out_of_stock")]
    sold_out_of_stock: bool,
}

fn sold_out_of_stock() -> bool {
    true
}

/// The demo catalogue, read once from the seed, and what people placed in it.
pub struct DemoStore {
    seed: Seed,
    /// Orders placed here, kept in `store` when there is one.
    placed: Mutex<Vec<DemoOrder>>,
    /// Support tickets opened here, kept likewise.
    tickets: Mutex<Vec<tickets::DemoTicket>>,
    /// Showroom visits booked here, kept likewise.
    bookings: Mutex<Vec<booking::DemoBooking>>,
    /// Changes made here to confirmed orders, kept likewise.
    changes: Mutex<Vec<changes::DemoChange>>,
    keeper: Option<Arc<dyn Keeper>>,
    /// What time it is: which visits are still free, when a record was made.
    clock: Clock,
    /// The public pricelist's currency, looked up once: every amount is written in it.
    currency: Currency,
    /// Price rules the shop configured on top of its prices (none by default).
    rules: Rules,
}

impl DemoStore {
    pub fn new(clock: Clock) -> DemoStore {
        let mut seed: Seed =
            serde_json::from_str(SEED).expect("demo/data/demo_store.json is valid");
        seed.names = SearchNames::of(&seed.products, &seed.translations);
        let currency = Currency::new(&seed.public_pricelist.currency);
        DemoStore {
            seed,
            placed: Mutex::default(),
            tickets: Mutex::default(),
            bookings: Mutex::default(),
            changes: Mutex::default(),
            keeper: None,
            currency,
            clock,
            rules: Rules::default(),
        }
    }

    /// The same store, applying the price rules the shop configured.
    pub fn with_rules(self, rules: Rules) -> DemoStore {
        DemoStore { rules, ..self }
    }

    /// Keeps a record made here (an order, a ticket, a booking, a change) under its approval's
    /// `key`, when there is a database to keep it in, stamped with the time now.
    fn keep(&self, kind: &str, key: &str, partner_id: u64, record: &impl Serialize) {
        let created = self.clock.now().unix_timestamp();
        if let Some(keeper) = &self.keeper {
            keeper.keep(KeptRecord {
                kind: kind.to_owned(),
                key: key.to_owned(),
                partner_id: partner_id as i64,
                data: serde_json::to_string(record).unwrap_or_default(),
                created,
            });
        }
    }

    /// The demo store with what people placed in it before (kept by the server), keeping what
    /// they place from now on with `keeper`.
    pub fn restored(records: &[KeptRecord], keeper: Arc<dyn Keeper>, clock: Clock) -> DemoStore {
        DemoStore {
            placed: Mutex::new(of_kind(records, orders::ORDER)),
            tickets: Mutex::new(of_kind(records, tickets::TICKET)),
            bookings: Mutex::new(of_kind(records, booking::BOOKING)),
            changes: Mutex::new(of_kind(records, changes::ORDER_CHANGE)),
            keeper: Some(keeper),
            ..DemoStore::new(clock)
        }
    }

    /// Products this viewer may see: anonymous shoppers only published, saleable ones.
    /// Signed-in customers see the same catalogue; what differs for them is price (pricelists).
    fn visible<'a>(&'a self, viewer: &'a Viewer) -> impl Iterator<Item = &'a Product> + 'a {
        self.seed
            .products
            .iter()
            .filter(|p| Self::may_see(viewer, p))
    }

    fn may_see(_viewer: &Viewer, product: &Product) -> bool {
        product.published && product.sale_ok
    }

    /// Thousandths of `product` free to sell: its stock less what orders placed here reserved.
    fn free(&self, product: &Product) -> i64 {
        (product.free_qty * 1000.0) as i64 - self.reserved(product.id)
    }

    /// A price or subtotal, with tax or without as the public pricelist states its prices.
    fn money(&self, amount: Decimal) -> Amount {
        let list = &self.seed.public_pricelist;
        self.currency.amount(amount, list.tax_included)
    }

    /// A total, what is owed or left to pay, a credit limit: tax included, as in Odoo.
    fn money_with_tax(&self, amount: Decimal) -> Amount {
        self.currency.amount(amount, true)
    }

    /// `amount` rounded to the store's currency, as a line subtotal or a total is.
    fn round(&self, amount: Decimal) -> Decimal {
        self.currency.round(amount)
    }

    /// The tax on an untaxed amount, rounded as the demo store computes it.
    fn tax_on(&self, untaxed: Decimal) -> Decimal {
        self.round(untaxed * TAX_PERCENT / Decimal::ONE_HUNDRED)
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

    /// What this viewer pays for one unit at `quantity`: the list price less their pricelist's
    /// discount, or its volume break's from that quantity on.
    fn unit_price(&self, viewer: &Viewer, product: &Product, quantity: Decimal) -> Decimal {
        let Some(pricelist) = self.pricelist(viewer) else {
            return product.list_price;
        };
        let percent = pricelist
            .volume_breaks
            .iter()
            .filter(|b| quantity >= b.min_qty)
            .map(|b| b.discount_percent)
            .next_back()
            .unwrap_or(pricelist.discount_percent);
        self.round(money::less_percent(product.list_price, percent))
    }

    /// What this viewer pays for one unit at `quantity`, and the list price when that differs.
    fn price(
        &self,
        viewer: &Viewer,
        product: &Product,
        quantity: Decimal,
    ) -> (Amount, Option<Amount>) {
        let price = self.unit_price(viewer, product, quantity);
        if price == product.list_price {
            (self.money(price), None)
        } else {
            (self.money(price), Some(self.money(product.list_price)))
        }
    }
}

/// The kept records of one kind, read back.
fn of_kind<T: DeserializeOwned>(records: &[KeptRecord], kind: &str) -> Vec<T> {
    records
        .iter()
        .filter(|r| r.kind == kind)
        .filter_map(|r| serde_json::from_str(&r.data).ok())
        .collect()
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
                // The demo's logins are the companies themselves.
                contact_id: None,
                name: c.name.clone(),
            })
            .ok_or(CommerceError::SignInRefused)
    }

    fn demo_logins(&self) -> Vec<String> {
        self.seed
            .customers
            .iter()
            .map(|c| c.login.clone())
            .collect()
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
        Ok(self.search(viewer, &words(query), limit))
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
        let mut verdicts = Vec::new();
        let mut untaxed = Decimal::ZERO;
        for (id, quantity) in lines {
            let product = self
                .visible(viewer)
                .find(|p| p.id == *id)
                .ok_or(CommerceError::ProductNotFound(*id))?;
            let milli = thousandths(quantity)
                .filter(|q| *q > 0)
                .ok_or_else(|| CommerceError::BadQuantity(quantity.clone()))?;
            let quantity = amounts::quantity_of(milli);
            let unit_price = self.unit_price(viewer, product, quantity);
            let subtotal = self.round(unit_price * quantity);
            untaxed += subtotal;
            // Percent off the list price, to the hundredth, for the discount column.
            let off = money::percent_below(unit_price, product.list_price);
            let flagged = self
                .rules
                .outside(unit_price, product.list_price, product.cost);
            let name = self.name_for(viewer, product);
            if flagged {
                verdicts.push(Verdict::OutsidePriceRules {
                    product: name.clone(),
                });
            }
            priced.push(PricedLine {
                product_id: product.id,
                name,
                quantity,
                uom: self.uom_for(viewer, product),
                unit_price: self.money(unit_price),
                discount: (off > Decimal::ZERO).then_some(off),
                subtotal: self.money(subtotal),
                flagged,
            });
        }
        let tax = self.tax_on(untaxed);
        let total = untaxed + tax;
        if let Some(customer) = customer {
            let limit = customer.credit_limit;
            let due = self.credit_used(customer.id);
            if limit > Decimal::ZERO && due + total > limit {
                let due = (due > Decimal::ZERO).then(|| self.money_with_tax(due));
                verdicts.push(Verdict::OverCreditLimit(OverCredit::Figures {
                    total: self.money_with_tax(total),
                    due,
                    customer: customer.name.clone(),
                    limit: self.money_with_tax(customer.credit_limit),
                }));
            }
        }
        Ok(PricedQuote {
            customer: customer.map(|c| c.name.clone()),
            lines: priced,
            untaxed: self.money(untaxed),
            tax: self.money(tax),
            total: self.money_with_tax(total),
            verdicts,
        })
    }

    async fn send_quotation(
        &self,
        viewer: &Viewer,
        lines: &[(u64, String)],
        notes: &QuotationNotes,
        key: &str,
    ) -> Result<Quotation, CommerceError> {
        let priced = self.price_quote(viewer, lines).await?;
        self.send(viewer, lines, &priced, notes, key)
    }

    async fn accept_quotation(
        &self,
        viewer: &Viewer,
        quotation_id: u64,
        signer: &str,
    ) -> Result<Quotation, CommerceError> {
        self.accept(viewer, quotation_id, signer)
    }

    async fn orders(&self, viewer: &Viewer) -> Result<Vec<OrderSummary>, CommerceError> {
        self.recent_orders(viewer)
    }

    async fn order_status(&self, viewer: &Viewer, reference: &str) -> Result<Order, CommerceError> {
        self.order_status_of(viewer, reference)
    }

    async fn invoices(&self, viewer: &Viewer) -> Result<Invoices, CommerceError> {
        self.invoices_of(viewer)
    }

    async fn account(&self, viewer: &Viewer) -> Result<Account, CommerceError> {
        self.account_of(viewer)
    }

    async fn change_order(
        &self,
        viewer: &Viewer,
        reference: &str,
        line_id: u64,
        quantity: &str,
        key: &str,
    ) -> Result<Order, CommerceError> {
        self.change(viewer, reference, line_id, quantity, key)
    }

    async fn free_slots(
        &self,
        viewer: &Viewer,
        from: time::Date,
        days: u32,
    ) -> Result<Visits, CommerceError> {
        self.visits(viewer, from, days)
    }

    async fn book(
        &self,
        viewer: &Viewer,
        start: &str,
        key: &str,
    ) -> Result<Booking, CommerceError> {
        self.book_at(viewer, start, key)
    }

    async fn open_ticket(
        &self,
        viewer: &Viewer,
        ticket: &NewTicket,
        key: &str,
    ) -> Result<Ticket, CommerceError> {
        self.open(viewer, ticket, key)
    }

    async fn compare_products(
        &self,
        viewer: &Viewer,
        ids: &[u64],
    ) -> Result<Vec<ProductRecord>, CommerceError> {
        ids.iter()
            .map(|&id| {
                let p = self
                    .visible(viewer)
                    .find(|p| p.id == id)
                    .ok_or(CommerceError::ProductNotFound(id))?;
                let (price, list_price) = self.price(viewer, p, Decimal::ONE);
                Ok(ProductRecord {
                    id: p.id,
                    name: self.name_for(viewer, p),
                    price,
                    list_price,
                    uom: self.uom_for(viewer, p),
                    available: amounts::quantity_of(self.free(p)),
                    attributes: self.attributes_for(viewer, p),
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

mod amounts;
mod booking;
mod changes;
mod history;
mod orders;
#[cfg(test)]
mod tests;
mod tickets;
mod translations;
