//! A quote, by the shop's own quotation flow: the draft put up for approval and, once
//! approved, sent by the store as a quotation (re-priced and checked against the rules both
//! when asked and when approved, made under the approval's key, audited either way); the sent
//! quotation then accepted, after a second approval, in the buyer's name, which confirms the
//! order, or on the shop's portal page when the shop asks for a signature or a payment there.

use serde_json::{json, Value};
use showroom_commerce::{Acceptance, Quotation, QuotationNotes, Refusal, Verdict};
use showroom_i18n::quote;
use showroom_protocol::input::{Resume, ResumeStatus};
use showroom_protocol::payload::{
    self as payload, ApprovalCard, ApprovalState, ChangeLine, QuoteCard, QuoteState, Warning,
    WarningKind,
};

use super::{
    ask, audit, component_at, decide, may_ask, show_in_place, Asked, Question, ACCEPT_QUOTE,
    CONFIRM_ORDER, SEND_QUOTATION, SUBMIT_QUOTE,
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
    let quote = QuoteCard {
        customer_reference: draft.customer_reference,
        discount_request: draft.discount_request,
        ..quote
    };
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

/// Answers the approval of a quote: sends it as a quotation, or puts the quote back to draft.
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
        // The quote it was asked for is gone (the thread was rewound): nothing to send.
        decide(out, card_id, card, ApprovalState::Failed, "").await;
        return Ok(());
    };
    let lines = quotes::lines_of(&quote);
    if entry.status == ResumeStatus::Cancelled {
        let said = quote::NOT_PLACED.get(turn.locale);
        decide(out, card_id, card, ApprovalState::Rejected, said).await;
        back_to_draft(turn, out, &quote_id, &quote).await?;
        out.say(said).await;
        return Ok(());
    }
    send(turn, out, (card_id, card), (&quote_id, &quote), &lines).await
}

/// Sends the approved quote as a quotation: checked against the rules as priced now, then made
/// under the approval's key, audited either way.
async fn send(
    turn: &Turn,
    out: &mut RunWriter,
    (card_id, card): (&str, ApprovalCard),
    (quote_id, asked): (&str, &QuoteCard),
    lines: &[(u64, String)],
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    let key = card.interrupt_id.clone();
    let audit =
        |record: Option<String>, outcome: &str| audit(turn, SEND_QUOTATION, &key, record, outcome);
    // Prices and rules are read again now: the approval may be hours old.
    let (priced, blocked) = repriced(turn, lines).await?;
    let notes = QuotationNotes {
        customer_reference: asked.customer_reference.clone(),
        discount_request: asked.discount_request.clone(),
    };
    let sent = match blocked {
        Some(verdict) => Err(CommerceError::refused(Refusal::Rule(verdict))),
        None => {
            turn.tools
                .commerce()
                .send_quotation(turn.tools.viewer(), lines, &notes, &key)
                .await
        }
    };
    let quotation = match sent {
        Ok(quotation) => quotation,
        Err(CommerceError::Refused(refusal)) => {
            audit(None, &format!("refused: {refusal}"));
            let said = quote::refused(locale, &present::refusal(locale, &refusal));
            decide(out, card_id, card, ApprovalState::Failed, &said).await;
            let draft = QuoteCard {
                customer_reference: asked.customer_reference.clone(),
                discount_request: asked.discount_request.clone(),
                ..priced
            };
            show_in_place(out, quote_id, draft).await;
            out.say(&said).await;
            return Ok(());
        }
        Err(error) => {
            // Nothing was made; the approval stays pending, to be given again.
            audit(None, &format!("failed: {}", error.code()));
            return Err(error);
        }
    };
    audit(Some(audited(&quotation)), "done");
    let mut said = match quotation.acceptance {
        // A store without a portal (the demo store) has no link or PDF to point to.
        Acceptance::InChat if quotation.portal_url.is_none() => {
            quote::sent_here(locale, &quotation.reference)
        }
        Acceptance::InChat => quote::sent(locale, &quotation.reference),
        Acceptance::SignInPortal => quote::sent_sign(locale, &quotation.reference),
        Acceptance::PayInPortal => quote::sent_pay(locale, &quotation.reference),
    };
    let back_orders = back_order_warnings(turn, &quotation);
    for warning in &back_orders {
        said = format!("{said} {}", warning.message);
    }
    let message_id = out.say(&said).await;
    let args = json!({ "interruptId": key, "quoteMessageId": quote_id });
    let output = ToolOutput {
        result: json!({ "quotationId": quotation.id, "reference": quotation.reference }),
        component: None,
    };
    emit_tool_call(out, &message_id, SEND_QUOTATION, &args, &output).await;
    decide(out, card_id, card, ApprovalState::Approved, &said).await;
    let mut issued = issued(quotation, priced);
    issued.warnings.extend(back_orders);
    show_in_place(out, quote_id, issued).await;
    Ok(())
}

/// The record an audit line names: the store's order.
fn audited(quotation: &Quotation) -> String {
    format!("sale.order {} {}", quotation.id, quotation.reference)
}

/// The lines the store took beyond what is on hand, as the card and the text say them.
fn back_order_warnings(turn: &Turn, quotation: &Quotation) -> Vec<Warning> {
    let locale = turn.locale;
    quotation
        .back_orders
        .iter()
        .map(|b| Warning {
            kind: WarningKind::Stock,
            message: quote::back_ordered(
                locale,
                &b.product,
                &present::quantity_in_words(locale, b.available),
                &present::quantity_in_words(locale, b.wanted),
            ),
        })
        .collect()
}

/// The quote card for a quotation the store made (sent or confirmed), priced as `priced`.
fn issued(quotation: Quotation, priced: QuoteCard) -> QuoteCard {
    let state = match quotation.state {
        showroom_commerce::OrderState::SalesOrder | showroom_commerce::OrderState::Locked => {
            QuoteState::Confirmed
        }
        showroom_commerce::OrderState::Cancelled => QuoteState::Cancelled,
        _ => QuoteState::Sent,
    };
    QuoteCard {
        id: Some(quotation.id),
        reference: Some(quotation.reference),
        state,
        portal_url: quotation.portal_url,
        pdf_url: quotation.pdf_url,
        valid_until: quotation.valid_until,
        customer_reference: quotation.customer_reference,
        discount_request: quotation.discount_request,
        acceptance: Some(match quotation.acceptance {
            Acceptance::InChat => payload::Acceptance::InChat,
            Acceptance::SignInPortal => payload::Acceptance::SignInPortal,
            Acceptance::PayInPortal => payload::Acceptance::PayInPortal,
        }),
        expected_date: quotation.expected_date,
        ..priced
    }
}

/// The buyer asked to accept the sent quotation `message_id` in the chat: asks them to approve
/// it in their name.
pub async fn request_acceptance(
    turn: &Turn,
    out: &mut RunWriter,
    message_id: &str,
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    let Some(thread) = may_ask(turn, out, Asked::Customer).await else {
        return Ok(());
    };
    let quote = component_at::<QuoteCard>(&thread, message_id).ok_or(CommerceError::NotFound)?;
    let (Some(id), Some(reference), QuoteState::Sent) = (quote.id, &quote.reference, quote.state)
    else {
        return Err(CommerceError::NotFound);
    };
    if quote.acceptance != Some(payload::Acceptance::InChat) {
        return Err(CommerceError::refused(Refusal::AcceptInPortal));
    }
    let total = format_money(locale, &quote.total);
    let said = quote::please_accept(locale, reference, &total, &quote.customer);
    let parent = out.say(&said).await;
    let question = Question {
        spec: ACCEPT_QUOTE,
        args: json!({ "quoteMessageId": message_id, "quotationId": id }),
        title: quote::ACCEPT_TITLE.get(locale),
        changes: vec![ChangeLine {
            label: reference.clone(),
            before: None,
            after: total,
        }],
        amount: Some(quote.total.clone()),
    };
    ask(out, &parent, question).await;
    Ok(())
}

/// Answers the approval to accept a sent quotation: accepted by the store in the buyer's name
/// (the order is confirmed), or left open.
pub async fn answer_acceptance(
    turn: &Turn,
    out: &mut RunWriter,
    entry: &Resume,
    (card_id, card): (&str, ApprovalCard),
    args: &Value,
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    let found = args["quoteMessageId"]
        .as_str()
        .and_then(|id| component_at::<QuoteCard>(&turn.thread, id).map(|q| (id.to_owned(), q)));
    let Some((quote_id, quote)) = found.filter(|(_, q)| q.id.is_some()) else {
        decide(out, card_id, card, ApprovalState::Failed, "").await;
        return Ok(());
    };
    let reference = quote.reference.clone().unwrap_or_default();
    if entry.status == ResumeStatus::Cancelled {
        let said = quote::not_accepted(locale, &reference);
        decide(out, card_id, card, ApprovalState::Rejected, &said).await;
        out.say(&said).await;
        return Ok(());
    }
    let key = card.interrupt_id.clone();
    let audit =
        |record: Option<String>, outcome: &str| audit(turn, CONFIRM_ORDER, &key, record, outcome);
    let id = quote.id.unwrap_or_default();
    let accepted = turn
        .tools
        .commerce()
        .accept_quotation(turn.tools.viewer(), id, &quote.customer)
        .await;
    let quotation = match accepted {
        Ok(quotation) => quotation,
        Err(CommerceError::Refused(refusal)) => {
            audit(None, &format!("refused: {refusal}"));
            let said =
                quote::accept_refused(locale, &reference, &present::refusal(locale, &refusal));
            decide(out, card_id, card, ApprovalState::Failed, &said).await;
            out.say(&said).await;
            return Ok(());
        }
        Err(error) => {
            audit(None, &format!("failed: {}", error.code()));
            return Err(error);
        }
    };
    audit(Some(audited(&quotation)), "done");
    let said = quote::placed(locale, &quotation.reference);
    let message_id = out.say(&said).await;
    let output = ToolOutput {
        result: json!({ "orderId": quotation.id, "reference": quotation.reference }),
        component: None,
    };
    emit_tool_call(out, &message_id, CONFIRM_ORDER, args, &output).await;
    decide(out, card_id, card, ApprovalState::Approved, &said).await;
    let warnings = quote.warnings.clone();
    let confirmed = QuoteCard {
        warnings,
        ..issued(quotation, quote)
    };
    show_in_place(out, &quote_id, confirmed).await;
    Ok(())
}

/// The quote back to draft, priced now, to be changed and submitted again.
async fn back_to_draft(
    turn: &Turn,
    out: &mut RunWriter,
    quote_id: &str,
    asked: &QuoteCard,
) -> Result<(), CommerceError> {
    let quote = match repriced(turn, &quotes::lines_of(asked)).await {
        Ok((quote, _)) => quote,
        Err(error) => {
            // The store cannot price it now (down, slow): the quote is a draft again as it was
            // priced, read when it was (so it shows its age), never left awaiting an approval
            // that no longer waits. The run then says what went wrong.
            let read_at = turn
                .thread
                .message(quote_id)
                .and_then(|m| m.activity.as_ref())
                .and_then(|a| a.content["readAt"].as_str())
                .unwrap_or_default()
                .to_owned();
            let draft = QuoteCard {
                state: QuoteState::Draft,
                ..asked.clone()
            };
            let content = payload::Envelope::complete(read_at, draft).to_value();
            out.emit(quotes::replaced(
                quote_id,
                <QuoteCard as payload::Payload>::ACTIVITY_TYPE,
                &content,
            ))
            .await;
            return Err(error);
        }
    };
    let quote = QuoteCard {
        customer_reference: asked.customer_reference.clone(),
        discount_request: asked.discount_request.clone(),
        ..quote
    };
    show_in_place(out, quote_id, quote).await;
    Ok(())
}

/// The longest discount request kept, in characters.
const DISCOUNT_REQUEST_MAX: usize = 300;

/// The buyer asks for a discount in `words`: never a price the chat gives, but a request on their
/// draft quote that goes to the shop's salesperson with the quotation, who decides. Without a
/// draft, says how to make one first.
pub async fn ask_discount(
    turn: &Turn,
    out: &mut RunWriter,
    words: &str,
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    let thread = out.thread();
    let Some((quote_id, draft)) = quotes::draft_in(&thread) else {
        out.say(quote::DISCOUNT_NO_QUOTE.get(locale)).await;
        return Ok(());
    };
    let words: String = words.trim().chars().take(DISCOUNT_REQUEST_MAX).collect();
    let kept = QuoteCard {
        discount_request: Some(words),
        ..draft
    };
    show_in_place(out, &quote_id, kept).await;
    out.say(quote::DISCOUNT_NOTED.get(locale)).await;
    Ok(())
}
