//! Shared by the client's socket tests: a local server, the configuration that reaches it, and
//! recorded Odoo traffic.
#![allow(dead_code)] // each test file uses part of it

pub mod cassette;

use std::time::Duration;

use showroom_odoo::OdooConfig;

/// Serves `app` on a free loopback port; its base URL.
pub async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

/// The bot user on database `demo` at `url`, with `key` and a short timeout for tests.
pub fn config(url: &str, key: &str, timeout: Duration) -> OdooConfig {
    OdooConfig {
        url: url.to_owned(),
        db: "demo".into(),
        login: "showroom-bot".into(),
        api_key: key.into(),
        timeout,
        max_concurrent: 4,
    }
}
