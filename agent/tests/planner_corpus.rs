//! The built-in planner against its committed corpus (`bench/planner/corpus.json`): at least 220
//! utterances per language, and its accuracy does not fall below what it reached (the figures
//! themselves are printed by `cargo xtask bench planner`).

use std::sync::Arc;

use showroom_agent::planner::corpus::{score, Corpus};
use showroom_agent::tools::Tools;
use showroom_commerce::clock::Clock;
use showroom_commerce::{Commerce, Language, Viewer};
use showroom_demo_store::DemoStore;

#[tokio::test]
async fn the_planner_understands_its_corpus_in_three_languages() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../bench/planner/corpus.json");
    let corpus: Corpus = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let clock = Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC));
    let store = DemoStore::new(clock.clone());
    let customer = store.sign_in("deco", "").await.unwrap();
    let tools = Tools::new(
        Arc::new(store),
        Viewer::for_customer(Some(&customer), Language::new("en")),
        clock,
    );
    let scores = score(&corpus, &tools).await;
    let langs: Vec<&str> = scores.iter().map(|s| s.lang.as_str()).collect();
    assert_eq!(langs, ["en", "nl", "de"]);
    for s in &scores {
        assert!(
            s.utterances >= 220,
            "{}: {} utterances",
            s.lang,
            s.utterances
        );
        assert!(
            s.intent_accuracy() >= 0.95 && s.slot_accuracy() >= 0.95,
            "{}: intent {:.3}, slots {:.3}\n{}",
            s.lang,
            s.intent_accuracy(),
            s.slot_accuracy(),
            s.misses.join("\n")
        );
    }
}
