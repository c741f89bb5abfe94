//! `/api/threads`: the session's threads — list, create, rename, delete, snapshot — and
//! rewinding one for an edited question or a new answer. A thread of another session is 404.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;

use super::json::ValidJson;
use super::AppState;
use crate::session::SessionId;
use crate::ApiError;

/// The longest thread id taken (ours are UUIDs).
const MAX_ID_CHARS: usize = 128;

pub async fn list(State(state): State<AppState>, headers: HeaderMap) -> Json<serde_json::Value> {
    let (session, _) = state.sessions.resolve(&headers);
    Json(json!({ "threads": state.threads.list(&session) }))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Create {
    id: String,
}

/// Creates an empty thread with the client's id (so its URL exists before the first answer).
pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    ValidJson(body): ValidJson<Create>,
) -> Result<Response, ApiError> {
    let id = body.id.trim();
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS {
        return Err(ApiError::InvalidRequest(format!(
            "id must be 1 to {MAX_ID_CHARS} characters"
        )));
    }
    let (session, set_cookie) = state.sessions.resolve(&headers);
    if !state.threads.claim(id, &session) {
        return Err(ApiError::NotFound);
    }
    let mut response = (StatusCode::CREATED, Json(json!({ "id": id }))).into_response();
    if let Some(cookie) = set_cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

/// The thread's messages as the shared reducer built them, and the last event's number (where
/// a follow stream picks up).
pub async fn snapshot(
    State(state): State<AppState>,
    Path(thread_id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<serde_json::Value>, ApiError> {
    owned(&state, &thread_id, &headers)?;
    let thread = state.threads.state(&thread_id).ok_or(ApiError::NotFound)?;
    let last = state.threads.last_seq(&thread_id);
    Ok(Json(json!({
        "id": thread_id,
        "messages": thread.to_messages(),
        "lastEventId": last.to_string(),
    })))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Rename {
    title: String,
}

pub async fn rename(
    State(state): State<AppState>,
    Path(thread_id): Path<String>,
    headers: HeaderMap,
    ValidJson(body): ValidJson<Rename>,
) -> Result<Json<serde_json::Value>, ApiError> {
    if body.title.trim().is_empty() {
        return Err(ApiError::InvalidRequest("the title is empty".into()));
    }
    let session = owned(&state, &thread_id, &headers)?;
    let summary = state
        .threads
        .rename(&thread_id, &session, &body.title)
        .ok_or(ApiError::NotFound)?;
    Ok(Json(json!(summary)))
}

pub async fn delete(
    State(state): State<AppState>,
    Path(thread_id): Path<String>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    let session = owned(&state, &thread_id, &headers)?;
    // Held while deleting, so no run starts writing into a thread that is going away.
    let _quiet = state
        .runs
        .start(&thread_id, "delete")
        .ok_or(ApiError::RunInProgress)?;
    if state.threads.delete(&thread_id, &session) {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Rewind {
    /// The first message to take back; it and everything after it go.
    message_id: String,
}

/// Takes back the thread from a message on: Retry takes back the last answer, editing a
/// question takes back that question and what followed. 409 while a run is writing.
pub async fn rewind(
    State(state): State<AppState>,
    Path(thread_id): Path<String>,
    headers: HeaderMap,
    ValidJson(body): ValidJson<Rewind>,
) -> Result<Json<serde_json::Value>, ApiError> {
    owned(&state, &thread_id, &headers)?;
    let _quiet = state
        .runs
        .start(&thread_id, "rewind")
        .ok_or(ApiError::RunInProgress)?;
    let seq = state
        .threads
        .rewind(&thread_id, &body.message_id)
        .ok_or(ApiError::NotFound)?;
    Ok(Json(json!({ "lastEventId": seq.to_string() })))
}

/// The session, when it owns the thread; 404 otherwise, exactly as for a thread that does not
/// exist.
fn owned(state: &AppState, thread_id: &str, headers: &HeaderMap) -> Result<SessionId, ApiError> {
    let (session, _) = state.sessions.resolve(headers);
    if state.threads.owned_by(thread_id, &session) {
        Ok(session)
    } else {
        Err(ApiError::NotFound)
    }
}
