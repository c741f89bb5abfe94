//! Fuzzy matching of what people type against product names: typos, plurals, word order, and
//! word forms (Snowball stemming for English, Dutch and German, from `rust-stemmers`: "grote
//! bureaus" names "Groot bureau", "Schränke" a "Schrank").

use rust_stemmers::{Algorithm, Stemmer};

/// A word's stems in each of the catalogue's languages (a word does not say its language).
type Stems = [String; 3];

fn stems(word: &str) -> Stems {
    [Algorithm::English, Algorithm::Dutch, Algorithm::German]
        .map(|algorithm| Stemmer::create(algorithm).stem(word).into_owned())
}

/// How well two words match by their stems in one of the languages: 0.9 for the same stem, 0.6
/// when one ends in the other, 0.5 when one begins with the other (a compound: "Schreibtische" names an "Eckschreibtisch"); stems of
/// four letters or more.
fn stem_match(a: &Stems, b: &Stems) -> Option<f64> {
    let long_enough = |s: &str| s.chars().count() >= 4;
    a.iter()
        .zip(b)
        .filter_map(|(a, b)| {
            if a == b && long_enough(a) {
                Some(0.9)
            } else if (b.starts_with(a.as_str()) && long_enough(a))
                || (a.starts_with(b.as_str()) && long_enough(b) && a.len() - b.len() <= 2)
            {
                // A compound that begins with it: "Schreibtische" names a
                // "Schreibtischkombination". Weaker than one that ends with it: a Dutch or
                // German compound is a kind of its last part ("bureaus" are desks, a
                // "Bureaustoel" is a chair).
                Some(0.5)
            } else if (b.ends_with(a.as_str()) && long_enough(a))
                || (a.ends_with(b.as_str()) && long_enough(b))
            {
                Some(0.6)
            } else {
                None
            }
        })
        .max_by(f64::total_cmp)
}

/// Words that never name a product.
const STOPWORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "of",
    "to",
    "with",
    "for",
    "me",
    "please",
    "show",
    "compare",
    "between",
    "de",
    "het",
    "een",
    "en",
    "van",
    "met",
    "voor",
    "mij",
    "graag",
    "vergelijk",
    "toon",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "ein",
    "eine",
    "einen",
    "und",
    "mit",
    "für",
    "mir",
    "bitte",
    "vergleiche",
    "zeige",
    "zeig",
];

/// Lower-case words of a text, punctuation removed, stop words dropped, German letters written
/// as a phone without them writes them ("große" and "grosse", "Fußstütze" and "Fussstütze"
/// are one word; names and queries alike).
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .map(|w| fold(&w))
        .collect()
}

/// `ß` as `ss` and the umlauts as their plain vowels: "ue" for "ü" is then one typo away.
fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_owned();
    }
    let mut folded = String::with_capacity(word.len() + 1);
    for c in word.chars() {
        match c {
            'ß' => folded.push_str("ss"),
            'ä' => folded.push('a'),
            'ö' => folded.push('o'),
            'ü' => folded.push('u'),
            c => folded.push(c),
        }
    }
    folded
}

/// The `limit` items whose names `query` matches best, best first (on a tie, the shorter name:
/// the query covers more of it). Every store ranks its candidates with this.
pub fn best<'a, T>(
    query: &[String],
    candidates: impl IntoIterator<Item = T>,
    name: impl Fn(&T) -> &'a str,
    limit: usize,
) -> Vec<T> {
    let named = candidates.into_iter().map(|c| (Name::new(name(&c)), c));
    rank(query, named, limit)
}

/// A name split into its words once, to be ranked against many queries.
#[derive(Debug)]
pub struct Name {
    words: Vec<String>,
    stems: Vec<Stems>,
    len: usize,
}

impl Name {
    pub fn new(name: &str) -> Name {
        let words = words(name);
        Name {
            stems: words.iter().map(|w| stems(w)).collect(),
            words,
            len: name.len(),
        }
    }
}

/// [`best`] for names already split: each item with its name.
///
/// A name every query word matches ranks first. When no name is matched by them all, people
/// have put other words around a name ("hey how much is the office chair actually"): names
/// matched by at least half of the query's words rank instead, by how many and how well.
pub fn rank<N: std::borrow::Borrow<Name>, T>(
    query: &[String],
    named: impl IntoIterator<Item = (N, T)>,
    limit: usize,
) -> Vec<T> {
    let (names, items): (Vec<N>, Vec<T>) = named.into_iter().unzip();
    let names: Vec<&Name> = names.iter().map(|name| name.borrow()).collect();
    let words: Vec<Query> = query
        .iter()
        .map(|q| Query {
            word: q,
            stems: stems(q),
            known: std::cell::OnceCell::new(),
        })
        .collect();
    let query = Queried {
        words: &words,
        names: &names,
    };
    let mut strict: Vec<(f64, usize, usize)> = Vec::new();
    let mut loose: Vec<(f64, usize, usize)> = Vec::new();
    for (i, name) in names.iter().enumerate() {
        match score_words(&query, name) {
            Some(Score::All(s)) => strict.push((s, name.len, i)),
            Some(Score::Some(s)) if strict.is_empty() => loose.push((s, name.len, i)),
            _ => {}
        }
    }
    let mut ranked = if strict.is_empty() { loose } else { strict };
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.truncate(limit);
    let mut items: Vec<Option<T>> = items.into_iter().map(Some).collect();
    ranked
        .into_iter()
        .filter_map(|(_, _, i)| items[i].take())
        .collect()
}

/// A query's words, and the names they are ranked against (to tell a word the catalogue uses
/// from a typo, once, when a typo is in question).
struct Queried<'a> {
    words: &'a [Query<'a>],
    names: &'a [&'a Name],
}

impl Queried<'_> {
    /// True when a typo may be read into `q`: it is no word the catalogue itself uses (a name's
    /// word, its stem, a compound's end). "Stuhl" is no typo of "Stahl".
    fn typos(&self, q: &Query) -> bool {
        !*q.known.get_or_init(|| {
            self.names.iter().any(|name| {
                (name.words.iter().zip(&name.stems)).any(|(w, w_stems)| {
                    w == q.word
                        || (q.word.chars().count() >= 4 && w.ends_with(q.word))
                        || q.stems.iter().zip(w_stems).any(|(a, b)| a == b)
                })
            })
        })
    }
}

/// A word of a query, its stems, and whether the catalogue uses it (found out when needed).
struct Query<'a> {
    word: &'a str,
    stems: Stems,
    known: std::cell::OnceCell<bool>,
}

/// How a name scores for a query: matched by all its words, or by at least half of them.
enum Score {
    All(f64),
    Some(f64),
}

/// How well `query` names a name of these words: `None` when a query word matches nothing in
/// the name, otherwise higher is better (every query word found, and more of the name covered).
fn score_words(queried: &Queried, name: &Name) -> Option<Score> {
    let query = queried.words;
    if query.is_empty() {
        return None;
    }
    let mut covered = vec![false; name.words.len()];
    let mut closeness = 0.0;
    let mut matched = 0;
    for q in query {
        let best = (name.words.iter().zip(&name.stems))
            .enumerate()
            .filter_map(|(i, (w, w_stems))| {
                let stemmed = stem_match(&q.stems, w_stems);
                let quality = match (word_match(q.word, w, &|| queried.typos(q)), stemmed) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    (a, b) => a.or(b),
                };
                quality.map(|quality| (i, quality))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((i, quality)) = best {
            covered[i] = true;
            closeness += quality;
            matched += 1;
        }
    }
    let coverage = covered.iter().filter(|&&c| c).count() as f64 / name.words.len().max(1) as f64;
    let score = closeness / query.len() as f64 + coverage;
    if matched == query.len() {
        Some(Score::All(score))
    } else if matched > 0 && matched * 2 >= query.len() {
        Some(Score::Some(score))
    } else {
        None
    }
}

/// 1.0 for the same word, less for a prefix or a typo (when `typos()`), `None` when unrelated.
fn word_match(query: &str, word: &str, typos: &dyn Fn() -> bool) -> Option<f64> {
    if query == word {
        return Some(1.0);
    }
    let (short, long) = if query.len() <= word.len() {
        (query, word)
    } else {
        (word, query)
    };
    let (short_chars, long_chars) = (short.chars().count(), long.chars().count());
    // A word cut short ("conf" for "conference"), or the name's word with an ending ("chairs",
    // "lampen"); not a compound that begins with it: a "Schreibtischleuchte" is a lamp, not a
    // "Schreibtisch".
    let ending = |extra: usize| query.len() <= word.len() || extra <= 3;
    if short_chars >= 3 && long.starts_with(short) && ending(long_chars - short_chars) {
        return Some(0.8);
    }
    // A Dutch or German compound ends in what it is: "stuhl" names a "Bürostuhl".
    if short_chars >= 4 && long.ends_with(short) {
        return Some(0.6);
    }
    let allowed = match long_chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    // The distance is at least the difference in length, and a typo rarely hits the first
    // letter: most pairs need no table.
    let close = allowed > 0
        && long_chars.abs_diff(short_chars) <= allowed
        && query.chars().next() == word.chars().next();
    (close && edit_distance(query, word) <= allowed && typos()).then_some(0.7)
}

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbouring letters ("chiar" → "chair") each cost one.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * width + j] = if i == 0 || j == 0 {
                i + j
            } else {
                let substitution = d[(i - 1) * width + j - 1] + usize::from(a[i - 1] != b[j - 1]);
                let mut best = substitution
                    .min(d[(i - 1) * width + j] + 1)
                    .min(d[i * width + j - 1] + 1);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[(i - 2) * width + j - 2] + 1);
                }
                best
            };
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn best<'a>(query: &str, names: &[&'a str]) -> Option<&'a str> {
        super::best(&words(query), names.iter().copied(), |n| n, 1)
            .into_iter()
            .next()
    }

    #[test]
    fn exact_name_beats_longer_names() {
        let names = ["Office Chair Black", "Office Chair", "Office Lamp"];
        assert_eq!(best("the office chair", &names), Some("Office Chair"));
        assert_eq!(best("office lamp", &names), Some("Office Lamp"));
        assert_eq!(
            best("black office chair", &names),
            Some("Office Chair Black")
        );
    }

    #[test]
    fn typos_and_plurals_still_match() {
        let names = ["Office Chair", "Pedal Bin", "Storage Box"];
        assert_eq!(best("ofice chiar", &names), Some("Office Chair"));
        assert_eq!(best("storage boxes", &names), Some("Storage Box"));
        assert_eq!(best("piano", &names), None);
        // Words around a name: matched by most of them when by none fully.
        assert_eq!(best("hey office chair", &names), Some("Office Chair"));
        assert_eq!(
            best("piano chair stool bench", &names),
            None,
            "half at least"
        );
    }

    #[test]
    fn the_end_of_a_compound_names_it() {
        let names = [
            "Bürostuhl",
            "Einzelarbeitsplatz",
            "Boekenkast (eiken)",
            "Storage Box",
        ];
        assert_eq!(best("arbeitsplatz", &names), Some("Einzelarbeitsplatz"));
        assert_eq!(best("een kast", &names), Some("Boekenkast (eiken)"));
        assert_eq!(best("stuhl", &names), Some("Bürostuhl"));
        assert_eq!(best("ox", &names), None, "too short to be a compound's end");
    }

    #[test]
    fn word_forms_name_the_same_product_in_each_language() {
        let names = [
            "Groot bureau",
            "Grote kast",
            "Großer Schrank",
            "Office Lamp",
        ];
        assert_eq!(best("grote bureaus", &names), Some("Groot bureau"));
        assert_eq!(best("große Schränke", &names), Some("Großer Schrank"));
        assert_eq!(best("office lamps", &names), Some("Office Lamp"));
        let desks = ["Eckschreibtisch rechts", "Office Lamp"];
        assert_eq!(
            best("Schreibtische", &desks),
            Some("Eckschreibtisch rechts")
        );
    }

    #[test]
    fn a_typo_never_turns_one_catalogue_word_into_another() {
        let names = ["Konferenzstuhl (Aluminium)", "Regal Stahl", "Bürostuhl"];
        let all = |query: &str| super::best(&words(query), names.iter().copied(), |n| n, 5);
        // "Stuhl" ends two names' words: it is a word of the catalogue, not a typo of "Stahl".
        assert_eq!(all("Stuhl"), ["Bürostuhl", "Konferenzstuhl (Aluminium)"]);
        assert_eq!(all("Stahl"), ["Regal Stahl"]);
        // A word the catalogue does not use is still read as the typo it is.
        assert_eq!(all("Stahll"), ["Regal Stahl"]);
        assert_eq!(all("Bürostul"), ["Bürostuhl"]);
    }

    #[test]
    fn german_letters_typed_without_them_match() {
        let names = ["Großer Schrank", "Fußstütze", "Bürostuhl"];
        assert_eq!(best("grosser schrank", &names), Some("Großer Schrank"));
        assert_eq!(best("fussstuetze", &names), Some("Fußstütze"));
        assert_eq!(best("buerostuhl", &names), Some("Bürostuhl"));
        assert_eq!(best("große Schränke", &names), Some("Großer Schrank"));
    }

    #[test]
    fn a_compound_is_what_it_ends_in_not_what_it_begins_with() {
        let names = [
            "Vierer-Schreibtisch",
            "Schreibtischlampe Schwarz",
            "Bureaustoel",
            "Groot bureau",
        ];
        assert_eq!(best("Schreibtischleuchte", &names), None);
        assert_eq!(best("bureaustoelen", &names), Some("Bureaustoel"));
        assert_eq!(best("Schreibtische", &names), Some("Vierer-Schreibtisch"));
    }

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("chair", "chiar"), 1);
        assert_eq!(edit_distance("lamp", "lamps"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
