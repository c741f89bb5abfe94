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

/// The slots expected, by name as the corpus writes them (`products`, `quantity`, `reference`,
/// `date`, `maxPrice`, `minPrice`, `superlative`, `inStockOnly`, `partOfDay`, `lines`,
/// `attribute`, `attributeValue`, `category`, `invoiceStatus`); one not given is not scored, and
/// one the reading does not fill counts as wrong.
pub type Slots = serde_json::Map<String, serde_json::Value>;

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
    /// Per slot kind, in the order first met: how many were expected, right, and left empty.
    pub slot_kinds: Vec<SlotKind>,
}

/// How one slot kind scored: counts only, so that a held-out part can say where it fails
/// without saying what was said.
#[derive(Debug, Default, Clone)]
pub struct SlotKind {
    pub name: String,
    pub expected: usize,
    pub right: usize,
    /// Expected but not read at all (`null`), rather than read wrong.
    pub empty: usize,
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

/// True when the reading's slot is the one expected; amounts and quantities compare as numbers
/// (`300` is `300.00`), words without regard to case.
fn same_slot(name: &str, got: &serde_json::Value, expected: &serde_json::Value) -> bool {
    use serde_json::Value;
    let decimal = |v: &Value| {
        v.as_str()
            .and_then(showroom_commerce::money::parse)
            .map(|d| d.normalize())
    };
    match (name, got, expected) {
        ("maxPrice" | "minPrice" | "quantity", _, _) => {
            decimal(got).is_some() && decimal(got) == decimal(expected)
        }
        (_, Value::String(g), Value::String(e)) => g.eq_ignore_ascii_case(e),
        _ => got == expected,
    }
}

/// The reading with its products named as `tools`' viewer reads them (English, as the corpus
/// names products).
async fn in_english(
    mut reading: super::reading::Reading,
    tools: &Tools,
) -> super::reading::Reading {
    let ids: Vec<u64> = reading.products.iter().map(|p| p.id).collect();
    if let Ok(products) = tools.products(&ids).await {
        let name = |id: u64| products.iter().find(|p| p.id == id).map(|p| p.name.clone());
        for hit in reading
            .products
            .iter_mut()
            .chain(reading.lines.iter_mut().map(|(h, _)| h))
        {
            if let Some(english) = name(hit.id) {
                hit.name = english;
            }
        }
    }
    reading
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
        // Read as a viewer of the utterance's language would be; products are then named as the
        // corpus names them, in English.
        let theirs = tools.in_language(&u.lang);
        let reading = match read_on(&u.text, &theirs, today).await {
            Ok(reading) => in_english(reading, tools).await,
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
        for (name, expected) in &u.slots {
            score.slots += 1;
            let got = reading.slot(name);
            let kind = match score.slot_kinds.iter().position(|k| k.name == *name) {
                Some(i) => &mut score.slot_kinds[i],
                None => {
                    score.slot_kinds.push(SlotKind {
                        name: name.clone(),
                        ..SlotKind::default()
                    });
                    score.slot_kinds.last_mut().expect("just pushed")
                }
            };
            kind.expected += 1;
            let empty = got.is_null() || got.as_array().is_some_and(Vec::is_empty);
            kind.empty += usize::from(empty);
            if same_slot(name, &got, expected) {
                kind.right += 1;
                score.slots_right += 1;
            } else {
                score
                    .misses
                    .push(format!("{:?}: {name} {got}, expected {expected}", u.text));
            }
        }
    }
    scores
}
