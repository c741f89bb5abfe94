//! `showroom.account_summary`: a B2B customer's company, pricelist, credit limit against what
//! is used, recent orders, and the products they buy most with a reorder button.

use serde_json::{json, Value};
use showroom_protocol::Action;

use crate::kit::{
    action, as_of, card, date, facts, field, heading, list, money, quantity, text, Cx,
};
use crate::ui::{el, Element, Node};

crate::texts! {
    ACCOUNT = "Account", "Account", "Konto";
    PRICELIST = "Pricelist", "Prijslijst", "Preisliste";
    CREDIT = "Credit used", "Gebruikt krediet", "Genutzter Kredit";
    OF_LIMIT = "of", "van", "von";
    NO_LIMIT = "no credit limit", "geen kredietlimiet", "kein Kreditlimit";
    RECENT = "Recent orders", "Recente bestellingen", "Letzte Bestellungen";
    TOP = "Bought most", "Meest gekocht", "Am meisten gekauft";
    REORDER = "Reorder", "Opnieuw bestellen", "Nachbestellen";
    NONE = "None yet.", "Nog geen.", "Noch keine.";
}

pub fn view(data: &Value, cx: &Cx) -> Element {
    let used = data.get("creditUsed");
    let limit = data.get("creditLimit").filter(|l| !l.is_null());
    let mut credit = el("span").child(money(cx, used));
    match limit {
        Some(limit) => {
            credit = credit
                .text(format!(" {} ", cx.t(OF_LIMIT)))
                .child(money(cx, Some(limit)));
            // The amounts as they came (decimal strings): formatting floats costs the wasm ~9 KB.
            if let (Some(used), Some(max)) =
                (used.and_then(|u| text(u, "amount")), text(limit, "amount"))
            {
                credit = credit.child(
                    el("meter")
                        .class("sr-meter")
                        .attr("min", "0")
                        .attr("max", max)
                        .attr("value", used)
                        .attr("aria-label", cx.t(CREDIT)),
                );
            }
        }
        None => credit = credit.text(format!(" ({})", cx.t(NO_LIMIT))),
    }
    let orders = list(data, "recentOrders");
    let recent = if orders.is_empty() {
        el("p").text(cx.t(NONE))
    } else {
        el("ul").class("sr-list").children(orders.iter().map(|o| {
            el("li")
                .child(el("strong").text(text(o, "reference").unwrap_or_default()))
                .text(" · ")
                .child(date(cx, text(o, "date")))
                .text(" · ")
                .child(money(cx, o.get("total")))
                .text(format!(" · {}", text(o, "state").unwrap_or_default()))
        }))
    };
    let top = list(data, "topProducts");
    let top = if top.is_empty() {
        el("p").text(cx.t(NONE))
    } else {
        el("ul").class("sr-list").children(top.iter().map(|p| {
            let reorder = p.get("productId").and_then(|id| {
                action(
                    cx,
                    cx.t(REORDER),
                    Action::QuoteAdd,
                    json!({ "productId": id, "quantity": "1" }),
                )
            });
            el("li")
                .text(text(p, "name").unwrap_or_default())
                .text(" · ")
                .child(quantity(cx, text(p, "quantity")))
                .text(format!(" {} ", text(p, "uom").unwrap_or_default()))
                .children(reorder)
        }))
    };
    let company: Node = field(cx, data, "company");
    card(cx, "account", "account-summary")
        .child(heading(
            el("span")
                .text(format!("{} · ", cx.t(ACCOUNT)))
                .child(company),
        ))
        .child(facts(vec![
            (cx.t(PRICELIST), field(cx, data, "pricelist")),
            (cx.t(CREDIT), credit.testid("credit").into()),
        ]))
        .child(el("h4").text(cx.t(RECENT)))
        .child(recent)
        .child(el("h4").text(cx.t(TOP)))
        .child(top)
        .child(as_of(cx))
}
