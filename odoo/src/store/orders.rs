//! Quotations and orders in Odoo, by Odoo's own flow: an approved quote becomes a `sale.order`
//! made with its lines in one call (one transaction), marked sent as a salesperson marks one
//! (`action_quotation_sent`), and handed to the customer by its tokenised portal link
//! (`get_portal_url`), which opens without signing in. Accepting it in the chat has Odoo confirm
//! it (`action_confirm`), then signs it in the buyer's name, unless the shop asks for an online
//! signature or payment: that is done on Odoo's portal page. A discount the buyer asked for becomes a to-do
//! activity on the quotation for its salesperson (`activity_schedule`), scheduled before it is
//! marked sent so that a retry after a failure never loses it. Our idempotency key lives in `origin` (the
//! source document, filled by integrations), so `client_order_ref` stays the buyer's own
//! purchase-order reference. Every step is scoped to the customer's commercial partner.

use std::sync::atomic::Ordering;

use serde_json::{json, Map, Value};
use showroom_commerce::money::{from_json, parse};

use crate::{Call, OdooError, OdooVersion};

use showroom_commerce::{
    Acceptance, BackOrder, CommerceError, Order, OrderState, Quotation, QuotationNotes, Refusal,
    Role, Viewer,
};

use super::OdooCommerce;

/// What the customer sees of a quotation they were sent.
const QUOTATION_FIELDS: &[&str] = &[
    "name",
    "state",
    "client_order_ref",
    "require_signature",
    "require_payment",
    "validity_date",
    "expected_date",
    "is_expired",
];

/// The website's "continue selling when out of stock" setting (`website_sale_stock`); a shop
/// without that module sells whatever is asked, as its back office does.
const STOCK_POLICY_FIELD: &str = "allow_out_of_stock_order";

/// Odoo's judgement on a write (a rule it enforces) is shown as it says it; anything else means
/// the shop could not be reached and nothing may be assumed.
fn refused_or_unavailable(error: OdooError) -> CommerceError {
    match error {
        OdooError::User(message) | OdooError::Validation(message) => {
            CommerceError::refused(Refusal::Stated(message))
        }
        OdooError::Access(_) | OdooError::Missing(_) => CommerceError::refused(Refusal::NotAllowed),
        _ => CommerceError::Unavailable,
    }
}

/// A date or datetime field as `YYYY-MM-DD` (Odoo sends `false` when it has none).
fn day_of(value: &Value) -> Option<String> {
    value.as_str().and_then(|d| d.get(..10)).map(str::to_owned)
}

impl OdooCommerce {
    /// Sends `lines` to the viewer as a quotation (see the module doc); the same `key` again
    /// answers with the quotation made the first time.
    pub(super) async fn send_quotation_of(
        &self,
        viewer: &Viewer,
        lines: &[(u64, String)],
        notes: &QuotationNotes,
        key: &str,
    ) -> Result<Quotation, CommerceError> {
        let Role::Customer { partner_id } = viewer.role else {
            return Err(CommerceError::SignInRequired);
        };
        // The same approval again finds the quotation it made (sent, or made and not yet
        // marked sent when that step failed): never a second one.
        let found = self
            .client
            .search_read(
                "sale.order",
                json!([["origin", "=", key], ["partner_id", "=", partner_id]]),
                &["state"],
                Some(1),
                None,
                None,
            )
            .await?;
        let (id, back_orders) = match found.first() {
            Some(order) => {
                let id = order["id"].as_u64().ok_or(CommerceError::Unavailable)?;
                if order["state"] != "draft" {
                    return self.quotation(id, Vec::new(), notes).await;
                }
                (id, Vec::new())
            }
            None => {
                let back_orders = self.back_orders(lines).await?;
                let order_line: Vec<Value> = lines
                    .iter()
                    .map(|(product, quantity)| {
                        let qty: f64 = quantity.parse().unwrap_or(0.0);
                        json!([0, 0, {"product_id": product, "product_uom_qty": qty}])
                    })
                    .collect();
                let mut values = json!({
                    "partner_id": partner_id,
                    "origin": key,
                    "order_line": order_line,
                });
                if let Some(reference) = &notes.customer_reference {
                    values["client_order_ref"] = json!(reference);
                }
                let ids = self
                    .client
                    .create("sale.order", vec![values], None)
                    .await
                    .map_err(refused_or_unavailable)?;
                (*ids.first().ok_or(CommerceError::Unavailable)?, back_orders)
            }
        };
        if let Some(words) = &notes.discount_request {
            self.put_to_salesperson(id, words).await?;
        }
        self.call_on_order(id, "action_quotation_sent").await?;
        self.quotation(id, back_orders, notes).await
    }

    /// A discount the buyer asked for, as a to-do for the quotation's salesperson.
    async fn put_to_salesperson(&self, id: u64, words: &str) -> Result<(), CommerceError> {
        let orders = self
            .client
            .read("sale.order", &[id], &["user_id"], None)
            .await?;
        let mut params = Map::new();
        params.insert(
            "act_type_xmlid".into(),
            json!("mail.mail_activity_data_todo"),
        );
        params.insert("summary".into(), json!("Discount requested in the chat"));
        params.insert("note".into(), json!(paragraph(words)));
        if let Some(salesperson) = orders.first().and_then(|o| o["user_id"][0].as_u64()) {
            params.insert("user_id".into(), json!(salesperson));
        }
        self.client
            .call(
                "sale.order",
                "activity_schedule",
                Some(&[id]),
                params,
                None,
                Call::Write,
            )
            .await
            .map_err(refused_or_unavailable)?;
        Ok(())
    }

    /// Accepts one of the viewer's sent quotations in `signer`'s name and confirms it, when the
    /// shop does not ask for an online signature or payment.
    pub(super) async fn accept_quotation_of(
        &self,
        viewer: &Viewer,
        id: u64,
        signer: &str,
    ) -> Result<Quotation, CommerceError> {
        let Role::Customer { partner_id } = viewer.role else {
            return Err(CommerceError::SignInRequired);
        };
        let found = self
            .client
            .search_read(
                "sale.order",
                json!([["id", "=", id], ["partner_id", "=", partner_id]]),
                QUOTATION_FIELDS,
                Some(1),
                None,
                None,
            )
            .await?;
        let order = found.first().ok_or(CommerceError::NotFound)?;
        match order["state"].as_str() {
            // Accepted already (in the chat, on the portal, or by a salesperson).
            Some("sale" | "done") => {
                return self
                    .quotation(id, Vec::new(), &QuotationNotes::default())
                    .await
            }
            Some("draft" | "sent") if order["is_expired"] != true => {}
            _ => return Err(CommerceError::refused(Refusal::QuotationClosed)),
        }
        if acceptance_of(order) != Acceptance::InChat {
            return Err(CommerceError::refused(Refusal::AcceptInPortal));
        }
        let signed_on = self
            .clock
            .now()
            .format(&time::macros::format_description!(
                "[year]-[month]-[day] [hour]:[minute]:[second]"
            ))
            .map_err(|_| CommerceError::Unavailable)?;
        // Confirmed first, then signed: a confirmation Odoo refuses (a rule, a right the bot
        // lacks) leaves the quotation exactly as it was, never signed but not accepted.
        self.call_on_order(id, "action_confirm").await?;
        self.client
            .write(
                "sale.order",
                &[id],
                json!({ "signed_by": signer, "signed_on": signed_on }),
                None,
            )
            .await
            .map_err(refused_or_unavailable)?;
        self.quotation(id, Vec::new(), &QuotationNotes::default())
            .await
    }

    /// Calls one of `sale.order`'s workflow methods on order `id`.
    async fn call_on_order(&self, id: u64, method: &str) -> Result<Value, CommerceError> {
        self.client
            .call(
                "sale.order",
                method,
                Some(&[id]),
                Map::new(),
                None,
                Call::Write,
            )
            .await
            .map_err(refused_or_unavailable)
    }

    /// The lines asking for more of a storable product than is free now. Refused outright when
    /// the shop does not sell that product out of stock; else taken, to be delivered later.
    async fn back_orders(&self, lines: &[(u64, String)]) -> Result<Vec<BackOrder>, CommerceError> {
        let ids: Vec<u64> = lines.iter().map(|(id, _)| *id).collect();
        // Odoo 17 marks storable products by type; 18 on has `is_storable`.
        let storable_field = match self.client.version() {
            OdooVersion::V17 => "type",
            _ => "is_storable",
        };
        let policy = !self.no_stock_policy.load(Ordering::Relaxed);
        let mut fields = vec!["name", "free_qty", storable_field];
        if policy {
            fields.push(STOCK_POLICY_FIELD);
        }
        let products = match self
            .client
            .read("product.product", &ids, &fields, None)
            .await
        {
            Err(OdooError::Server(said)) if policy && said.contains(STOCK_POLICY_FIELD) => {
                // No website stock module: Odoo takes any quantity.
                self.no_stock_policy.store(true, Ordering::Relaxed);
                fields.pop();
                self.client
                    .read("product.product", &ids, &fields, None)
                    .await?
            }
            read => read?,
        };
        let mut back_orders = Vec::new();
        for (id, quantity) in lines {
            let product = products
                .iter()
                .find(|p| p["id"].as_u64() == Some(*id))
                .ok_or(CommerceError::ProductNotFound(*id))?;
            let storable = product[storable_field] == true || product[storable_field] == "product";
            let free = from_json(&product["free_qty"], "free_qty")?;
            let wanted = parse(quantity).unwrap_or_default();
            if !storable || wanted <= free {
                continue;
            }
            let name = product["name"].as_str().unwrap_or_default().to_owned();
            let available = free.max(Default::default()).normalize();
            if product[STOCK_POLICY_FIELD] == false {
                return Err(CommerceError::refused(Refusal::OutOfStock {
                    product: name,
                    available,
                    uom: None,
                    wanted: wanted.normalize(),
                }));
            }
            back_orders.push(BackOrder {
                product: name,
                wanted: wanted.normalize(),
                available,
            });
        }
        Ok(back_orders)
    }

    /// The quotation as the customer sees it, with its tokenised portal and PDF links.
    async fn quotation(
        &self,
        id: u64,
        back_orders: Vec<BackOrder>,
        notes: &QuotationNotes,
    ) -> Result<Quotation, CommerceError> {
        // Odoo makes the link's token when it is first asked for, as when it mails a quotation.
        let path = self
            .client
            .call(
                "sale.order",
                "get_portal_url",
                Some(&[id]),
                Map::new(),
                None,
                Call::Write,
            )
            .await?;
        let portal_url = path
            .as_str()
            .filter(|path| path.starts_with('/') && !path.starts_with("//"))
            .map(|path| format!("{}{path}", self.base_url));
        let orders = self
            .client
            .read("sale.order", &[id], QUOTATION_FIELDS, None)
            .await?;
        let order = orders.first().ok_or(CommerceError::Unavailable)?;
        let state = order["state"]
            .as_str()
            .and_then(OrderState::from_odoo)
            .ok_or_else(|| CommerceError::BadData("state".into()))?;
        Ok(Quotation {
            id,
            reference: order["name"].as_str().unwrap_or_default().to_owned(),
            state,
            customer_reference: order["client_order_ref"].as_str().map(str::to_owned),
            pdf_url: portal_url
                .as_ref()
                .map(|url| format!("{url}&report_type=pdf&download=true")),
            portal_url,
            acceptance: acceptance_of(order),
            valid_until: day_of(&order["validity_date"]),
            expected_date: day_of(&order["expected_date"]),
            back_orders,
            discount_request: notes.discount_request.clone(),
        })
    }

    /// Sets a line of one of the viewer's confirmed orders to `quantity` while nothing of it has
    /// shipped (checked on the order as Odoo has it now), then reads the order again.
    pub(super) async fn change(
        &self,
        viewer: &Viewer,
        reference: &str,
        line_id: u64,
        quantity: &str,
    ) -> Result<Order, CommerceError> {
        let status = self.order_status_of(viewer, reference).await?;
        let line = status
            .lines
            .iter()
            .find(|l| l.id == line_id)
            .ok_or(CommerceError::NotFound)?;
        if !line.changeable {
            return Err(CommerceError::refused(Refusal::LineOnItsWay));
        }
        let qty: f64 = quantity
            .parse()
            .ok()
            .filter(|q: &f64| q.is_finite() && *q >= 0.0)
            .ok_or_else(|| CommerceError::BadQuantity(quantity.to_owned()))?;
        self.client
            .write(
                "sale.order.line",
                &[line_id],
                json!({ "product_uom_qty": qty }),
                None,
            )
            .await
            .map_err(refused_or_unavailable)?;
        self.order_status_of(viewer, reference).await
    }
}

/// The buyer's words as one HTML paragraph (an activity's note is HTML), escaped.
fn paragraph(words: &str) -> String {
    let escaped = words
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!("<p>{escaped}</p>")
}

/// How the shop lets this quotation be accepted.
fn acceptance_of(order: &Value) -> Acceptance {
    if order["require_payment"] == true {
        Acceptance::PayInPortal
    } else if order["require_signature"] == true {
        Acceptance::SignInPortal
    } else {
        Acceptance::InChat
    }
}
