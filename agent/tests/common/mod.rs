//! Shared by the socket tests: the whole server on a free loopback port.

pub mod chat;
pub mod schema;

use std::time::Duration;

use showroom_agent::{app, AppState, Config};
use showroom_commerce::clock::Clock;

/// The clock every server and store of the tests runs on: Friday 27 November 2026, 09:00 UTC,
/// standing still, so no test depends on the day it runs.
pub fn clock() -> Clock {
    Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC))
}

/// The server's configuration for tests: the tests' clock, no app files.
#[allow(dead_code)]
pub fn config() -> Config {
    Config {
        clock: clock(),
        dist: "/nonexistent-dist".into(),
        ..Config::default()
    }
}

/// Starts the server (no app files, the given token delay) and returns its base URL.
#[allow(dead_code)] // each test file uses one of the two
pub async fn start(token_delay: Duration) -> String {
    start_with(Config {
        token_delay,
        ..config()
    })
    .await
}

/// Starts the server with `config` (without app files) and returns its base URL.
pub async fn start_with(config: Config) -> String {
    let config = Config {
        dist: "/nonexistent-dist".into(),
        ..config
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let state = AppState::from_config(&config).unwrap();
    tokio::spawn(async move { axum::serve(listener, app(state)).await.unwrap() });
    format!("http://{addr}")
}

/// `POST base+path` with a JSON body, as the session `cookie` names (none: a new session).
#[allow(dead_code)] // not every test file posts
pub async fn post(base: &str, path: &str, body: String, cookie: Option<&str>) -> reqwest::Response {
    let mut request = reqwest::Client::new()
        .post(format!("{base}{path}"))
        .header("content-type", "application/json")
        .body(body);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.unwrap()
}

/// The `name=value` of the session cookie a response set, to send back.
#[allow(dead_code)]
pub fn session_cookie(response: &reqwest::Response) -> String {
    let set = response.headers()["set-cookie"].to_str().unwrap();
    set.split(';').next().unwrap().to_owned()
}

/// A server on the store at `database` (SQLite file or PostgreSQL), and how to stop it: the
/// returned closure stops it gracefully (the store is flushed) and hands back its task.
#[allow(dead_code)]
pub async fn start_stored(
    database: &str,
) -> (String, impl FnOnce() -> tokio::task::JoinHandle<()>) {
    let config = Config {
        dist: "/nonexistent-dist".into(),
        token_delay: Duration::ZERO,
        database: Some(database.to_owned()),
        ..config()
    };
    let state = AppState::open(&config).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        showroom_agent::serve_until(listener, state, async {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    (url, move || {
        let _ = stop.send(());
        server
    })
}

/// A database URL for a fresh SQLite file of its own.
#[allow(dead_code)]
pub fn temp_db() -> String {
    let dir = std::env::temp_dir().join(format!("showroom-test-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    format!("sqlite://{}", dir.join("t.db").display())
}
