//! The thread's draft quote: a `showroom.quote_card` in the thread whose lines the store prices.
//! Both a person's actions in the card (`routes::actions`) and the planner's "add 10 chairs to
//! my quote" change it here, as the same events.

use serde_json::{json, Value};
use showroom_commerce::{CommerceError, Verdict};
use showroom_protocol::events::{ActivityDelta, ActivitySnapshot};
use showroom_protocol::payload::{Envelope, Payload, QuoteCard, QuoteState};
use showroom_protocol::reducer::Thread;
use showroom_protocol::Event;

use crate::present;
use crate::tools::Tools;

/// The thread's draft quote, if it has one: its message id and its content.
pub fn draft_in(thread: &Thread) -> Option<(String, QuoteCard)> {
    latest_in(thread, QuoteState::Draft)
}

/// The thread's latest quote card in `state`, if it has one: its message id and its content.
pub fn latest_in(thread: &Thread, state: QuoteState) -> Option<(String, QuoteCard)> {
    thread.messages.iter().rev().find_map(|m| {
        let activity = m.activity.as_ref()?;
        if activity.activity_type != QuoteCard::ACTIVITY_TYPE {
            return None;
        }
        let quote = Envelope::<QuoteCard>::parse(&activity.content).ok()?;
        (quote.data.state == state).then(|| (m.id.clone(), quote.data))
    })
}

/// The lines of a quote as `(product id, quantity)`.
pub fn lines_of(quote: &QuoteCard) -> Vec<(u64, String)> {
    quote
        .lines
        .iter()
        .map(|l| (l.product_id, l.quantity.clone()))
        .collect()
}

/// Adds `quantity` of `product` to the thread's draft quote, or starts one: the event that shows
/// it (a new quote card, or the draft's content replaced).
pub async fn add(
    tools: &Tools,
    thread: &Thread,
    product: u64,
    quantity: &str,
) -> Result<Event, CommerceError> {
    add_all(tools, thread, &[(product, quantity.to_owned())]).await
}

/// Adds each `(product, quantity)` to the thread's draft quote, or starts one with them, priced
/// once: the event that shows it.
pub async fn add_all(
    tools: &Tools,
    thread: &Thread,
    added: &[(u64, String)],
) -> Result<Event, CommerceError> {
    let draft = draft_in(thread);
    let mut lines = draft.as_ref().map(|(_, q)| lines_of(q)).unwrap_or_default();
    for (product, quantity) in added {
        match lines.iter_mut().find(|(id, _)| id == product) {
            Some((_, q)) => *q = add_decimal(q, quantity)?,
            None => lines.push((*product, quantity.clone())),
        }
    }
    let content = priced(tools, &lines, draft.as_ref().map(|(_, q)| q)).await?;
    Ok(match draft {
        Some((message_id, _)) => replaced(&message_id, QuoteCard::ACTIVITY_TYPE, &content),
        None => ActivitySnapshot {
            message_id: format!("ui-{}", uuid::Uuid::new_v4().simple()),
            activity_type: QuoteCard::ACTIVITY_TYPE.to_owned(),
            content,
            ..Default::default()
        }
        .into(),
    })
}

/// Sets `product`'s line of the thread's draft quote to `quantity` (`0` removes it): the event
/// that shows the draft priced again. `None` when there is no draft or it has no such line.
pub async fn set(
    tools: &Tools,
    thread: &Thread,
    product: u64,
    quantity: &str,
) -> Result<Option<Event>, CommerceError> {
    let Some((message_id, quote)) = draft_in(thread) else {
        return Ok(None);
    };
    let mut lines = lines_of(&quote);
    let Some(at) = lines.iter().position(|(id, _)| *id == product) else {
        return Ok(None);
    };
    let quantity = add_decimal("0", quantity)?;
    match quantity.as_str() {
        "0" => {
            lines.remove(at);
        }
        _ => lines[at].1 = quantity,
    }
    let content = priced(tools, &lines, Some(&quote)).await?;
    Ok(Some(replaced(
        &message_id,
        QuoteCard::ACTIVITY_TYPE,
        &content,
    )))
}

/// A component's content replaced: its data, when it was read, and its status.
pub fn replaced(message_id: &str, activity_type: &str, content: &Value) -> Event {
    ActivityDelta {
        message_id: message_id.to_owned(),
        activity_type: activity_type.to_owned(),
        patch: vec![
            json!({ "op": "replace", "path": "/data", "value": content["data"] }),
            json!({ "op": "replace", "path": "/readAt", "value": content["readAt"] }),
            json!({ "op": "replace", "path": "/status", "value": content["status"] }),
        ],
        ..Default::default()
    }
    .into()
}

/// Two quantities added, exactly (thousandths).
pub fn add_decimal(a: &str, b: &str) -> Result<String, CommerceError> {
    let milli = |t: &str| -> Result<i64, CommerceError> {
        let (whole, fraction) = t.trim().split_once('.').unwrap_or((t.trim(), ""));
        let fraction: String = fraction.chars().chain("000".chars()).take(3).collect();
        match (whole.parse::<i64>(), fraction.parse::<i64>()) {
            (Ok(w), Ok(f)) if w >= 0 => Ok(w * 1000 + f),
            _ => Err(CommerceError::BadQuantity(t.to_owned())),
        }
    };
    let sum = milli(a)? + milli(b)?;
    Ok(if sum % 1000 == 0 {
        (sum / 1000).to_string()
    } else {
        format!("{}.{:03}", sum / 1000, sum % 1000)
            .trim_end_matches('0')
            .to_owned()
    })
}

/// The quote card for these lines, priced by the store now, and the store's verdicts on it.
pub async fn card(
    tools: &Tools,
    lines: &[(u64, String)],
) -> Result<(QuoteCard, Vec<Verdict>), CommerceError> {
    let priced = tools.commerce().price_quote(tools.viewer(), lines).await?;
    let verdicts = priced.verdicts.clone();
    let valid_until = (tools.clock().now() + time::Duration::days(30)).date();
    let card = present::quote_card(tools.locale(), priced, Some(valid_until.to_string()));
    Ok((card, verdicts))
}

/// The quote card for these lines, priced by the store now, as a component's content; what the
/// buyer wrote on the `draft` it replaces (their reference) stays.
pub async fn priced(
    tools: &Tools,
    lines: &[(u64, String)],
    draft: Option<&QuoteCard>,
) -> Result<Value, CommerceError> {
    let (mut card, _) = card(tools, lines).await?;
    card.customer_reference = draft.and_then(|d| d.customer_reference.clone());
    card.discount_request = draft.and_then(|d| d.discount_request.clone());
    Ok(tools.envelope(card).to_value())
}

/// The longest reference a buyer may give a quote (a purchase order number).
pub const REFERENCE_MAX: usize = 64;

/// The buyer's own reference for the draft `quote`, as typed (trimmed; empty clears it): its
/// content with the reference set. `None` for text that is too long or has control characters.
pub fn with_reference(mut quote: QuoteCard, typed: &str, read_at: &Value) -> Option<Value> {
    let typed = typed.trim();
    if typed.chars().count() > REFERENCE_MAX || typed.chars().any(char::is_control) {
        return None;
    }
    quote.customer_reference = (!typed.is_empty()).then(|| typed.to_owned());
    let mut content = json!({ "data": quote });
    content["readAt"] = read_at.clone();
    content["status"] = json!("complete");
    Some(content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_add_exactly() {
        assert_eq!(add_decimal("1", "2").unwrap(), "3");
        assert_eq!(add_decimal("0.5", "0.25").unwrap(), "0.75");
        assert_eq!(add_decimal("1.5", "1.5").unwrap(), "3");
        assert!(add_decimal("-1", "2").is_err());
        assert!(add_decimal("x", "2").is_err());
    }
}
