//! A support ticket, opened only after the customer approves it (DESIGN: opening a ticket is a
//! commitment): about an order of theirs, a product, a delivery.

use serde_json::{json, Value};
use showroom_protocol::input::{Resume, ResumeStatus};
use showroom_protocol::payload::{ApprovalCard, ApprovalState, ChangeLine, Envelope};

use super::{ask, audit, decide, may_ask, Asked, Question};
use crate::present;
use crate::run::RunWriter;
use crate::tools::{emit_tool_call, ToolClass, ToolOutput, ToolSpec};
use crate::turn::Turn;
use showroom_commerce::{CommerceError, NewTicket};
use showroom_i18n::ticket;

pub const OPEN_TICKET: ToolSpec = ToolSpec {
    name: "open_ticket",
    class: ToolClass::Commit,
    description: "Open a support ticket for this customer (a damaged delivery, a question about an order or a product). The customer approves it first; the run stops until they answer.",
    parameters: r#"{"type":"object","properties":{"subject":{"type":"string","maxLength":120},"description":{"type":"string"},"order":{"type":"string","description":"an order reference such as S00021, when it is about one"}},"required":["subject","description"]}"#,
};

/// The tool call that records the ticket once opened.
const TICKET_OPENED: ToolSpec = ToolSpec {
    name: "ticket_opened",
    class: ToolClass::Commit,
    description: "The support ticket the customer approved, opened in the store.",
    parameters: crate::tools::NO_PARAMETERS,
};

/// Asks the customer to approve opening `ticket` (or says why it cannot be asked).
pub async fn open(
    turn: &Turn,
    out: &mut RunWriter,
    ticket: NewTicket,
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    if may_ask(turn, out, Asked::Customer).await.is_none() {
        return Ok(());
    }
    if let Some(order) = &ticket.order {
        // About an order: one of theirs, or nothing is asked.
        if let Err(CommerceError::NotFound) = turn.tools.order_status(order).await {
            out.say(&showroom_i18n::account::order_not_found(locale, order))
                .await;
            return Ok(());
        }
    }
    let mut changes = vec![ChangeLine {
        label: ticket::SUBJECT.get(locale).to_owned(),
        before: None,
        after: ticket.subject.clone(),
    }];
    if let Some(order) = &ticket.order {
        changes.push(ChangeLine {
            label: ticket::ORDER.get(locale).to_owned(),
            before: None,
            after: order.clone(),
        });
    }
    let message_id = out.say(ticket::PLEASE_APPROVE.get(locale)).await;
    let question = Question {
        spec: OPEN_TICKET,
        args: json!({ "subject": ticket.subject, "description": ticket.description, "order": ticket.order }),
        title: ticket::TITLE.get(locale),
        changes,
        amount: None,
    };
    ask(out, &message_id, question).await;
    Ok(())
}

/// Opens the approved ticket under the approval's key, or not when it was rejected.
pub async fn answer(
    turn: &Turn,
    out: &mut RunWriter,
    entry: &Resume,
    (card_id, card): (&str, ApprovalCard),
    args: &Value,
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    if entry.status == ResumeStatus::Cancelled {
        let said = ticket::NOT_OPENED.get(locale);
        decide(out, card_id, card, ApprovalState::Rejected, said).await;
        out.say(said).await;
        return Ok(());
    }
    let ticket = NewTicket {
        subject: args["subject"].as_str().unwrap_or_default().to_owned(),
        description: args["description"].as_str().unwrap_or_default().to_owned(),
        order: args["order"].as_str().map(str::to_owned),
    };
    let key = card.interrupt_id.clone();
    let tools = &turn.tools;
    let audit =
        |record: Option<String>, outcome: &str| audit(turn, OPEN_TICKET, &key, record, outcome);
    let opened = tools
        .commerce()
        .open_ticket(tools.viewer(), &ticket, &key)
        .await;
    let opened = match opened {
        Ok(opened) => opened,
        Err(CommerceError::Refused(refusal)) => {
            audit(None, &format!("refused: {refusal}"));
            let reason = present::refusal(locale, &refusal);
            decide(out, card_id, card, ApprovalState::Failed, &reason).await;
            out.say(&reason).await;
            return Ok(());
        }
        Err(error) => {
            // Nothing was opened; the approval stays pending, to be given again.
            audit(None, &format!("failed: {}", error.code()));
            return Err(error);
        }
    };
    audit(Some(format!("ticket {}", opened.reference)), "done");
    let said = ticket::opened(locale, &opened.reference);
    let message_id = out.say(&said).await;
    let envelope = Envelope::complete(out.now_rfc3339(), present::ticket_card(opened));
    let output = ToolOutput::component(&envelope);
    emit_tool_call(
        out,
        &message_id,
        TICKET_OPENED,
        &json!({ "interruptId": key }),
        &output,
    )
    .await;
    decide(out, card_id, card, ApprovalState::Approved, &said).await;
    Ok(())
}
