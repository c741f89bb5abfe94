//! A model's tool call carried out with the same tools as the built-in planner, bound to the
//! session's viewer: the call and its component go to the person, the result (or a clear error
//! the model can correct) goes back to the model.

use serde_json::{json, Value};
use showroom_protocol::events::ActivitySnapshot;
use showroom_protocol::payload::{
    schema, AccountSummary, ApprovalCard, BookingWidget, Envelope, InvoiceList, OrderStatus,
    Payload, ProductCard, ProductComparator, ProductGrid, QuoteCard, TicketCard,
};

use super::stream::ModelCall;
use crate::approvals;
use crate::locale::Locale;
use crate::quotes;
use crate::run::RunWriter;
use crate::tools::{
    emit_tool_call, ToolOutput, ToolSpec, ACCOUNT_OVERVIEW, ADD_TO_QUOTE, COMPARE_PRODUCTS,
    LIST_INVOICES, ORDER_STATUS, SEARCH_PRODUCTS,
};
use crate::turn::Turn;
use showroom_commerce::CommerceError;

/// Shows a component the model composed, checked against its payload type first.
pub const SHOW_COMPONENT: ToolSpec = ToolSpec {
    name: "show_component",
    class: crate::tools::ToolClass::Read,
    description: "Show the customer a component you composed (type is a showroom.* activity type, data its payload). Prefer the other tools, which build components from the store's data.",
    parameters: r#"{"type":"object","properties":{"type":{"type":"string"},"data":{"type":"object"}},"required":["type","data"]}"#,
};

/// Every tool a model may call, in the order it is told of them.
pub const TOOLS: &[ToolSpec] = &[
    SEARCH_PRODUCTS,
    COMPARE_PRODUCTS,
    ADD_TO_QUOTE,
    approvals::SUBMIT_QUOTE,
    approvals::OPEN_TICKET,
    ORDER_STATUS,
    LIST_INVOICES,
    ACCOUNT_OVERVIEW,
    SHOW_COMPONENT,
];

/// What goes back to the model: the result, or an error it can act on.
fn error(message: impl std::fmt::Display) -> String {
    json!({ "error": message.to_string() }).to_string()
}

/// A store's error for the model; a refusal comes with its reason worded for the person, for the
/// model to pass on as it is.
fn commerce_error(locale: Locale, e: CommerceError) -> String {
    match &e {
        CommerceError::Refused(refusal) => json!({
            "error": e.to_string(),
            "code": e.code(),
            "reason": crate::present::refusal(locale, refusal),
        }),
        _ => json!({ "error": e.to_string(), "code": e.code() }),
    }
    .to_string()
}

/// Carries out `call`; `parent` is the message the call belongs to.
pub async fn execute(turn: &Turn, out: &mut RunWriter, parent: &str, call: &ModelCall) -> String {
    let args: Value = match serde_json::from_str(if call.arguments.trim().is_empty() {
        "{}"
    } else {
        &call.arguments
    }) {
        Ok(args) => args,
        Err(e) => return error(format!("the arguments are not JSON: {e}")),
    };
    let tools = &turn.tools;
    let shown = |spec, output: ToolOutput| (spec, output);
    let result = match call.name.as_str() {
        "search_products" => {
            let Some(query) = args["query"].as_str() else {
                return error("query is required");
            };
            let limit = args["limit"].as_u64().unwrap_or(6).clamp(1, 12) as usize;
            tools
                .search_products(query, limit)
                .await
                .map(|grid| shown(SEARCH_PRODUCTS, ToolOutput::component(&grid)))
        }
        "compare_products" => {
            let ids: Vec<u64> = args["productIds"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_u64).collect())
                .unwrap_or_default();
            if !(2..=6).contains(&ids.len()) {
                return error("productIds must hold 2 to 6 product ids");
            }
            tools
                .compare_products(&ids)
                .await
                .map(|c| shown(COMPARE_PRODUCTS, ToolOutput::component(&c)))
        }
        "add_to_quote" => {
            let (Some(product), Some(quantity)) = (
                args["productId"].as_u64(),
                args["quantity"]
                    .as_str()
                    .map(str::to_owned)
                    .or_else(|| args["quantity"].as_f64().map(|q| q.to_string())),
            ) else {
                return error("productId (an id) and quantity (a decimal string) are required");
            };
            let thread = out.thread();
            match quotes::add(tools, &thread, product, &quantity).await {
                Ok(event) => {
                    let output = ToolOutput {
                        result: json!({ "added": { "productId": product, "quantity": quantity } }),
                        component: None,
                    };
                    emit_tool_call(out, parent, ADD_TO_QUOTE, &args, &output).await;
                    out.emit(event).await;
                    return output.result.to_string();
                }
                Err(e) => return error(e),
            }
        }
        "submit_quote" => {
            // It says what happens and shows the approval card itself.
            return match approvals::request(turn, out).await {
                Ok(()) => json!({ "submitted": true, "note": "If an approval card is shown, the customer decides; say nothing more." }).to_string(),
                Err(e) => commerce_error(turn.locale, e),
            };
        }
        "open_ticket" => {
            let (Some(subject), Some(description)) =
                (args["subject"].as_str(), args["description"].as_str())
            else {
                return error("subject and description are required");
            };
            let ticket = showroom_commerce::NewTicket {
                subject: subject.chars().take(120).collect(),
                description: description.to_owned(),
                order: args["order"].as_str().map(str::to_owned),
            };
            return match approvals::request_ticket(turn, out, ticket).await {
                Ok(()) => json!({ "asked": true, "note": "If an approval card is shown, the customer decides; say nothing more." }).to_string(),
                Err(e) => commerce_error(turn.locale, e),
            };
        }
        "order_status" => {
            let Some(reference) = args["reference"].as_str() else {
                return error("reference is required");
            };
            tools
                .order_status(reference)
                .await
                .map(|s| shown(ORDER_STATUS, ToolOutput::component(&s)))
        }
        "list_invoices" => tools
            .invoices()
            .await
            .map(|l| shown(LIST_INVOICES, ToolOutput::component(&l))),
        "account_overview" => tools
            .account()
            .await
            .map(|a| shown(ACCOUNT_OVERVIEW, ToolOutput::component(&a))),
        "show_component" => return show_component(out, &args).await,
        other => return error(format!("there is no tool {other}")),
    };
    match result {
        Ok((spec, output)) => {
            emit_tool_call(out, parent, spec, &args, &output).await;
            output.result.to_string()
        }
        Err(e) => commerce_error(turn.locale, e),
    }
}

/// A payload the model wrote: shown only when it is valid for its type; otherwise the model is
/// told what is wrong, and nothing is shown.
async fn show_component(out: &mut RunWriter, args: &Value) -> String {
    let activity_type = args["type"].as_str().unwrap_or_default();
    let data = args["data"].clone();
    let read_at = out.now_rfc3339();
    let checked = match activity_type {
        ProductCard::ACTIVITY_TYPE => check::<ProductCard>(data, &read_at),
        ProductGrid::ACTIVITY_TYPE => check::<ProductGrid>(data, &read_at),
        ProductComparator::ACTIVITY_TYPE => check::<ProductComparator>(data, &read_at),
        QuoteCard::ACTIVITY_TYPE => check::<QuoteCard>(data, &read_at),
        BookingWidget::ACTIVITY_TYPE => check::<BookingWidget>(data, &read_at),
        OrderStatus::ACTIVITY_TYPE => check::<OrderStatus>(data, &read_at),
        InvoiceList::ACTIVITY_TYPE => check::<InvoiceList>(data, &read_at),
        AccountSummary::ACTIVITY_TYPE => check::<AccountSummary>(data, &read_at),
        TicketCard::ACTIVITY_TYPE => check::<TicketCard>(data, &read_at),
        // Approvals come from the approval flow only, never from a model.
        ApprovalCard::ACTIVITY_TYPE => Err("approval cards are shown by submit_quote".into()),
        other => Err(format!("there is no component {other:?}")),
    };
    match checked {
        Ok(content) => {
            let message_id = out.new_id("ui");
            out.emit(ActivitySnapshot {
                message_id,
                activity_type: activity_type.to_owned(),
                content,
                ..Default::default()
            })
            .await;
            json!({ "shown": activity_type }).to_string()
        }
        Err(message) => error(format!("not shown: {message}")),
    }
}

/// `data` as a `T` (its shape, then its schema, as the browser checks it), as the envelope the
/// person sees.
fn check<T: Payload + schema::JsonSchema>(data: Value, read_at: &str) -> Result<Value, String> {
    let payload: T = serde_json::from_value(data).map_err(|e| e.to_string())?;
    let content = Envelope::complete(read_at.to_owned(), payload).to_value();
    schema::check::<T>(&content).map_err(|e| e.to_string())?;
    Ok(content)
}

#[cfg(test)]
mod tests {
    use super::*;

    const READ_AT: &str = "2026-11-27T09:30:00Z";

    /// Found by the payload_check fuzz target: these have the payload type's shape, but the
    /// browser's schema refuses them (a ticket needs a reference, a visit
    /// lasts at least 5 minutes), so the person would have seen a fallback card.
    #[test]
    fn a_payload_the_browser_would_refuse_goes_back_to_the_model() {
        let ticket = json!({ "reference": "", "subject": "The desk wobbles", "status": "new",
                             "created": READ_AT });
        let refused = check::<TicketCard>(ticket.clone(), READ_AT).unwrap_err();
        assert!(refused.contains("data.reference"), "{refused}");
        let visit = json!({ "service": "Showroom visit", "durationMinutes": 2, "slots": [],
                            "state": "choosing" });
        let refused = check::<BookingWidget>(visit, READ_AT).unwrap_err();
        assert!(refused.contains("data.durationMinutes"), "{refused}");

        let mut ticket = ticket;
        ticket["reference"] = json!("#128");
        let shown = check::<TicketCard>(ticket, READ_AT).unwrap();
        assert_eq!(shown["data"]["reference"], "#128");
    }
}
