//! The protocol benchmark, one implementation for both sides: [`protocol_bench`] measures
//! decode + reduce throughput on recorded streams and the cost of one token as a message grows
//! (it must stay flat). The native runner (`main.rs`) and the wasm export
//! ([`protocol_bench_wasm`], run in Chromium) print the same table.
//!
//! Numbers only; nothing here asserts a time.

use std::hint::black_box;

use serde_json::{json, Value};
use showroom_protocol::events::{
    RunFinished, RunStarted, TextMessageContent, TextMessageEnd, TextMessageStart,
};
use showroom_protocol::{apply, sse, Event, SseDecoder, Thread};
use wasm_bindgen::prelude::wasm_bindgen;

const RECORDED: &[(&str, &[u8])] = &[
    (
        "compare.sse",
        include_bytes!("../../protocol/tests/streams/compare.sse"),
    ),
    (
        "mixed.sse",
        include_bytes!("../../protocol/tests/streams/mixed.sse"),
    ),
];

/// Decodes and reduces `bytes` in chunks of `chunk` bytes; returns the number of events.
pub fn decode_and_reduce(bytes: &[u8], chunk: usize) -> usize {
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

/// A message of `paragraphs` paragraphs streamed one word per TEXT_MESSAGE_CONTENT, as SSE.
pub fn message_stream(paragraphs: usize) -> (Vec<u8>, usize) {
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

/// Runs `f` until `budget_ms` have passed on `now` (milliseconds); returns (iterations, ms).
fn measure(now: &dyn Fn() -> f64, budget_ms: f64, mut f: impl FnMut()) -> (u64, f64) {
    let started = now();
    let mut iterations = 0;
    while now() - started < budget_ms {
        f();
        iterations += 1;
    }
    (iterations, now() - started)
}

/// The whole benchmark as JSON: `{ throughput: [...], perToken: [...] }`.
pub fn protocol_bench(now: &dyn Fn() -> f64, budget_ms: f64) -> Value {
    let mut throughput = Vec::new();
    for (name, bytes) in RECORDED {
        for chunk in [1usize, 64, 4096] {
            let mut events = 0;
            let (n, ms) = measure(now, budget_ms, || events = decode_and_reduce(bytes, chunk));
            let seconds = ms / 1000.0;
            throughput.push(json!({
                "stream": name,
                "chunk": chunk,
                "eventsPerSecond": (events as u64 * n) as f64 / seconds,
                "megabytesPerSecond": (bytes.len() as u64 * n) as f64 / seconds / 1e6,
            }));
        }
    }
    let mut per_token = Vec::new();
    for paragraphs in [1usize, 10, 50] {
        let (bytes, tokens) = message_stream(paragraphs);
        let (n, ms) = measure(now, budget_ms, || {
            decode_and_reduce(&bytes, 64);
        });
        per_token.push(json!({
            "paragraphs": paragraphs,
            "tokens": tokens,
            "nanosecondsPerToken": ms * 1e6 / (n as f64 * tokens as f64),
        }));
    }
    json!({ "throughput": throughput, "perToken": per_token })
}

/// Prints the benchmark's JSON as the table both runners show.
pub fn print_table(title: &str, result: &Value) {
    println!("{title}");
    println!("  decode + reduce, recorded streams:");
    println!(
        "    {:<14} {:>8} {:>14} {:>12}",
        "stream", "chunk", "events/s", "MB/s"
    );
    for row in result["throughput"].as_array().into_iter().flatten() {
        println!(
            "    {:<14} {:>8} {:>14.0} {:>12.1}",
            row["stream"].as_str().unwrap_or(""),
            row["chunk"].as_u64().unwrap_or(0),
            row["eventsPerSecond"].as_f64().unwrap_or(0.0),
            row["megabytesPerSecond"].as_f64().unwrap_or(0.0)
        );
    }
    println!("  per token, one message streamed word by word (64-byte chunks):");
    println!(
        "    {:<11} {:>7} {:>14}",
        "paragraphs", "tokens", "ns per token"
    );
    for row in result["perToken"].as_array().into_iter().flatten() {
        println!(
            "    {:<11} {:>7} {:>14.0}",
            row["paragraphs"].as_u64().unwrap_or(0),
            row["tokens"].as_u64().unwrap_or(0),
            row["nanosecondsPerToken"].as_f64().unwrap_or(0.0)
        );
    }
}

/// The benchmark in wasm, timed with the browser's clock; returns the JSON text.
#[wasm_bindgen]
pub fn protocol_bench_wasm(budget_ms: f64) -> String {
    let now = || js_sys::Date::now();
    protocol_bench(&now, budget_ms).to_string()
}
