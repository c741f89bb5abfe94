//! The components' own schemas (components/schemas/), which the browser checks before it
//! renders a payload.

use showroom_protocol::payload::check::check;
use showroom_protocol::payload::{Envelope, Payload};

/// Panics, naming `what`, when the browser would refuse `envelope`.
#[allow(dead_code)] // not every test file checks payloads
pub fn passes<T: Payload>(envelope: &Envelope<T>, what: &str) {
    let path = format!(
        "{}/../components/schemas/{}.v{}.json",
        env!("CARGO_MANIFEST_DIR"),
        T::ACTIVITY_TYPE,
        T::VERSION
    );
    let schema = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    if let Err(error) = check(&schema, &envelope.to_value(), false) {
        panic!("{what}: {} refused: {error}", T::ACTIVITY_TYPE);
    }
}
