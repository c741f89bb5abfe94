//! Approvals: a commitment happens only after the person approves it (DESIGN "Writes and
//! approvals"), through AG-UI 1.0 interrupts.
//!
//! [`ask`] shows an approval card for a commitment (placing a quote as an order: [`quote`];
//! opening a support ticket: [`ticket`]), records what was asked in the asking tool call, and
//! ends the run with `RUN_FINISHED { outcome: interrupt }`. The next run carries
//! `resume: [{ interruptId, status }]`; [`answer`] finds what was asked and lets its kind carry
//! it out when `resolved` (the interrupt id is the idempotency key, so a repeated approval never
//! makes a second record) or not when `cancelled`. An approval card still `pending` in the
//! thread is the only thing a `resume` can answer.

mod booking;
mod order_change;
mod quote;
mod ticket;

pub use booking::{choose as choose_slot, show as show_slots, BOOK_VISIT, FREE_SLOTS};
pub use order_change::{request as request_order_change, CHANGE_ORDER};
pub use quote::{ask_discount, request, request_acceptance};
pub use ticket::{open as request_ticket, OPEN_TICKET};

use serde_json::{json, Value};
use showroom_protocol::events::ActivitySnapshot;
use showroom_protocol::input::{Resume, ResumeStatus};
use showroom_protocol::payload::{
    ApprovalCard, ApprovalState, ChangeLine, Envelope, Money, Payload,
};
use showroom_protocol::reducer::Thread;
use showroom_protocol::Action;
use showroom_protocol::Interrupt;

use crate::quotes;
use crate::run::RunWriter;
use crate::tools::{emit_tool_call, ToolClass, ToolOutput, ToolSpec, NO_PARAMETERS};
use crate::turn::Turn;
use showroom_commerce::CommerceError;

pub const SUBMIT_QUOTE: ToolSpec = ToolSpec {
    name: "submit_quote",
    class: ToolClass::Draft,
    description: "Ask the customer to approve having this thread's draft quote sent to them as a quotation by the shop; the run stops until they answer.",
    parameters: NO_PARAMETERS,
};

pub const SEND_QUOTATION: ToolSpec = ToolSpec {
    name: "send_quotation",
    class: ToolClass::Commit,
    description: "Have the shop make and send the approved quote as a quotation. Only after the customer approved it.",
    parameters: NO_PARAMETERS,
};

pub const ACCEPT_QUOTE: ToolSpec = ToolSpec {
    name: "accept_quote",
    class: ToolClass::Draft,
    description: "Ask the customer to approve accepting the quotation the shop sent them in this thread, which confirms it as an order; the run stops until they answer. Only when the quotation says it can be accepted in the chat.",
    parameters: NO_PARAMETERS,
};

pub const REQUEST_DISCOUNT: ToolSpec = ToolSpec {
    name: "request_discount",
    class: ToolClass::Draft,
    description: "Note a discount the customer asks for on this thread's draft quote, in their own words; it goes to the shop's salesperson with the quotation, who decides. Never promise one.",
    parameters: r#"{"type":"object","properties":{"words":{"type":"string","description":"What the customer asked, in their words"}},"required":["words"]}"#,
};

pub const CONFIRM_ORDER: ToolSpec = ToolSpec {
    name: "confirm_order",
    class: ToolClass::Commit,
    description: "Accept the sent quotation in the customer's name, confirming the order. Only after the customer approved it.",
    parameters: NO_PARAMETERS,
};

/// The latest component of type `T` in the thread for which `wanted` holds: its message id.
pub fn latest_shown<T: Payload>(thread: &Thread, wanted: impl Fn(&T) -> bool) -> Option<String> {
    thread.messages.iter().rev().find_map(|m| {
        let activity = m.activity.as_ref()?;
        if activity.activity_type != T::ACTIVITY_TYPE {
            return None;
        }
        let data = Envelope::<T>::parse(&activity.content).ok()?.data;
        wanted(&data).then(|| m.id.clone())
    })
}

/// The approval cards still waiting for an answer: their message id and content.
pub fn pending(thread: &Thread) -> impl Iterator<Item = (&str, ApprovalCard)> {
    thread.messages.iter().filter_map(|m| {
        let activity = m.activity.as_ref()?;
        if activity.activity_type != ApprovalCard::ACTIVITY_TYPE {
            return None;
        }
        let card = Envelope::<ApprovalCard>::parse(&activity.content)
            .ok()?
            .data;
        (card.state == ApprovalState::Pending).then_some((m.id.as_str(), card))
    })
}

/// An answer names an approval the thread is not waiting on (decided already, or never asked).
#[derive(Debug, PartialEq, Eq)]
pub struct NotPending;

/// The answers a run takes: each must name an approval the thread is waiting on (else
/// [`NotPending`], a 409 at the HTTP edge); when the person wrote something new instead, every
/// approval still waiting is `cancelled`.
pub fn answers(
    thread: &Thread,
    resume: &[Resume],
    new_message: bool,
) -> Result<Vec<Resume>, NotPending> {
    let waiting: Vec<String> = pending(thread).map(|(_, c)| c.interrupt_id).collect();
    let mut answers: Vec<Resume> = Vec::new();
    for entry in resume {
        if !waiting.contains(&entry.interrupt_id) {
            return Err(NotPending);
        }
        if !answers.iter().any(|a| a.interrupt_id == entry.interrupt_id) {
            answers.push(entry.clone());
        }
    }
    if new_message {
        for id in waiting {
            if !answers.iter().any(|a| a.interrupt_id == id) {
                answers.push(Resume {
                    interrupt_id: id,
                    status: ResumeStatus::Cancelled,
                    payload: None,
                });
            }
        }
    }
    Ok(answers)
}

/// Who may be asked to approve a commitment.
#[derive(Clone, Copy, PartialEq)]
enum Asked {
    /// A signed-in customer: it is made for their account.
    Customer,
    /// Anyone: a shopper who is not signed in makes a request the shop confirms.
    Anyone,
}

/// The thread as this run has left it so far (a model may have changed it), when a new approval
/// may be asked in it; otherwise says why not (nobody signed in, or one already waiting).
async fn may_ask(turn: &Turn, out: &mut RunWriter, asked: Asked) -> Option<Thread> {
    if asked == Asked::Customer && turn.tools.viewer().role == showroom_commerce::Role::Anonymous {
        out.say(showroom_i18n::account::SIGN_IN_FIRST.get(turn.locale))
            .await;
        return None;
    }
    let thread = out.thread();
    if pending(&thread).next().is_some() {
        out.say(showroom_i18n::quote::ALREADY_WAITING.get(turn.locale))
            .await;
        return None;
    }
    Some(thread)
}

/// What the component message `message_id` shows now, read as a `T`.
fn component_at<T: Payload>(thread: &Thread, message_id: &str) -> Option<T> {
    let activity = thread.message(message_id)?.activity.as_ref()?;
    Envelope::<T>::parse(&activity.content).ok().map(|e| e.data)
}

/// Shows `data` in place of the component message `message_id`, read now.
async fn show_in_place<T: Payload>(out: &mut RunWriter, message_id: &str, data: T) {
    let content = Envelope::complete(out.now_rfc3339(), data).to_value();
    out.emit(quotes::replaced(message_id, T::ACTIVITY_TYPE, &content))
        .await;
}

/// Logs what answering an approval did with the commitment `spec` under the approval's key.
fn audit(turn: &Turn, spec: ToolSpec, key: &str, record: Option<String>, outcome: &str) {
    let tools = &turn.tools;
    tools.audit().record(
        tools.clock().now(),
        tools.viewer(),
        spec.name,
        key,
        record,
        outcome,
    )
}

/// A commitment to ask the person about.
pub struct Question {
    /// The tool that asks; its call records `args` (with the interrupt id) for [`answer`].
    pub spec: ToolSpec,
    pub args: Value,
    pub title: &'static str,
    pub changes: Vec<ChangeLine>,
    pub amount: Option<Money>,
}

/// Shows the approval card for `question` under `parent` and stops the run on it.
pub async fn ask(out: &mut RunWriter, parent: &str, question: Question) {
    let interrupt_id = format!("approval-{}", uuid::Uuid::new_v4().simple());
    let mut args = question.args;
    args["interruptId"] = json!(interrupt_id);
    let output = ToolOutput {
        result: json!({ "state": "awaiting_approval", "interruptId": interrupt_id }),
        component: None,
    };
    let tool_call_id = emit_tool_call(out, parent, question.spec, &args, &output).await;
    let approval = ApprovalCard {
        interrupt_id: interrupt_id.clone(),
        title: question.title.to_owned(),
        changes: question.changes,
        amount: question.amount,
        state: ApprovalState::Pending,
        outcome: None,
    };
    let card_id = out.new_id("ui");
    out.emit(ActivitySnapshot {
        message_id: card_id,
        activity_type: ApprovalCard::ACTIVITY_TYPE.to_owned(),
        content: Envelope::complete(out.now_rfc3339(), approval).to_value(),
        ..Default::default()
    })
    .await;
    out.interrupt(Interrupt {
        id: interrupt_id,
        reason: "approval".to_owned(),
        message: Some(question.title.to_owned()),
        tool_call_id: Some(tool_call_id),
        ..Default::default()
    });
}

/// What an approval asked: the asking tool and its arguments.
fn asked(thread: &Thread, interrupt_id: &str) -> Option<(String, Value)> {
    thread
        .messages
        .iter()
        .flat_map(|m| &m.tool_calls)
        .filter_map(|call| {
            let args = serde_json::from_str::<Value>(&call.arguments).ok()?;
            (args["interruptId"] == interrupt_id).then(|| (call.name.clone(), args))
        })
        .next()
}

/// Carries out a component action that leads to an approval (choosing a time to book).
pub async fn act(turn: &Turn, out: &mut RunWriter) -> Result<(), CommerceError> {
    let Some(action) = &turn.action else {
        return Ok(());
    };
    match action.name {
        Action::QuoteSubmit => {
            let thread = out.thread();
            match quotes::draft_in(&thread) {
                Some((id, _)) if id == action.message_id => quote::request(turn, out).await,
                // Not the thread's draft quote (one already confirmed, or another card).
                _ => Err(CommerceError::NotFound),
            }
        }
        Action::QuoteAccept => quote::request_acceptance(turn, out, &action.message_id).await,
        Action::BookingChoose => {
            let start = action.args["start"].as_str().unwrap_or_default();
            booking::choose(turn, out, &action.message_id, start).await
        }
        Action::OrderSetQuantity | Action::OrderCancelLine => {
            let line = action.args["lineId"].as_u64().unwrap_or_default();
            let quantity = match action.name {
                Action::OrderCancelLine => "0".to_owned(),
                _ => match &action.args["value"] {
                    Value::String(q) => q.clone(),
                    Value::Number(n) => n.to_string(),
                    _ => return Err(CommerceError::BadQuantity(String::new())),
                },
            };
            order_change::request(turn, out, &action.message_id, line, &quantity).await
        }
        _ => Err(CommerceError::Unsupported),
    }
}

/// Answers each approval the turn resumes, by the kind of commitment it asked about.
pub async fn answer(turn: &Turn, out: &mut RunWriter) -> Result<(), CommerceError> {
    for entry in &turn.resume {
        let Some((card_id, card)) = pending(&turn.thread)
            .find(|(_, c)| c.interrupt_id == entry.interrupt_id)
            .map(|(id, c)| (id.to_owned(), c))
        else {
            continue;
        };
        match asked(&turn.thread, &card.interrupt_id) {
            Some((tool, args)) if tool == SUBMIT_QUOTE.name => {
                quote::answer(turn, out, entry, (&card_id, card), &args).await?
            }
            Some((tool, args)) if tool == ACCEPT_QUOTE.name => {
                quote::answer_acceptance(turn, out, entry, (&card_id, card), &args).await?
            }
            Some((tool, args)) if tool == CHANGE_ORDER.name => {
                order_change::answer(turn, out, entry, (&card_id, card), &args).await?
            }
            Some((tool, args)) if tool == BOOK_VISIT.name => {
                booking::answer(turn, out, entry, (&card_id, card), &args).await?
            }
            Some((tool, args)) if tool == OPEN_TICKET.name => {
                ticket::answer(turn, out, entry, (&card_id, card), &args).await?
            }
            // What it asked is gone (the thread was rewound): nothing to do.
            _ => decide(out, &card_id, card, ApprovalState::Failed, "").await,
        }
    }
    Ok(())
}

/// The approval card decided, with what happened.
async fn decide(
    out: &mut RunWriter,
    card_id: &str,
    mut card: ApprovalCard,
    state: ApprovalState,
    outcome: &str,
) {
    card.state = state;
    card.outcome = (!outcome.is_empty()).then(|| outcome.to_owned());
    let content = Envelope::complete(out.now_rfc3339(), card).to_value();
    out.emit(quotes::replaced(
        card_id,
        ApprovalCard::ACTIVITY_TYPE,
        &content,
    ))
    .await;
}

#[cfg(test)]
mod tests;
