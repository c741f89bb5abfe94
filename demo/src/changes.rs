//! Changes to confirmed orders made here (a line's quantity, a line cancelled), allowed while
//! nothing of the order has shipped; kept in the thread database and laid over the orders.

use serde::{Deserialize, Serialize};
use showroom_commerce::{CommerceError, Decimal, Order, Refusal, Role, Viewer};

use super::amounts::quantity_of;
use super::history::SeedOrder;
use super::orders::quantity_text;
use super::{thousandths, DemoStore};

/// One change: the line's new quantity (`0`: cancelled).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DemoChange {
    pub key: String,
    pub partner_id: u64,
    pub order_id: u64,
    pub line_id: u64,
    pub quantity: String,
}

/// The kind under which changes are stored.
pub const ORDER_CHANGE: &str = "order_change";

/// True while a line may still change: the order is confirmed and nothing has shipped.
pub(super) fn changeable(order: &SeedOrder, delivered: &str) -> bool {
    order.state == "sale" && order.shipped.is_none() && thousandths(delivered).unwrap_or(0) == 0
}

impl DemoStore {
    fn changes(&self) -> std::sync::MutexGuard<'_, Vec<DemoChange>> {
        self.changes.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `order` with the changes made here: quantities set, cancelled lines gone, total again.
    pub(super) fn with_changes(&self, mut order: SeedOrder) -> SeedOrder {
        let changes = self.changes();
        let mine: Vec<&DemoChange> = changes.iter().filter(|c| c.order_id == order.id).collect();
        if mine.is_empty() {
            return order;
        }
        for change in mine {
            if let Some(line) = order.lines.iter_mut().find(|l| l.id == change.line_id) {
                line.quantity = change.quantity.clone();
            }
        }
        order
            .lines
            .retain(|l| thousandths(&l.quantity).unwrap_or(0) > 0);
        let untaxed: Decimal = order
            .lines
            .iter()
            .map(|l| self.round(l.unit_price * quantity_of(thousandths(&l.quantity).unwrap_or(0))))
            .sum();
        order.total = untaxed + self.tax_on(untaxed);
        order
    }

    /// Sets a line of one of the viewer's confirmed orders to `quantity` (`0` cancels it), under
    /// the approval's `key`; refused once anything has shipped, or beyond stock or credit.
    pub(super) fn change(
        &self,
        viewer: &Viewer,
        reference: &str,
        line_id: u64,
        quantity: &str,
        key: &str,
    ) -> Result<Order, CommerceError> {
        let Role::Customer { partner_id } = viewer.role else {
            return Err(CommerceError::SignInRequired);
        };
        let order = self.order_of(partner_id, reference)?;
        if self
            .changes()
            .iter()
            .any(|c| c.key == key && c.partner_id == partner_id)
        {
            return self.order_status_of(viewer, reference);
        }
        let line = order
            .lines
            .iter()
            .find(|l| l.id == line_id)
            .ok_or(CommerceError::NotFound)?;
        if !changeable(&order, &line.delivered) {
            return Err(CommerceError::refused(Refusal::LineOnItsWay));
        }
        let new =
            thousandths(quantity).ok_or_else(|| CommerceError::BadQuantity(quantity.into()))?;
        let old = thousandths(&line.quantity).unwrap_or(0);
        if new > old {
            let product = self
                .seed
                .products
                .iter()
                .find(|p| p.id == line.product_id)
                .ok_or(CommerceError::ProductNotFound(line.product_id))?;
            let free = self.free(product);
            if new - old > free {
                return Err(CommerceError::refused(Refusal::NoMoreInStock {
                    product: self.name_for(viewer, product),
                    available: quantity_of(free.max(0)),
                    uom: self.uom_for(viewer, product),
                }));
            }
            let added = self.round(line.unit_price * quantity_of(new - old));
            let added = added + self.tax_on(added);
            let customer = self.seed.customers.iter().find(|c| c.id == partner_id);
            if let Some(customer) = customer {
                let limit = customer.credit_limit;
                if limit > Decimal::ZERO && self.credit_used(partner_id) + added > limit {
                    return Err(CommerceError::refused(Refusal::ChangeOverCreditLimit {
                        added: self.money_with_tax(added),
                        customer: customer.name.clone(),
                        limit: self.money_with_tax(limit),
                    }));
                }
            }
        }
        let change = DemoChange {
            key: key.to_owned(),
            partner_id,
            order_id: order.id,
            line_id,
            quantity: quantity_text(new),
        };
        self.keep(ORDER_CHANGE, key, partner_id, &change);
        self.changes().push(change);
        self.order_status_of(viewer, reference)
    }
}
