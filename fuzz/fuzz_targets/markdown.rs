//! Any text through the app's markdown parser: no panic, nothing outside the allowed elements,
//! attributes and URLs, and streaming in two pieces shows what a full parse shows. The
//! properties live beside the parser (`showroom::markdown::properties`), where a test replays
//! this target's seeds through them too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| showroom::markdown::properties::hold(data));
