//! `GET /api/threads/{thread}/events`: the thread's events as SSE, from `Last-Event-ID` on, then
//! live. It serves a reload mid-answer, a dropped connection's re-attach, and every other tab.

use std::collections::VecDeque;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use futures_util::stream::{self, Stream};
use futures_util::StreamExt;
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::broadcast::Receiver;

use super::sse;
use super::AppState;
use crate::frame::Frame;
use crate::threads::ThreadLog;
use crate::ApiError;

pub async fn events(
    State(state): State<AppState>,
    Path(thread_id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (session, _) = state.sessions.resolve(&headers);
    if !state.threads.owned_by(&thread_id, &session) {
        return Err(ApiError::NotFound);
    }
    let after = match headers
        .get("last-event-id")
        .map(|v| v.to_str().map(str::parse::<u64>))
    {
        None => 0,
        Some(Ok(Ok(after))) => after,
        Some(_) => {
            return Err(ApiError::InvalidRequest(
                "Last-Event-ID must be an event number".into(),
            ))
        }
    };
    let (past, live) = state.threads.follow(&thread_id, after).await;
    // A follower never ends by itself; it ends when the server stops, so shutdown does not hang.
    let stream = follow_stream(state.threads.clone(), thread_id, past, live)
        .take_until(state.shutting_down.clone().cancelled_owned());
    Ok(sse::response(Box::pin(stream)))
}

/// Where a follower is: what is still to send from the log, and the live feed.
struct Follower {
    log: Arc<ThreadLog>,
    thread_id: String,
    pending: VecDeque<Frame>,
    live: Receiver<Frame>,
    last_sent: u64,
}

fn follow_stream(
    log: Arc<ThreadLog>,
    thread_id: String,
    past: Vec<Frame>,
    live: Receiver<Frame>,
) -> impl Stream<Item = Bytes> {
    let last_sent = past.first().map_or(0, |frame| frame.seq() - 1);
    let start = Follower {
        log,
        thread_id,
        pending: past.into(),
        live,
        last_sent,
    };
    stream::unfold(start, |mut f| async move {
        loop {
            if let Some(frame) = f.pending.pop_front() {
                if frame.seq() <= f.last_sent {
                    continue;
                }
                f.last_sent = frame.seq();
                return Some((frame.bytes(), f));
            }
            match f.live.recv().await {
                Ok(next) => f.pending.push_back(next),
                // Fell too far behind: read what was missed from the log itself.
                Err(RecvError::Lagged(_)) => {
                    let missed = f.log.events_after(&f.thread_id, f.last_sent).await;
                    f.pending.extend(missed)
                }
                Err(RecvError::Closed) => return None,
            }
        }
    })
}
