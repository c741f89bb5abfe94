//! Quotations and orders in the demo store, by the flow Odoo has: an approved quote is sent as a
//! quotation (nothing reserved yet), which the buyer accepts in the chat in their own name; the
//! confirmed order then reserves stock and counts against the customer's credit. More than is
//! free is taken as a back-order, unless the product is not sold out of stock. Kept in the
//! thread database so a restart loses nothing.

use serde::{Deserialize, Serialize};

use showroom_commerce::{
    Acceptance, BackOrder, CommerceError, Decimal, OrderState, PricedQuote, Quotation,
    QuotationNotes, Refusal, Viewer,
};

use super::amounts::quantity_of;
use super::history::{SeedLine, SeedOrder};
use super::{thousandths, DemoStore};

/// An order as the demo store keeps it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DemoOrder {
    /// The approval's idempotency key it was placed under.
    pub key: String,
    pub id: u64,
    pub reference: String,
    pub partner_id: u64,
    /// `(product id, quantity)`.
    pub lines: Vec<(u64, String)>,
    /// Tax included (kept as a decimal string).
    pub total: Decimal,
    /// Each line's unit price when it was placed.
    #[serde(default)]
    pub units: Vec<Decimal>,
    /// Unix seconds.
    pub created: i64,
    /// Odoo's state: `sent` until accepted, then `sale` (records kept before quotations were
    /// sent first were confirmed at once).
    #[serde(default = "confirmed")]
    pub state: String,
    /// The buyer's own reference (their purchase order number).
    #[serde(default)]
    pub customer_reference: Option<String>,
    /// Who accepted it, in the chat.
    #[serde(default)]
    pub signed_by: Option<String>,
    /// A discount the buyer asked for, in their words, for the shop to decide.
    #[serde(default)]
    pub discount_request: Option<String>,
    /// Lines taken beyond what was free when it was sent.
    #[serde(default, skip)]
    pub back_orders: Vec<BackOrder>,
}

fn confirmed() -> String {
    "sale".to_owned()
}

/// The kind under which orders are stored.
pub const ORDER: &str = "order";

/// The first id the demo store gives an order placed here.
const FIRST_ORDER_ID: u64 = 100;

impl DemoStore {
    /// Thousandths of `product` in orders confirmed here: reserved, no longer free.
    pub(super) fn reserved(&self, product: u64) -> i64 {
        self.placed()
            .iter()
            .filter(|o| o.state == "sale")
            .flat_map(|o| &o.lines)
            .filter(|(id, _)| *id == product)
            .filter_map(|(_, q)| thousandths(q))
            .sum()
    }

    /// The orders placed here.
    pub(super) fn placed_orders(&self) -> Vec<DemoOrder> {
        self.placed().clone()
    }

    fn placed(&self) -> std::sync::MutexGuard<'_, Vec<DemoOrder>> {
        self.placed.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Sends `priced` (the lines already priced for this viewer) as a quotation.
    pub(super) fn send(
        &self,
        viewer: &Viewer,
        lines: &[(u64, String)],
        priced: &PricedQuote,
        notes: &QuotationNotes,
        key: &str,
    ) -> Result<Quotation, CommerceError> {
        let partner_id = viewer.partner()?;
        let mut placed = self.placed();
        if let Some(order) = placed.iter().find(|o| o.key == key) {
            // The same approval again: the quotation it made, never a second one.
            return match order.partner_id == partner_id {
                true => Ok(quotation(order)),
                false => Err(CommerceError::refused(Refusal::UnknownApproval)),
            };
        }
        if let Some(verdict) = priced.blocked_by() {
            return Err(CommerceError::refused(Refusal::Rule(verdict.clone())));
        }
        let mut back_orders = Vec::new();
        for (id, quantity) in lines {
            let product = self
                .seed
                .products
                .iter()
                .find(|p| p.id == *id)
                .ok_or(CommerceError::ProductNotFound(*id))?;
            let wanted = thousandths(quantity).unwrap_or(0);
            let free = self.free_of(product, &placed);
            if wanted <= free {
                continue;
            }
            let (name, available) = (self.name_for(viewer, product), quantity_of(free.max(0)));
            if !product.sold_out_of_stock {
                return Err(CommerceError::refused(Refusal::OutOfStock {
                    product: name,
                    available,
                    uom: Some(self.uom_for(viewer, product)),
                    wanted: quantity_of(wanted),
                }));
            }
            back_orders.push(BackOrder {
                product: name,
                wanted: quantity_of(wanted),
                available,
            });
        }
        let total = priced.total.value();
        let units = priced.lines.iter().map(|l| l.unit_price.value()).collect();
        let id = placed
            .iter()
            .map(|o| o.id + 1)
            .max()
            .unwrap_or(FIRST_ORDER_ID);
        let order = DemoOrder {
            key: key.to_owned(),
            id,
            reference: format!("S{id:05}"),
            partner_id,
            lines: lines.to_vec(),
            total,
            units,
            created: self.clock.now().unix_timestamp(),
            state: "sent".to_owned(),
            customer_reference: notes.customer_reference.clone(),
            signed_by: None,
            discount_request: notes.discount_request.clone(),
            back_orders,
        };
        self.keep(ORDER, &order.key, partner_id, &order);
        placed.push(order.clone());
        Ok(quotation(&order))
    }

    /// Accepts one of the viewer's sent quotations in `signer`'s name: confirmed, it reserves
    /// its stock.
    pub(super) fn accept(
        &self,
        viewer: &Viewer,
        id: u64,
        signer: &str,
    ) -> Result<Quotation, CommerceError> {
        let partner_id = viewer.partner()?;
        let mut placed = self.placed();
        let order = placed
            .iter_mut()
            .find(|o| o.id == id && o.partner_id == partner_id)
            .ok_or(CommerceError::NotFound)?;
        if order.state == "sent" {
            order.state = confirmed();
            order.signed_by = Some(signer.to_owned());
            let kept = order.clone();
            self.keep(ORDER, &kept.key, partner_id, &kept);
        }
        Ok(quotation(order))
    }

    /// Thousandths of `product` free to sell, given the orders made here.
    fn free_of(&self, product: &super::Product, placed: &[DemoOrder]) -> i64 {
        let reserved: i64 = placed
            .iter()
            .filter(|o| o.state == "sale")
            .flat_map(|o| &o.lines)
            .filter(|(p, _)| *p == product.id)
            .filter_map(|(_, q)| thousandths(q))
            .sum();
        (product.free_qty * 1000.0) as i64 - reserved
    }
}

impl DemoOrder {
    /// The order as the history shows it: confirmed, not yet picked.
    pub(super) fn as_seed_order(&self) -> SeedOrder {
        let date = time::OffsetDateTime::from_unix_timestamp(self.created)
            .ok()
            .and_then(|t| {
                t.format(&time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .unwrap_or_default();
        SeedOrder {
            id: self.id,
            reference: self.reference.clone(),
            partner_id: self.partner_id,
            date,
            state: self.state.clone(),
            lines: self
                .lines
                .iter()
                .enumerate()
                .map(|(i, (product, quantity))| SeedLine {
                    id: self.id * 10 + i as u64 + 1,
                    product_id: *product,
                    quantity: quantity.clone(),
                    delivered: "0".to_owned(),
                    unit_price: self.units.get(i).copied().unwrap_or_default(),
                })
                .collect(),
            total: self.total,
            shipped: None,
            delivered: None,
            tracking: None,
        }
    }
}

/// What the buyer sees of a quotation made here: the demo store has no portal, and asks for
/// no online signature or payment.
fn quotation(order: &DemoOrder) -> Quotation {
    Quotation {
        id: order.id,
        reference: order.reference.clone(),
        state: OrderState::from_odoo(&order.state).unwrap_or(OrderState::SalesOrder),
        customer_reference: order.customer_reference.clone(),
        portal_url: None,
        pdf_url: None,
        acceptance: Acceptance::InChat,
        valid_until: None,
        expected_date: None,
        back_orders: order.back_orders.clone(),
        discount_request: order.discount_request.clone(),
    }
}

/// Thousandths as people write a quantity: 24000 → "24", 2500 → "2.5".
pub(super) fn quantity_text(milli: i64) -> String {
    let text = format!("{}.{:03}", milli / 1000, milli % 1000);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}
