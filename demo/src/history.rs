//! What the demo customers bought before: orders in every state (quotation, confirmed, being
//! picked, delivered, invoiced, cancelled) and invoices (paid, partly paid, unpaid, overdue),
//! from the seed, together with the orders placed here since. Read only by their own customer.

use serde::Deserialize;
use showroom_commerce::{
    Account, Bought, CommerceError, Decimal, Invoice, InvoiceKind, Invoices, Order, OrderLine,
    OrderState, OrderSummary, Payment, Stage, Viewer,
};

use super::amounts::quantity_of;
use super::{thousandths, DemoStore};

/// An order from the seed: prices as they were when it was placed.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct SeedOrder {
    pub id: u64,
    pub reference: String,
    pub partner_id: u64,
    /// RFC 3339.
    pub date: String,
    /// Odoo's `sale.order` states: `draft`, `sent`, `sale`, `cancel`.
    pub state: String,
    pub lines: Vec<SeedLine>,
    /// Tax included.
    pub total: Decimal,
    #[serde(default)]
    pub shipped: Option<String>,
    #[serde(default)]
    pub delivered: Option<String>,
    #[serde(default)]
    pub tracking: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct SeedLine {
    pub id: u64,
    pub product_id: u64,
    pub quantity: String,
    pub delivered: String,
    pub unit_price: Decimal,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct SeedInvoice {
    pub id: u64,
    /// An invoice unless the seed says `credit_note`.
    #[serde(default)]
    pub kind: InvoiceKind,
    pub number: String,
    /// The order invoiced, or refunded by a credit note.
    pub order_id: u64,
    pub partner_id: u64,
    /// A date, `YYYY-MM-DD`.
    pub date: String,
    pub due: String,
    /// Positive, as Odoo keeps a credit note's amounts too.
    pub amount: Decimal,
    pub residual: Decimal,
    pub payment_state: Payment,
}

impl SeedInvoice {
    /// What is left to pay on it: a credit note's unused credit counts against it.
    fn owed(&self) -> Decimal {
        self.kind.sign() * self.residual
    }
}

/// How many orders the account overview lists.
const RECENT: usize = 5;

impl DemoStore {
    /// Every order of `partner`, from the seed and placed here, newest first.
    fn orders_of(&self, partner: u64) -> Vec<SeedOrder> {
        let mut orders: Vec<SeedOrder> = self
            .seed
            .orders
            .iter()
            .filter(|o| o.partner_id == partner)
            .cloned()
            .chain(
                self.placed_orders()
                    .into_iter()
                    .filter(|o| o.partner_id == partner)
                    .map(|o| o.as_seed_order()),
            )
            .map(|o| self.with_changes(o))
            .collect();
        orders.sort_by(|a, b| b.date.cmp(&a.date));
        orders
    }

    /// One of `partner`'s orders by reference (any case) or id.
    pub(super) fn order_of(
        &self,
        partner: u64,
        reference: &str,
    ) -> Result<SeedOrder, CommerceError> {
        let wanted = reference.trim();
        self.orders_of(partner)
            .into_iter()
            .find(|o| o.reference.eq_ignore_ascii_case(wanted) || o.id.to_string() == wanted)
            .ok_or(CommerceError::NotFound)
    }

    /// What `partner` owes and has committed to: unpaid invoices, and confirmed orders not
    /// invoiced yet (placed here or before).
    pub(super) fn credit_used(&self, partner: u64) -> Decimal {
        let unpaid: Decimal = self
            .seed
            .invoices
            .iter()
            .filter(|i| i.partner_id == partner)
            .map(SeedInvoice::owed)
            .sum();
        let uninvoiced: Decimal = self
            .orders_of(partner)
            .iter()
            .filter(|o| o.state == "sale")
            .filter(|o| !self.seed.invoices.iter().any(|i| i.order_id == o.id))
            .map(|o| o.total)
            .sum();
        unpaid + uninvoiced
    }

    pub(super) fn recent_orders(
        &self,
        viewer: &Viewer,
    ) -> Result<Vec<OrderSummary>, CommerceError> {
        let partner = viewer.partner()?;
        self.orders_of(partner)
            .into_iter()
            .map(|o| {
                Ok(OrderSummary {
                    id: o.id,
                    // The day it was ordered (UTC): the list shows days, not times.
                    date: o.date.split('T').next().unwrap_or_default().to_owned(),
                    total: self.money_with_tax(o.total),
                    state: OrderState::from_odoo(&o.state).ok_or_else(|| {
                        CommerceError::BadData(format!("state of {}", o.reference))
                    })?,
                    reference: o.reference,
                })
            })
            .collect()
    }

    /// One of the viewer's orders by reference (any case) or id; another customer's is not
    /// found, exactly like one that does not exist.
    pub(super) fn order_status_of(
        &self,
        viewer: &Viewer,
        reference: &str,
    ) -> Result<Order, CommerceError> {
        let partner = viewer.partner()?;
        let order = self.order_of(partner, reference)?;
        let invoiced = self
            .seed
            .invoices
            .iter()
            .find(|i| i.order_id == order.id && i.kind == InvoiceKind::Invoice)
            .map(|i| format!("{}T12:00:00Z", i.date));
        let confirmed = (order.state == "sale").then(|| order.date.clone());
        let stages = vec![
            (Stage::Quotation, Some(order.date.clone())),
            (Stage::Confirmed, confirmed),
            (Stage::Picking, order.shipped.clone()),
            (Stage::Delivered, order.delivered.clone()),
            (Stage::Invoiced, invoiced),
        ];
        let lines = order
            .lines
            .iter()
            .filter_map(|l| {
                let product = self.seed.products.iter().find(|p| p.id == l.product_id)?;
                let milli = thousandths(&l.quantity)?;
                Some(OrderLine {
                    id: l.id,
                    product_id: Some(l.product_id),
                    name: self.name_for(viewer, product),
                    quantity: quantity_of(milli),
                    delivered: quantity_of(thousandths(&l.delivered)?),
                    uom: self.uom_for(viewer, product),
                    subtotal: self.money(l.unit_price * quantity_of(milli)),
                    changeable: super::changes::changeable(&order, &l.delivered),
                })
            })
            .collect();
        Ok(Order {
            id: order.id,
            reference: order.reference,
            stages,
            tracking: order.tracking,
            lines,
            total: self.money_with_tax(order.total),
        })
    }

    pub(super) fn invoices_of(&self, viewer: &Viewer) -> Result<Invoices, CommerceError> {
        let partner = viewer.partner()?;
        let mut invoices: Vec<&SeedInvoice> = self
            .seed
            .invoices
            .iter()
            .filter(|i| i.partner_id == partner)
            .collect();
        invoices.sort_by(|a, b| b.date.cmp(&a.date));
        // Net of credit notes, as the account's credit used is.
        let outstanding: Decimal = invoices.iter().map(|i| i.owed()).sum();
        Ok(Invoices {
            invoices: invoices
                .into_iter()
                .map(|i| Invoice {
                    id: i.id,
                    kind: i.kind,
                    number: i.number.clone(),
                    date: i.date.clone(),
                    due: Some(i.due.clone()),
                    amount: self.money_with_tax(i.kind.sign() * i.amount),
                    residual: self.money_with_tax(i.owed()),
                    payment: i.payment_state,
                    pdf_url: None,
                    portal_url: None,
                })
                .collect(),
            outstanding: self.money_with_tax(outstanding),
        })
    }

    pub(super) fn account_of(&self, viewer: &Viewer) -> Result<Account, CommerceError> {
        let partner = viewer.partner()?;
        let customer = self
            .seed
            .customers
            .iter()
            .find(|c| c.id == partner)
            .ok_or(CommerceError::NotFound)?;
        let pricelist = self
            .pricelist(viewer)
            .map_or("Public Pricelist", |p| p.name.as_str());
        let orders = self.orders_of(partner);
        // Most bought: quantities summed over confirmed orders.
        let mut bought: Vec<(u64, i64)> = Vec::new();
        for line in orders
            .iter()
            .filter(|o| o.state == "sale")
            .flat_map(|o| &o.lines)
        {
            let milli = thousandths(&line.quantity).unwrap_or(0);
            match bought.iter_mut().find(|(id, _)| *id == line.product_id) {
                Some((_, total)) => *total += milli,
                None => bought.push((line.product_id, milli)),
            }
        }
        bought.sort_by_key(|b| std::cmp::Reverse(b.1));
        let limit = customer.credit_limit;
        Ok(Account {
            company: customer.name.clone(),
            pricelist: pricelist.to_owned(),
            credit_limit: (limit > Decimal::ZERO).then(|| self.money_with_tax(limit)),
            credit_used: self.money_with_tax(self.credit_used(partner)),
            recent_orders: self
                .recent_orders(viewer)?
                .into_iter()
                .take(RECENT)
                .collect(),
            top_products: bought
                .into_iter()
                .take(RECENT)
                .filter_map(|(id, milli)| {
                    let product = self.seed.products.iter().find(|p| p.id == id)?;
                    Some(Bought {
                        product_id: id,
                        name: self.name_for(viewer, product),
                        quantity: quantity_of(milli),
                        uom: self.uom_for(viewer, product),
                    })
                })
                .collect(),
        })
    }
}
