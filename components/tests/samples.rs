//! The samples in `components/samples/` are the single source for the gallery, the browser
//! tests and the designers' docs. Each names its component and state; each renders through the
//! registry exactly as the browser would (schema check, then the component), and those that
//! show the error state render as the fallback.

use std::path::Path;

use serde_json::Value;
use showroom_components::i18n::Locale;
use showroom_components::kit::Cx;
use showroom_components::registry::{render, REGISTRY};

/// Every sample file: `(file name, sample)`.
fn samples() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut samples = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let sample: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        samples.push((
            path.file_name().unwrap().to_string_lossy().into_owned(),
            sample,
        ));
    }
    samples.sort_by(|a, b| a.0.cmp(&b.0));
    samples
}

fn cx(live: bool) -> Cx {
    Cx {
        locale: Locale::En,
        partial: false,
        live,
        read_at: String::new(),
        age_minutes: None,
        now_ms: 0.0,
    }
}

#[test]
fn every_sample_renders_as_its_state_says() {
    let samples = samples();
    assert!(!samples.is_empty());
    for (name, sample) in &samples {
        let activity_type = sample["activityType"].as_str().unwrap_or_default();
        let stem = name.trim_end_matches(".json");
        let (component, state) = stem.split_once('.').unwrap_or((stem, ""));
        assert_eq!(
            activity_type,
            format!("showroom.{component}"),
            "{name} should be named <component>.<state>.json after its type"
        );
        assert!(
            sample["title"].as_str().is_some_and(|t| !t.is_empty()),
            "{name} needs a title for the gallery"
        );
        let live = sample["readOnly"].as_bool() != Some(true);
        let rendered = render(activity_type, &sample["content"], cx(live));
        if state.starts_with("error") {
            assert!(rendered.is_err(), "{name} is an error state but renders");
        } else {
            let element = rendered.unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(
                !element.text_content().trim().is_empty(),
                "{name} shows nothing"
            );
        }
    }
}

#[test]
fn every_component_has_a_sample_for_each_state() {
    let samples = samples();
    for component in &REGISTRY {
        let name = component.activity_type.trim_start_matches("showroom.");
        // Approvals and tickets show no prices, so they have no stale state.
        let priced = !matches!(name, "approval_card" | "ticket_card");
        let states = ["complete", "partial", "error", "stale", "read_only"];
        for state in states.into_iter().filter(|s| priced || *s != "stale") {
            assert!(
                samples
                    .iter()
                    .any(|(file, _)| file.starts_with(&format!("{name}.{state}"))),
                "{name} has no sample for the {state} state ({name}.{state}.json)"
            );
        }
    }
}

#[test]
fn read_only_components_offer_no_action() {
    for (name, sample) in samples() {
        let activity_type = sample["activityType"].as_str().unwrap_or_default();
        let Ok(live) = render(activity_type, &sample["content"], cx(true)) else {
            continue;
        };
        let read_only = render(activity_type, &sample["content"], cx(false)).unwrap();
        let mut controls = Vec::new();
        read_only.find_all(&|e| e.get("data-action").is_some(), &mut controls);
        assert!(controls.is_empty(), "{name} has actions when read-only");
        // Whatever is live shows the same data (the texts of cells, prices, stock).
        assert!(live.text_content().contains(
            read_only
                .text_content()
                .split_whitespace()
                .next()
                .unwrap_or("")
        ));
    }
}

/// The gallery's list is made from the directory at build time: a new sample file is in the
/// gallery (and, by the browser test, in its screenshots) without another edit.
#[test]
fn the_gallery_shows_every_sample_file() {
    let files: Vec<String> = samples().into_iter().map(|(name, _)| name).collect();
    let gallery: Vec<String> = showroom_components::samples::SAMPLES
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .collect();
    assert_eq!(gallery, files);
}
