//! `showroom.order_status`: an order's timeline (quotation, confirmed, picking, delivered,
//! invoiced), its tracking reference, and the changes the order still allows.

use serde_json::json;
use showroom_protocol::payload::{At, OrderStatus, Step};
use showroom_protocol::Action;
use showroom_ui::{el, Element, Node};

use crate::format;
use crate::kit::{
    as_of, card, field, heading, icon_action, money, num, quantity, quantity_input, table, Cx,
};
use showroom_i18n::orderstatus;

fn step_label(cx: &Cx, step: Option<Step>) -> &'static str {
    match step {
        Some(Step::Quotation) => cx.t(orderstatus::QUOTATION),
        Some(Step::Confirmed) => cx.t(orderstatus::CONFIRMED),
        Some(Step::Picking) => cx.t(orderstatus::PICKING),
        Some(Step::Delivered) => cx.t(orderstatus::DELIVERED),
        Some(Step::Invoiced) | None => cx.t(orderstatus::INVOICED),
    }
}

pub fn view(data: At<'_, OrderStatus>, cx: &Cx) -> Element {
    let timeline = data.timeline();
    // The last milestone reached is the order's current step.
    let current = timeline.iter().rposition(|m| m.at().is_present());
    let steps = el("ol")
        .class("sr-timeline")
        .testid("order-timeline")
        .children(timeline.iter().enumerate().map(|(i, m)| {
            let at = m.at().get();
            let mut item = el("li")
                .class(if at.is_some() {
                    "sr-timeline__step sr-timeline__step--done"
                } else {
                    "sr-timeline__step"
                })
                .child(
                    el("span")
                        .class("sr-timeline__label")
                        .text(step_label(cx, m.step().get())),
                )
                .child(el("small").text(match at {
                    Some(at) => format::date(cx.locale, at),
                    None => cx.t(orderstatus::NOT_YET).to_owned(),
                }));
            if Some(i) == current {
                item = item.attr("aria-current", "step");
            }
            item
        }));
    let order_id = data.id().get();
    let rows: Vec<Element> = data
        .lines()
        .iter()
        .map(|line| {
            let id = line.id().get();
            let name = line.name().get().unwrap_or_default();
            let changeable = line.changeable().get() == Some(true);
            let qty: Node = match line.quantity().get() {
                Some(q) if changeable => quantity_input(
                    cx,
                    &format!("{} {name}", cx.t(orderstatus::QUANTITY_OF)),
                    q,
                    Action::OrderSetQuantity,
                    json!({ "orderId": order_id, "lineId": id }),
                ),
                q => quantity(cx, q),
            };
            let cancel = changeable
                .then(|| {
                    icon_action(
                        cx,
                        "×",
                        &format!("{} {name}", cx.t(orderstatus::CANCEL_LINE)),
                        Action::OrderCancelLine,
                        json!({ "orderId": order_id, "lineId": id }),
                    )
                })
                .flatten();
            el("tr")
                .testid("order-line")
                .child(el("th").attr("scope", "row").child(field(cx, line.name())))
                .child(num(qty))
                .child(num(quantity(cx, line.delivered().get())))
                .child(num(money(cx, line.subtotal())).children(cancel))
        })
        .collect();
    let head: Vec<Node> = [
        orderstatus::PRODUCT,
        orderstatus::ORDERED,
        orderstatus::DELIVERED_QTY,
        orderstatus::SUBTOTAL,
    ]
    .iter()
    .map(|t| Node::from(cx.t(*t)))
    .collect();
    let title: Node = match data.reference().get() {
        Some(r) => format!("{} {r}", cx.t(orderstatus::ORDER)).into(),
        None => field(cx, data.reference()),
    };
    let mut body = card(cx, "order", "order-status")
        .child(heading(title))
        .child(steps);
    if let Some(tracking) = data.tracking().get() {
        body = body.child(
            el("p")
                .class("sr-card__note")
                .testid("order-tracking")
                .text(format!("{}: ", cx.t(orderstatus::TRACKING)))
                .child(el("code").text(tracking)),
        );
    }
    body.child(table(cx.t(orderstatus::ORDER), head, rows))
        .child(
            el("p")
                .class("sr-totals__total")
                .text(format!("{} ", cx.t(orderstatus::TOTAL)))
                .child(el("strong").child(money(cx, data.total()))),
        )
        .child(as_of(cx))
}
