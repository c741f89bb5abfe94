//! Properties of decoder + reducer over recorded streams: any chunking gives the same thread,
//! and replaying events equals applying the MESSAGES_SNAPSHOT built from them.

use proptest::prelude::*;
use showroom_protocol::events::MessagesSnapshot;
use showroom_protocol::{apply, Event, SseDecoder, Thread};

const STREAMS: &[(&str, &[u8])] = &[
    (
        "compare.sse (our agent)",
        include_bytes!("streams/compare.sse"),
    ),
    (
        "mixed.sse (CRLF, chunks, deltas, unknown types)",
        include_bytes!("streams/mixed.sse"),
    ),
];

/// Decodes `bytes` fed in pieces cut at `cuts`, and reduces every event into a thread.
fn reduce(bytes: &[u8], cuts: &[usize]) -> (Thread, Vec<Event>) {
    let mut decoder = SseDecoder::default();
    let mut thread = Thread::default();
    let mut events = Vec::new();
    let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
    cuts.sort_unstable();
    let mut start = 0;
    for end in cuts.into_iter().chain([bytes.len()]) {
        for frame in decoder.push(&bytes[start..end]) {
            let event = Event::from_json(&frame.expect("frames fit").data).expect("events parse");
            apply(&mut thread, &event);
            events.push(event);
        }
        start = end;
    }
    (thread, events)
}

#[test]
fn recorded_streams_reduce_without_protocol_errors() {
    for (name, bytes) in STREAMS {
        let (thread, events) = reduce(bytes, &[]);
        assert!(events.len() > 20, "{name}: {} events", events.len());
        assert!(thread.errors.is_empty(), "{name}: {:?}", thread.errors);
    }
}

#[test]
fn the_mixed_stream_lands_where_it_should() {
    let (thread, _) = reduce(STREAMS[1].1, &[]);
    assert_eq!(
        thread.message("think").unwrap().text,
        "The buyer wants a desk."
    );
    assert_eq!(
        thread.message("m1").unwrap().text,
        "Looking at déks 😀 now."
    );
    let calls = &thread.message("m1").unwrap().tool_calls;
    assert_eq!(calls[0].arguments, "{\"q\":\"desk\"}");
    assert_eq!(calls[1].arguments, "{\"id\":7}");
    assert_eq!(
        thread
            .message("act1")
            .unwrap()
            .activity
            .as_ref()
            .unwrap()
            .content["done"],
        3
    );
    assert_eq!(thread.state["cart"][0]["qty"], 2);
    assert_eq!(thread.message("m2").unwrap().text, "Line one\nline two");
}

proptest! {
    #[test]
    fn any_chunking_gives_the_same_thread(
        stream in 0..STREAMS.len(),
        cuts in proptest::collection::vec(any::<usize>(), 0..40),
    ) {
        let bytes = STREAMS[stream].1;
        let (whole, _) = reduce(bytes, &[]);
        let (pieces, _) = reduce(bytes, &cuts);
        prop_assert_eq!(pieces, whole);
    }

    #[test]
    fn replaying_a_prefix_equals_applying_its_snapshot(stream in 0..STREAMS.len(), upto in 0usize..64) {
        let (_, events) = reduce(STREAMS[stream].1, &[]);
        let mut replayed = Thread::default();
        for event in &events[..upto.min(events.len())] {
            apply(&mut replayed, event);
        }
        let mut rebuilt = Thread::default();
        let snapshot = MessagesSnapshot { messages: replayed.to_messages(), ..Default::default() };
        apply(&mut rebuilt, &snapshot.into());
        // Whether text or a tool call is still arriving is run state, not message content (a
        // snapshot's tool calls are whole); everything else must survive the snapshot.
        let settled = |t: &Thread| {
            t.messages
                .iter()
                .cloned()
                .map(|mut m| {
                    m.streaming = false;
                    m.tool_calls.iter_mut().for_each(|c| c.done = true);
                    m
                })
                .collect::<Vec<_>>()
        };
        prop_assert_eq!(settled(&rebuilt), settled(&replayed));
    }
}
