//! `cargo xtask bench protocol`: decode + reduce throughput, and the cost of one token as a
//! message grows (it must stay flat: appending a token never re-reads the message).
//!
//! Prints numbers only; nothing here asserts a time.

use std::hint::black_box;
use std::time::{Duration, Instant};

use showroom_protocol::events::{
    RunFinished, RunStarted, TextMessageContent, TextMessageEnd, TextMessageStart,
};
use showroom_protocol::{apply, sse, Event, SseDecoder, Thread};

const RECORDED: &[(&str, &[u8])] = &[
    (
        "compare.sse",
        include_bytes!("../tests/streams/compare.sse"),
    ),
    ("mixed.sse", include_bytes!("../tests/streams/mixed.sse")),
];

/// Decodes and reduces `bytes` in chunks of `chunk` bytes; returns the number of events.
fn decode_and_reduce(bytes: &[u8], chunk: usize) -> usize {
    let mut decoder = SseDecoder::default();
    let mut thread = Thread::default();
    let mut events = 0;
    for piece in bytes.chunks(chunk) {
        for frame in decoder.push(piece).into_iter().flatten() {
            if let Ok(event) = Event::from_json(&frame.data) {
                apply(&mut thread, &event);
                events += 1;
            }
        }
    }
    black_box(&thread);
    events
}

/// Runs `f` until at least `budget` has passed; returns (iterations, elapsed).
fn measure(budget: Duration, mut f: impl FnMut()) -> (u64, Duration) {
    let started = Instant::now();
    let mut iterations = 0;
    while started.elapsed() < budget {
        f();
        iterations += 1;
    }
    (iterations, started.elapsed())
}

/// A message of `paragraphs` paragraphs streamed one word per TEXT_MESSAGE_CONTENT, as SSE.
fn message_stream(paragraphs: usize) -> (Vec<u8>, usize) {
    let sentence = "The office chair has a mesh back, steel legs and a two year warranty. ";
    let mut events: Vec<Event> = vec![
        RunStarted {
            thread_id: "t".into(),
            run_id: "r".into(),
            ..Default::default()
        }
        .into(),
        TextMessageStart {
            message_id: "m".into(),
            ..Default::default()
        }
        .into(),
    ];
    let mut tokens = 0;
    for p in 0..paragraphs {
        let text = format!(
            "{}{}",
            sentence.repeat(4),
            if p + 1 < paragraphs { "\n\n" } else { "" }
        );
        for word in text.split_inclusive(' ') {
            events.push(
                TextMessageContent {
                    message_id: "m".into(),
                    delta: word.into(),
                    ..Default::default()
                }
                .into(),
            );
            tokens += 1;
        }
    }
    events.push(
        TextMessageEnd {
            message_id: "m".into(),
            ..Default::default()
        }
        .into(),
    );
    events.push(
        RunFinished {
            thread_id: "t".into(),
            run_id: "r".into(),
            ..Default::default()
        }
        .into(),
    );
    let mut bytes = Vec::new();
    for (i, event) in events.iter().enumerate() {
        bytes.extend_from_slice(sse::encode(Some(i as u64 + 1), &event.to_json()).as_bytes());
    }
    (bytes, tokens)
}

fn main() {
    let budget = Duration::from_millis(
        std::env::var("BENCH_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1500),
    );
    println!(
        "protocol bench (native, release); {} ms per case",
        budget.as_millis()
    );
    println!("\ndecode + reduce, recorded streams:");
    println!(
        "  {:<14} {:>8} {:>14} {:>12}",
        "stream", "chunk", "events/s", "MB/s"
    );
    for (name, bytes) in RECORDED {
        for chunk in [1usize, 64, 4096] {
            let mut events = 0;
            let (n, elapsed) = measure(budget, || events = decode_and_reduce(bytes, chunk));
            let seconds = elapsed.as_secs_f64();
            println!(
                "  {:<14} {:>8} {:>14.0} {:>12.1}",
                name,
                chunk,
                (events as u64 * n) as f64 / seconds,
                (bytes.len() as u64 * n) as f64 / seconds / 1e6
            );
        }
    }
    println!("\nper token, one message streamed word by word (decode + reduce, 64-byte chunks):");
    println!(
        "  {:<11} {:>7} {:>14}",
        "paragraphs", "tokens", "ns per token"
    );
    for paragraphs in [1usize, 10, 50] {
        let (bytes, tokens) = message_stream(paragraphs);
        let (n, elapsed) = measure(budget, || {
            decode_and_reduce(&bytes, 64);
        });
        let per_token = elapsed.as_nanos() as f64 / (n as f64 * tokens as f64);
        println!("  {:<11} {:>7} {:>14.0}", paragraphs, tokens, per_token);
    }
}
