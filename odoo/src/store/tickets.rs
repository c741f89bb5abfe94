//! Support tickets in Odoo: a `crm.lead` when the CRM module is installed, otherwise a note on
//! the customer's contact (`res.partner.message_post`), detected by asking for the lead. Our key is
//! written into the ticket and searched first, so an approval given twice opens one ticket.

use crate::Call;
use serde_json::{json, Map, Value};
use showroom_commerce::{CommerceError, NewTicket, Role, Ticket, TicketStatus, Viewer};

use super::values::rfc3339;
use super::OdooCommerce;

/// Text for Odoo's HTML fields.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl OdooCommerce {
    pub(super) async fn open(
        &self,
        viewer: &Viewer,
        ticket: &NewTicket,
        key: &str,
    ) -> Result<Ticket, CommerceError> {
        let Role::Customer { partner_id } = viewer.role else {
            return Err(CommerceError::SignInRequired);
        };
        if let Some(order) = &ticket.order {
            self.order_status_of(viewer, order).await?;
        }
        let marker = format!("showroom:{key}");
        let body = format!(
            "<p>{}</p>{}<p>{marker}</p>",
            escape(&ticket.description),
            ticket
                .order
                .as_ref()
                .map(|o| format!("<p>Order {}</p>", escape(o)))
                .unwrap_or_default()
        );
        let card = |reference: String, created: &Value| Ticket {
            reference,
            subject: ticket.subject.clone(),
            status: TicketStatus::New,
            created: rfc3339(created).unwrap_or_default(),
            order: ticket.order.clone(),
        };
        // Looking for our key in the leads also tells whether CRM is installed: without it the
        // model does not exist and Odoo refuses the call.
        let domain = json!([
            ["partner_id", "=", partner_id],
            ["description", "ilike", marker]
        ]);
        let leads = self
            .client
            .search_read(
                "crm.lead",
                domain.clone(),
                &["create_date"],
                Some(1),
                None,
                None,
            )
            .await;
        match leads {
            Ok(found) => {
                if let Some(lead) = found.first() {
                    let id = lead["id"].as_u64().unwrap_or_default();
                    return Ok(card(format!("L{id:05}"), &lead["create_date"]));
                }
                let values = json!({
                    "name": ticket.subject,
                    "partner_id": partner_id,
                    "description": body,
                });
                let ids = self
                    .client
                    .create("crm.lead", vec![values], None)
                    .await
                    .map_err(|_| CommerceError::Unavailable)?;
                let id = *ids.first().ok_or(CommerceError::Unavailable)?;
                return Ok(Ticket {
                    created: self.clock.now_rfc3339(),
                    ..card(format!("L{id:05}"), &Value::Null)
                });
            }
            Err(error) if !error.is_transient() => {}
            Err(error) => return Err(error.into()),
        }
        let domain = json!([
            ["model", "=", "res.partner"],
            ["res_id", "=", partner_id],
            ["body", "ilike", marker]
        ]);
        let found = self
            .client
            .search_read("mail.message", domain, &["date"], Some(1), None, None)
            .await?;
        if let Some(message) = found.first() {
            let id = message["id"].as_u64().unwrap_or_default();
            return Ok(card(format!("M{id:05}"), &message["date"]));
        }
        let mut params = Map::new();
        params.insert("body".into(), json!(body));
        params.insert("subject".into(), json!(ticket.subject));
        let id = self
            .client
            .call(
                "res.partner",
                "message_post",
                Some(&[partner_id]),
                params,
                None,
                Call::Write,
            )
            .await
            .map_err(|_| CommerceError::Unavailable)?;
        let id = id.as_u64().unwrap_or_default();
        Ok(card(format!("M{id:05}"), &Value::Null))
    }
}
