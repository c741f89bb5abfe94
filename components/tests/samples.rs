//! Every sample in `components/samples/` is a valid payload of its type: the gallery, the
//! browser tests and the designers' docs can rely on them.

use std::path::Path;

use serde_json::Value;
use showroom_protocol::payload::{Envelope, Payload, PayloadError, ProductComparator};

/// Validates `content` as the payload its activity type names.
fn validate(activity_type: &str, content: &Value) -> Result<(), PayloadError> {
    match activity_type {
        ProductComparator::ACTIVITY_TYPE => {
            Envelope::<ProductComparator>::parse(content).map(|_| ())
        }
        other => Err(PayloadError::UnknownType(other.to_owned())),
    }
}

#[test]
fn every_sample_is_a_valid_payload_of_its_type() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let sample: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let activity_type = sample["activityType"].as_str().unwrap_or_default();
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(
            name.starts_with(activity_type.trim_start_matches("showroom.")),
            "{name} should be named after its type {activity_type}"
        );
        validate(activity_type, &sample["content"]).unwrap_or_else(|e| panic!("{name}: {e}"));
        count += 1;
    }
    assert!(count > 0, "no samples in {}", dir.display());
}
