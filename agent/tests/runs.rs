//! Stop, and who may touch a thread: over a real socket, with the session cookie.

mod common;

use common::{post, session_cookie};

use std::time::Duration;

use serde_json::json;
use showroom_protocol::{Event, RunOutcome, SseDecoder};

async fn start() -> String {
    common::start(Duration::from_millis(25)).await
}

fn run_body(thread: &str, run: &str) -> String {
    json!({
        "threadId": thread, "runId": run,
        "messages": [{"role": "user", "id": format!("u-{run}"), "content": "compare the office chair and the office lamp"}]
    })
    .to_string()
}

/// Reads events from a streaming response until `stop` says enough (or the stream ends).
async fn read_until(
    response: &mut reqwest::Response,
    events: &mut Vec<Event>,
    stop: impl Fn(&[Event]) -> bool,
) {
    let mut decoder = SseDecoder::default();
    while !stop(events) {
        let Some(chunk) = response.chunk().await.unwrap() else {
            break;
        };
        for frame in decoder.push(&chunk) {
            events.push(Event::from_json(&frame.unwrap().data).unwrap());
        }
    }
}

#[tokio::test]
async fn stop_ends_the_run_as_cancelled_with_the_message_closed() {
    let base = start().await;
    let mut response = post(&base, "/api/agent", run_body("t-stop", "r1"), None).await;
    let cookie = session_cookie(&response);
    let mut events = Vec::new();
    let tokens = |events: &[Event]| {
        events
            .iter()
            .filter(|e| matches!(e, Event::TextMessageContent(_)))
            .count()
    };
    read_until(&mut response, &mut events, |e| tokens(e) >= 3).await;

    let cancel = post(
        &base,
        "/api/threads/t-stop/runs/r1/cancel",
        String::new(),
        Some(&cookie),
    )
    .await;
    assert_eq!(cancel.status(), 202);
    read_until(&mut response, &mut events, |_| false).await;

    let Some(Event::RunFinished(finished)) = events.last() else {
        panic!("{:?}", events.last())
    };
    assert_eq!(finished.outcome, Some(RunOutcome::Cancelled {}));
    assert!(
        matches!(events[events.len() - 2], Event::TextMessageEnd(_)),
        "the open message is closed first"
    );
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, Event::ActivitySnapshot(_))),
        "nothing after the stop"
    );
    assert!(
        tokens(&events) < 20,
        "stopped early: {} tokens",
        tokens(&events)
    );
}

#[tokio::test]
async fn a_thread_is_its_sessions_alone() {
    let base = start().await;
    let mut response = post(&base, "/api/agent", run_body("t-own", "r1"), None).await;
    let cookie = session_cookie(&response);

    // Another session (no cookie): the thread and its run do not exist for it.
    let stranger_cancel = post(
        &base,
        "/api/threads/t-own/runs/r1/cancel",
        String::new(),
        None,
    )
    .await;
    assert_eq!(stranger_cancel.status(), 404);
    let stranger_run = post(&base, "/api/agent", run_body("t-own", "r9"), None).await;
    assert_eq!(stranger_run.status(), 404);
    let forged = post(
        &base,
        "/api/agent",
        run_body("t-own", "r9"),
        Some("showroom_session=guess"),
    )
    .await;
    assert_eq!(forged.status(), 404);

    // The owner: a second run while one is going is refused; a wrong run id is not running.
    let second = post(&base, "/api/agent", run_body("t-own", "r2"), Some(&cookie)).await;
    assert_eq!(second.status(), 409);
    let body: serde_json::Value = serde_json::from_slice(&second.bytes().await.unwrap()).unwrap();
    assert_eq!(body["error"]["code"], "run_in_progress");
    let wrong = post(
        &base,
        "/api/threads/t-own/runs/r2/cancel",
        String::new(),
        Some(&cookie),
    )
    .await;
    assert_eq!(wrong.status(), 409);

    let mut events = Vec::new();
    read_until(&mut response, &mut events, |_| false).await;
    assert!(matches!(events.last(), Some(Event::RunFinished(_))));
    // Once the run is over the thread takes the next one.
    let next = post(&base, "/api/agent", run_body("t-own", "r3"), Some(&cookie)).await;
    assert_eq!(next.status(), 200);
}

async fn get(
    base: &str,
    path: &str,
    cookie: Option<&str>,
    last_event_id: Option<u64>,
) -> reqwest::Response {
    let mut request = reqwest::Client::new().get(format!("{base}{path}"));
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    if let Some(id) = last_event_id {
        request = request.header("last-event-id", id.to_string());
    }
    request.send().await.unwrap()
}

/// Reads `(id, event)` pairs until the run's end.
async fn read_ids_until_finished(response: &mut reqwest::Response) -> Vec<(u64, Event)> {
    let mut decoder = SseDecoder::default();
    let mut out: Vec<(u64, Event)> = Vec::new();
    while !matches!(
        out.last(),
        Some((_, Event::RunFinished(_) | Event::RunError(_)))
    ) {
        let Some(chunk) = response.chunk().await.unwrap() else {
            break;
        };
        for frame in decoder.push(&chunk) {
            let frame = frame.unwrap();
            out.push((
                frame.id.unwrap().parse().unwrap(),
                Event::from_json(&frame.data).unwrap(),
            ));
        }
    }
    out
}

#[tokio::test]
async fn a_dropped_connection_re_attaches_with_nothing_lost_or_repeated() {
    let base = start().await;
    let mut response = post(&base, "/api/agent", run_body("t-drop", "r1"), None).await;
    let cookie = session_cookie(&response);
    let mut first = Vec::new();
    read_until(&mut response, &mut first, |e| e.len() >= 5).await;
    let seen = first.len() as u64;
    drop(response); // the connection drops mid-answer; the run goes on

    let mut follow = get(
        &base,
        "/api/threads/t-drop/events",
        Some(&cookie),
        Some(seen),
    )
    .await;
    assert_eq!(follow.status(), 200);
    let rest = read_ids_until_finished(&mut follow).await;
    let ids: Vec<u64> = rest.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids,
        (seen + 1..=seen + rest.len() as u64).collect::<Vec<_>>(),
        "contiguous, no repeat"
    );
    let Some((_, Event::RunFinished(done))) = rest.last() else {
        panic!("the run finished")
    };
    assert_eq!(
        done.outcome,
        Some(RunOutcome::Success {
            pending_tool_call_ids: None
        })
    );
    assert!(
        rest.iter()
            .any(|(_, e)| matches!(e, Event::ActivitySnapshot(_))),
        "the comparator arrived"
    );

    // Replaying from the start gives the whole thread, the same events in the same order.
    let mut again = get(&base, "/api/threads/t-drop/events", Some(&cookie), None).await;
    let all = read_ids_until_finished(&mut again).await;
    assert_eq!(all.len() as u64, seen + rest.len() as u64);
    assert_eq!(&all[seen as usize..], &rest[..]);
}

#[tokio::test]
async fn following_is_for_the_owner_only_and_needs_a_number() {
    let base = start().await;
    let response = post(&base, "/api/agent", run_body("t-follow", "r1"), None).await;
    let cookie = session_cookie(&response);
    assert_eq!(
        get(&base, "/api/threads/t-follow/events", None, None)
            .await
            .status(),
        404
    );
    assert_eq!(
        get(&base, "/api/threads/nope/events", Some(&cookie), None)
            .await
            .status(),
        404
    );
    let bad = reqwest::Client::new()
        .get(format!("{base}/api/threads/t-follow/events"))
        .header("cookie", &cookie)
        .header("last-event-id", "abc")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
}
