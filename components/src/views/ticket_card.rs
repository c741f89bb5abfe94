//! `showroom.ticket_card`: a support request that was created, with its reference and status.

use showroom_protocol::payload::{At, TicketCard, TicketStatus};
use showroom_ui::{el, Element, Node};

use crate::format;
use crate::kit::{card, facts, field, heading, pill, Cx};

crate::texts! {
    REQUEST = "Support request", "Supportverzoek", "Supportanfrage";
    REFERENCE = "Reference", "Referentie", "Referenz";
    CREATED = "Created", "Aangemaakt", "Erstellt";
    ORDER = "Order", "Bestelling", "Bestellung";
    NEW = "New", "Nieuw", "Neu";
    IN_PROGRESS = "In progress", "In behandeling", "In Bearbeitung";
    WAITING = "Waiting for you", "Wacht op jou", "Wartet auf Sie";
    SOLVED = "Solved", "Opgelost", "Gelöst";
}

pub fn view(data: At<'_, TicketCard>, cx: &Cx) -> Element {
    let (tone, label) = match data.status().get() {
        Some(TicketStatus::InProgress) => ("info", cx.t(IN_PROGRESS)),
        Some(TicketStatus::Waiting) => ("warn", cx.t(WAITING)),
        Some(TicketStatus::Solved) => ("good", cx.t(SOLVED)),
        Some(TicketStatus::New) | None => ("info", cx.t(NEW)),
    };
    let mut rows = vec![
        (cx.t(REFERENCE), field(cx, data.reference())),
        (
            cx.t(CREATED),
            match data.created().get() {
                Some(c) => Node::from(format::date_time(cx.locale, c)),
                None => field(cx, data.created()),
            },
        ),
    ];
    if let Some(order) = data.order().get() {
        rows.push((cx.t(ORDER), order.into()));
    }
    card(cx, "ticket", "ticket-card")
        .child(
            el("div")
                .class("sr-card__head")
                .child(heading(
                    el("span")
                        .text(format!("{}: ", cx.t(REQUEST)))
                        .child(field(cx, data.subject())),
                ))
                .child(pill(tone, label).testid("ticket-state")),
        )
        .child(facts(rows))
}
