//! `POST /api/actions/<action>`: what a person does in a component (DESIGN "Component
//! contract", live actions). Same tools and authorisation as the agent's own calls: the thread
//! must be the session's, the message one of its components, and no run may be writing it. The
//! change is appended to the thread log as events (so reloads, other tabs and the next model turn
//! see it) and returned as `{ seq, events }`. A repeated idempotency key gets the first answer
//! again and changes nothing.

use showroom_protocol::action::Route;
use showroom_protocol::Action;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use showroom_protocol::payload::{Envelope, Payload, ProductComparator, QuoteCard, QuoteState};
use showroom_protocol::reducer::Activity;
use showroom_protocol::Event;

use super::json::ValidJson;
use super::AppState;
use crate::quotes;
use crate::tools::Tools;
use crate::ApiError;
use showroom_commerce::Viewer;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ActionRequest {
    thread_id: String,
    message_id: String,
    #[serde(default)]
    args: Value,
    idempotency_key: String,
}

/// Answers already given, by `(thread, idempotency key)`: a double submit changes nothing twice.
/// The most recent [`Answered::KEPT`] are kept (a retry comes within seconds, not days).
#[derive(Default)]
pub struct Answered(Mutex<(HashMap<Key, Value>, VecDeque<Key>)>);

/// `(thread id, idempotency key)`.
type Key = (String, String);

impl Answered {
    const KEPT: usize = 10_000;

    fn get(&self, key: &Key) -> Option<Value> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .0
            .get(key)
            .cloned()
    }

    fn insert(&self, key: Key, answer: Value) {
        let mut guard = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let (answers, order) = &mut *guard;
        if answers.insert(key.clone(), answer).is_none() {
            order.push_back(key);
        }
        while order.len() > Self::KEPT {
            if let Some(oldest) = order.pop_front() {
                answers.remove(&oldest);
            }
        }
    }
}

pub async fn take(
    State(state): State<AppState>,
    Path(action): Path<String>,
    headers: HeaderMap,
    ValidJson(body): ValidJson<ActionRequest>,
) -> Result<Json<Value>, ApiError> {
    let (session, _) = state.sessions.resolve(&headers);
    if !state.threads.owned_by(&body.thread_id, &session) {
        return Err(ApiError::NotFound);
    }
    let key = (body.thread_id.clone(), body.idempotency_key.clone());
    if body.idempotency_key.trim().is_empty() || body.idempotency_key.len() > 128 {
        return Err(ApiError::InvalidRequest(
            "idempotencyKey must be 1 to 128 characters".into(),
        ));
    }
    if let Some(answer) = state.answered.get(&key) {
        return Ok(Json(answer));
    }
    // Holding the thread as a run does: no run may write it meanwhile, nor another action.
    let Some(_hold) = state.runs.start(&body.thread_id, "action") else {
        return Err(ApiError::RunInProgress);
    };
    let thread = state
        .threads
        .state(&body.thread_id)
        .ok_or(ApiError::NotFound)?;
    let activity = thread
        .messages
        .iter()
        .find(|m| m.id == body.message_id)
        .and_then(|m| m.activity.clone())
        .ok_or(ApiError::NotFound)?;
    let customer = state.sessions.customer(&session);
    let accept = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let locale = crate::locale::negotiate(None, accept);
    let viewer = Viewer::for_customer(customer.as_ref(), crate::locale::language(locale));
    let tools = Tools::new(state.commerce.clone(), viewer, state.clock.clone());
    let events = act(&tools, &action, &body, &activity, &thread).await?;
    let mut seq = 0;
    for event in &events {
        seq = state.threads.append(&body.thread_id, event.clone()).seq();
    }
    let answer = json!({ "seq": seq, "events": events });
    state.answered.insert(key, answer.clone());
    Ok(Json(answer))
}

/// A decimal quantity from an action's arguments (a string, or a number the browser sent).
fn quantity(args: &Value, key: &str) -> Result<String, ApiError> {
    match args.get(key) {
        Some(Value::String(q)) => Ok(q.trim().to_owned()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        _ => Err(ApiError::InvalidRequest(format!(
            "args.{key} must be a quantity"
        ))),
    }
}

fn id_arg(args: &Value, key: &str) -> Result<u64, ApiError> {
    args.get(key)
        .and_then(Value::as_u64)
        .ok_or_else(|| ApiError::InvalidRequest(format!("args.{key} must be an id")))
}

async fn act(
    tools: &Tools,
    action: &str,
    body: &ActionRequest,
    activity: &Activity,
    thread: &showroom_protocol::reducer::Thread,
) -> Result<Vec<Event>, ApiError> {
    let args = &body.args;
    let of_type = |t: &str| activity.activity_type == t;
    // Approvals go through the run's interrupt, and what leads to one (submitting a quote,
    // choosing a time, changing an order) through a run: only live actions are taken here.
    let Some(action) = Action::parse(action).filter(|a| a.route() == Route::Live) else {
        return Err(ApiError::NotSupported);
    };
    match action {
        Action::ComparatorRemove if of_type(ProductComparator::ACTIVITY_TYPE) => {
            let remove = id_arg(args, "productId")?;
            let ids: Vec<u64> = comparator_ids(&activity.content)
                .into_iter()
                .filter(|id| *id != remove)
                .collect();
            if ids.len() < 2 {
                return Err(ApiError::InvalidRequest(
                    "a comparison needs at least two products".into(),
                ));
            }
            let envelope = tools.compare_products(&ids).await?;
            Ok(vec![quotes::replaced(
                &body.message_id,
                &activity.activity_type,
                &envelope.to_value(),
            )])
        }
        Action::Refresh if of_type(ProductComparator::ACTIVITY_TYPE) => {
            let envelope = tools
                .compare_products(&comparator_ids(&activity.content))
                .await?;
            Ok(vec![quotes::replaced(
                &body.message_id,
                &activity.activity_type,
                &envelope.to_value(),
            )])
        }
        Action::QuoteAdd => {
            let product = id_arg(args, "productId")?;
            let add = quantity(args, "quantity")?;
            Ok(vec![quotes::add(tools, thread, product, &add).await?])
        }
        Action::QuoteSetQuantity | Action::QuoteRemoveLine | Action::Refresh
            if of_type(QuoteCard::ACTIVITY_TYPE) =>
        {
            let quote = Envelope::<QuoteCard>::parse(&activity.content)
                .map_err(|_| ApiError::ActionNotApplicable)?
                .data;
            if quote.state != QuoteState::Draft {
                return Err(ApiError::ActionNotApplicable);
            }
            let mut lines = quotes::lines_of(&quote);
            if action != Action::Refresh {
                let line = id_arg(args, "lineId")?;
                if !lines.iter().any(|(id, _)| *id == line) {
                    return Err(ApiError::NotFound);
                }
                let value = if action == Action::QuoteRemoveLine {
                    "0".to_owned()
                } else {
                    quantity(args, "value")?
                };
                lines.retain_mut(|(id, q)| {
                    if *id == line {
                        *q = value.clone();
                    }
                    !q.trim_start_matches(['0', '.']).is_empty()
                });
            }
            let content = quotes::priced(tools, &lines, Some(&quote)).await?;
            Ok(vec![quotes::replaced(
                &body.message_id,
                QuoteCard::ACTIVITY_TYPE,
                &content,
            )])
        }
        Action::QuoteSetReference if of_type(QuoteCard::ACTIVITY_TYPE) => {
            let quote = Envelope::<QuoteCard>::parse(&activity.content)
                .map_err(|_| ApiError::ActionNotApplicable)?
                .data;
            if quote.state != QuoteState::Draft {
                return Err(ApiError::ActionNotApplicable);
            }
            let typed = args.get("value").and_then(Value::as_str).ok_or_else(|| {
                ApiError::InvalidRequest("args.value must be the reference".into())
            })?;
            let content = quotes::with_reference(quote, typed, &activity.content["readAt"])
                .ok_or_else(|| {
                    ApiError::InvalidRequest(format!(
                        "a reference is one line of at most {} characters",
                        quotes::REFERENCE_MAX
                    ))
                })?;
            Ok(vec![quotes::replaced(
                &body.message_id,
                QuoteCard::ACTIVITY_TYPE,
                &content,
            )])
        }
        Action::ComparatorRemove
        | Action::Refresh
        | Action::QuoteSetQuantity
        | Action::QuoteRemoveLine
        | Action::QuoteSetReference => Err(ApiError::ActionNotApplicable),
        // An expired quote is priced again by asking for it in words; there is no live
        // re-quote yet.
        _ => Err(ApiError::NotSupported),
    }
}

fn comparator_ids(content: &Value) -> Vec<u64> {
    content["data"]["products"]
        .as_array()
        .map(|ps| ps.iter().filter_map(|p| p["id"].as_u64()).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_kept_for_the_latest_keys_only() {
        let answered = Answered::default();
        let key = |n: usize| ("thread".to_owned(), format!("key-{n}"));
        for n in 0..Answered::KEPT + 5 {
            answered.insert(key(n), json!(n));
        }
        assert_eq!(answered.get(&key(0)), None);
        assert_eq!(answered.get(&key(5)), Some(json!(5)));
        assert_eq!(
            answered.get(&key(Answered::KEPT + 4)),
            Some(json!(Answered::KEPT + 4))
        );
    }
}
