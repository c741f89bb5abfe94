//! Graceful shutdown does not hang on streams that follow a thread (they never end by
//! themselves): they are closed, and the server stops.

mod common;

use std::time::Duration;

use serde_json::json;
use showroom_agent::{serve_until, AppState, Config};
use tokio::sync::oneshot;

#[tokio::test]
async fn stopping_closes_follow_streams_and_returns() {
    let config = Config {
        dist: "/nonexistent-dist".into(),
        token_delay: Duration::ZERO,
        ..common::config()
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(serve_until(
        listener,
        AppState::from_config(&config).unwrap(),
        async {
            let _ = stopped.await;
        },
    ));

    let client = reqwest::Client::new();
    let body = json!({"threadId": "t", "runId": "r", "messages": [{"role": "user", "id": "u", "content": "hi"}]});
    let run = common::post(&base, "/api/agent", body.to_string(), None).await;
    let cookie = common::session_cookie(&run);
    let _ = run.bytes().await.unwrap();
    let mut follow = client
        .get(format!("{base}/api/threads/t/events"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(follow.status(), 200);
    assert!(
        follow.chunk().await.unwrap().is_some(),
        "the follower is open and replaying"
    );

    stop.send(()).unwrap();
    let finished = tokio::time::timeout(Duration::from_secs(3), server).await;
    assert!(
        finished.is_ok(),
        "the server stopped instead of waiting for the follower forever"
    );
    // The follower's stream ends (cleanly or by a closed connection), it does not hang.
    let rest = tokio::time::timeout(Duration::from_secs(3), async {
        while let Ok(Some(_)) = follow.chunk().await {}
    })
    .await;
    assert!(rest.is_ok());
}
