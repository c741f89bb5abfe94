//! Any bytes, in any chunking, through the SSE decoder and the reducer: no panic, and the
//! thread state never depends on where the chunks were cut.
#![no_main]

use libfuzzer_sys::fuzz_target;
use showroom_protocol::{apply, Event, SseDecoder, Thread};

fn reduce(chunks: &[&[u8]]) -> Thread {
    let mut decoder = SseDecoder::new(64 * 1024);
    let mut thread = Thread::default();
    for chunk in chunks {
        for frame in decoder.push(chunk).into_iter().flatten() {
            if let Ok(event) = Event::from_json(&frame.data) {
                apply(&mut thread, &event);
                let _ = thread.to_messages();
            }
        }
    }
    thread
}

fuzz_target!(|data: &[u8]| {
    let whole = reduce(&[data]);
    // The first byte picks a second cut point, so chunking is fuzzed too.
    if let Some(&seed) = data.first() {
        let cut = (seed as usize * data.len()) / 256;
        let (a, b) = data.split_at(cut);
        assert_eq!(reduce(&[a, b]), whole, "state depends on chunking");
    }
});
