//! `showroom.approval_card`: what a commitment will change and for how much, with Approve and
//! Reject; it takes focus while it waits, and shows the outcome once decided.

use serde_json::{json, Value};
use showroom_protocol::Action;

use crate::kit::{action, card, field, heading, list, money, pill, text, Cx};
use crate::ui::{el, Element};

crate::texts! {
    APPROVE = "Approve", "Goedkeuren", "Genehmigen";
    REJECT = "Reject", "Afwijzen", "Ablehnen";
    AMOUNT = "Amount", "Bedrag", "Betrag";
    PENDING = "Needs your approval", "Wacht op jouw goedkeuring", "Braucht Ihre Genehmigung";
    APPROVED = "Approved", "Goedgekeurd", "Genehmigt";
    REJECTED = "Rejected", "Afgewezen", "Abgelehnt";
    FAILED = "Failed", "Mislukt", "Fehlgeschlagen";
    EXPIRED = "Expired", "Verlopen", "Abgelaufen";
}

pub fn view(data: &Value, cx: &Cx) -> Element {
    let state = text(data, "state");
    let (tone, label) = match state {
        Some("approved") => ("good", cx.t(APPROVED)),
        Some("rejected") => ("bad", cx.t(REJECTED)),
        Some("failed") => ("bad", cx.t(FAILED)),
        Some("expired") => ("info", cx.t(EXPIRED)),
        _ => ("warn", cx.t(PENDING)),
    };
    let changes = el("ul")
        .class("sr-changes")
        .children(list(data, "changes").iter().map(|c| {
            let mut item = el("li").child(
                el("span")
                    .class("sr-changes__label")
                    .text(text(c, "label").unwrap_or_default()),
            );
            if let Some(before) = text(c, "before") {
                item = item
                    .child(el("s").class("sr-changes__before").text(before))
                    .text(" → ");
            }
            item.child(el("strong").text(text(c, "after").unwrap_or_default()))
        }));
    // A named group: focus lands on Approve, and a screen reader says what it approves.
    let mut body = card(cx, "approval", "approval-card")
        .attr("role", "group")
        .attr("aria-label", text(data, "title").unwrap_or_default())
        .child(
            el("div")
                .class("sr-card__head")
                .child(heading(field(cx, data, "title")))
                .child(pill(tone, label).testid("approval-state")),
        )
        .child(changes);
    if let Some(amount) = data.get("amount").filter(|a| !a.is_null()) {
        body = body.child(
            el("p")
                .class("sr-totals__total")
                .text(format!("{} ", cx.t(AMOUNT)))
                .child(el("strong").child(money(cx, Some(amount)))),
        );
    }
    if state == Some("pending") {
        let id = json!({ "interruptId": data.get("interruptId") });
        let approve = action(cx, cx.t(APPROVE), Action::ApprovalApprove, id.clone())
            .map(|b| b.class("sr-action--primary").attr("data-focus", "true"));
        let reject = action(cx, cx.t(REJECT), Action::ApprovalReject, id);
        body = body.child(
            el("div")
                .class("sr-card__actions")
                .children(approve)
                .children(reject),
        );
    } else if let Some(outcome) = text(data, "outcome") {
        body = body.child(
            el("p")
                .class("sr-card__outcome")
                .attr("role", "status")
                .testid("approval-outcome")
                .text(outcome),
        );
    }
    body
}
