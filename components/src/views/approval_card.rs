//! `showroom.approval_card`: what a commitment will change and for how much, with Approve and
//! Reject; it takes focus while it waits, and shows the outcome once decided.

use serde_json::json;
use showroom_protocol::payload::{ApprovalCard, ApprovalState, At};
use showroom_protocol::Action;
use showroom_ui::{el, Element};

use crate::kit::{action, card, field, heading, money, pill, Cx};
use showroom_i18n::approvalcard;

pub fn view(data: At<'_, ApprovalCard>, cx: &Cx) -> Element {
    let state = data.state().get();
    let (tone, label) = match state {
        Some(ApprovalState::Approved) => ("good", cx.t(approvalcard::APPROVED)),
        Some(ApprovalState::Rejected) => ("bad", cx.t(approvalcard::REJECTED)),
        Some(ApprovalState::Failed) => ("bad", cx.t(approvalcard::FAILED)),
        Some(ApprovalState::Expired) => ("info", cx.t(approvalcard::EXPIRED)),
        Some(ApprovalState::Pending) | None => ("warn", cx.t(approvalcard::PENDING)),
    };
    let changes = el("ul")
        .class("sr-changes")
        .children(data.changes().iter().map(|c| {
            let mut item = el("li").child(
                el("span")
                    .class("sr-changes__label")
                    .text(c.label().get().unwrap_or_default()),
            );
            if let Some(before) = c.before().get() {
                item = item
                    .child(el("s").class("sr-changes__before").text(before))
                    .text(" → ");
            }
            item.child(el("strong").text(c.after().get().unwrap_or_default()))
        }));
    // A named group: focus lands on Approve, and a screen reader says what it approves.
    let mut body = card(cx, "approval", "approval-card")
        .attr("role", "group")
        .attr("aria-label", data.title().get().unwrap_or_default())
        .child(
            el("div")
                .class("sr-card__head")
                .child(heading(field(cx, data.title())))
                .child(pill(tone, label).testid("approval-state")),
        )
        .child(changes);
    if let Some(amount) = data.amount().some() {
        body = body.child(
            el("p")
                .class("sr-totals__total")
                .text(format!("{} ", cx.t(approvalcard::AMOUNT)))
                .child(el("strong").child(money(cx, amount))),
        );
    }
    if state == Some(ApprovalState::Pending) {
        let id = json!({ "interruptId": data.interrupt_id().get() });
        let approve = action(
            cx,
            cx.t(approvalcard::APPROVE),
            Action::ApprovalApprove,
            id.clone(),
        )
        .map(|b| b.class("sr-action--primary").attr("data-focus", "true"));
        let reject = action(cx, cx.t(approvalcard::REJECT), Action::ApprovalReject, id);
        body = body.child(
            el("div")
                .class("sr-card__actions")
                .children(approve)
                .children(reject),
        );
    } else if let Some(outcome) = data.outcome().get() {
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
