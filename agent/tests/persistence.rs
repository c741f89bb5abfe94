//! A restart loses nothing: sessions, threads (with their titles) and every event come back from
//! the store, on SQLite, and on PostgreSQL when `SHOWROOM_TEST_POSTGRES` names a database.

mod common;

use std::time::Duration;

use common::{post, session_cookie};
use serde_json::{json, Value};

async fn start(database: &str) -> (String, impl FnOnce() -> tokio::task::JoinHandle<()>) {
    common::start_stored(database).await
}

async fn get(base: &str, path: &str, cookie: &str) -> (u16, Value) {
    let response = reqwest::Client::new()
        .get(format!("{base}{path}"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (
        status,
        serde_json::from_slice(&response.bytes().await.unwrap()).unwrap_or(Value::Null),
    )
}

async fn survives_a_restart(database: &str) {
    let thread = format!("t-{}", uuid::Uuid::new_v4());
    let (base, stop) = start(database).await;
    let body = json!({"threadId": thread, "runId": "r1",
        "messages": [{"id": "u1", "role": "user", "content": "compare the office chair and the office lamp"}]});
    let response = post(&base, "/api/agent", body.to_string(), None).await;
    assert_eq!(response.status(), 200);
    let cookie = session_cookie(&response);
    let _ = response.bytes().await.unwrap();
    let renamed = reqwest::Client::new()
        .patch(format!("{base}/api/threads/{thread}"))
        .header("cookie", &cookie)
        .header("content-type", "application/json")
        .body(json!({"title": "Chair or lamp"}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(renamed.status(), 200);
    let (_, before) = get(&base, &format!("/api/threads/{thread}"), &cookie).await;
    let signed = post(
        &base,
        "/api/session",
        json!({"login": "azure"}).to_string(),
        Some(&cookie),
    )
    .await;
    assert_eq!(signed.status(), 200);
    stop().await.unwrap();

    let (base, stop) = start(database).await;
    let (status, list) = get(&base, "/api/threads", &cookie).await;
    assert_eq!(status, 200);
    let listed: Vec<&str> = list["threads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["title"].as_str().unwrap())
        .collect();
    assert!(listed.contains(&"Chair or lamp"), "{listed:?}");
    let (status, after) = get(&base, &format!("/api/threads/{thread}"), &cookie).await;
    assert_eq!(status, 200);
    assert_eq!(after, before, "the same messages, the same last event");
    let kinds: Vec<&str> = after["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["role"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"user") && kinds.contains(&"assistant") && kinds.contains(&"activity"),
        "{kinds:?}"
    );
    // Still signed in.
    let (_, me) = get(&base, "/api/session", &cookie).await;
    assert_eq!(me["customer"]["name"], "Azure Interior");
    // Still that session's alone.
    let (status, _) = get(
        &base,
        &format!("/api/threads/{thread}"),
        "showroom_session=someone-else",
    )
    .await;
    assert_eq!(status, 404);
    // And the thread goes on where it was: the next question is taken.
    let mut next = after["messages"].as_array().unwrap().clone();
    next.push(json!({"id": "u2", "role": "user", "content": "show me desks"}));
    let body = json!({"threadId": thread, "runId": "r2", "messages": next});
    let response = post(&base, "/api/agent", body.to_string(), Some(&cookie)).await;
    assert_eq!(response.status(), 200);
    let text = String::from_utf8(response.bytes().await.unwrap().to_vec()).unwrap();
    let last: u64 = after["lastEventId"].as_str().unwrap().parse().unwrap();
    assert!(
        text.contains(&format!("id: {}\n", last + 4)),
        "numbering goes on after the stored events"
    );
    // The thread's events are back in the store once its run is over (not kept in memory):
    // following it still replays every one of them, in order, from any point.
    let (_, now) = get(&base, &format!("/api/threads/{thread}"), &cookie).await;
    let newest: u64 = now["lastEventId"].as_str().unwrap().parse().unwrap();
    assert!(newest > last + 4);
    assert_eq!(
        replay(&base, &thread, &cookie, 0, newest).await,
        (1..=newest).collect::<Vec<_>>()
    );
    assert_eq!(
        replay(&base, &thread, &cookie, last, newest).await,
        (last + 1..=newest).collect::<Vec<_>>()
    );
    stop().await.unwrap();
}

/// The event numbers `/api/threads/{thread}/events` sends after `after`, up to `newest`.
async fn replay(base: &str, thread: &str, cookie: &str, after: u64, newest: u64) -> Vec<u64> {
    let mut response = reqwest::Client::new()
        .get(format!("{base}/api/threads/{thread}/events"))
        .header("cookie", cookie)
        .header("last-event-id", after.to_string())
        .send()
        .await
        .unwrap();
    let mut decoder = showroom_protocol::SseDecoder::default();
    let mut ids = Vec::new();
    while ids.last() != Some(&newest) {
        let chunk = tokio::time::timeout(Duration::from_secs(5), response.chunk())
            .await
            .expect("the replay goes on")
            .unwrap()
            .expect("the stream stays open");
        for frame in decoder.push(&chunk) {
            let frame = frame.unwrap();
            ids.push(frame.id.unwrap().parse::<u64>().unwrap());
        }
    }
    ids
}

#[tokio::test]
async fn sqlite_survives_a_restart() {
    let dir = std::env::temp_dir().join(format!("showroom-restart-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    survives_a_restart(&format!("sqlite://{}", dir.join("showroom.db").display())).await;
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn postgres_survives_a_restart() {
    match std::env::var("SHOWROOM_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => survives_a_restart(&url).await,
        _ => {
            eprintln!("SHOWROOM_TEST_POSTGRES is not set: the PostgreSQL store is not tested here")
        }
    }
}
