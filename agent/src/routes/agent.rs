//! `POST /api/agent`: one AG-UI 1.0 run, answered as a `text/event-stream`.

use std::convert::Infallible;

use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::Stream;
use futures_util::StreamExt;
use showroom_protocol::events::{RunError, RunFinished, RunStarted};
use showroom_protocol::{Event, RunAgentInput, RunOutcome};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

use super::json::ValidJson;
use super::AppState;
use crate::commerce::Viewer;
use crate::limits::Refusal;
use crate::locale;
use crate::planner::Turn;
use crate::run::RunWriter;
use crate::tools::Tools;
use crate::ApiError;

/// The AG-UI version this server speaks.
pub const PROTOCOL_VERSION: &str = "1.0";

/// The longest user message taken, in characters.
pub const MAX_MESSAGE_CHARS: usize = 4000;

pub async fn run(
    State(state): State<AppState>,
    headers: HeaderMap,
    ValidJson(input): ValidJson<RunAgentInput>,
) -> Result<Response, ApiError> {
    let text = user_text(&input)?;
    let forwarded = input
        .forwarded_props
        .pointer("/showroom/locale")
        .and_then(|v| v.as_str());
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let locale = locale::negotiate(forwarded, accept);

    let (session, set_cookie) = state.sessions.resolve(&headers);
    if !state.threads.claim(&input.thread_id, &session) {
        // Another session's thread: not found, exactly as if it did not exist.
        return Err(ApiError::NotFound);
    }
    let slot = state
        .limiter
        .admit(&session)
        .map_err(|refusal| match refusal {
            Refusal::TooFast { retry_after } => ApiError::RateLimited(retry_after.as_secs().max(1)),
            Refusal::TooMany => ApiError::TooManyRuns,
        })?;
    let active = state
        .runs
        .start(&input.thread_id, &input.run_id)
        .ok_or(ApiError::RunInProgress)?;

    // Signing in comes with the session issue; until then every caller is an anonymous shopper.
    let viewer = Viewer::anonymous(locale);
    let turn = Turn {
        text,
        locale,
        tools: Tools::new(state.commerce.clone(), viewer),
    };
    let (live, events) = mpsc::channel(64);
    let mut out = RunWriter::new(
        input.thread_id.clone(),
        input.run_id.clone(),
        state.threads.clone(),
        live,
        state.token_delay,
        active.cancel.clone(),
    );
    let planner = state.planner.clone();
    // The run lives in its own task: a dropped connection detaches from it, it does not stop it.
    tokio::spawn(async move {
        out.emit(RunStarted {
            thread_id: out.thread_id.clone(),
            run_id: out.run_id.clone(),
            parent_run_id: input.parent_run_id.clone(),
            protocol_version: Some(PROTOCOL_VERSION.to_owned()),
            ..Default::default()
        })
        .await;
        let result = planner.respond(&turn, &mut out).await;
        let (thread_id, run_id) = (out.thread_id.clone(), out.run_id.clone());
        let finished = |outcome| RunFinished {
            thread_id,
            run_id,
            outcome: Some(outcome),
            ..Default::default()
        };
        match result {
            _ if out.is_cancelled() => out.finish(finished(RunOutcome::Cancelled {})).await,
            Ok(()) => {
                out.finish(finished(RunOutcome::Success {
                    pending_tool_call_ids: None,
                }))
                .await
            }
            Err(error) => {
                let code = Some(error.code().to_owned());
                out.finish(RunError {
                    message: error.to_string(),
                    code,
                    ..Default::default()
                })
                .await
            }
        }
        drop(active);
        drop(slot);
    });
    let mut response = Sse::new(sse_stream(events))
        .keep_alive(KeepAlive::default())
        .into_response();
    if let Some(cookie) = set_cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

/// The new user message the run answers, checked.
fn user_text(input: &RunAgentInput) -> Result<String, ApiError> {
    if input.thread_id.trim().is_empty() || input.run_id.trim().is_empty() {
        return Err(ApiError::InvalidRequest(
            "threadId and runId must not be empty".into(),
        ));
    }
    let text = input
        .messages
        .last()
        .and_then(|m| m.user_text())
        .ok_or_else(|| ApiError::InvalidRequest("the last message must be the user's".into()))?;
    if text.trim().is_empty() {
        return Err(ApiError::InvalidRequest("the message is empty".into()));
    }
    if text.chars().count() > MAX_MESSAGE_CHARS {
        return Err(ApiError::InvalidRequest(format!(
            "the message is longer than {MAX_MESSAGE_CHARS} characters"
        )));
    }
    Ok(text)
}

/// One event on the wire: `id:` is its sequence number in the thread, `data:` its JSON.
pub fn frame(seq: u64, event: &Event) -> SseEvent {
    SseEvent::default()
        .id(seq.to_string())
        .data(event.to_json())
}

fn sse_stream(
    events: mpsc::Receiver<(u64, Event)>,
) -> impl Stream<Item = Result<SseEvent, Infallible>> {
    ReceiverStream::new(events).map(|(seq, event)| Ok(frame(seq, &event)))
}
