//! `POST /api/threads/{thread}/runs/{run}/cancel`: Stop. The run ends with outcome `cancelled`
//! on its own stream; this answers at once.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde_json::{json, Value};

use super::AppState;
use crate::ApiError;

pub async fn cancel(
    State(state): State<AppState>,
    Path((thread_id, run_id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let (session, _) = state.sessions.resolve(&headers);
    if !state.threads.owned_by(&thread_id, &session) {
        return Err(ApiError::NotFound);
    }
    if !state.runs.cancel(&thread_id, &run_id) {
        return Err(ApiError::RunNotActive);
    }
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({ "status": "cancelling" })),
    ))
}
