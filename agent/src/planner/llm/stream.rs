//! One streamed chat completion: text goes to the person as it arrives (an AG-UI text message),
//! tool calls are gathered by their index as their arguments arrive in pieces.

use serde_json::Value;
use showroom_protocol::events::{TextMessageContent, TextMessageEnd, TextMessageStart};
use showroom_protocol::SseDecoder;

use crate::run::RunWriter;
use showroom_commerce::CommerceError;

/// A tool call the model made, whole.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModelCall {
    pub id: String,
    pub name: String,
    /// JSON text, as the model wrote it (it may not be valid).
    pub arguments: String,
}

/// What one completion said.
#[derive(Debug, Default)]
pub struct Reply {
    /// The text message it streamed, if it said anything.
    pub message_id: Option<String>,
    pub text: String,
    pub calls: Vec<ModelCall>,
    /// The tokens this completion used, when the server says (`usage.total_tokens`).
    pub tokens: u64,
}

/// Reads an OpenAI-compatible `stream: true` response: `data: {chunk}` frames up to
/// `data: [DONE]` (or the end of the body). Stops early when the run is cancelled.
pub async fn read(
    mut response: reqwest::Response,
    out: &mut RunWriter,
) -> Result<Reply, CommerceError> {
    let mut decoder = SseDecoder::default();
    let mut reply = Reply::default();
    let mut done = false;
    while !done && !out.is_cancelled() {
        let chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(_) => {
                close(&mut reply, out).await;
                return Err(CommerceError::ModelUnavailable);
            }
        };
        for frame in decoder.push(&chunk) {
            let Ok(frame) = frame else { continue };
            if frame.data.trim() == "[DONE]" {
                done = true;
                break;
            }
            let Ok(chunk) = serde_json::from_str::<Value>(&frame.data) else {
                continue;
            };
            if let Some(tokens) = chunk["usage"]["total_tokens"].as_u64() {
                reply.tokens = tokens;
            }
            take(&chunk["choices"][0]["delta"], &mut reply, out).await;
        }
    }
    close(&mut reply, out).await;
    Ok(reply)
}

/// One chunk's delta: text to the person, tool-call pieces to the gathered calls.
async fn take(delta: &Value, reply: &mut Reply, out: &mut RunWriter) {
    if let Some(text) = delta["content"].as_str().filter(|t| !t.is_empty()) {
        let message_id = match &reply.message_id {
            Some(id) => id.clone(),
            None => {
                let id = out.new_id("m");
                out.emit(TextMessageStart {
                    message_id: id.clone(),
                    role: Some("assistant".into()),
                    ..Default::default()
                })
                .await;
                reply.message_id = Some(id.clone());
                id
            }
        };
        reply.text.push_str(text);
        out.emit(TextMessageContent {
            message_id,
            delta: text.to_owned(),
            ..Default::default()
        })
        .await;
    }
    for piece in delta["tool_calls"].as_array().into_iter().flatten() {
        let index = piece["index"].as_u64().unwrap_or(0) as usize;
        while reply.calls.len() <= index {
            reply.calls.push(ModelCall::default());
        }
        let call = &mut reply.calls[index];
        if let Some(id) = piece["id"].as_str() {
            call.id = id.to_owned();
        }
        if let Some(name) = piece["function"]["name"].as_str() {
            call.name.push_str(name);
        }
        if let Some(arguments) = piece["function"]["arguments"].as_str() {
            call.arguments.push_str(arguments);
        }
    }
}

/// Closes the text message, if one was opened (also after a cancel or a broken stream).
async fn close(reply: &mut Reply, out: &mut RunWriter) {
    if let Some(message_id) = &reply.message_id {
        out.finish(TextMessageEnd {
            message_id: message_id.clone(),
            ..Default::default()
        })
        .await;
    }
    reply.calls.retain(|c| !c.name.is_empty());
    for (i, call) in reply.calls.iter_mut().enumerate() {
        if call.id.is_empty() {
            call.id = format!("call-{i}");
        }
    }
}
