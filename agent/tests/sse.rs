//! A real socket on 127.0.0.1:0: the raw event stream of a comparison run, and of the bench script.

mod common;

use std::time::Duration;

use serde_json::json;
use showroom_protocol::payload::{Envelope, Payload, ProductComparator, Status};
use showroom_protocol::{Event, SseDecoder};

async fn start() -> String {
    common::start(Duration::ZERO).await
}

async fn run(base: &str, text: &str, locale: &str) -> (String, Vec<(Option<String>, Event)>) {
    let body = json!({
        "threadId": "thread-1", "runId": "run-1",
        "messages": [{"role": "user", "id": "u1", "content": text}],
        "forwardedProps": {"showroom": {"locale": locale}}
    });
    let response = common::post(base, "/api/agent", body.to_string(), None).await;
    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    let bytes = response.bytes().await.unwrap();
    let mut decoder = SseDecoder::default();
    let events = decoder
        .push(&bytes)
        .into_iter()
        .map(|frame| {
            let frame = frame.unwrap();
            (frame.id, Event::from_json(&frame.data).unwrap())
        })
        .collect();
    (content_type, events)
}

#[tokio::test]
async fn comparison_run_streams_text_then_the_comparator() {
    let base = start().await;
    let (content_type, events) =
        run(&base, "compare the office chair and the office lamp", "en").await;
    assert!(
        content_type.starts_with("text/event-stream"),
        "{content_type}"
    );

    let types: Vec<&str> = events.iter().map(|(_, e)| e.type_name()).collect();
    assert_eq!(types.first(), Some(&"RUN_STARTED"));
    let Event::RunStarted(started) = &events[0].1 else {
        unreachable!()
    };
    assert_eq!(started.protocol_version.as_deref(), Some("1.0"));
    assert_eq!(types.last(), Some(&"RUN_FINISHED"));
    assert!(
        types
            .iter()
            .filter(|t| **t == "TEXT_MESSAGE_CONTENT")
            .count()
            > 5,
        "streamed token by token"
    );
    let order = |t: &str| types.iter().position(|x| *x == t).unwrap();
    assert!(order("TEXT_MESSAGE_START") < order("TOOL_CALL_START"));
    assert!(order("TOOL_CALL_RESULT") < order("ACTIVITY_SNAPSHOT"));

    // `id:` is the thread's sequence number, without gaps. The stored user message took 1 to 3
    // (start, content, end): the run's own stream does not repeat it.
    let ids: Vec<u64> = events
        .iter()
        .map(|(id, _)| id.as_deref().unwrap().parse().unwrap())
        .collect();
    assert_eq!(ids, (4..4 + events.len() as u64).collect::<Vec<_>>());

    let (activity_type, content) = events
        .iter()
        .find_map(|(_, e)| match e {
            Event::ActivitySnapshot(a) => Some((&a.activity_type, &a.content)),
            _ => None,
        })
        .unwrap();
    assert_eq!(activity_type, ProductComparator::ACTIVITY_TYPE);
    let envelope = Envelope::<ProductComparator>::parse(content).unwrap();
    assert_eq!(envelope.status, Status::Complete);
    assert!(envelope.read_at.ends_with('Z'));
    let names: Vec<&str> = envelope
        .data
        .products
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Office Chair", "Office Lamp"]);
    assert_eq!(envelope.data.products[1].price.amount, "40.00");
    assert_eq!(envelope.data.products[1].stock.available, "45");
}

/// The run's streamed text, joined.
fn text_of(events: &[(Option<String>, Event)]) -> String {
    events
        .iter()
        .filter_map(|(_, e)| match e {
            Event::TextMessageContent(c) => Some(c.delta.as_str()),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn the_answer_follows_the_requested_language() {
    let base = start().await;
    let (_, events) = run(&base, "vergleiche Office Chair und Office Lamp", "de").await;
    let text = text_of(&events);
    assert!(text.contains("am günstigsten"), "{text}");
    assert!(text.contains("40,00 €"), "{text}");
}

/// The bench-only planner replays its script through the whole stack: text in chunks, the tool
/// call with the script's arguments and result, the activity, numbered from the user's message.
#[tokio::test]
async fn the_bench_script_is_replayed_whole() {
    let script = std::env::temp_dir().join(format!("bench-script-{}.json", std::process::id()));
    let content = json!({"rows": [{"name": "Desk", "price": 1}]});
    std::fs::write(
        &script,
        json!({
            "text": "Two desks, side by side.",
            "chunkChars": 5,
            "tool": {"name": "compare", "args": "{\"ids\":[1,2]}", "result": "{\"ok\":true}"},
            "activity": {"activityType": "product_comparator", "content": content}
        })
        .to_string(),
    )
    .unwrap();
    let config = showroom_agent::Config {
        bench_script: Some(script.clone()),
        dist: "/nonexistent-dist".into(),
        token_delay: Duration::ZERO,
        database: None,
        ..common::config()
    };
    let state = showroom_agent::AppState::open(&config).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, showroom_agent::app(state)).await });
    let (_, events) = run(&base, "compare", "en").await;
    std::fs::remove_file(script).unwrap();

    // The user's message took 1 ..= 3.
    let ids: Vec<u64> = events
        .iter()
        .map(|(id, _)| id.as_deref().unwrap().parse().unwrap())
        .collect();
    assert_eq!(ids, (4..4 + ids.len() as u64).collect::<Vec<_>>());
    let text = text_of(&events);
    assert_eq!(text, "Two desks, side by side.");
    let chunks = events
        .iter()
        .filter(|(_, e)| matches!(e, Event::TextMessageContent(_)))
        .count();
    assert_eq!(chunks, 5, "24 characters in chunks of 5");
    let args = events.iter().find_map(|(_, e)| match e {
        Event::ToolCallArgs(a) => Some(a.delta.clone()),
        _ => None,
    });
    assert_eq!(args.as_deref(), Some("{\"ids\":[1,2]}"));
    let activity = events.iter().find_map(|(_, e)| match e {
        Event::ActivitySnapshot(a) => Some((a.activity_type.clone(), a.content.clone())),
        _ => None,
    });
    assert_eq!(
        activity,
        Some(("product_comparator".to_owned(), content.clone()))
    );
    assert!(matches!(events.last(), Some((_, Event::RunFinished(_)))));
}
