//! The planner's vocabulary of things rather than of intents, kept as data, one file per language
//! (`lexicon/en.json`, `nl.json`, `de.json`, compiled in and parsed once): the shop's
//! categories and the words that name each, words for products the catalogue names otherwise
//! ("couch" for the sofa), attribute values ("zwart" is black), parts of the day and invoice
//! states. A word does not say its language, so the three are read as one.

use std::sync::LazyLock;

use serde::Deserialize;

use super::slots::words_of;
use showroom_commerce::matching::edit_distance;

const SOURCES: [&str; 3] = [
    include_str!("lexicon/en.json"),
    include_str!("lexicon/nl.json"),
    include_str!("lexicon/de.json"),
];

/// One language's file as written.
#[derive(Deserialize)]
struct Source {
    categories: Vec<CategorySource>,
    synonyms: std::collections::BTreeMap<String, String>,
    #[serde(rename = "attributeValues")]
    attribute_values:
        std::collections::BTreeMap<String, std::collections::BTreeMap<String, Vec<String>>>,
    #[serde(rename = "partsOfDay")]
    parts_of_day: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(rename = "invoiceStates")]
    invoice_states: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct CategorySource {
    name: String,
    search: Vec<String>,
    names: Vec<String>,
    words: Vec<String>,
}

/// A category of the shop, as one language names it.
#[derive(Debug, PartialEq)]
pub struct Category {
    /// The shop's (English) name: `Chairs`, `Lighting`.
    pub name: &'static str,
    /// Words to search the catalogue with for the whole category, in this language.
    pub search: Vec<String>,
    /// Words that name the category itself ("lighting", "Zubehör"): alone they are no product.
    pub names: Vec<Vec<String>>,
}

/// A phrase (its words) and what it says.
type Entry<T> = (Vec<String>, T);

/// The three languages' files, read as one.
struct Lexicon {
    categories: Vec<Category>,
    /// Words naming a category, each with the index of its category.
    category_words: Vec<Entry<usize>>,
    synonyms: Vec<(String, Vec<String>)>,
    /// Attribute values: the phrase, and (attribute key, English value).
    values: Vec<Entry<(&'static str, &'static str)>>,
    parts_of_day: Vec<Entry<&'static str>>,
    invoice_states: Vec<Entry<&'static str>>,
}

/// Leaks a string read once at start-up, so that what the lexicon says is `&'static`.
fn forever(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lexicon = Lexicon {
        categories: Vec::new(),
        category_words: Vec::new(),
        synonyms: Vec::new(),
        values: Vec::new(),
        parts_of_day: Vec::new(),
        invoice_states: Vec::new(),
    };
    for text in SOURCES {
        let source: Source = serde_json::from_str(text).expect("a lexicon file is valid JSON");
        for category in source.categories {
            let index = lexicon.categories.len();
            let name = forever(category.name);
            for phrase in category.words.iter().chain(&category.names) {
                lexicon.category_words.push((words_of(phrase), index));
            }
            lexicon.categories.push(Category {
                name,
                search: category.search,
                names: category.names.iter().map(|n| words_of(n)).collect(),
            });
        }
        for (word, means) in source.synonyms {
            lexicon.synonyms.push((word, words_of(&means)));
        }
        for (attribute, values) in source.attribute_values {
            let attribute = forever(attribute);
            for (value, phrases) in values {
                let value = forever(value);
                for phrase in phrases {
                    lexicon.values.push((words_of(&phrase), (attribute, value)));
                }
            }
        }
        for (part, phrases) in source.parts_of_day {
            let part = forever(part);
            (lexicon.parts_of_day).extend(phrases.iter().map(|p| (words_of(p), part)));
        }
        for (state, phrases) in source.invoice_states {
            let state = forever(state);
            (lexicon.invoice_states).extend(phrases.iter().map(|p| (words_of(p), state)));
        }
    }
    lexicon
});

/// How a phrase of a list may be said.
#[derive(Clone, Copy)]
struct Reading {
    /// A Dutch or German compound ending in it names it too ("bureaustoelen", "Freitagvormittag").
    compounds: bool,
    /// One typo in a word of seven letters or more ("afternon").
    typos: bool,
}

/// A phrase found: where it starts, how many words and letters it has, and what it says.
#[derive(Clone, Copy)]
struct Hit<T> {
    start: usize,
    words: usize,
    letters: usize,
    says: T,
}

/// Every phrase of `entries` said in `words`.
fn found<T: Copy>(words: &[String], entries: &[Entry<T>], how: Reading) -> Vec<Hit<T>> {
    let mut hits = Vec::new();
    for (phrase, says) in entries {
        let Some(last) = phrase.last() else { continue };
        let n = phrase.len();
        for start in 0..words.len().saturating_sub(n - 1) {
            let said = &words[start..start + n];
            let word = &said[n - 1];
            let hit = said[..n - 1] == phrase[..n - 1]
                && (word == last
                    || (how.compounds
                        && last.chars().count() >= 4
                        && word.ends_with(last.as_str()))
                    || (how.typos && typo(word, last)));
            if hit {
                hits.push(Hit {
                    start,
                    words: n,
                    letters: phrase.iter().map(|w| w.chars().count()).sum(),
                    says: *says,
                });
            }
        }
    }
    hits
}

/// One edit apart, both of seven letters or more (shorter ones are too often other words:
/// "morgen" is not "morgens"), the first letter the same.
fn typo(word: &str, known: &str) -> bool {
    // Cheap tests first: this runs for every word against every phrase of a list.
    if word.as_bytes().first() != known.as_bytes().first() || word.len().abs_diff(known.len()) > 2 {
        return false;
    }
    let (a, b) = (word.chars().count(), known.chars().count());
    a >= 7
        && b >= 7
        && a.abs_diff(b) <= 1
        && word.chars().next() == known.chars().next()
        && edit_distance(word, known) <= 1
}

/// The longest phrase said (on a tie, the first said); a phrase said exactly beats a typo.
fn longest<T: Copy>(words: &[String], entries: &[Entry<T>], compounds: bool) -> Option<T> {
    let exact = found(
        words,
        entries,
        Reading {
            compounds,
            typos: false,
        },
    );
    let hits = match exact.is_empty() {
        true => found(
            words,
            entries,
            Reading {
                compounds,
                typos: true,
            },
        ),
        false => exact,
    };
    hits.into_iter()
        .max_by(|a, b| a.letters.cmp(&b.letters).then(b.start.cmp(&a.start)))
        .map(|hit| hit.says)
}

/// Greetings that hold a part of the day: "good afternoon" asks for no afternoon.
fn greeting(words: &[String], i: usize) -> bool {
    let word = words[i].as_str();
    ["goedemorgen", "goedemiddag", "goedenavond", "goedenmorgen"].contains(&word)
        || (i > 0
            && ["good", "guten", "goede", "goeden", "schönen"].contains(&words[i - 1].as_str()))
}

/// The part of the day `text` asks for, by name: `morning`, `afternoon`, `evening`.
pub fn part_of_day(text: &str) -> Option<&'static str> {
    let mut words = words_of(text);
    for i in 0..words.len() {
        if greeting(&words, i) {
            words[i].clear();
        }
    }
    longest(&words, &LEXICON.parts_of_day, true)
}

/// The invoices `text` asks about, by state: `paid`, `open`, `overdue` (the latest of those
/// said wins a tie; "not paid" is open).
pub fn invoice_state(text: &str) -> Option<&'static str> {
    let words = words_of(text);
    let hits = found(
        &words,
        &LEXICON.invoice_states,
        Reading {
            compounds: false,
            typos: true,
        },
    );
    // Overdue says more than open, and open more than paid ("unpaid" holds "paid").
    let rank = |state: &str| ["paid", "open", "overdue"].iter().position(|s| *s == state);
    hits.into_iter()
        .max_by_key(|hit| (rank(hit.says), hit.letters))
        .map(|hit| hit.says)
}

/// An attribute value `text` names ("in black", "zwarte", "aus Holz"), as (attribute key,
/// English value): ("colour", "black").
pub fn attribute_value(text: &str) -> Option<(&'static str, &'static str)> {
    longest(&words_of(text), &LEXICON.values, false)
}

/// The shop's category `text` names ("lamps", "bureaustoelen", "Zubehör"): the head of what is
/// asked for, not what it is for ("a lamp for my desk" is lighting).
pub fn category(text: &str) -> Option<&'static Category> {
    let words = words_of(text);
    // What comes after "for" is what the product serves, not what it is.
    const FOR: &[&str] = &[
        "for", "voor", "für", "fuer", "bij", "zum", "zur", "naast", "neben",
    ];
    let cut = words.iter().position(|w| FOR.contains(&w.as_str()));
    let lexicon = &*LEXICON;
    let pick = |words: &[String]| {
        let mut hits = found(
            words,
            &lexicon.category_words,
            Reading {
                compounds: true,
                typos: false,
            },
        );
        if hits.is_empty() {
            hits = found(
                words,
                &lexicon.category_words,
                Reading {
                    compounds: false,
                    typos: true,
                },
            );
        }
        // The longest phrase at a place ("side table" over "table"); of a run of nouns the last
        // ("desk lamps" are lamps).
        hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.letters.cmp(&a.letters)));
        let mut best: Option<Hit<usize>> = None;
        for hit in hits {
            best = match best {
                None => Some(hit),
                // Inside the phrase already found.
                Some(b) if hit.start < b.start + b.words => Some(b),
                // Right after it: the run goes on.
                Some(b) if hit.start == b.start + b.words => Some(hit),
                Some(b) => Some(b),
            };
        }
        best.map(|hit| &lexicon.categories[hit.says])
    };
    match cut {
        Some(cut) => pick(&words[..cut]).or_else(|| pick(&words[cut..])),
        None => pick(&words),
    }
}

/// True when `words` only name `category` itself ("lighting", "accessoires"): no product's name
/// to search for.
pub fn only_names(words: &str, category: &Category) -> bool {
    let said = words_of(words);
    !said.is_empty()
        && said.iter().all(|w| {
            category
                .names
                .iter()
                .any(|name| name.iter().any(|n| n == w))
        })
}

/// `words` with the catalogue's word for each word it names otherwise ("couch" → "sofa").
pub fn with_synonyms(words: &str) -> String {
    let lexicon = &*LEXICON;
    let mut out: Vec<String> = Vec::new();
    for word in words.split_whitespace() {
        match lexicon.synonyms.iter().find(|(w, _)| w == word) {
            Some((_, means)) => out.extend(means.iter().cloned()),
            None => out.push(word.to_owned()),
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_the_day_in_three_languages() {
        for (text, part) in [
            ("tomorrow afternoon", Some("afternoon")),
            ("can I come by monday morning", Some("morning")),
            ("kan ik morgenmiddag langskomen", Some("afternoon")),
            ("volgende week woensdag in de ochtend", Some("morning")),
            ("dinsdagavond", Some("evening")),
            ("am Freitag vormittag", Some("morning")),
            ("Freitagnachmittag", Some("afternoon")),
            ("morgen früh", Some("morning")),
            ("heute Abend", Some("evening")),
            ("goedemiddag, kan ik morgen langskomen", None),
            ("good morning, a visit on friday", None),
            ("Guten Morgen, einen Termin bitte", None),
            ("morgen", None),
        ] {
            assert_eq!(part_of_day(text), part, "{text}");
        }
    }

    #[test]
    fn invoice_states_in_three_languages() {
        for (text, state) in [
            ("which invoices are unpaid", Some("open")),
            ("show my paid invoices", Some("paid")),
            ("any overdue invoices?", Some("overdue")),
            ("welke facturen zijn nog niet betaald", Some("open")),
            ("openstaande facturen", Some("open")),
            ("achterstallige facturen", Some("overdue")),
            ("unbezahlte Rechnungen", Some("open")),
            ("bezahlte Rechnungen", Some("paid")),
            ("überfällige Rechnungen", Some("overdue")),
            ("my invoices", None),
        ] {
            assert_eq!(invoice_state(text), state, "{text}");
        }
    }

    #[test]
    fn categories_are_the_head_of_what_is_asked() {
        let category = |text: &str| category(text).map(|c| c.name);
        for (text, name) in [
            ("show me your chairs", Some("Chairs")),
            ("desk lamps under 100", Some("Lighting")),
            ("a lamp for my desk", Some("Lighting")),
            ("bureaustoelen onder 300", Some("Chairs")),
            ("Bürostühle unter 300 Euro", Some("Chairs")),
            ("side tables", Some("Lounge")),
            ("Beistelltische", Some("Lounge")),
            ("verlichting", Some("Lighting")),
            ("welches Zubehör habt ihr", Some("Accessories")),
            ("hello", None),
        ] {
            assert_eq!(category(text), name, "{text}");
        }
    }

    #[test]
    fn attribute_values_are_read_in_english() {
        assert_eq!(
            attribute_value("do you have it in black"),
            Some(("colour", "black"))
        );
        assert_eq!(
            attribute_value("heb je die ook in het zwart"),
            Some(("colour", "black"))
        );
        assert_eq!(
            attribute_value("gibt es den auch in Weiß"),
            Some(("colour", "white"))
        );
        assert_eq!(
            attribute_value("een houten bureau"),
            Some(("material", "wood"))
        );
        assert_eq!(attribute_value("how much is it"), None);
    }

    #[test]
    fn synonyms_name_the_catalogue_word() {
        assert_eq!(with_synonyms("grey couch"), "grey sofa");
        assert_eq!(with_synonyms("mülleimer"), "treteimer");
    }
}
