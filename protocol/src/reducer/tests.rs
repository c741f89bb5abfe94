use super::*;
use crate::events::{TextMessageContent, TextMessageStart};
use crate::input::Message;
use serde_json::json;

fn events(values: Value) -> Vec<Event> {
    serde_json::from_value(values).unwrap()
}

fn run(values: Value) -> Thread {
    let mut thread = Thread::default();
    for e in events(values) {
        apply(&mut thread, &e);
    }
    thread
}

#[test]
fn text_accumulates_and_run_finishes() {
    let thread = run(json!([
        {"type": "RUN_STARTED", "threadId": "t", "runId": "r"},
        {"type": "TEXT_MESSAGE_START", "messageId": "m", "role": "assistant"},
        {"type": "TEXT_MESSAGE_CONTENT", "messageId": "m", "delta": "Hel"},
        {"type": "TEXT_MESSAGE_CONTENT", "messageId": "m", "delta": "lo"},
        {"type": "TEXT_MESSAGE_END", "messageId": "m"},
        {"type": "RUN_FINISHED", "threadId": "t", "runId": "r"}
    ]));
    assert_eq!(thread.messages[0].text, "Hello");
    assert!(!thread.messages[0].streaming);
    assert!(matches!(thread.run, RunStatus::Finished { .. }));
    assert!(thread.errors.is_empty());
}

#[test]
fn parallel_tool_calls_interleave_by_id() {
    let thread = run(json!([
        {"type": "TOOL_CALL_START", "toolCallId": "a", "toolCallName": "f", "parentMessageId": "m"},
        {"type": "TOOL_CALL_START", "toolCallId": "b", "toolCallName": "g", "parentMessageId": "m"},
        {"type": "TOOL_CALL_ARGS", "toolCallId": "a", "delta": "{\"x\":"},
        {"type": "TOOL_CALL_ARGS", "toolCallId": "b", "delta": "{}"},
        {"type": "TOOL_CALL_ARGS", "toolCallId": "a", "delta": "1}"},
        {"type": "TOOL_CALL_END", "toolCallId": "a"}
    ]));
    let calls = &thread.messages[0].tool_calls;
    assert_eq!(
        (calls[0].arguments.as_str(), calls[0].done),
        ("{\"x\":1}", true)
    );
    assert_eq!((calls[1].arguments.as_str(), calls[1].done), ("{}", false));
}

#[test]
fn chunks_open_append_and_close_like_start_content_end() {
    let thread = run(json!([
        {"type": "TEXT_MESSAGE_CHUNK", "messageId": "m", "delta": "Hel"},
        {"type": "TEXT_MESSAGE_CHUNK", "delta": "lo"},
        {"type": "TEXT_MESSAGE_CHUNK", "messageId": "n", "delta": "Bye"},
        {"type": "TOOL_CALL_CHUNK", "toolCallId": "c", "toolCallName": "f", "parentMessageId": "n", "delta": "{\"a\""},
        {"type": "TOOL_CALL_CHUNK", "delta": ":1}"},
        {"type": "STEP_FINISHED", "stepName": "s"}
    ]));
    assert_eq!(thread.message("m").unwrap().text, "Hello");
    assert!(
        !thread.message("m").unwrap().streaming,
        "a chunk with a new id closes the old message"
    );
    let n = thread.message("n").unwrap();
    assert_eq!(n.text, "Bye");
    assert!(!n.streaming, "another event closes the chunk run");
    assert_eq!(n.tool_calls[0].arguments, "{\"a\":1}");
    assert!(n.tool_calls[0].done);
    assert!(thread.errors.is_empty(), "{:?}", thread.errors);
}

#[test]
fn tool_chunks_are_sequential_and_an_ended_call_stays_ended() {
    let thread = run(json!([
        {"type": "TOOL_CALL_CHUNK", "toolCallId": "a", "toolCallName": "f", "parentMessageId": "m", "delta": "{}"},
        {"type": "TOOL_CALL_CHUNK", "toolCallId": "b", "toolCallName": "g", "parentMessageId": "m", "delta": "{"},
        {"type": "TOOL_CALL_CHUNK", "toolCallId": "a", "delta": "x"}
    ]));
    let calls = &thread.message("m").unwrap().tool_calls;
    assert!(calls[0].done, "b's first chunk ended a");
    assert_eq!(calls[0].arguments, "{}");
    assert_eq!(thread.errors, ["tool call a already ended"]);
}

#[test]
fn a_tool_chunk_without_a_name_first_is_an_error() {
    let thread = run(json!([{"type": "TOOL_CALL_CHUNK", "toolCallId": "c", "delta": "{}"}]));
    assert_eq!(thread.errors.len(), 1);
    assert!(thread.messages.is_empty());
}

#[test]
fn inconsistent_events_are_errors_not_corruption() {
    let mut thread = run(json!([
        {"type": "TEXT_MESSAGE_START", "messageId": "m"},
        {"type": "TEXT_MESSAGE_CONTENT", "messageId": "m", "delta": "ok"}
    ]));
    let before = thread.messages.clone();
    for bad in events(json!([
        {"type": "TEXT_MESSAGE_CONTENT", "messageId": "ghost", "delta": "x"},
        {"type": "TEXT_MESSAGE_END", "messageId": "ghost"},
        {"type": "TOOL_CALL_ARGS", "toolCallId": "nope", "delta": "{}"},
        {"type": "ACTIVITY_DELTA", "messageId": "m", "activityType": "x", "patch": []},
        {"type": "TEXT_MESSAGE_CONTENT", "messageId": 5}
    ])) {
        assert_eq!(apply(&mut thread, &bad), Change::Error, "{bad:?}");
    }
    assert_eq!(thread.messages, before);
    assert_eq!(thread.errors.len(), 5);
}

#[test]
fn state_delta_patches_and_a_failing_patch_changes_nothing() {
    let mut thread = run(json!([
        {"type": "STATE_SNAPSHOT", "snapshot": {"cart": [1], "n": 0}},
        {"type": "STATE_DELTA", "delta": [{"op": "add", "path": "/cart/-", "value": 2}, {"op": "replace", "path": "/n", "value": 1}]}
    ]));
    assert_eq!(thread.state, json!({"cart": [1, 2], "n": 1}));
    let bad = events(json!([{"type": "STATE_DELTA", "delta": [
        {"op": "replace", "path": "/n", "value": 9},
        {"op": "remove", "path": "/missing"}
    ]}]));
    assert_eq!(apply(&mut thread, &bad[0]), Change::Error);
    assert_eq!(
        thread.state,
        json!({"cart": [1, 2], "n": 1}),
        "all or nothing"
    );
}

#[test]
fn activity_snapshot_creates_replaces_and_delta_patches() {
    let mut thread = run(json!([
        {"type": "ACTIVITY_SNAPSHOT", "messageId": "a", "activityType": "showroom.x", "content": {"status": "partial", "n": 1}}
    ]));
    let delta = events(
        json!([{"type": "ACTIVITY_DELTA", "messageId": "a", "activityType": "showroom.x",
        "patch": [{"op": "replace", "path": "/status", "value": "complete"}]}]),
    );
    assert_eq!(apply(&mut thread, &delta[0]), Change::Updated(0));
    assert_eq!(
        thread.messages[0].activity.as_ref().unwrap().content,
        json!({"status": "complete", "n": 1})
    );
    let keep = events(
        json!([{"type": "ACTIVITY_SNAPSHOT", "messageId": "a", "activityType": "showroom.x", "content": {}, "replace": false}]),
    );
    assert_eq!(apply(&mut thread, &keep[0]), Change::Nothing);
    assert_eq!(
        thread.messages[0].activity.as_ref().unwrap().content["n"],
        1
    );
}

#[test]
fn reasoning_messages_stream_like_text() {
    let thread = run(json!([
        {"type": "REASONING_START", "messageId": "r"},
        {"type": "REASONING_MESSAGE_START", "messageId": "r", "role": "reasoning"},
        {"type": "REASONING_MESSAGE_CONTENT", "messageId": "r", "delta": "think"},
        {"type": "REASONING_MESSAGE_END", "messageId": "r"},
        {"type": "REASONING_END", "messageId": "r"}
    ]));
    assert_eq!(thread.messages[0].role, Role::Reasoning);
    assert_eq!(thread.messages[0].text, "think");
}

#[test]
fn a_closed_message_may_be_reopened_and_continues() {
    let mut thread = Thread::default();
    let start = |id: &str| -> Event {
        TextMessageStart {
            message_id: id.into(),
            ..Default::default()
        }
        .into()
    };
    let content = |id: &str, d: &str| -> Event {
        TextMessageContent {
            message_id: id.into(),
            delta: d.into(),
            ..Default::default()
        }
        .into()
    };
    apply(&mut thread, &start("m"));
    apply(&mut thread, &content("m", "a"));
    apply(&mut thread, &start("m"));
    apply(&mut thread, &content("m", "b"));
    assert_eq!(thread.messages.len(), 1);
    assert_eq!(thread.messages[0].text, "ab");
}

#[test]
fn replaying_events_equals_applying_the_snapshot_built_from_them() {
    let mut thread = Thread::default();
    thread.add_user_message("u1", "compare");
    for e in events(json!([
        {"type": "TEXT_MESSAGE_START", "messageId": "m"},
        {"type": "TEXT_MESSAGE_CONTENT", "messageId": "m", "delta": "Here"},
        {"type": "TOOL_CALL_START", "toolCallId": "c", "toolCallName": "f", "parentMessageId": "m"},
        {"type": "TOOL_CALL_ARGS", "toolCallId": "c", "delta": "{}"},
        {"type": "TOOL_CALL_END", "toolCallId": "c"},
        {"type": "TOOL_CALL_RESULT", "messageId": "r", "toolCallId": "c", "content": "[]"},
        {"type": "ACTIVITY_SNAPSHOT", "messageId": "a", "activityType": "showroom.x", "content": {"v": 1}},
        {"type": "TEXT_MESSAGE_END", "messageId": "m"}
    ])) {
        apply(&mut thread, &e);
    }
    let mut rebuilt = Thread::default();
    apply(
        &mut rebuilt,
        &Event::MessagesSnapshot(crate::events::MessagesSnapshot {
            messages: thread.to_messages(),
            ..Default::default()
        }),
    );
    assert_eq!(rebuilt.messages, thread.messages);
    assert_eq!(rebuilt.message("u1").unwrap().role, Role::User);
    let _: Vec<Message> = rebuilt.to_messages();
}

#[test]
fn a_stored_user_message_seen_again_is_not_added_twice() {
    let mut thread = Thread::default();
    thread.add_user_message("u1", "two chairs");
    for e in events(json!([
        {"type": "TEXT_MESSAGE_START", "messageId": "u1", "role": "user"},
        {"type": "TEXT_MESSAGE_CONTENT", "messageId": "u1", "delta": "two chairs"},
        {"type": "TEXT_MESSAGE_END", "messageId": "u1"},
        {"type": "TEXT_MESSAGE_START", "messageId": "a1", "role": "assistant"},
        {"type": "TEXT_MESSAGE_CONTENT", "messageId": "a1", "delta": "Here."},
        {"type": "TEXT_MESSAGE_END", "messageId": "a1"}
    ])) {
        apply(&mut thread, &e);
    }
    assert_eq!(thread.messages.len(), 2);
    assert_eq!(thread.messages[0].text, "two chairs");
    assert_eq!(thread.messages[1].text, "Here.");
    assert!(thread.errors.is_empty());
    // Another tab, which did not have it, gets it whole.
    let other = run(json!([
        {"type": "TEXT_MESSAGE_START", "messageId": "u1", "role": "user"},
        {"type": "TEXT_MESSAGE_CONTENT", "messageId": "u1", "delta": "two chairs"},
        {"type": "TEXT_MESSAGE_END", "messageId": "u1"}
    ]));
    assert_eq!(other.messages[0].text, "two chairs");
    assert_eq!(other.messages[0].role, Role::User);
}

#[test]
fn truncating_takes_back_a_message_and_all_after_it() {
    let mut thread = run(json!([
        {"type": "TEXT_MESSAGE_START", "messageId": "a1", "role": "assistant"},
        {"type": "TEXT_MESSAGE_END", "messageId": "a1"},
        {"type": "ACTIVITY_SNAPSHOT", "messageId": "c1", "activityType": "showroom.x", "content": {}}
    ]));
    thread.add_user_message("u2", "again");
    assert!(!thread.truncate_from("nope"));
    assert!(thread.truncate_from("c1"));
    let ids: Vec<&str> = thread.messages.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["a1"]);
    assert!(thread.message("u2").is_none());
    // The ids taken back may be used again.
    thread.add_user_message("u2", "again");
    assert_eq!(thread.messages.len(), 2);
}
