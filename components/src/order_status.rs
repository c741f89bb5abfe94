//! `showroom.order_status`: an order's timeline (quotation, confirmed, picking, delivered,
//! invoiced), its tracking reference, and the changes the order still allows.

use serde_json::{json, Value};
use showroom_protocol::Action;

use crate::format;
use crate::kit::{
    as_of, card, field, heading, icon_action, list, money, num, quantity, quantity_input, table,
    text, Cx,
};
use crate::ui::{el, Element, Node};

crate::texts! {
    ORDER = "Order", "Bestelling", "Bestellung";
    QUOTATION = "Quotation", "Offerte", "Angebot";
    CONFIRMED = "Confirmed", "Bevestigd", "Bestätigt";
    PICKING = "Being picked", "Wordt verzameld", "In Kommissionierung";
    DELIVERED = "Delivered", "Geleverd", "Geliefert";
    INVOICED = "Invoiced", "Gefactureerd", "Berechnet";
    NOT_YET = "not yet", "nog niet", "noch nicht";
    TRACKING = "Tracking", "Track & trace", "Sendungsverfolgung";
    PRODUCT = "Product", "Product", "Produkt";
    ORDERED = "Ordered", "Besteld", "Bestellt";
    DELIVERED_QTY = "Delivered", "Geleverd", "Geliefert";
    SUBTOTAL = "Subtotal", "Subtotaal", "Zwischensumme";
    TOTAL = "Total", "Totaal", "Gesamt";
    QUANTITY_OF = "Quantity of", "Aantal van", "Menge von";
    CANCEL_LINE = "Cancel line", "Regel annuleren", "Position stornieren";
}

fn step_label(cx: &Cx, step: &str) -> &'static str {
    match step {
        "quotation" => cx.t(QUOTATION),
        "confirmed" => cx.t(CONFIRMED),
        "picking" => cx.t(PICKING),
        "delivered" => cx.t(DELIVERED),
        _ => cx.t(INVOICED),
    }
}

pub fn view(data: &Value, cx: &Cx) -> Element {
    let timeline = list(data, "timeline");
    // The last milestone reached is the order's current step.
    let current = timeline
        .iter()
        .rposition(|m| m.get("at").is_some_and(|a| !a.is_null()));
    let steps = el("ol")
        .class("sr-timeline")
        .testid("order-timeline")
        .children(timeline.iter().enumerate().map(|(i, m)| {
            let at = text(m, "at");
            let mut item = el("li")
                .class(if at.is_some() {
                    "sr-timeline__step sr-timeline__step--done"
                } else {
                    "sr-timeline__step"
                })
                .child(
                    el("span")
                        .class("sr-timeline__label")
                        .text(step_label(cx, text(m, "step").unwrap_or_default())),
                )
                .child(el("small").text(match at {
                    Some(at) => format::date(cx.locale, at),
                    None => cx.t(NOT_YET).to_owned(),
                }));
            if Some(i) == current {
                item = item.attr("aria-current", "step");
            }
            item
        }));
    let rows: Vec<Element> = list(data, "lines")
        .iter()
        .map(|line| {
            let id = line.get("id").cloned().unwrap_or(Value::Null);
            let name = text(line, "name").unwrap_or_default();
            let changeable = line.get("changeable").and_then(Value::as_bool) == Some(true);
            let qty: Node = match text(line, "quantity") {
                Some(q) if changeable => quantity_input(
                    cx,
                    &format!("{} {name}", cx.t(QUANTITY_OF)),
                    q,
                    Action::OrderSetQuantity,
                    json!({ "orderId": data.get("id"), "lineId": id }),
                ),
                q => quantity(cx, q),
            };
            let cancel = changeable
                .then(|| {
                    icon_action(
                        cx,
                        "×",
                        &format!("{} {name}", cx.t(CANCEL_LINE)),
                        Action::OrderCancelLine,
                        json!({ "orderId": data.get("id"), "lineId": id }),
                    )
                })
                .flatten();
            el("tr")
                .testid("order-line")
                .child(el("th").attr("scope", "row").child(field(cx, line, "name")))
                .child(num(qty))
                .child(num(quantity(cx, text(line, "delivered"))))
                .child(num(money(cx, line.get("subtotal"))).children(cancel))
        })
        .collect();
    let head: Vec<Node> = [PRODUCT, ORDERED, DELIVERED_QTY, SUBTOTAL]
        .iter()
        .map(|t| Node::from(cx.t(*t)))
        .collect();
    let title: Node = match text(data, "reference") {
        Some(r) => format!("{} {r}", cx.t(ORDER)).into(),
        None => field(cx, data, "reference"),
    };
    let mut body = card(cx, "order", "order-status")
        .child(heading(title))
        .child(steps);
    if let Some(tracking) = text(data, "tracking") {
        body = body.child(
            el("p")
                .class("sr-card__note")
                .testid("order-tracking")
                .text(format!("{}: ", cx.t(TRACKING)))
                .child(el("code").text(tracking)),
        );
    }
    body.child(table(cx.t(ORDER), head, rows))
        .child(
            el("p")
                .class("sr-totals__total")
                .text(format!("{} ", cx.t(TOTAL)))
                .child(el("strong").child(money(cx, data.get("total")))),
        )
        .child(as_of(cx))
}
