//! The agent's `/api/threads`: the session's threads, for the sidebar, Retry and edits.

use serde::Deserialize;
use serde_json::json;

use super::client::ClientError;

/// A thread as the sidebar lists it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct ThreadSummary {
    pub id: String,
    pub title: String,
}

#[derive(Deserialize)]
struct List {
    threads: Vec<ThreadSummary>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Rewound {
    last_event_id: String,
}

fn path(thread_id: &str) -> String {
    format!("/api/threads/{}", js_sys::encode_uri_component(thread_id))
}

async fn checked(
    request: Result<gloo_net::http::Request, gloo_net::Error>,
) -> Result<gloo_net::http::Response, ClientError> {
    let response = request
        .map_err(|_| ClientError::Network)?
        .send()
        .await
        .map_err(|_| ClientError::Network)?;
    if response.ok() {
        Ok(response)
    } else {
        Err(ClientError::Http {
            status: response.status(),
            code: format!("http_{}", response.status()),
        })
    }
}

pub async fn list() -> Result<Vec<ThreadSummary>, ClientError> {
    let response = checked(gloo_net::http::Request::get("/api/threads").build()).await?;
    let list: List = response.json().await.map_err(|_| ClientError::Network)?;
    Ok(list.threads)
}

pub async fn rename(thread_id: &str, title: &str) -> Result<(), ClientError> {
    checked(gloo_net::http::Request::patch(&path(thread_id)).json(&json!({ "title": title })))
        .await
        .map(drop)
}

pub async fn delete(thread_id: &str) -> Result<(), ClientError> {
    checked(gloo_net::http::Request::delete(&path(thread_id)).build())
        .await
        .map(drop)
}

/// Takes back the thread from `message_id` on; answers the number of the event that recorded it.
pub async fn rewind(thread_id: &str, message_id: &str) -> Result<Option<u64>, ClientError> {
    let response = checked(
        gloo_net::http::Request::post(&format!("{}/rewind", path(thread_id)))
            .json(&json!({ "messageId": message_id })),
    )
    .await?;
    let rewound: Rewound = response.json().await.map_err(|_| ClientError::Network)?;
    Ok(rewound.last_event_id.parse().ok())
}

/// Takes a component's action on the agent (`POST /api/actions/<name>`). Its events come back
/// on the thread's follow stream like every other; only a refusal is answered here, by its code.
pub async fn act(
    thread_id: &str,
    request: showroom_components::ActionRequest,
    idempotency_key: String,
) -> Result<(), ClientError> {
    let url = format!(
        "/api/actions/{}",
        js_sys::encode_uri_component(request.name.as_str())
    );
    let body = json!({
        "threadId": thread_id,
        "messageId": request.message_id,
        "args": request.args,
        "idempotencyKey": idempotency_key,
    });
    let response = gloo_net::http::Request::post(&url)
        .json(&body)
        .map_err(|_| ClientError::Network)?
        .send()
        .await
        .map_err(|_| ClientError::Network)?;
    if response.ok() {
        return Ok(());
    }
    let status = response.status();
    let answer: serde_json::Value = response.json().await.unwrap_or_default();
    let code = answer["error"]["code"]
        .as_str()
        .unwrap_or("server")
        .to_owned();
    Err(ClientError::Http { status, code })
}
