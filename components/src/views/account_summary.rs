//! `showroom.account_summary`: a B2B customer's company, pricelist, credit limit against what
//! is used, recent orders, and the products they buy most with a reorder button.

use serde_json::json;
use showroom_protocol::payload::{AccountSummary, At};
use showroom_protocol::Action;
use showroom_ui::{el, Element, Node};

use crate::kit::{action, as_of, card, date, facts, field, heading, money, quantity, Cx};
use showroom_i18n::accountsummary;

pub fn view(data: At<'_, AccountSummary>, cx: &Cx) -> Element {
    let used = data.credit_used();
    let mut credit = el("span").child(money(cx, used));
    match data.credit_limit().some() {
        Some(limit) => {
            credit = credit
                .text(format!(" {} ", cx.t(accountsummary::OF_LIMIT)))
                .child(money(cx, limit));
            // The amounts as they came (decimal strings): formatting floats costs the wasm ~9 KB.
            if let (Some(used), Some(max)) = (used.amount().get(), limit.amount().get()) {
                credit = credit.child(
                    el("meter")
                        .class("sr-meter")
                        .attr("min", "0")
                        .attr("max", max)
                        .attr("value", used)
                        .attr("aria-label", cx.t(accountsummary::CREDIT)),
                );
            }
        }
        None => credit = credit.text(format!(" ({})", cx.t(accountsummary::NO_LIMIT))),
    }
    let orders = data.recent_orders();
    let recent = if orders.is_empty() {
        el("p").text(cx.t(accountsummary::NONE))
    } else {
        el("ul").class("sr-list").children(orders.iter().map(|o| {
            el("li")
                .child(el("strong").text(o.reference().get().unwrap_or_default()))
                .text(" · ")
                .child(date(cx, o.date().get()))
                .text(" · ")
                .child(money(cx, o.total()))
                .text(format!(" · {}", o.state().get().unwrap_or_default()))
        }))
    };
    let top = data.top_products();
    let top = if top.is_empty() {
        el("p").text(cx.t(accountsummary::NONE))
    } else {
        el("ul").class("sr-list").children(top.iter().map(|p| {
            let reorder = p.product_id().get().and_then(|id| {
                action(
                    cx,
                    cx.t(accountsummary::REORDER),
                    Action::QuoteAdd,
                    json!({ "productId": id, "quantity": "1" }),
                )
            });
            el("li")
                .text(p.name().get().unwrap_or_default())
                .text(" · ")
                .child(quantity(cx, p.quantity().get()))
                .text(format!(" {} ", p.uom().get().unwrap_or_default()))
                .children(reorder)
        }))
    };
    let company: Node = field(cx, data.company());
    card(cx, "account", "account-summary")
        .child(heading(
            el("span")
                .text(format!("{} · ", cx.t(accountsummary::ACCOUNT)))
                .child(company),
        ))
        .child(facts(vec![
            (cx.t(accountsummary::PRICELIST), field(cx, data.pricelist())),
            (cx.t(accountsummary::CREDIT), credit.testid("credit").into()),
        ]))
        .child(el("h4").text(cx.t(accountsummary::RECENT)))
        .child(recent)
        .child(el("h4").text(cx.t(accountsummary::TOP)))
        .child(top)
        .child(as_of(cx))
}
