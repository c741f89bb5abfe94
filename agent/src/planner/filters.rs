//! The words of the slots the built-in planner reads, in English, Dutch and German: the filler
//! around products and what separates them, price bounds, superlatives, the attributes asked
//! about and their names in the catalogue, and the question words around a product.

/// An attribute people ask about, by its key, and the words (in all three languages) that ask
/// for it or name it in the catalogue (its attribute names, as Odoo and the demo store have
/// them in each language).
pub(super) const ATTRIBUTES: &[(&str, &[&str])] = &[
    (
        "weight",
        &[
            "weigh", "heavy", "heavi", "gewicht", "zwaar", "wiegt", "wiegen", "schwer", "weight",
            "weeg", "weegt",
        ],
    ),
    ("colour", &["colour", "color", "kleur", "farbe", "farben"]),
    (
        "material",
        &[
            "material",
            "materiaal",
            "made",
            "gemaakt",
            "gemacht",
            "woraus",
            "waarvan",
            "fabric",
            "stof",
            "stoff",
            "finish",
            "top",
        ],
    ),
    (
        "dimensions",
        &[
            "dimension",
            "size",
            "measure",
            "width",
            "height",
            "hoogte",
            "höhe",
            "afmeting",
            "maat",
            "maten",
            "formaat",
            "größe",
            "grösse",
            "groesse",
            "maße",
            "masse",
            "abmessung",
        ],
    ),
    (
        "warranty",
        &["warrant", "guarant", "garantie", "gewährleist"],
    ),
];

/// Superlatives, by the corpus's name, and the words that say them in all three languages.
pub(super) const SUPERLATIVES: &[(&str, &[&str])] = &[
    (
        "cheapest",
        &[
            "cheapest",
            "goedkoopst",
            "billigst",
            "günstigst",
            "guenstigst",
            "least expensive",
        ],
    ),
    (
        "most_expensive",
        &["most expensive", "priciest", "duurst", "teuerst"],
    ),
    ("lightest", &["lightest", "lichtst", "leichtest"]),
    ("heaviest", &["heaviest", "zwaarst", "schwerst"]),
];

/// Adjectives of size that ask for dimensions only after "how" ("how big", "hoe groot", "wie
/// groß"): alone they are part of names ("Large Desk", "Groot bureau", "Großer Schreibtisch").
pub(super) const SIZE_ADJECTIVES: &[&str] = &[
    "big", "large", "wide", "tall", "high", "long", "groot", "breed", "hoog", "lang", "groß",
    "gross", "breit", "hoch",
];

/// "How", in all three languages.
pub(super) const HOW: &[&str] = &["how", "hoe", "wie"];

/// Words before an amount that make it a price ceiling, in all three languages.
pub(super) const AT_MOST: &[&str] = &[
    "under",
    "below",
    "max",
    "maximum",
    "most",
    "upto",
    "onder",
    "tot",
    "maximaal",
    "hoogstens",
    "unter",
    "bis",
    "höchstens",
    "hoechstens",
    "maximal",
    "beneath",
    "within",
    "binnen",
];

/// Words that make the amount after "less"/"minder"/"weniger" (+ than) a ceiling.
pub(super) const LESS: &[&str] = &[
    "less",
    "cheaper",
    "minder",
    "goedkoper",
    "weniger",
    "billiger",
];

/// Words before an amount that make it a price floor, in all three languages.
pub(super) const AT_LEAST: &[&str] = &[
    "over",
    "above",
    "least",
    "from",
    "boven",
    "vanaf",
    "minimaal",
    "minstens",
    "über",
    "ueber",
    "ab",
    "mindestens",
];

/// Words that make the amount after "more"/"meer"/"mehr" (+ than) a floor.
pub(super) const MORE: &[&str] = &["more", "meer", "mehr", "dearer", "duurder", "teurer"];

/// "between 100 and 300", in all three languages.
pub(super) const BETWEEN: &[&str] = &["between", "tussen", "zwischen"];

/// Question words around a product asked about, in all three languages.
pub(super) const QUESTION_WORDS: &[&str] = &[
    "how",
    "does",
    "do",
    "did",
    "it",
    "its",
    "it's",
    "of",
    "have",
    "has",
    "got",
    "you",
    "your",
    "hoe",
    "welke",
    "welk",
    "heeft",
    "hebben",
    "jullie",
    "is",
    "zijn",
    "hij",
    "ze",
    "van",
    "nog",
    "wie",
    "welche",
    "welcher",
    "welches",
    "hat",
    "haben",
    "ihr",
    "sie",
    "er",
    "es",
    "noch",
    "gibt",
    "aus",
    "made",
    "from",
    "are",
    "there",
    "still",
    "much",
    "many",
    "in",
    "on",
    "op",
    "auf",
    "at",
    "this",
    "that",
    "deze",
    "dit",
    "dieser",
    "diese",
    "dieses",
    "one",
    "wat",
    "what",
    "was",
    "wieviel",
    "hoeveel",
    "viel",
    "veel",
    "kg",
    "weigh",
    "habt",
    "hast",
    "hebt",
    "heb",
    "sell",
    "verkopen",
    "verkaufen",
    "verkauft",
    "führt",
    "führen",
];

/// The names the catalogue gives each attribute asked about, in all three languages (how the
/// product's attributes are matched to the question; lower case, as word beginnings).
pub const ATTRIBUTE_NAMES: &[(&str, &[&str])] = &[
    ("weight", &["weight", "gewicht"]),
    ("colour", &["color", "colour", "kleur", "farbe"]),
    (
        "material",
        &[
            "material",
            "materiaal",
            "fabric",
            "stof",
            "stoff",
            "finish",
            "afwerking",
            "oberfläche",
            "top",
            "blad",
            "platte",
        ],
    ),
    (
        "dimensions",
        &[
            "dimension",
            "size",
            "afmeting",
            "formaat",
            "maße",
            "größe",
            "height",
            "hoogte",
            "höhe",
        ],
    ),
    ("warranty", &["warranty", "garantie"]),
];

/// Words around the products and quantities people name ("what's the difference between…",
/// "add 10 office chairs to my quote"), in all three languages; never part of a product's name
/// in what they mean.
pub(super) const FILLER: &[&str] = &[
    "add",
    "toevoegen",
    "aufnehmen",
    "hinzufügen",
    "hinzufuegen",
    "include",
    "put",
    "to",
    "into",
    "in",
    "my",
    "the",
    "a",
    "an",
    "please",
    "what's",
    "whats",
    "what",
    "is",
    "are",
    "difference",
    "differences",
    "between",
    "could",
    "can",
    "you",
    "i'd",
    "i",
    "like",
    "would",
    "want",
    "need",
    "me",
    "for",
    "voeg",
    "toe",
    "aan",
    "mijn",
    "de",
    "het",
    "een",
    "graag",
    "wat",
    "tussen",
    "kun",
    "kan",
    "je",
    "ik",
    "wil",
    "zet",
    "voor",
    "mij",
    "füge",
    "fuege",
    "zum",
    "zu",
    "hinzu",
    "meinem",
    "mein",
    "den",
    "die",
    "das",
    "der",
    "dem",
    "ein",
    "eine",
    "einen",
    "bitte",
    "was",
    "ist",
    "zwischen",
    "kannst",
    "du",
    "ich",
    "möchte",
    "ins",
    "für",
    "mir",
    "mich",
    "uns",
    "ons",
    "us",
    "x",
    "×",
    "pieces",
    "stuks",
    "stück",
    "stk",
    "?",
];

/// Joining words that may sit inside a product's name ("Cabinet with Doors"): a mention is
/// split on them only when it names no product as a whole.
pub const SOFT_SEPARATORS: &[&str] = &["with", "met", "mit"];

/// Words that separate the products in "the chair and the lamp" ("better than" too).
pub(super) const SEPARATORS: &[&str] = &[
    "and", "or", "vs", "versus", "to", "en", "of", "und", "oder", "&", ",", "than", "dan", "als",
];
