//! Any JSON `[document, [operation, …]]` through our JSON Patch: no panic, and what RFC 6902
//! says of each operation holds. The properties live beside the patch code
//! (`showroom_protocol::patch::properties`), where a test replays this target's seeds too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| showroom_protocol::patch::properties::hold(data));
