//! A support ticket, opened only after the customer approves it (DESIGN: opening a ticket is a
//! commitment): about an order of theirs, a product, a delivery.

use serde_json::{json, Value};
use showroom_protocol::input::{Resume, ResumeStatus};
use showroom_protocol::payload::{ApprovalCard, ApprovalState, ChangeLine, Envelope};

use super::{ask, audit, decide, may_ask, Asked, Question};
use crate::commerce::{CommerceError, NewTicket};
use crate::locale::Locale;
use crate::planner::Turn;
use crate::run::RunWriter;
use crate::tools::{emit_tool_call, ToolClass, ToolOutput, ToolSpec};

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
            out.say(&crate::planner::order_not_found(locale, order))
                .await;
            return Ok(());
        }
    }
    let mut changes = vec![ChangeLine {
        label: texts::subject(locale).to_owned(),
        before: None,
        after: ticket.subject.clone(),
    }];
    if let Some(order) = &ticket.order {
        changes.push(ChangeLine {
            label: texts::order(locale).to_owned(),
            before: None,
            after: order.clone(),
        });
    }
    let message_id = out.say(texts::please_approve(locale)).await;
    let question = Question {
        spec: OPEN_TICKET,
        args: json!({ "subject": ticket.subject, "description": ticket.description, "order": ticket.order }),
        title: texts::title(locale),
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
        let said = texts::not_opened(locale);
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
        Err(CommerceError::Refused(reason)) => {
            audit(None, &format!("refused: {reason}"));
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
    let said = texts::opened(locale, &opened.reference);
    let message_id = out.say(&said).await;
    let envelope = Envelope::complete(out.now_rfc3339(), opened);
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

mod texts {
    use super::Locale;

    pub fn title(locale: Locale) -> &'static str {
        match locale {
            Locale::En => "Open a support ticket",
            Locale::Nl => "Een supportticket openen",
            Locale::De => "Ein Support-Ticket eröffnen",
        }
    }

    pub fn subject(locale: Locale) -> &'static str {
        match locale {
            Locale::En => "Subject",
            Locale::Nl => "Onderwerp",
            Locale::De => "Betreff",
        }
    }

    pub fn order(locale: Locale) -> &'static str {
        match locale {
            Locale::En => "Order",
            Locale::Nl => "Bestelling",
            Locale::De => "Bestellung",
        }
    }

    pub fn please_approve(locale: Locale) -> &'static str {
        match locale {
            Locale::En => "I can open a support ticket for this. Approve it below and our team will take it up.",
            Locale::Nl => "Ik kan hiervoor een supportticket openen. Keur het hieronder goed en ons team pakt het op.",
            Locale::De => "Ich kann dafür ein Support-Ticket eröffnen. Genehmigen Sie es unten, und unser Team kümmert sich darum.",
        }
    }

    pub fn opened(locale: Locale, reference: &str) -> String {
        match locale {
            Locale::En => format!("Ticket {reference} is open; we will get back to you."),
            Locale::Nl => format!("Ticket {reference} staat open; we nemen contact met je op."),
            Locale::De => format!("Ticket {reference} ist eröffnet; wir melden uns bei Ihnen."),
        }
    }

    pub fn not_opened(locale: Locale) -> &'static str {
        match locale {
            Locale::En => "No ticket was opened.",
            Locale::Nl => "Er is geen ticket geopend.",
            Locale::De => "Es wurde kein Ticket eröffnet.",
        }
    }
}
