//! The customer's own records in Odoo: their orders (`sale.order` with its lines, deliveries and
//! invoices), posted customer invoices (`account.move`), and their account (pricelist, credit
//! limit and use, what they buy). Every domain is scoped to the session's commercial partner
//! (`child_of`, so their contacts' orders count too); an order of anyone else is not found.

use serde_json::{json, Value};
use showroom_commerce::money::from_json;
use showroom_commerce::{
    Account, Amount, Bought, CommerceError, Decimal, Invoice, InvoiceKind, Invoices, Order,
    OrderLine, OrderState, OrderSummary, Payment, Stage, Viewer,
};

use super::values::{day, many2one_name, rfc3339};
use super::OdooCommerce;
use crate::field_name;

/// How many orders the list and the account overview read.
const ORDERS_READ: u32 = 20;
/// How many the account overview shows, and how many most bought products.
const RECENT: usize = 5;

fn payment_state(value: &Value) -> Payment {
    match value.as_str() {
        Some("paid") => Payment::Paid,
        Some("partial") => Payment::Partial,
        Some("in_payment") => Payment::InPayment,
        Some("reversed") => Payment::Reversed,
        _ => Payment::NotPaid,
    }
}

/// The credit a customer may use and has used.
pub(super) struct Credit {
    /// `None` when no limit applies to them.
    pub limit: Option<Decimal>,
    /// Receivable (unpaid invoices) plus confirmed orders not invoiced yet.
    pub used: Decimal,
}

impl OdooCommerce {
    /// The customer's orders, newest first, with what is left to invoice on each.
    async fn order_rows(&self, partner: u64) -> Result<Vec<Value>, CommerceError> {
        Ok(self
            .client
            .search_read(
                "sale.order",
                json!([["partner_id", "child_of", partner]]),
                &[
                    "name",
                    "state",
                    "date_order",
                    "amount_total",
                    "amount_to_invoice",
                ],
                Some(ORDERS_READ),
                Some("date_order desc, id desc"),
                None,
            )
            .await?)
    }

    pub(super) async fn recent_orders(
        &self,
        viewer: &Viewer,
    ) -> Result<Vec<OrderSummary>, CommerceError> {
        let rows = self.order_rows(viewer.partner()?).await?;
        rows.iter().map(|o| self.summary(o)).collect()
    }

    fn summary(&self, order: &Value) -> Result<OrderSummary, CommerceError> {
        Ok(OrderSummary {
            id: order["id"].as_u64().unwrap_or_default(),
            reference: order["name"].as_str().unwrap_or_default().to_owned(),
            date: day(&order["date_order"]).unwrap_or_default(),
            total: self.total_of(order, "amount_total")?,
            state: order["state"]
                .as_str()
                .and_then(OrderState::from_odoo)
                .ok_or_else(|| CommerceError::BadData("sale.order.state".into()))?,
        })
    }

    /// What the customer may use and has used: the partner's own limit (when one applies) and
    /// receivable, plus confirmed orders not invoiced yet (`orders`, already read).
    pub(super) async fn credit(
        &self,
        partner: u64,
        orders: &[Value],
    ) -> Result<(Value, Credit), CommerceError> {
        let partners = self
            .client
            .read(
                "res.partner",
                &[partner],
                &[
                    "name",
                    "property_product_pricelist",
                    "credit_limit",
                    "use_partner_credit_limit",
                    "credit",
                ],
                None,
            )
            .await?;
        let record = partners.into_iter().next().ok_or(CommerceError::NotFound)?;
        let to_invoice = orders
            .iter()
            .filter(|o| o["state"] == "sale")
            .map(|o| from_json(&o["amount_to_invoice"], "amount_to_invoice"))
            .sum::<Result<Decimal, _>>()?;
        let limit = from_json(&record["credit_limit"], "credit_limit")?;
        let credit = Credit {
            limit: (record["use_partner_credit_limit"] == true && limit > Decimal::ZERO)
                .then_some(limit),
            used: from_json(&record["credit"], "credit")? + to_invoice,
        };
        Ok((record, credit))
    }

    pub(super) async fn order_status_of(
        &self,
        viewer: &Viewer,
        reference: &str,
    ) -> Result<Order, CommerceError> {
        let partner = viewer.partner()?;
        let found = self
            .client
            .search_read(
                "sale.order",
                json!([
                    ["partner_id", "child_of", partner],
                    ["name", "=ilike", reference.trim()]
                ]),
                &[
                    "name",
                    "state",
                    "date_order",
                    "amount_total",
                    "order_line",
                    "picking_ids",
                    "invoice_ids",
                ],
                Some(1),
                None,
                None,
            )
            .await?;
        let order = found.first().ok_or(CommerceError::NotFound)?;
        let ids = |field: &str| -> Vec<u64> {
            order[field]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_u64).collect())
                .unwrap_or_default()
        };
        let uom = field_name(self.client.version(), "sale.order.line", "product_uom");
        let lines = self
            .client
            .read(
                "sale.order.line",
                &ids("order_line"),
                &[
                    "name",
                    "product_id",
                    "product_uom_qty",
                    "qty_delivered",
                    uom,
                    "price_subtotal",
                    "display_type",
                ],
                None,
            )
            .await?;
        let pickings = match ids("picking_ids") {
            p if p.is_empty() => Vec::new(),
            p => {
                self.client
                    .read(
                        "stock.picking",
                        &p,
                        &[
                            "state",
                            "date_done",
                            "carrier_tracking_ref",
                            "picking_type_code",
                        ],
                        None,
                    )
                    .await?
            }
        };
        let invoices = match ids("invoice_ids") {
            i if i.is_empty() => Vec::new(),
            i => {
                self.client
                    .read(
                        "account.move",
                        &i,
                        &["state", "move_type", "invoice_date"],
                        None,
                    )
                    .await?
            }
        };
        let shipped: Vec<&Value> = pickings
            .iter()
            .filter(|p| p["picking_type_code"] == "outgoing" && p["state"] == "done")
            .collect();
        let confirmed = matches!(order["state"].as_str(), Some("sale"));
        let lines = lines
            .iter()
            .filter(|l| !l["display_type"].is_string())
            .map(|l| {
                Ok(OrderLine {
                    id: l["id"].as_u64().unwrap_or_default(),
                    product_id: l["product_id"][0].as_u64(),
                    name: many2one_name(&l["product_id"]),
                    quantity: quantity(&l["product_uom_qty"], "product_uom_qty")?,
                    delivered: quantity(&l["qty_delivered"], "qty_delivered")?,
                    uom: many2one_name(&l[uom]),
                    subtotal: self.money_of(l, "price_subtotal")?,
                    // Confirmed and nothing shipped: Odoo lets the quantity change.
                    changeable: confirmed
                        && shipped.is_empty()
                        && l["qty_delivered"].as_f64().unwrap_or(0.0) == 0.0,
                })
            })
            .collect::<Result<Vec<OrderLine>, CommerceError>>()?;
        let first_shipped = shipped
            .iter()
            .filter_map(|p| rfc3339(&p["date_done"]))
            .min();
        let all_delivered = !lines.is_empty() && lines.iter().all(|l| l.delivered >= l.quantity);
        let last_shipped = shipped
            .iter()
            .filter_map(|p| rfc3339(&p["date_done"]))
            .max();
        let invoiced = invoices
            .iter()
            .filter(|i| i["state"] == "posted" && i["move_type"] == "out_invoice")
            .filter_map(|i| rfc3339(&i["invoice_date"]).map(|d| format!("{d}T12:00:00Z")))
            .min();
        let date = rfc3339(&order["date_order"]);
        let confirmed = matches!(order["state"].as_str(), Some("sale" | "done"));
        let stages = vec![
            (Stage::Quotation, date.clone()),
            (Stage::Confirmed, date.filter(|_| confirmed)),
            (Stage::Picking, first_shipped),
            (Stage::Delivered, last_shipped.filter(|_| all_delivered)),
            (Stage::Invoiced, invoiced),
        ];
        let tracking = shipped
            .iter()
            .find_map(|p| p["carrier_tracking_ref"].as_str())
            .map(str::to_owned);
        Ok(Order {
            id: order["id"].as_u64().unwrap_or_default(),
            reference: order["name"].as_str().unwrap_or_default().to_owned(),
            stages,
            tracking,
            lines,
            total: self.total_of(order, "amount_total")?,
        })
    }

    /// The customer's posted invoices and credit notes in one round trip. Each is in its own
    /// currency (`currency_id`), tax included, a credit note's amounts as credits; what is
    /// outstanding is Odoo's signed residual in the company's currency summed
    /// (`amount_residual_signed`, negative on a credit note), so it is the partner's receivable
    /// — the `credit` the account view reads — as far as these documents make it.
    pub(super) async fn invoices_of(&self, viewer: &Viewer) -> Result<Invoices, CommerceError> {
        let partner = viewer.partner()?;
        let rows = self
            .client
            .search_read(
                "account.move",
                json!([
                    ["move_type", "in", ["out_invoice", "out_refund"]],
                    ["state", "=", "posted"],
                    ["partner_id", "child_of", partner]
                ]),
                &[
                    "name",
                    "move_type",
                    "currency_id",
                    "invoice_date",
                    "invoice_date_due",
                    "amount_total",
                    "amount_residual",
                    "amount_residual_signed",
                    "payment_state",
                    "access_url",
                ],
                Some(50),
                Some("invoice_date desc, id desc"),
                None,
            )
            .await?;
        let outstanding = rows
            .iter()
            .map(|i| from_json(&i["amount_residual_signed"], "amount_residual_signed"))
            .sum::<Result<Decimal, _>>()?;
        let portal = |i: &Value| {
            i["access_url"]
                .as_str()
                .filter(|path| path.starts_with('/'))
                .map(|path| format!("{}{path}", self.base_url))
        };
        Ok(Invoices {
            invoices: rows
                .iter()
                .map(|i| {
                    let kind = i["move_type"]
                        .as_str()
                        .and_then(InvoiceKind::from_odoo)
                        .ok_or_else(|| CommerceError::BadData("account.move.move_type".into()))?;
                    let currency = self.currency_of(i);
                    // Odoo keeps both amounts positive on a credit note; the list shows credits.
                    let signed = |field: &str| -> Result<Amount, CommerceError> {
                        Ok(currency.amount(kind.sign() * from_json(&i[field], field)?, true))
                    };
                    Ok(Invoice {
                        id: i["id"].as_u64().unwrap_or_default(),
                        kind,
                        number: i["name"].as_str().unwrap_or_default().to_owned(),
                        date: rfc3339(&i["invoice_date"]).unwrap_or_default(),
                        due: rfc3339(&i["invoice_date_due"]),
                        amount: signed("amount_total")?,
                        residual: signed("amount_residual")?,
                        payment: payment_state(&i["payment_state"]),
                        pdf_url: portal(i)
                            .map(|url| format!("{url}?report_type=pdf&download=true")),
                        portal_url: portal(i),
                    })
                })
                .collect::<Result<_, CommerceError>>()?,
            outstanding: self.currency.amount(outstanding, true),
        })
    }

    pub(super) async fn account_of(&self, viewer: &Viewer) -> Result<Account, CommerceError> {
        let partner = viewer.partner()?;
        let orders = self.order_rows(partner).await?;
        let (record, credit) = self.credit(partner, &orders).await?;
        let uom = field_name(self.client.version(), "sale.order.line", "product_uom");
        let lines = self
            .client
            .search_read(
                "sale.order.line",
                json!([
                    ["order_partner_id", "child_of", partner],
                    ["state", "=", "sale"],
                    ["display_type", "=", false]
                ]),
                &["product_id", "product_uom_qty", uom],
                Some(500),
                None,
                None,
            )
            .await?;
        let mut bought: Vec<(u64, String, Decimal, String)> = Vec::new();
        for line in &lines {
            let id = line["product_id"][0].as_u64().unwrap_or_default();
            let quantity = quantity(&line["product_uom_qty"], "product_uom_qty")?;
            match bought.iter_mut().find(|b| b.0 == id) {
                Some(b) => b.2 += quantity,
                None => bought.push((
                    id,
                    many2one_name(&line["product_id"]),
                    quantity,
                    many2one_name(&line[uom]),
                )),
            }
        }
        bought.sort_by_key(|b| std::cmp::Reverse(b.2));
        Ok(Account {
            company: record["name"].as_str().unwrap_or_default().to_owned(),
            pricelist: many2one_name(&record["property_product_pricelist"]),
            credit_limit: credit.limit.map(|l| self.money_with_tax(l)),
            credit_used: self.money_with_tax(credit.used),
            recent_orders: (orders.iter().take(RECENT))
                .map(|o| self.summary(o))
                .collect::<Result<_, CommerceError>>()?,
            top_products: bought
                .into_iter()
                .take(RECENT)
                .map(|(product_id, name, quantity, uom)| Bought {
                    product_id,
                    name,
                    quantity,
                    uom,
                })
                .collect(),
        })
    }
}

/// A quantity Odoo gives as a float, read from its digits: 2.0 is 2, 2.5 is 2.5.
fn quantity(value: &Value, field: &str) -> Result<Decimal, CommerceError> {
    Ok(from_json(value, field)?.normalize())
}
