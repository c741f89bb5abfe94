//! Recorded Odoo traffic. Live (`--features live`, `ODOO_URL` …): a loopback proxy forwards
//! every request to Odoo and records request → response, the API key replaced by a placeholder.
//! Otherwise: a loopback server answers from the recording, in order, and refuses any request
//! that differs from the recorded one. Either way the client's whole HTTP path runs.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde::{Deserialize, Serialize};

/// What replays use as the key: the recording never holds the real one.
pub const PLACEHOLDER_KEY: &str = "<api-key>";

/// What a recording keeps of a session cookie Odoo set (19 signs a person in through a web
/// session): its name, never its value.
pub const PLACEHOLDER_SESSION: &str = "session_id=<session>";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exchange {
    pub method: String,
    pub path: String,
    /// The request body, scrubbed (JSON when it is JSON).
    pub request: serde_json::Value,
    pub status: u16,
    pub response: serde_json::Value,
    /// Whether Odoo set a session cookie (replayed as [`PLACEHOLDER_SESSION`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sets_session: bool,
}

enum Mode {
    Record {
        target: String,
        key: String,
        http: reqwest::Client,
        recorded: Vec<Exchange>,
    },
    Replay {
        remaining: std::collections::VecDeque<Exchange>,
    },
}

type Shared = Arc<Mutex<Mode>>;

/// A cassette being recorded or replayed, served on a loopback port.
pub struct Cassette {
    pub url: String,
    /// The key the client must use: the real one live, the placeholder in replay.
    pub key: String,
    pub db: String,
    /// The bot user's login (not a secret; JSON-RPC's authenticate sends it).
    pub login: String,
    path: PathBuf,
    mode: Shared,
}

fn json_or_text(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes)
        .unwrap_or_else(|_| serde_json::Value::String(String::from_utf8_lossy(bytes).into_owned()))
}

async fn handle(
    State(mode): State<Shared>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    // Take what is needed out of the lock before any await.
    let live = {
        let mode = mode.lock().unwrap();
        match &*mode {
            Mode::Record {
                target, key, http, ..
            } => Some((target.clone(), key.clone(), http.clone())),
            Mode::Replay { .. } => None,
        }
    };
    match live {
        Some((target, key, http)) => {
            let mut request = http
                .request(method.clone(), format!("{target}{path}"))
                .body(body.clone());
            for name in [
                "content-type",
                "authorization",
                "x-odoo-database",
                "user-agent",
                "cookie",
            ] {
                if let Some(value) = headers.get(name) {
                    request = request.header(name, value);
                }
            }
            let answer = match request.send().await {
                Ok(answer) => answer,
                Err(error) => return (StatusCode::BAD_GATEWAY, error.to_string()).into_response(),
            };
            let status = answer.status().as_u16();
            let content_type = answer.headers().get("content-type").cloned();
            let cookies: Vec<_> = answer
                .headers()
                .get_all("set-cookie")
                .iter()
                .cloned()
                .collect();
            let sets_session = cookies
                .iter()
                .any(|c| c.to_str().is_ok_and(|c| c.starts_with("session_id=")));
            let bytes = answer.bytes().await.unwrap_or_default();
            let scrubbed = String::from_utf8_lossy(&body).replace(&key, PLACEHOLDER_KEY);
            if let Mode::Record { recorded, .. } = &mut *mode.lock().unwrap() {
                recorded.push(Exchange {
                    method: method.to_string(),
                    path,
                    request: json_or_text(scrubbed.as_bytes()),
                    status,
                    response: json_or_text(&bytes),
                    sets_session,
                });
            }
            let mut response = (
                StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY),
                bytes,
            )
                .into_response();
            if let Some(content_type) = content_type {
                response.headers_mut().insert("content-type", content_type);
            }
            for cookie in cookies {
                response.headers_mut().append("set-cookie", cookie);
            }
            response
        }
        None => {
            let next = match &mut *mode.lock().unwrap() {
                Mode::Replay { remaining } => remaining.pop_front(),
                Mode::Record { .. } => None,
            };
            let Some(exchange) = next else {
                return (
                    StatusCode::from_u16(599).unwrap(),
                    format!("not in the recording: {method} {path}"),
                )
                    .into_response();
            };
            let asked = json_or_text(&body);
            if exchange.method != method.as_str()
                || exchange.path != path
                || exchange.request != asked
            {
                return (
                    StatusCode::from_u16(599).unwrap(),
                    format!(
                        "recorded {} {} {}, asked {method} {path} {asked}",
                        exchange.method, exchange.path, exchange.request
                    ),
                )
                    .into_response();
            }
            // A recorded string is a page (text), except from JSON-2, which answers JSON only: a
            // method that returns a string (19's `get_portal_url`) is a JSON string there.
            let json = exchange.path.starts_with("/json/2/")
                || !matches!(exchange.response, serde_json::Value::String(_));
            let body = match &exchange.response {
                serde_json::Value::String(text) if !json => text.clone(),
                other => other.to_string(),
            };
            let mut response =
                (StatusCode::from_u16(exchange.status).unwrap(), body).into_response();
            if json {
                response
                    .headers_mut()
                    .insert("content-type", "application/json".parse().unwrap());
            }
            if exchange.sets_session {
                response
                    .headers_mut()
                    .insert("set-cookie", PLACEHOLDER_SESSION.parse().unwrap());
            }
            response
        }
    }
}

impl Cassette {
    /// How a client reaches this cassette: its URL, database, login and key.
    pub fn config(&self) -> showroom_odoo::OdooConfig {
        showroom_odoo::OdooConfig {
            url: self.url.clone(),
            db: self.db.clone(),
            login: self.login.clone(),
            api_key: self.key.clone(),
            timeout: std::time::Duration::from_secs(20),
            max_concurrent: 4,
        }
    }

    /// Records against `ODOO_URL` when the `live` feature is on and it is set; replays
    /// `tests/cassettes/<name>.json` otherwise.
    pub async fn open(name: &str) -> Cassette {
        Cassette::open_altered(name, |_| {}).await
    }

    /// As [`Cassette::open`], replaying what Odoo answered after `alter` changed it: how a test
    /// shows what the client makes of an answer Odoo should not give. Live, `alter` is not used.
    pub async fn open_altered(name: &str, alter: impl FnOnce(&mut Vec<Exchange>)) -> Cassette {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/cassettes")
            .join(format!("{name}.json"));
        let live = cfg!(feature = "live")
            .then(|| std::env::var("ODOO_URL").ok())
            .flatten();
        let (mode, key, db, login) = match live {
            Some(target) => {
                let key = std::env::var("ODOO_KEY").expect("ODOO_KEY: the bot user's API key");
                let db = std::env::var("ODOO_DB").expect("ODOO_DB: the database");
                let login = std::env::var("ODOO_LOGIN").expect("ODOO_LOGIN: the bot user's login");
                let mode = Mode::Record {
                    target: target.trim_end_matches('/').to_owned(),
                    key: key.clone(),
                    http: reqwest::Client::new(),
                    recorded: Vec::new(),
                };
                (mode, key, db, login)
            }
            None => {
                let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
                    panic!(
                        "{} is missing: record it with --features live",
                        path.display()
                    )
                });
                let mut recording: Recording = serde_json::from_str(&text).unwrap();
                alter(&mut recording.exchanges);
                let replay = Mode::Replay {
                    remaining: recording.exchanges.into(),
                };
                (
                    replay,
                    PLACEHOLDER_KEY.to_owned(),
                    recording.db,
                    recording.login,
                )
            }
        };
        let mode: Shared = Arc::new(Mutex::new(mode));
        let app = Router::new().fallback(handle).with_state(mode.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Cassette {
            url,
            key,
            db,
            login,
            path,
            mode,
        }
    }

    /// Saves the recording (live), or checks that every recorded exchange was asked (replay).
    pub fn finish(self) {
        match &*self.mode.lock().unwrap() {
            Mode::Record { recorded, .. } => {
                let recording = Recording {
                    db: self.db.clone(),
                    login: self.login.clone(),
                    exchanges: recorded.clone(),
                };
                std::fs::create_dir_all(self.path.parent().unwrap()).unwrap();
                std::fs::write(
                    &self.path,
                    serde_json::to_string_pretty(&recording).unwrap() + "\n",
                )
                .unwrap();
            }
            Mode::Replay { remaining } => {
                assert!(
                    remaining.is_empty(),
                    "{} recorded exchanges were never asked for",
                    remaining.len()
                );
            }
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Recording {
    db: String,
    login: String,
    exchanges: Vec<Exchange>,
}
