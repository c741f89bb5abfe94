//! The AG-UI client: `POST` a run with `fetch`, read the body as a stream, decode SSE frames
//! incrementally and hand each event on. (`EventSource` cannot POST.)

use js_sys::{Reflect, Uint8Array};
use serde::Deserialize;
use showroom_protocol::{Event, RunAgentInput, SseDecoder};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, ReadableStreamDefaultReader};

/// Why a run could not be streamed. `code` is stable; the UI translates it.
#[derive(Clone, Debug, PartialEq)]
pub enum ClientError {
    /// No answer at all: offline, server down, connection dropped.
    Network,
    /// The server refused the run with a JSON error.
    Http { status: u16, code: String },
    /// The stream broke the protocol (a frame too large, bad JSON).
    Protocol(String),
}

impl ClientError {
    pub fn code(&self) -> &str {
        match self {
            ClientError::Network => "network",
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

/// Streams one run, calling `on_event` for each event in order.
pub async fn stream_run(
    url: &str,
    input: &RunAgentInput,
    signal: Option<&AbortSignal>,
    mut on_event: impl FnMut(Event),
) -> Result<(), ClientError> {
    let body = serde_json::to_string(input).map_err(|e| ClientError::Protocol(e.to_string()))?;
    let response = gloo_net::http::Request::post(url)
        .header("content-type", "application/json")
        .header("accept", "text/event-stream")
        .abort_signal(signal)
        .body(body)
        .map_err(|_| ClientError::Network)?
        .send()
        .await
        .map_err(|_| ClientError::Network)?;
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
            .map_err(|_| ClientError::Network)?;
        if Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|d| d.as_bool())
            == Some(true)
        {
            return Ok(());
        }
        let bytes = Reflect::get(&chunk, &JsValue::from_str("value"))
            .map_err(|_| ClientError::Network)?
            .unchecked_into::<Uint8Array>()
            .to_vec();
        for frame in decoder.push(&bytes) {
            let frame = frame.map_err(|e| ClientError::Protocol(e.to_string()))?;
            match Event::from_json(&frame.data) {
                Ok(event) => on_event(event),
                Err(e) => return Err(ClientError::Protocol(e.to_string())),
            }
        }
    }
}
