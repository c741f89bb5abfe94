//! A model's tool call carried out with the same tools as the built-in planner, bound to the
//! session's viewer: the call and its component go to the person, the result (or a clear error
//! the model can correct) goes back to the model. Every component comes from a tool, built by
//! the presenter from what the store answered: a model cannot compose one, so it cannot put a
//! price or a stock figure of its own on a card.

use serde_json::{json, Value};

use super::stream::ModelCall;
use crate::approvals;
use crate::locale::Locale;
use crate::quotes;
use crate::run::RunWriter;
use crate::tools::{
    emit_tool_call, emit_tool_call_into, read_showing, ToolOutput, ToolSpec, ACCOUNT_OVERVIEW,
    ADD_TO_QUOTE, COMPARE_PRODUCTS, LIST_INVOICES, ORDER_STATUS, PRODUCT_DETAILS, SEARCH_PRODUCTS,
    SET_QUOTE_LINE,
};
use crate::turn::Turn;
use showroom_commerce::CommerceError;
use showroom_protocol::payload::{
    BookingWidget, OrderStatus, ProductCard, ProductComparator, ProductGrid, QuoteState,
};

/// Every tool a model may call, in the order it is told of them.
pub const TOOLS: &[ToolSpec] = &[
    SEARCH_PRODUCTS,
    COMPARE_PRODUCTS,
    ADD_TO_QUOTE,
    approvals::SUBMIT_QUOTE,
    approvals::ACCEPT_QUOTE,
    approvals::REQUEST_DISCOUNT,
    approvals::OPEN_TICKET,
    ORDER_STATUS,
    LIST_INVOICES,
    ACCOUNT_OVERVIEW,
    PRODUCT_DETAILS,
    SET_QUOTE_LINE,
    approvals::FREE_SLOTS,
    CHOOSE_VISIT_TIME,
    LIST_ORDERS,
    CHANGE_ORDER_LINE,
    REORDER,
];

/// The model's way to the booking widget's choice (the widget's own control, `booking.choose`).
const CHOOSE_VISIT_TIME: ToolSpec = ToolSpec {
    name: "choose_visit_time",
    class: crate::tools::ToolClass::Draft,
    description: "Ask the customer to approve booking one of the free times the booking widget in this thread shows (its start, as the widget gives it); the run stops until they answer.",
    parameters: r#"{"type":"object","properties":{"start":{"type":"string","format":"date-time"}},"required":["start"]}"#,
};

const LIST_ORDERS: ToolSpec = ToolSpec {
    name: "list_orders",
    class: crate::tools::ToolClass::Read,
    description: "The signed-in customer's orders and quotations, newest first: reference, date, total, state.",
    parameters: crate::tools::NO_PARAMETERS,
};

/// The model's way to an order status component's controls (`order.set_quantity`).
const CHANGE_ORDER_LINE: ToolSpec = ToolSpec {
    name: "change_order_line",
    class: crate::tools::ToolClass::Draft,
    description: "Ask the customer to approve changing a line of a confirmed order shown in this thread by order_status (a new quantity, 0 to cancel the line); the run stops until they answer.",
    parameters: r#"{"type":"object","properties":{"reference":{"type":"string"},"lineId":{"type":"integer"},"quantity":{"type":"string"}},"required":["reference","lineId","quantity"]}"#,
};

const REORDER: ToolSpec = ToolSpec {
    name: "reorder",
    class: crate::tools::ToolClass::Draft,
    description: "Put the products and quantities of one of the customer's orders (the latest confirmed one when no reference is given) into the draft quote again, priced now.",
    parameters: r#"{"type":"object","properties":{"reference":{"type":"string"}}}"#,
};

/// `productId` and `quantity` of a quote tool's arguments (a quantity as a string or a number).
fn product_and_quantity(args: &Value) -> Option<(u64, String)> {
    let quantity = (args["quantity"].as_str().map(str::to_owned))
        .or_else(|| args["quantity"].as_f64().map(|q| q.to_string()))?;
    Some((args["productId"].as_u64()?, quantity))
}

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
    // A read that outlasts SKELETON_AFTER shows its component as a skeleton meanwhile.
    let mut skeleton = None;
    let result = match call.name.as_str() {
        "search_products" => {
            let Some(query) = args["query"].as_str() else {
                return error("query is required");
            };
            let limit = args["limit"].as_u64().unwrap_or(6).clamp(1, 12) as usize;
            let (read, shown_as) =
                read_showing::<ProductGrid, _>(out, tools.search_products(query, limit)).await;
            skeleton = shown_as;
            read.map(|grid| shown(SEARCH_PRODUCTS, ToolOutput::component(&grid)))
        }
        "compare_products" => {
            let ids: Vec<u64> = args["productIds"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_u64).collect())
                .unwrap_or_default();
            if !(2..=6).contains(&ids.len()) {
                return error("productIds must hold 2 to 6 product ids");
            }
            let (read, shown_as) =
                read_showing::<ProductComparator, _>(out, tools.compare_products(&ids)).await;
            skeleton = shown_as;
            read.map(|c| shown(COMPARE_PRODUCTS, ToolOutput::component(&c)))
        }
        "add_to_quote" => {
            let Some((product, quantity)) = product_and_quantity(&args) else {
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
        "request_discount" => {
            let Some(words) = args["words"].as_str().filter(|w| !w.trim().is_empty()) else {
                return error("words (what the customer asked) are required");
            };
            return match approvals::ask_discount(turn, out, words).await {
                Ok(()) => json!({ "noted": true, "note": "Said to the customer already; say nothing more." }).to_string(),
                Err(e) => commerce_error(turn.locale, e),
            };
        }
        "accept_quote" => {
            let thread = out.thread();
            let Some((message_id, _)) = quotes::latest_in(&thread, QuoteState::Sent) else {
                return error("this conversation has no sent quotation to accept");
            };
            return match approvals::request_acceptance(turn, out, &message_id).await {
                Ok(()) => json!({ "asked": true, "note": "If an approval card is shown, the customer decides; say nothing more." }).to_string(),
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
        "product_details" => {
            let Some(id) = args["productId"].as_u64() else {
                return error("productId is required");
            };
            let (read, shown_as) =
                read_showing::<ProductCard, _>(out, tools.product_details(id)).await;
            skeleton = shown_as;
            read.map(|(_, output)| shown(PRODUCT_DETAILS, output))
        }
        "set_quote_line" => {
            let Some((product, quantity)) = product_and_quantity(&args) else {
                return error("productId (an id) and quantity (a decimal string) are required");
            };
            let thread = out.thread();
            return match quotes::set(tools, &thread, product, &quantity).await {
                Ok(Some(event)) => {
                    let output = ToolOutput {
                        result: json!({ "set": { "productId": product, "quantity": quantity } }),
                        component: None,
                    };
                    emit_tool_call(out, parent, SET_QUOTE_LINE, &args, &output).await;
                    out.emit(event).await;
                    output.result.to_string()
                }
                Ok(None) => error("that product is not in this thread's draft quote"),
                Err(e) => commerce_error(turn.locale, e),
            };
        }
        "choose_visit_time" => {
            let Some(start) = args["start"].as_str() else {
                return error("start is required");
            };
            let thread = out.thread();
            let Some(widget) = approvals::latest_shown::<BookingWidget>(&thread, |_| true) else {
                return error("show the free times first with free_slots");
            };
            return match approvals::choose_slot(turn, out, &widget, start).await {
                Ok(()) => json!({ "asked": true, "note": "If an approval card is shown, the customer decides; say nothing more." }).to_string(),
                Err(e) => commerce_error(turn.locale, e),
            };
        }
        "list_orders" => {
            return match tools.commerce().orders(tools.viewer()).await {
                Ok(orders) => {
                    let listed: Vec<Value> = orders
                        .iter()
                        .map(|o| {
                            json!({ "reference": o.reference, "date": o.date,
                                "total": crate::present::money(&o.total),
                                "state": crate::present::order_state(turn.locale, o.state) })
                        })
                        .collect();
                    let output = ToolOutput {
                        result: json!({ "orders": listed }),
                        component: None,
                    };
                    emit_tool_call(out, parent, LIST_ORDERS, &args, &output).await;
                    output.result.to_string()
                }
                Err(e) => commerce_error(turn.locale, e),
            };
        }
        "change_order_line" => {
            let (Some(reference), Some(line)) =
                (args["reference"].as_str(), args["lineId"].as_u64())
            else {
                return error("reference and lineId are required");
            };
            let Some((_, quantity)) =
                product_and_quantity(&json!({ "productId": line, "quantity": args["quantity"] }))
            else {
                return error("quantity (a decimal string) is required");
            };
            let thread = out.thread();
            let shown =
                approvals::latest_shown::<OrderStatus>(&thread, |s| s.reference == reference);
            let Some(status) = shown else {
                return error("show the order first with order_status");
            };
            return match approvals::request_order_change(turn, out, &status, line, &quantity).await {
                Ok(()) => json!({ "asked": true, "note": "If an approval card is shown, the customer decides; say nothing more." }).to_string(),
                Err(e) => commerce_error(turn.locale, e),
            };
        }
        "reorder" => {
            let reference = args["reference"].as_str().map(str::to_owned);
            return match super::super::account::reorder(turn, out, reference).await {
                Ok(()) => json!({ "done": true, "note": "Said to the customer already; say nothing more." }).to_string(),
                Err(e) => commerce_error(turn.locale, e),
            };
        }
        "free_slots" => {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            let from = args["from"]
                .as_str()
                .and_then(|d| time::Date::parse(d, format).ok());
            let part = args["partOfDay"]
                .as_str()
                .and_then(crate::planner::dates::PartOfDay::named);
            // It says what happens and shows the booking widget itself.
            return match approvals::show_slots(turn, out, from, part).await {
                Ok(()) => json!({ "shown": true, "note": "The booking widget is shown; the customer picks a time in it and approves it. Say nothing more." }).to_string(),
                Err(e) => commerce_error(turn.locale, e),
            };
        }
        other => return error(format!("there is no tool {other}")),
    };
    match result {
        Ok((spec, output)) => {
            emit_tool_call_into(out, parent, spec, &args, &output, skeleton).await;
            output.result.to_string()
        }
        Err(e) => commerce_error(turn.locale, e),
    }
}
