//! `showroom.ticket_card`: a support request that was created, with its reference and status.

use serde_json::Value;

use crate::format;
use crate::kit::{card, facts, field, heading, pill, text, Cx};
use crate::ui::{el, Element, Node};

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

pub fn view(data: &Value, cx: &Cx) -> Element {
    let (tone, label) = match text(data, "status") {
        Some("in_progress") => ("info", cx.t(IN_PROGRESS)),
        Some("waiting") => ("warn", cx.t(WAITING)),
        Some("solved") => ("good", cx.t(SOLVED)),
        _ => ("info", cx.t(NEW)),
    };
    let mut rows = vec![
        (cx.t(REFERENCE), field(cx, data, "reference")),
        (
            cx.t(CREATED),
            match text(data, "created") {
                Some(c) => Node::from(format::date_time(cx.locale, c)),
                None => field(cx, data, "created"),
            },
        ),
    ];
    if let Some(order) = text(data, "order") {
        rows.push((cx.t(ORDER), order.into()));
    }
    card(cx, "ticket", "ticket-card")
        .child(
            el("div")
                .class("sr-card__head")
                .child(heading(
                    el("span")
                        .text(format!("{}: ", cx.t(REQUEST)))
                        .child(field(cx, data, "subject")),
                ))
                .child(pill(tone, label).testid("ticket-state")),
        )
        .child(facts(rows))
}
