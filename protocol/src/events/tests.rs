use super::*;
use serde_json::json;

#[test]
fn known_events_use_spec_names() {
    let e: Event = TextMessageContent {
        message_id: "m1".into(),
        delta: "Hi".into(),
        ..Default::default()
    }
    .into();
    assert_eq!(
        serde_json::to_value(&e).unwrap(),
        json!({"type": "TEXT_MESSAGE_CONTENT", "messageId": "m1", "delta": "Hi"})
    );
    let e: Event = ActivitySnapshot {
        message_id: "a".into(),
        activity_type: "showroom.x".into(),
        content: json!({"v": 1}),
        ..Default::default()
    }
    .into();
    assert_eq!(
        serde_json::to_value(&e).unwrap(),
        json!({"type": "ACTIVITY_SNAPSHOT", "messageId": "a", "activityType": "showroom.x", "content": {"v": 1}})
    );
}

/// One instance of every event type in the schema, as a producer might send it.
fn every_event() -> Vec<Value> {
    vec![
        json!({"type": "RUN_STARTED", "threadId": "t", "runId": "r", "parentRunId": "p", "protocolVersion": "1.0"}),
        json!({"type": "RUN_FINISHED", "threadId": "t", "runId": "r", "outcome": {"type": "success"},
               "usage": [{"model": "m", "inputTokens": 3, "outputTokens": 5}]}),
        json!({"type": "RUN_ERROR", "message": "boom", "code": "x"}),
        json!({"type": "STEP_STARTED", "stepName": "s"}),
        json!({"type": "STEP_FINISHED", "stepName": "s"}),
        json!({"type": "TEXT_MESSAGE_START", "messageId": "m", "role": "assistant", "name": "bot"}),
        json!({"type": "TEXT_MESSAGE_CONTENT", "messageId": "m", "delta": "a"}),
        json!({"type": "TEXT_MESSAGE_END", "messageId": "m"}),
        json!({"type": "TEXT_MESSAGE_CHUNK", "messageId": "m2", "delta": "b"}),
        json!({"type": "TOOL_CALL_START", "toolCallId": "c", "toolCallName": "f", "parentMessageId": "m"}),
        json!({"type": "TOOL_CALL_ARGS", "toolCallId": "c", "delta": "{}"}),
        json!({"type": "TOOL_CALL_END", "toolCallId": "c"}),
        json!({"type": "TOOL_CALL_CHUNK", "toolCallId": "c2", "toolCallName": "g", "delta": "{"}),
        json!({"type": "TOOL_CALL_RESULT", "messageId": "r1", "toolCallId": "c", "content": [{"type": "text", "text": "ok"}], "role": "tool"}),
        json!({"type": "STATE_SNAPSHOT", "snapshot": {"cart": []}}),
        json!({"type": "STATE_DELTA", "delta": [{"op": "add", "path": "/cart/-", "value": 1}]}),
        json!({"type": "MESSAGES_SNAPSHOT", "messages": [{"role": "user", "id": "u", "content": "hi"}]}),
        json!({"type": "ACTIVITY_SNAPSHOT", "messageId": "a", "activityType": "x", "content": {}, "replace": false}),
        json!({"type": "ACTIVITY_DELTA", "messageId": "a", "activityType": "x", "patch": [{"op": "replace", "path": "/n", "value": 2}]}),
        json!({"type": "REASONING_START", "messageId": "z"}),
        json!({"type": "REASONING_MESSAGE_START", "messageId": "z", "role": "reasoning"}),
        json!({"type": "REASONING_MESSAGE_CONTENT", "messageId": "z", "delta": "hmm"}),
        json!({"type": "REASONING_MESSAGE_END", "messageId": "z"}),
        json!({"type": "REASONING_MESSAGE_CHUNK", "messageId": "z", "delta": "!"}),
        json!({"type": "REASONING_END", "messageId": "z"}),
        json!({"type": "REASONING_ENCRYPTED_VALUE", "subtype": "message", "entityId": "z", "encryptedValue": "…"}),
        json!({"type": "SUBAGENT_STARTED", "subagentRunId": "s1", "name": "pricing"}),
        json!({"type": "SUBAGENT_FINISHED", "subagentRunId": "s1", "outcome": {"type": "success"}}),
        json!({"type": "SUBAGENT_ERROR", "subagentRunId": "s1", "message": "no"}),
        json!({"type": "RAW", "event": {"x": 1}, "source": "other"}),
        json!({"type": "CUSTOM", "name": "n", "value": [1, 2]}),
    ]
}

#[test]
fn every_known_type_parses_as_itself_and_round_trips() {
    let events = every_event();
    assert_eq!(events.len(), KNOWN_TYPES.len(), "one sample per known type");
    for raw in events {
        let event: Event = serde_json::from_value(raw.clone()).unwrap();
        assert!(
            !matches!(event, Event::Unknown(_)),
            "{raw} parsed as unknown"
        );
        assert_eq!(event.type_name(), raw["type"]);
        assert_eq!(serde_json::to_value(&event).unwrap(), raw);
    }
}

#[test]
fn base_and_unknown_fields_are_kept() {
    let raw = json!({"type": "TEXT_MESSAGE_END", "messageId": "m", "timestamp": 5,
                     "subagentRunId": "s", "metadata": {"k": 1}, "novel": true});
    let event = Event::from_json(&raw.to_string()).unwrap();
    let Event::TextMessageEnd(end) = &event else {
        panic!("{event:?}")
    };
    assert_eq!(end.message_id, "m");
    assert_eq!(end.extra.get("novel"), Some(&json!(true)));
    assert!(!end.extra.contains_key("type"));
    assert_eq!(serde_json::to_value(&event).unwrap(), raw);
}

#[test]
fn outcomes_round_trip() {
    let cases = [
        json!({"type": "success"}),
        json!({"type": "cancelled"}),
        json!({"type": "interrupt", "interrupts": [{"id": "i1", "reason": "approval", "toolCallId": "t"}]}),
    ];
    for case in cases {
        let outcome: RunOutcome = serde_json::from_value(case.clone()).unwrap();
        assert_eq!(serde_json::to_value(&outcome).unwrap(), case);
    }
}

#[test]
fn unknown_type_is_kept_not_fatal() {
    let raw = json!({"type": "FUTURE_THING", "x": 1});
    let e: Event = serde_json::from_value(raw.clone()).unwrap();
    assert_eq!(e, Event::Unknown(raw.clone()));
    assert_eq!(e.type_name(), "FUTURE_THING");
    assert!(!e.is_malformed());
    assert_eq!(serde_json::to_value(&e).unwrap(), raw);
}

#[test]
fn a_known_type_with_bad_fields_is_kept_and_flagged_malformed() {
    let e = Event::from_json(r#"{"type":"TEXT_MESSAGE_CONTENT","messageId":7}"#).unwrap();
    assert!(e.is_malformed());
}

#[test]
fn ids_are_any_string() {
    for id in ["", "ünïcödé", "with spaces", "a/b?c#d", "😀"] {
        let e: Event = TextMessageEnd {
            message_id: id.into(),
            ..Default::default()
        }
        .into();
        assert_eq!(Event::from_json(&e.to_json()).unwrap(), e);
    }
}
