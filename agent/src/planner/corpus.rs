//! Scoring the built-in planner against a corpus of utterances with the intent and slots
//! expected (`bench/planner/corpus.json`): `cargo xtask bench planner` prints the figures, and a
//! test keeps them from falling.

use serde::Deserialize;

use super::reading::read_on;
use crate::tools::Tools;

#[derive(Debug, Deserialize)]
pub struct Corpus {
    /// The day the utterances are said on (dates in them are relative to it).
    pub today: String,
    pub utterances: Vec<Utterance>,
}

#[derive(Debug, Deserialize)]
pub struct Utterance {
    pub lang: String,
    pub text: String,
    pub intent: String,
    #[serde(default)]
    pub slots: Slots,
    /// Written after the planner was last tuned: an honest check of what it has not seen.
    #[serde(default, rename = "heldOut")]
    pub held_out: bool,
}

/// The slots expected; one not given is not scored.
#[derive(Debug, Default, Deserialize)]
pub struct Slots {
    pub products: Option<Vec<String>>,
    pub quantity: Option<String>,
    pub reference: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
}

/// How one language scored.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub lang: String,
    pub utterances: usize,
    pub intents_right: usize,
    pub slots: usize,
    pub slots_right: usize,
    /// What went wrong, one line each.
    pub misses: Vec<String>,
}

impl Score {
    pub fn intent_accuracy(&self) -> f64 {
        self.intents_right as f64 / self.utterances.max(1) as f64
    }

    pub fn slot_accuracy(&self) -> f64 {
        self.slots_right as f64 / self.slots.max(1) as f64
    }
}

/// Reads every utterance as `tools`' viewer and scores it, per language in corpus order.
pub async fn score(corpus: &Corpus, tools: &Tools) -> Vec<Score> {
    score_these(corpus.utterances.iter(), tools, today(corpus)).await
}

fn today(corpus: &Corpus) -> time::Date {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(&corpus.today, &format).expect("the corpus's today is YYYY-MM-DD")
}

/// The same, for the held-out utterances only.
pub async fn score_held_out(corpus: &Corpus, tools: &Tools) -> Vec<Score> {
    score_these(
        corpus.utterances.iter().filter(|u| u.held_out),
        tools,
        today(corpus),
    )
    .await
}

async fn score_these<'a>(
    utterances: impl Iterator<Item = &'a Utterance>,
    tools: &Tools,
    today: time::Date,
) -> Vec<Score> {
    let mut scores: Vec<Score> = Vec::new();
    for u in utterances {
        let index = match scores.iter().position(|s| s.lang == u.lang) {
            Some(i) => i,
            None => {
                scores.push(Score {
                    lang: u.lang.clone(),
                    ..Score::default()
                });
                scores.len() - 1
            }
        };
        let score = &mut scores[index];
        score.utterances += 1;
        let reading = match read_on(&u.text, tools, today).await {
            Ok(reading) => reading,
            Err(error) => {
                score.misses.push(format!("{:?}: {error}", u.text));
                continue;
            }
        };
        let intent = reading.intent.name();
        if intent == u.intent {
            score.intents_right += 1;
        } else {
            score.misses.push(format!(
                "{:?}: intent {intent}, expected {}",
                u.text, u.intent
            ));
        }
        let mut check = |name: &str, right: bool, got: String| {
            score.slots += 1;
            if right {
                score.slots_right += 1;
            } else {
                score.misses.push(format!("{:?}: {name} {got}", u.text));
            }
        };
        if let Some(products) = &u.slots.products {
            let names: Vec<&str> = reading.products.iter().map(|p| p.name.as_str()).collect();
            check(
                "products",
                names == *products,
                format!("{names:?}, expected {products:?}"),
            );
        }
        if let Some(quantity) = &u.slots.quantity {
            let got = reading.quantity.clone().unwrap_or_default();
            check(
                "quantity",
                got == *quantity,
                format!("{got:?}, expected {quantity:?}"),
            );
        }
        if let Some(date) = &u.slots.date {
            let got = reading.date.map(|d| d.to_string()).unwrap_or_default();
            check("date", got == *date, format!("{got:?}, expected {date:?}"));
        }
        if let Some(reference) = &u.slots.reference {
            let got = reading.reference.clone().unwrap_or_default();
            check(
                "reference",
                got == *reference,
                format!("{got:?}, expected {reference:?}"),
            );
        }
    }
    scores
}
