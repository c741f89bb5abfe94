//! `cargo xtask bench planner`: the built-in planner's intent and slot accuracy per language on
//! the committed corpus (`bench/planner/corpus.json`, the part its authors tuned for) and on the
//! held-out part (`bench/planner/held_out.json`, written by others before any tuning and never
//! edited to fit), read as a signed-in demo customer, with the time per utterance. Only the
//! tuned part's misses are printed one by one; the held-out part shows which intents were
//! mistaken for which, so that nobody tunes the planner to its sentences.

use std::sync::Arc;

use showroom_agent::planner::corpus::{score, Corpus, Score};
use showroom_agent::tools::Tools;
use showroom_commerce::clock::Clock;
use showroom_commerce::{Commerce, Language, Viewer};
use showroom_demo_store::DemoStore;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let tuned = args
        .next()
        .unwrap_or_else(|| "bench/planner/corpus.json".to_owned());
    let held_out = args
        .next()
        .unwrap_or_else(|| "bench/planner/held_out.json".to_owned());
    let clock = Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC));
    let store = DemoStore::new(clock.clone());
    let customer = store.sign_in("deco", "").await.expect("a demo customer");
    let tools = Tools::new(
        Arc::new(store),
        Viewer::for_customer(Some(&customer), Language::new("en")),
        clock,
    );
    let tuned_corpus = load(&tuned);
    let (scores, per_utterance) = timed(&tuned_corpus, &tools).await;
    println!(
        "tuned part, {tuned}: {} utterances",
        tuned_corpus.utterances.len()
    );
    table(&scores, per_utterance);
    let held_out_corpus = load(&held_out);
    let (held, per_utterance) = timed(&held_out_corpus, &tools).await;
    println!(
        "held-out part, {held_out}: {} utterances",
        held_out_corpus.utterances.len()
    );
    table(&held, per_utterance);
    for s in &scores {
        for miss in &s.misses {
            println!("  miss [{}] {miss}", s.lang);
        }
    }
    println!("held-out intents mistaken (expected -> read: count):");
    let mut confusions: Vec<(String, usize)> = Vec::new();
    for s in &held {
        for miss in &s.misses {
            if let Some((_, what)) = miss.rsplit_once(": intent ") {
                let (got, expected) = what.split_once(", expected ").unwrap_or((what, "?"));
                let key = format!("{expected} -> {got}");
                match confusions.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, n)) => *n += 1,
                    None => confusions.push((key, 1)),
                }
            }
        }
    }
    confusions.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (key, n) in confusions {
        println!("  {key}: {n}");
    }
    println!("held-out slots by kind (right/expected, of the wrong ones left empty):");
    for s in &held {
        let kinds: Vec<String> = (s.slot_kinds.iter())
            .map(|k| {
                let wrong = k.expected - k.right;
                format!(
                    "{} {}/{} ({wrong} wrong, {} empty)",
                    k.name,
                    k.right,
                    k.expected,
                    k.empty.min(wrong)
                )
            })
            .collect();
        println!("  [{}] {}", s.lang, kinds.join("; "));
    }
}

fn load(path: &str) -> Corpus {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The scores, and the mean time to read one utterance (products resolved on the demo store).
async fn timed(corpus: &Corpus, tools: &Tools) -> (Vec<Score>, std::time::Duration) {
    let started = std::time::Instant::now();
    let scores = score(corpus, tools).await;
    let per = started.elapsed() / corpus.utterances.len().max(1) as u32;
    (scores, per)
}

fn table(scores: &[Score], per_utterance: std::time::Duration) {
    println!(
        "{:<6}{:>12}{:>12}{:>22}",
        "lang", "utterances", "intent", "slots"
    );
    for s in scores {
        println!(
            "{:<6}{:>12}{:>11.1}%{:>11.1}% ({:>3}/{:>3})",
            s.lang,
            s.utterances,
            s.intent_accuracy() * 100.0,
            s.slot_accuracy() * 100.0,
            s.slots_right,
            s.slots
        );
    }
    println!(
        "read in {:.0} µs per utterance",
        per_utterance.as_secs_f64() * 1e6
    );
}
