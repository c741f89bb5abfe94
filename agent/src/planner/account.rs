//! The built-in planner's answers about the customer's own records: where an order stands, their
//! invoices, their account. Each needs a signed-in customer; an order that is not theirs is not
//! found, in the same words as one that does not exist.

use serde_json::json;
use showroom_i18n::account;
use showroom_protocol::payload::{
    Invoice, InvoiceKind, InvoiceList, Money, OrderStatus, PaymentState, Step,
};

use super::phrases::format_money;
use super::slots::reference;
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

/// "Reorder S00021", "the same as last time": that order's products and quantities (or the
/// latest confirmed order's) put into the draft quote again, priced now.
pub async fn reorder(
    turn: &Turn,
    out: &mut RunWriter,
    asked: Option<String>,
) -> Result<(), CommerceError> {
    if anonymous(turn, out).await {
        return Ok(());
    }
    let locale = turn.locale;
    let tools = &turn.tools;
    let wanted = match asked {
        Some(reference) => Some(reference),
        None => {
            let orders = tools.commerce().orders(tools.viewer()).await?;
            (orders.iter())
                .find(|o| o.state == OrderState::SalesOrder)
                .map(|o| o.reference.clone())
        }
    };
    let Some(wanted) = wanted else {
        out.say(account::NO_ORDERS.get(locale)).await;
        return Ok(());
    };
    let order = match tools.commerce().order_status(tools.viewer(), &wanted).await {
        Ok(order) => order,
        Err(CommerceError::NotFound) => {
            out.say(&account::order_not_found(locale, &wanted)).await;
            return Ok(());
        }
        Err(error) => return Err(error),
    };
    let lines: Vec<(u64, String, String)> = (order.lines.iter())
        .filter(|l| l.quantity > showroom_commerce::Decimal::ZERO)
        .filter_map(|l| {
            Some((
                l.product_id?,
                l.quantity.normalize().to_string(),
                l.name.clone(),
            ))
        })
        .collect();
    if lines.is_empty() {
        out.say(&account::order_not_found(locale, &wanted)).await;
        return Ok(());
    }
    let reference = order.reference.clone();
    let added: Vec<(u64, String)> = lines.iter().map(|(id, q, _)| (*id, q.clone())).collect();
    let event = crate::quotes::add_all(tools, &turn.thread, &added).await?;
    let listed: Vec<String> = lines
        .iter()
        .map(|(_, q, name)| format!("{q} × {name}"))
        .collect();
    let listed: Vec<&str> = listed.iter().map(String::as_str).collect();
    let said = account::reordered(
        locale,
        &reference,
        &super::phrases::join_names(locale, &listed),
    );
    let message_id = out.say(&said).await;
    let status = tools.envelope(crate::present::order_status(order));
    let output = ToolOutput {
        result: serde_json::to_value(&status.data).unwrap_or_default(),
        component: None,
    };
    emit_tool_call(
        out,
        &message_id,
        ORDER_STATUS,
        &json!({ "reference": reference }),
        &output,
    )
    .await;
    for (id, quantity) in &added {
        let args = json!({ "productId": id, "quantity": quantity });
        let output = ToolOutput {
            result: json!({ "added": { "productId": id, "quantity": quantity } }),
            component: None,
        };
        emit_tool_call(out, &message_id, crate::tools::ADD_TO_QUOTE, &args, &output).await;
    }
    out.emit(event).await;
    Ok(())
}

/// "Show my invoices", or only the paid, open or overdue ones (`state`, as the planner read it):
/// the list, and what is outstanding on the whole account.
pub async fn invoices(
    turn: &Turn,
    out: &mut RunWriter,
    state: Option<&str>,
) -> Result<(), CommerceError> {
    if anonymous(turn, out).await {
        return Ok(());
    }
    let mut list = turn.tools.invoices().await?;
    let today = turn.tools.clock().now().date().to_string();
    let said = match state {
        Some(state) => {
            list.data
                .invoices
                .retain(|i| invoice_in_state(i, state, &today));
            let count = list.data.invoices.len();
            let about = match (state, count) {
                ("paid", 0) => account::INVOICES_NONE_PAID.get(turn.locale).to_owned(),
                ("overdue", 0) => account::INVOICES_NONE_OVERDUE.get(turn.locale).to_owned(),
                (_, 0) => account::INVOICES_NONE_OPEN.get(turn.locale).to_owned(),
                ("paid", n) => account::invoices_shown_paid(turn.locale, &n.to_string()),
                ("overdue", n) => account::invoices_shown_overdue(turn.locale, &n.to_string()),
                (_, n) => account::invoices_shown_open(turn.locale, &n.to_string()),
            };
            format!("{about} {}", invoices_said(turn.locale, &list.data))
        }
        None => invoices_said(turn.locale, &list.data),
    };
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

/// The words above the invoices: none yet, all paid, how much is still to be paid (after the
/// credit notes, when there are any with credit left), or how much is in the customer's favour.
/// Whether invoice `i` is in `state` ("paid", "open" or "overdue": open and due before `today`,
/// `YYYY-MM-DD`). Credit notes are not invoices.
fn invoice_in_state(i: &Invoice, state: &str, today: &str) -> bool {
    let paid = matches!(
        i.payment_state,
        PaymentState::Paid | PaymentState::InPayment
    );
    let open = matches!(
        i.payment_state,
        PaymentState::NotPaid | PaymentState::Partial
    );
    i.kind == InvoiceKind::Invoice
        && match state {
            "paid" => paid,
            "overdue" => open && i.due.as_deref().is_some_and(|due| due < today),
            _ => open,
        }
}

fn invoices_said(locale: Locale, list: &InvoiceList) -> String {
    let outstanding = &list.outstanding;
    let in_credit = outstanding.amount.starts_with('-');
    let open = (list.invoices.iter())
        .filter(|i| i.kind == InvoiceKind::Invoice && i.payment_state != PaymentState::Paid)
        .count();
    let credit_left = (list.invoices.iter())
        .any(|i| i.kind == InvoiceKind::CreditNote && i.payment_state != PaymentState::Paid);
    if list.invoices.is_empty() {
        account::NO_INVOICES.get(locale).to_owned()
    } else if in_credit {
        let credit = Money {
            amount: outstanding.amount.trim_start_matches('-').to_owned(),
            ..outstanding.clone()
        };
        account::invoices_in_credit(locale, &format_money(locale, &credit))
    } else if open == 0 {
        account::INVOICES_PAID.get(locale).to_owned()
    } else if credit_left {
        account::invoices_open_net(locale, &format_money(locale, outstanding))
    } else {
        account::invoices_open(locale, &format_money(locale, outstanding))
    }
}

/// The words above the account: the price list, and the credit in use (of the limit, if any).
fn account_said(locale: Locale, pricelist: &str, used: &str, limit: Option<&str>) -> String {
    match limit {
        Some(limit) => account::with_limit(locale, pricelist, used, limit),
        None => account::without_limit(locale, pricelist, used),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use showroom_protocol::payload::Invoice;

    fn document(kind: InvoiceKind, amount: &str, payment_state: PaymentState) -> Invoice {
        Invoice {
            id: 1,
            kind,
            number: "X".into(),
            date: "2026-11-02".into(),
            due: None,
            amount: Money::new(amount, "USD", true),
            residual: Money::new(amount, "USD", true),
            payment_state,
            pdf_url: None,
            portal_url: None,
        }
    }

    #[test]
    fn the_words_above_the_invoices_count_the_credit_notes() {
        let list = |outstanding: &str, invoices: Vec<Invoice>| InvoiceList {
            invoices,
            outstanding: Money::new(outstanding, "USD", true),
        };
        let owed = document(InvoiceKind::Invoice, "1150.00", PaymentState::NotPaid);
        let credit = document(InvoiceKind::CreditNote, "-172.50", PaymentState::NotPaid);
        let said = |l: &InvoiceList| invoices_said(Locale::En, l);
        assert_eq!(
            said(&list("977.50", vec![owed.clone(), credit.clone()])),
            "Here are your invoices and credit notes: after your credit notes, $977.50 is still \
             to be paid."
        );
        assert_eq!(
            said(&list("-172.50", vec![credit.clone()])),
            "Here are your invoices and credit notes: your credit notes more than cover them, \
             and $172.50 is in your favour."
        );
        assert_eq!(
            said(&list("1150.00", vec![owed])),
            "Here are your invoices: $1,150.00 is still to be paid."
        );
        let used = document(InvoiceKind::CreditNote, "-172.50", PaymentState::Paid);
        let paid = document(InvoiceKind::Invoice, "172.50", PaymentState::Paid);
        assert_eq!(
            said(&list("0.00", vec![paid, used])),
            "Here are your invoices; all of them are paid."
        );
    }
}
