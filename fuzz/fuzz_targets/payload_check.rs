//! Any JSON as an activity's content, checked against every component's exported schema: no
//! panic, and what a payload type accepts the browser's check accepts. The properties live
//! beside the check (`showroom_protocol::payload::check::properties`), where a test replays
//! this target's seeds too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| showroom_protocol::payload::check::properties::hold(data));
