//! `showroom.ticket_card`: a support request that was created, with its reference and status.

use showroom_protocol::payload::{At, TicketCard, TicketStatus};
use showroom_ui::{el, Element, Node};

use crate::format;
use crate::kit::{card, facts, field, heading, pill, Cx};
use showroom_i18n::ticketcard;

pub fn view(data: At<'_, TicketCard>, cx: &Cx) -> Element {
    let (tone, label) = match data.status().get() {
        Some(TicketStatus::InProgress) => ("info", cx.t(ticketcard::IN_PROGRESS)),
        Some(TicketStatus::Waiting) => ("warn", cx.t(ticketcard::WAITING)),
        Some(TicketStatus::Solved) => ("good", cx.t(ticketcard::SOLVED)),
        Some(TicketStatus::New) | None => ("info", cx.t(ticketcard::NEW)),
    };
    let mut rows = vec![
        (cx.t(ticketcard::REFERENCE), field(cx, data.reference())),
        (
            cx.t(ticketcard::CREATED),
            match data.created().get() {
                Some(c) => Node::from(format::date_time(cx.locale, c)),
                None => field(cx, data.created()),
            },
        ),
    ];
    if let Some(order) = data.order().get() {
        rows.push((cx.t(ticketcard::ORDER), order.into()));
    }
    card(cx, "ticket", "ticket-card")
        .child(
            el("div")
                .class("sr-card__head")
                .child(heading(
                    el("span")
                        .text(format!("{}: ", cx.t(ticketcard::REQUEST)))
                        .child(field(cx, data.subject())),
                ))
                .child(pill(tone, label).testid("ticket-state")),
        )
        .child(facts(rows))
}
