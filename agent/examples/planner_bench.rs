//! `cargo xtask bench planner`: the built-in planner's intent and slot accuracy per language on
//! the committed corpus, read as a signed-in demo customer; the held-out utterances (written
//! after the planner was last tuned) are scored again on their own.

use std::sync::Arc;

use showroom_agent::planner::corpus::{score, score_held_out, Corpus, Score};
use showroom_agent::tools::Tools;
use showroom_commerce::clock::Clock;
use showroom_commerce::{Commerce, Language, Viewer};
use showroom_demo_store::DemoStore;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "bench/planner/corpus.json".to_owned());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let corpus: Corpus = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let clock = Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC));
    let store = DemoStore::new(clock.clone());
    let customer = store.sign_in("deco", "").await.expect("a demo customer");
    let tools = Tools::new(
        Arc::new(store),
        Viewer::for_customer(Some(&customer), Language::new("en")),
        clock,
    );
    let started = std::time::Instant::now();
    let scores = score(&corpus, &tools).await;
    let elapsed = started.elapsed();
    println!(
        "planner corpus {path}: {} utterances",
        corpus.utterances.len()
    );
    table("all", &scores);
    table(
        "held out (written after the last tuning)",
        &score_held_out(&corpus, &tools).await,
    );
    println!(
        "read in {:.1} ms ({:.0} µs per utterance, products resolved on the demo store)",
        elapsed.as_secs_f64() * 1000.0,
        elapsed.as_secs_f64() * 1e6 / corpus.utterances.len().max(1) as f64
    );
    for s in &scores {
        for miss in &s.misses {
            println!("  miss [{}] {miss}", s.lang);
        }
    }
}

fn table(title: &str, scores: &[Score]) {
    println!("{title}:");
    println!(
        "{:<6}{:>12}{:>12}{:>18}",
        "lang", "utterances", "intent", "slots"
    );
    for s in scores {
        println!(
            "{:<6}{:>12}{:>11.1}%{:>11.1}% ({}/{})",
            s.lang,
            s.utterances,
            s.intent_accuracy() * 100.0,
            s.slot_accuracy() * 100.0,
            s.slots_right,
            s.slots
        );
    }
}
