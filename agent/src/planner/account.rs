//! The built-in planner's answers about the customer's own records: where an order stands, their
//! invoices, their account. Each needs a signed-in customer; an order that is not theirs is not
//! found, in the same words as one that does not exist.

use serde_json::json;
use showroom_protocol::payload::{OrderStatus, PaymentState, Step};

use super::intent::reference;
use super::phrases::format_money;
use super::Turn;
use crate::commerce::{CommerceError, Role};
use crate::locale::Locale;
use crate::run::RunWriter;
use crate::tools::{emit_tool_call, ToolOutput, ACCOUNT_OVERVIEW, LIST_INVOICES, ORDER_STATUS};

/// True (after saying how to sign in) when nobody is signed in.
async fn anonymous(turn: &Turn, out: &mut RunWriter) -> bool {
    let anonymous = turn.tools.viewer().role == Role::Anonymous;
    if anonymous {
        out.say(texts::sign_in_first(turn.locale)).await;
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
            let latest = orders.iter().find(|o| o.state == "sale").or(orders.first());
            latest.map(|o| o.reference.clone())
        }
    };
    let Some(wanted) = wanted else {
        out.say(texts::no_orders(locale)).await;
        return Ok(());
    };
    let status = match turn.tools.order_status(&wanted).await {
        Ok(status) => status,
        Err(CommerceError::NotFound) => {
            out.say(&texts::order_not_found(locale, &wanted)).await;
            return Ok(());
        }
        Err(error) => return Err(error),
    };
    let message_id = out.say(&texts::order_stands(locale, &status.data)).await;
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
    let said = texts::invoices(
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
    let said = texts::account(turn.locale, &data.pricelist, &used, limit.as_deref());
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

/// What the built-in planner says about orders, invoices and the account, in each language.
pub mod texts {
    use super::*;

    pub fn sign_in_first(locale: Locale) -> &'static str {
        match locale {
            Locale::En => "Please sign in first, under **Account** beside your chats: orders are placed for your company's account.",
            Locale::Nl => "Meld je eerst aan via **Account** naast je gesprekken: bestellingen worden op de rekening van je bedrijf geplaatst.",
            Locale::De => "Bitte melden Sie sich zuerst unter **Konto** neben Ihren Chats an: Bestellungen laufen über das Konto Ihrer Firma.",
        }
    }

    pub fn no_orders(locale: Locale) -> &'static str {
        match locale {
            Locale::En => "You have no orders yet.",
            Locale::Nl => "Je hebt nog geen bestellingen.",
            Locale::De => "Sie haben noch keine Bestellungen.",
        }
    }

    pub fn order_not_found(locale: Locale, reference: &str) -> String {
        match locale {
            Locale::En => format!("I could not find an order {reference} among your orders. Check the reference, for example S00021."),
            Locale::Nl => format!("Ik vond geen bestelling {reference} bij je bestellingen. Controleer het nummer, bijvoorbeeld S00021."),
            Locale::De => format!("Unter Ihren Bestellungen finde ich keine Bestellung {reference}. Prüfen Sie die Nummer, zum Beispiel S00021."),
        }
    }

    pub fn order_stands(locale: Locale, status: &OrderStatus) -> String {
        let r = &status.reference;
        let step = reached(status);
        match (locale, step) {
            (Locale::En, Step::Quotation) => {
                format!("{r} is a quotation; it is not confirmed yet.")
            }
            (Locale::En, Step::Confirmed) => {
                format!("Order {r} is confirmed and waiting to be shipped.")
            }
            (Locale::En, Step::Picking) => format!("Order {r} has been shipped and is on its way."),
            (Locale::En, Step::Delivered) => format!("Order {r} has been delivered."),
            (Locale::En, Step::Invoiced) => format!("Order {r} has been delivered and invoiced."),
            (Locale::Nl, Step::Quotation) => {
                format!("{r} is een offerte; die is nog niet bevestigd.")
            }
            (Locale::Nl, Step::Confirmed) => {
                format!("Bestelling {r} is bevestigd en wacht op verzending.")
            }
            (Locale::Nl, Step::Picking) => format!("Bestelling {r} is verzonden en onderweg."),
            (Locale::Nl, Step::Delivered) => format!("Bestelling {r} is geleverd."),
            (Locale::Nl, Step::Invoiced) => format!("Bestelling {r} is geleverd en gefactureerd."),
            (Locale::De, Step::Quotation) => {
                format!("{r} ist ein Angebot; es ist noch nicht bestätigt.")
            }
            (Locale::De, Step::Confirmed) => {
                format!("Bestellung {r} ist bestätigt und wartet auf den Versand.")
            }
            (Locale::De, Step::Picking) => format!("Bestellung {r} ist versandt und unterwegs."),
            (Locale::De, Step::Delivered) => format!("Bestellung {r} wurde geliefert."),
            (Locale::De, Step::Invoiced) => {
                format!("Bestellung {r} wurde geliefert und berechnet.")
            }
        }
    }

    pub fn invoices(locale: Locale, count: usize, open: usize, outstanding: &str) -> String {
        match (locale, count, open) {
            (Locale::En, 0, _) => "You have no invoices yet.".to_owned(),
            (Locale::Nl, 0, _) => "Je hebt nog geen facturen.".to_owned(),
            (Locale::De, 0, _) => "Sie haben noch keine Rechnungen.".to_owned(),
            (Locale::En, _, 0) => "Here are your invoices; all of them are paid.".to_owned(),
            (Locale::Nl, _, 0) => "Hier zijn je facturen; ze zijn allemaal betaald.".to_owned(),
            (Locale::De, _, 0) => "Hier sind Ihre Rechnungen; alle sind bezahlt.".to_owned(),
            (Locale::En, _, _) => {
                format!("Here are your invoices: {outstanding} is still to be paid.")
            }
            (Locale::Nl, _, _) => {
                format!("Hier zijn je facturen: er staat nog {outstanding} open.")
            }
            (Locale::De, _, _) => {
                format!("Hier sind Ihre Rechnungen: {outstanding} sind noch offen.")
            }
        }
    }

    pub fn account(locale: Locale, pricelist: &str, used: &str, limit: Option<&str>) -> String {
        match (locale, limit) {
            (Locale::En, Some(limit)) => format!("You buy at the {pricelist} prices; {used} of your {limit} credit is in use."),
            (Locale::En, None) => format!("You buy at the {pricelist} prices; {used} is committed on your account."),
            (Locale::Nl, Some(limit)) => format!("Je koopt tegen de prijzen van {pricelist}; {used} van je krediet van {limit} is in gebruik."),
            (Locale::Nl, None) => format!("Je koopt tegen de prijzen van {pricelist}; er staat {used} op je rekening."),
            (Locale::De, Some(limit)) => format!("Sie kaufen zu den Preisen der Liste {pricelist}; {used} Ihres Kreditrahmens von {limit} sind belegt."),
            (Locale::De, None) => format!("Sie kaufen zu den Preisen der Liste {pricelist}; {used} sind auf Ihrem Konto gebunden."),
        }
    }
}
