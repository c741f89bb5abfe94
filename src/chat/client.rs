//! The AG-UI client: `POST` a run with `fetch`, read the body as a stream, decode SSE frames
//! incrementally and hand each event on with its id. (`EventSource` cannot POST.) When the
//! connection drops, [`follow_thread`] re-attaches from the last id seen.

use js_sys::{Reflect, Uint8Array};
use serde::Deserialize;
use showroom_protocol::{Event, RunAgentInput, SseDecoder};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, ReadableStreamDefaultReader};

/// Why a run could not be streamed. `code` is stable; the UI translates it.
#[derive(Clone, Debug, PartialEq)]
pub enum ClientError {
    /// No answer at all: offline, server down.
    Network,
    /// The connection broke before the run ended; resume after the last event applied.
    Dropped,
    /// The server refused the run with a JSON error.
    Http { status: u16, code: String },
    /// The stream broke the protocol (a frame too large, text that is not JSON).
    Protocol(String),
}

impl ClientError {
    pub fn code(&self) -> &str {
        match self {
            ClientError::Network | ClientError::Dropped => "network",
            ClientError::Http { code, .. } => code,
            ClientError::Protocol(_) => "protocol",
        }
    }
}

#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Deserialize)]
struct ErrorDetail {
    code: String,
}

/// Streams one run, calling `on_event(id, event)` for each event in order.
pub async fn stream_run(
    url: &str,
    input: &RunAgentInput,
    signal: Option<&AbortSignal>,
    on_event: impl FnMut(Option<&str>, Event),
) -> Result<(), ClientError> {
    let body = serde_json::to_string(input).map_err(|e| ClientError::Protocol(e.to_string()))?;
    let request = gloo_net::http::Request::post(url)
        .header("content-type", "application/json")
        .header("accept", "text/event-stream")
        .abort_signal(signal)
        .body(body)
        .map_err(|_| ClientError::Network)?;
    let response = request.send().await.map_err(|_| ClientError::Network)?;
    read_events(response, Some(&input.run_id), on_event).await
}

/// Follows a thread after `last_event_id`: until run `until` ends, or, without one, for as long
/// as the stream lasts (every later run, from any tab).
pub async fn follow_thread(
    thread_id: &str,
    until: Option<&str>,
    last_event_id: Option<&str>,
    signal: Option<&AbortSignal>,
    on_event: impl FnMut(Option<&str>, Event),
) -> Result<(), ClientError> {
    let mut request = gloo_net::http::Request::get(&format!("/api/threads/{thread_id}/events"))
        .header("accept", "text/event-stream")
        .abort_signal(signal);
    if let Some(id) = last_event_id {
        request = request.header("last-event-id", id);
    }
    let response = request.send().await.map_err(|_| ClientError::Network)?;
    read_events(response, until, on_event).await
}

/// Reads SSE events until run `until` finishes (or a run fails). A body that breaks or ends
/// before that is [`ClientError::Dropped`]; without `until`, every end is.
async fn read_events(
    response: gloo_net::http::Response,
    until: Option<&str>,
    mut on_event: impl FnMut(Option<&str>, Event),
) -> Result<(), ClientError> {
    if !response.ok() {
        let status = response.status();
        let code = match response.json::<ErrorBody>().await {
            Ok(body) => body.error.code,
            Err(_) => format!("http_{status}"),
        };
        return Err(ClientError::Http { status, code });
    }
    let stream = response.body().ok_or(ClientError::Network)?;
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut decoder = SseDecoder::default();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| ClientError::Dropped)?;
        if Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|d| d.as_bool())
            == Some(true)
        {
            return Err(ClientError::Dropped);
        }
        let bytes = Reflect::get(&chunk, &JsValue::from_str("value"))
            .map_err(|_| ClientError::Dropped)?
            .unchecked_into::<Uint8Array>()
            .to_vec();
        for frame in decoder.push(&bytes) {
            let frame = frame.map_err(|e| ClientError::Protocol(e.to_string()))?;
            let event =
                Event::from_json(&frame.data).map_err(|e| ClientError::Protocol(e.to_string()))?;
            let ends = match (&event, until) {
                (Event::RunFinished(finished), Some(run_id)) => finished.run_id == run_id,
                (Event::RunError(_), Some(_)) => true,
                _ => false,
            };
            on_event(frame.id.as_deref(), event);
            if ends {
                // A followed thread stays open for later runs; this reader is done with it.
                let _ = reader.cancel();
                return Ok(());
            }
        }
    }
}
