//! Orders placed in the demo store: confirmed from an approved quote, reserving stock, counted
//! against the customer's credit, and kept in the thread database so a restart loses nothing.

use serde::{Deserialize, Serialize};

use showroom_commerce::{CommerceError, Decimal, PlacedOrder, PricedQuote, Refusal, Role, Viewer};

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
}

/// The kind under which orders are stored.
pub const ORDER: &str = "order";

/// The first id the demo store gives an order placed here.
const FIRST_ORDER_ID: u64 = 100;

impl DemoStore {
    /// Thousandths of `product` in orders placed here: reserved, no longer free.
    pub(super) fn reserved(&self, product: u64) -> i64 {
        self.placed()
            .iter()
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

    /// Places `priced` (the lines already priced for this viewer) as a confirmed order.
    pub(super) fn place(
        &self,
        viewer: &Viewer,
        lines: &[(u64, String)],
        priced: &PricedQuote,
        key: &str,
    ) -> Result<PlacedOrder, CommerceError> {
        let Role::Customer { partner_id } = viewer.role else {
            return Err(CommerceError::SignInRequired);
        };
        let mut placed = self.placed();
        if let Some(order) = placed.iter().find(|o| o.key == key) {
            // The same approval again: the order it made, never a second one.
            return match order.partner_id == partner_id {
                true => Ok(placed_order(order)),
                false => Err(CommerceError::refused(Refusal::UnknownApproval)),
            };
        }
        if let Some(verdict) = priced.blocked_by() {
            return Err(CommerceError::refused(Refusal::Rule(verdict.clone())));
        }
        for (id, quantity) in lines {
            let product = self
                .seed
                .products
                .iter()
                .find(|p| p.id == *id)
                .ok_or(CommerceError::ProductNotFound(*id))?;
            let wanted = thousandths(quantity).unwrap_or(0);
            let reserved: i64 = placed
                .iter()
                .flat_map(|o| &o.lines)
                .filter(|(p, _)| p == id)
                .filter_map(|(_, q)| thousandths(q))
                .sum();
            let free = (product.free_qty * 1000.0) as i64 - reserved;
            if wanted > free {
                return Err(CommerceError::refused(Refusal::OutOfStock {
                    product: self.name_for(viewer, product),
                    available: quantity_of(free.max(0)),
                    uom: Some(self.uom_for(viewer, product)),
                    wanted: quantity_of(wanted),
                }));
            }
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
        };
        self.keep(ORDER, &order.key, partner_id, &order);
        placed.push(order.clone());
        Ok(placed_order(&order))
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
            state: "sale".to_owned(),
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

fn placed_order(order: &DemoOrder) -> PlacedOrder {
    PlacedOrder {
        id: order.id,
        reference: order.reference.clone(),
        portal_url: None,
    }
}

/// Thousandths as people write a quantity: 24000 → "24", 2500 → "2.5".
pub(super) fn quantity_text(milli: i64) -> String {
    let text = format!("{}.{:03}", milli / 1000, milli % 1000);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}
