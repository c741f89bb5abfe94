//! A change to a confirmed order (a line's quantity, a line cancelled) made in the order status
//! component: asked for approval, then made by the store where it still allows it.

use serde_json::{json, Value};
use showroom_protocol::input::{Resume, ResumeStatus};
use showroom_protocol::payload::{ApprovalCard, ApprovalState, ChangeLine, OrderStatus};

use super::{ask, audit, component_at, decide, may_ask, show_in_place, Asked, Question};
use crate::present;
use crate::run::RunWriter;
use crate::tools::{emit_tool_call, ToolClass, ToolOutput, ToolSpec};
use crate::turn::Turn;
use showroom_commerce::CommerceError;
use showroom_i18n::order;

pub const CHANGE_ORDER: ToolSpec = ToolSpec {
    name: "change_order",
    class: ToolClass::Commit,
    description: "Change a line of a confirmed order (a new quantity, 0 to cancel it) while nothing has shipped; the customer approves it first.",
    parameters: r#"{"type":"object","properties":{"reference":{"type":"string"},"lineId":{"type":"integer"},"quantity":{"type":"string"}},"required":["reference","lineId","quantity"]}"#,
};

/// The person changed a line in the order status `message_id`: asks them to approve it.
pub async fn request(
    turn: &Turn,
    out: &mut RunWriter,
    message_id: &str,
    line_id: u64,
    quantity: &str,
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    let Some(thread) = may_ask(turn, out, Asked::Customer).await else {
        return Ok(());
    };
    let status = component_at::<OrderStatus>(&thread, message_id).ok_or(CommerceError::NotFound)?;
    let line = status
        .lines
        .iter()
        .find(|l| l.id == line_id && l.changeable)
        .ok_or(CommerceError::NotFound)?;
    let quantity = quantity.trim();
    let Some(number) = quantity
        .parse::<f64>()
        .ok()
        .filter(|q| q.is_finite() && *q >= 0.0)
    else {
        return Err(CommerceError::BadQuantity(quantity.to_owned()));
    };
    let after = match number == 0.0 {
        true => order::CHANGE_CANCELLED.get(locale).to_owned(),
        false => format!("{quantity} {}", line.uom),
    };
    let said = out
        .say(&order::change_please_approve(locale, &status.reference))
        .await;
    let question = Question {
        spec: CHANGE_ORDER,
        args: json!({ "statusMessageId": message_id, "reference": status.reference,
            "lineId": line_id, "quantity": quantity }),
        title: order::CHANGE_TITLE.get(locale),
        changes: vec![ChangeLine {
            label: line.name.clone(),
            before: Some(format!("{} {}", line.quantity, line.uom)),
            after,
        }],
        amount: None,
    };
    ask(out, &said, question).await;
    Ok(())
}

/// The order's status component shown again as the order stands, so a quantity typed into it
/// and then declined or refused does not stay there looking changed.
async fn show_as_it_stands(turn: &Turn, out: &mut RunWriter, reference: &str, status_id: &str) {
    let tools = &turn.tools;
    if let Ok(status) = tools.order_status(reference).await {
        show_in_place(out, status_id, status.data).await;
    }
}

/// Makes the approved change, or leaves the order as it is.
pub async fn answer(
    turn: &Turn,
    out: &mut RunWriter,
    entry: &Resume,
    (card_id, card): (&str, ApprovalCard),
    args: &Value,
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    let reference = args["reference"].as_str().unwrap_or_default();
    let status_id = args["statusMessageId"].as_str().unwrap_or_default();
    if entry.status == ResumeStatus::Cancelled {
        let said = order::CHANGE_UNCHANGED.get(locale);
        decide(out, card_id, card, ApprovalState::Rejected, said).await;
        show_as_it_stands(turn, out, reference, status_id).await;
        out.say(said).await;
        return Ok(());
    }
    let line_id = args["lineId"].as_u64().unwrap_or_default();
    let quantity = args["quantity"].as_str().unwrap_or_default();
    let key = card.interrupt_id.clone();
    let tools = &turn.tools;
    let audit =
        |record: Option<String>, outcome: &str| audit(turn, CHANGE_ORDER, &key, record, outcome);
    let changed = tools
        .commerce()
        .change_order(tools.viewer(), reference, line_id, quantity, &key)
        .await;
    match changed {
        Ok(status) => {
            audit(
                Some(format!(
                    "sale.order {} line {line_id} → {quantity}",
                    status.reference
                )),
                "done",
            );
            let said = order::change_changed(locale, &status.reference);
            let message_id = out.say(&said).await;
            let output = ToolOutput {
                result: json!({ "reference": status.reference, "lineId": line_id, "quantity": quantity }),
                component: None,
            };
            emit_tool_call(
                out,
                &message_id,
                CHANGE_ORDER,
                &json!({ "interruptId": key }),
                &output,
            )
            .await;
            decide(out, card_id, card, ApprovalState::Approved, &said).await;
            show_in_place(out, status_id, present::order_status(status)).await;
        }
        Err(CommerceError::Refused(refusal)) => {
            audit(None, &format!("refused: {refusal}"));
            let reason = present::refusal(locale, &refusal);
            decide(out, card_id, card, ApprovalState::Failed, &reason).await;
            show_as_it_stands(turn, out, reference, status_id).await;
            out.say(&reason).await;
        }
        Err(error) => {
            audit(None, &format!("failed: {}", error.code()));
            return Err(error);
        }
    }
    Ok(())
}
