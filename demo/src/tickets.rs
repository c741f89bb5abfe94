//! Support tickets opened in the demo store, kept in the thread database like its orders.

use serde::{Deserialize, Serialize};
use showroom_commerce::{CommerceError, NewTicket, Refusal, Role, Ticket, TicketStatus, Viewer};

use super::DemoStore;

/// A ticket as the demo store keeps it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DemoTicket {
    pub key: String,
    pub partner_id: u64,
    pub card: Ticket,
}

/// The kind under which tickets are stored.
pub const TICKET: &str = "ticket";

impl DemoStore {
    pub(super) fn open(
        &self,
        viewer: &Viewer,
        ticket: &NewTicket,
        key: &str,
    ) -> Result<Ticket, CommerceError> {
        let Role::Customer { partner_id } = viewer.role else {
            return Err(CommerceError::SignInRequired);
        };
        if let Some(order) = &ticket.order {
            // Only about one of their own orders.
            self.order_status_of(viewer, order)?;
        }
        let mut tickets = self.tickets.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(t) = tickets.iter().find(|t| t.key == key) {
            return match t.partner_id == partner_id {
                true => Ok(t.card.clone()),
                false => Err(CommerceError::refused(Refusal::UnknownApproval)),
            };
        }
        let now = self.clock.now();
        let card = Ticket {
            reference: format!("T{:05}", tickets.len() + 1),
            subject: ticket.subject.chars().take(120).collect(),
            status: TicketStatus::New,
            created: now
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
            order: ticket.order.clone(),
        };
        let kept = DemoTicket {
            key: key.to_owned(),
            partner_id,
            card: card.clone(),
        };
        self.keep(TICKET, key, partner_id, &kept);
        tickets.push(kept);
        Ok(card)
    }
}
