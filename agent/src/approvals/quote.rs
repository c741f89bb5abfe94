//! A quote put up for approval and, once approved, placed as an order: re-priced and checked
//! against the rules (margin, credit limit) both when asked and when approved, placed under
//! the approval's key, audited either way.

use serde_json::{json, Value};
use showroom_commerce::{Refusal, Verdict};
use showroom_i18n::quote;
use showroom_protocol::input::{Resume, ResumeStatus};
use showroom_protocol::payload::{ApprovalCard, ApprovalState, ChangeLine, QuoteCard, QuoteState};

use super::{
    ask, audit, component_at, decide, may_ask, show_in_place, Asked, Question, PLACE_ORDER,
    SUBMIT_QUOTE,
};
use crate::locale::format_money;
use crate::present;
use crate::quotes;
use crate::run::RunWriter;
use crate::tools::{emit_tool_call, ToolOutput};
use crate::turn::Turn;
use showroom_commerce::CommerceError;

/// The quote card for these lines priced now, and the first of the store's verdicts that stops
/// it from being placed as it is.
async fn repriced(
    turn: &Turn,
    lines: &[(u64, String)],
) -> Result<(QuoteCard, Option<Verdict>), CommerceError> {
    let (card, verdicts) = quotes::card(&turn.tools, lines).await?;
    Ok((card, verdicts.into_iter().next()))
}

/// Puts the thread's draft quote up for approval, or says why it cannot be yet.
pub async fn request(turn: &Turn, out: &mut RunWriter) -> Result<(), CommerceError> {
    let locale = turn.locale;
    let Some(thread) = may_ask(turn, out, Asked::Customer).await else {
        return Ok(());
    };
    let Some((quote_id, draft)) = quotes::draft_in(&thread) else {
        out.say(quote::NO_QUOTE.get(locale)).await;
        return Ok(());
    };
    let lines = quotes::lines_of(&draft);
    let (quote, blocked) = repriced(turn, &lines).await?;
    if let Some(verdict) = blocked {
        show_in_place(out, &quote_id, quote).await;
        let reason = present::verdict_in_words(locale, &verdict);
        out.say(&quote::cannot_submit(locale, &reason)).await;
        return Ok(());
    }
    let changes = quote
        .lines
        .iter()
        .map(|l| ChangeLine {
            label: format!("{} {} × {}", l.quantity, l.uom, l.name),
            before: None,
            after: format_money(locale, &l.subtotal),
        })
        .collect();
    let total = format_money(locale, &quote.total);
    let message_id = out.say(&quote::please_approve(locale, &total)).await;
    let question = Question {
        spec: SUBMIT_QUOTE,
        args: json!({ "quoteMessageId": quote_id }),
        title: quote::TITLE.get(locale),
        changes,
        amount: Some(quote.total.clone()),
    };
    let mut quote = quote;
    quote.state = QuoteState::AwaitingApproval;
    show_in_place(out, &quote_id, quote).await;
    ask(out, &message_id, question).await;
    Ok(())
}

/// Answers the approval of a quote: places the order, or puts the quote back to draft.
pub async fn answer(
    turn: &Turn,
    out: &mut RunWriter,
    entry: &Resume,
    (card_id, card): (&str, ApprovalCard),
    args: &Value,
) -> Result<(), CommerceError> {
    let quote = args["quoteMessageId"]
        .as_str()
        .and_then(|id| component_at::<QuoteCard>(&turn.thread, id).map(|q| (id.to_owned(), q)));
    let Some((quote_id, quote)) = quote else {
        // The quote it was asked for is gone (the thread was rewound): nothing to place.
        decide(out, card_id, card, ApprovalState::Failed, "").await;
        return Ok(());
    };
    let lines = quotes::lines_of(&quote);
    if entry.status == ResumeStatus::Cancelled {
        let said = quote::NOT_PLACED.get(turn.locale);
        decide(out, card_id, card, ApprovalState::Rejected, said).await;
        back_to_draft(turn, out, &quote_id, &lines).await?;
        out.say(said).await;
        return Ok(());
    }
    confirm(turn, out, (card_id, card), &quote_id, &lines).await
}

/// Places the approved quote: checked against the rules as priced now, then placed under the
/// approval's key, audited either way.
async fn confirm(
    turn: &Turn,
    out: &mut RunWriter,
    (card_id, card): (&str, ApprovalCard),
    quote_id: &str,
    lines: &[(u64, String)],
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    let key = card.interrupt_id.clone();
    let audit =
        |record: Option<String>, outcome: &str| audit(turn, PLACE_ORDER, &key, record, outcome);
    // Prices and rules are read again now: the approval may be hours old.
    let (priced, blocked) = repriced(turn, lines).await?;
    let placed = match blocked {
        Some(verdict) => Err(CommerceError::refused(Refusal::Rule(verdict))),
        None => {
            turn.tools
                .commerce()
                .place_order(turn.tools.viewer(), lines, &key)
                .await
        }
    };
    let order = match placed {
        Ok(order) => order,
        Err(CommerceError::Refused(refusal)) => {
            audit(None, &format!("refused: {refusal}"));
            let said = quote::refused(locale, &present::refusal(locale, &refusal));
            decide(out, card_id, card, ApprovalState::Failed, &said).await;
            show_in_place(out, quote_id, priced).await;
            out.say(&said).await;
            return Ok(());
        }
        Err(error) => {
            // Nothing was placed; the approval stays pending, to be given again.
            audit(None, &format!("failed: {}", error.code()));
            return Err(error);
        }
    };
    audit(
        Some(format!("sale.order {} {}", order.id, order.reference)),
        "done",
    );
    let said = quote::placed(locale, &order.reference);
    let message_id = out.say(&said).await;
    let args = json!({ "interruptId": key, "quoteMessageId": quote_id });
    let output = ToolOutput {
        result: json!({ "orderId": order.id, "reference": order.reference }),
        component: None,
    };
    emit_tool_call(out, &message_id, PLACE_ORDER, &args, &output).await;
    decide(out, card_id, card, ApprovalState::Approved, &said).await;
    let confirmed = QuoteCard {
        id: Some(order.id),
        reference: Some(order.reference),
        state: QuoteState::Confirmed,
        portal_url: order.portal_url,
        valid_until: None,
        ..priced
    };
    show_in_place(out, quote_id, confirmed).await;
    Ok(())
}

/// The quote back to draft, priced now, to be changed and submitted again.
async fn back_to_draft(
    turn: &Turn,
    out: &mut RunWriter,
    quote_id: &str,
    lines: &[(u64, String)],
) -> Result<(), CommerceError> {
    let (quote, _) = repriced(turn, lines).await?;
    show_in_place(out, quote_id, quote).await;
    Ok(())
}
