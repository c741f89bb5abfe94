//! The built-in planner's answers about the customer's own records: where an order stands, their
//! invoices, their account. Each needs a signed-in customer; an order that is not theirs is not
//! found, in the same words as one that does not exist.

use serde_json::json;
use showroom_i18n::account;
use showroom_protocol::payload::{OrderStatus, PaymentState, Step};

use super::intent::reference;
use super::phrases::format_money;
use super::Turn;
use crate::locale::Locale;
use crate::run::RunWriter;
use crate::tools::{emit_tool_call, ToolOutput, ACCOUNT_OVERVIEW, LIST_INVOICES, ORDER_STATUS};
use showroom_commerce::{CommerceError, OrderState, Role};

/// True (after saying how to sign in) when nobody is signed in.
async fn anonymous(turn: &Turn, out: &mut RunWriter) -> bool {
    let anonymous = turn.tools.viewer().role == Role::Anonymous;
    if anonymous {
        out.say(account::SIGN_IN_FIRST.get(turn.locale)).await;
    }
    anonymous
}

/// "Where is my order S00021?": that order; without a reference, the latest that is not a
/// quotation or cancelled.
pub async fn orders(turn: &Turn, out: &mut RunWriter) -> Result<(), CommerceError> {
    if anonymous(turn, out).await {
        return Ok(());
    }
    let locale = turn.locale;
    let asked = reference(&turn.text);
    let wanted = match &asked {
        Some(reference) => Some(reference.clone()),
        None => {
            let orders = turn.tools.commerce().orders(turn.tools.viewer()).await?;
            let latest = (orders.iter())
                .find(|o| o.state == OrderState::SalesOrder)
                .or(orders.first());
            latest.map(|o| o.reference.clone())
        }
    };
    let Some(wanted) = wanted else {
        out.say(account::NO_ORDERS.get(locale)).await;
        return Ok(());
    };
    let status = match turn.tools.order_status(&wanted).await {
        Ok(status) => status,
        Err(CommerceError::NotFound) => {
            out.say(&account::order_not_found(locale, &wanted)).await;
            return Ok(());
        }
        Err(error) => return Err(error),
    };
    let message_id = out.say(&order_stands(locale, &status.data)).await;
    let output = ToolOutput::component(&status);
    emit_tool_call(
        out,
        &message_id,
        ORDER_STATUS,
        &json!({ "reference": wanted }),
        &output,
    )
    .await;
    Ok(())
}

pub async fn invoices(turn: &Turn, out: &mut RunWriter) -> Result<(), CommerceError> {
    if anonymous(turn, out).await {
        return Ok(());
    }
    let list = turn.tools.invoices().await?;
    let open = list
        .data
        .invoices
        .iter()
        .filter(|i| i.payment_state != PaymentState::Paid)
        .count();
    let said = invoices_said(
        turn.locale,
        list.data.invoices.len(),
        open,
        &format_money(turn.locale, &list.data.outstanding),
    );
    let message_id = out.say(&said).await;
    let output = ToolOutput::component(&list);
    emit_tool_call(out, &message_id, LIST_INVOICES, &json!({}), &output).await;
    Ok(())
}

pub async fn account(turn: &Turn, out: &mut RunWriter) -> Result<(), CommerceError> {
    if anonymous(turn, out).await {
        return Ok(());
    }
    let account = turn.tools.account().await?;
    let data = &account.data;
    let used = format_money(turn.locale, &data.credit_used);
    let limit = data
        .credit_limit
        .as_ref()
        .map(|l| format_money(turn.locale, l));
    let said = account_said(turn.locale, &data.pricelist, &used, limit.as_deref());
    let message_id = out.say(&said).await;
    let output = ToolOutput::component(&account);
    emit_tool_call(out, &message_id, ACCOUNT_OVERVIEW, &json!({}), &output).await;
    Ok(())
}

/// How far an order got: the last step of its timeline that happened.
fn reached(status: &OrderStatus) -> Step {
    status
        .timeline
        .iter()
        .rev()
        .find(|m| m.at.is_some())
        .map_or(Step::Quotation, |m| m.step)
}

/// What the built-in planner says about where an order stands, by the step it reached.
fn order_stands(locale: Locale, status: &OrderStatus) -> String {
    let r = &status.reference;
    match reached(status) {
        Step::Quotation => account::quotation(locale, r),
        Step::Confirmed => account::confirmed(locale, r),
        Step::Picking => account::picking(locale, r),
        Step::Delivered => account::delivered(locale, r),
        Step::Invoiced => account::invoiced(locale, r),
    }
}

/// The words above the invoices: none yet, all paid, or how much is still to be paid.
fn invoices_said(locale: Locale, count: usize, open: usize, outstanding: &str) -> String {
    match (count, open) {
        (0, _) => account::NO_INVOICES.get(locale).to_owned(),
        (_, 0) => account::INVOICES_PAID.get(locale).to_owned(),
        _ => account::invoices_open(locale, outstanding),
    }
}

/// The words above the account: the price list, and the credit in use (of the limit, if any).
fn account_said(locale: Locale, pricelist: &str, used: &str, limit: Option<&str>) -> String {
    match limit {
        Some(limit) => account::with_limit(locale, pricelist, used, limit),
        None => account::without_limit(locale, pricelist, used),
    }
}
