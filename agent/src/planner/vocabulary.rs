//! The words the built-in planner knows, in English, Dutch and German: word beginnings that ask
//! for each intent, the filler around products and quantities, and what separates products.

/// Word beginnings that ask for a comparison, in all three languages.
pub(super) const COMPARE_STEMS: &[&str] = &[
    "compar",
    "versus",
    "vs",
    "differ",
    "vergelijk",
    "verschil",
    "vergleich",
    "unterschied",
];

/// Word beginnings that ask for a quote, in all three languages.
pub(super) const QUOTE_STEMS: &[&str] = &["quot", "offert", "angebot"];

/// Word beginnings that ask to confirm the quote as an order, in all three languages.
pub(super) const SUBMIT_STEMS: &[&str] = &[
    "akkoord",
    "einverstanden",
    "approv",
    "submit",
    "confirm",
    "goedkeur",
    "bevestig",
    "indien",
    "genehmig",
    "bestätig",
    "bestaetig",
    "freigeb",
    "freigab",
    "einreich",
    "keur",
];

/// Word beginnings that ask to reserve stock, in all three languages ("reserveer", "reservieren").
pub(super) const RESERVE_STEMS: &[&str] = &["reserv"];

/// Word beginnings that ask for support with a problem, in all three languages.
pub(super) const TICKET_STEMS: &[&str] = &[
    "ticket",
    "complain",
    "complaint",
    "klacht",
    "beschwer",
    "reklam",
    "damaged",
    "broken",
    "beschadigd",
    "kapot",
    "beschädigt",
    "kaputt",
    "defect",
    "defekt",
    "wrong",
    "verkeerd",
    "falsch",
    "missing",
    "ontbre",
    "fehlt",
];

/// Word beginnings that ask for a visit or an appointment, in all three languages.
pub(super) const BOOKING_STEMS: &[&str] = &[
    "book",
    "showroom",
    "langskom",
    "vorbeikomm",
    "vorbeischau",
    "appointment",
    "afspraak",
    "termin",
    "visit",
    "bezoek",
    "besuch",
    "besichtig",
    "advisor",
    "adviseur",
    "berater",
    "slot",
];

/// Word beginnings that ask where an order is, in all three languages.
pub(super) const ORDER_STEMS: &[&str] = &[
    "order",
    "bestelling",
    "bestellung",
    "levering",
    "delivery",
    "deliver",
    "lieferung",
    "geliefert",
    "geleverd",
    "track",
    "shipping",
    "shipment",
    "verzend",
    "versand",
    "zending",
    "sendung",
    "pakket",
    "paket",
    "package",
];

/// Word beginnings that ask about invoices, in all three languages.
pub(super) const INVOICE_STEMS: &[&str] = &[
    "invoic",
    "factu",
    "rechnung",
    "bill",
    "betal",
    "betaal",
    "zahl",
    "owe",
    "outstanding",
    "openstaand",
    "unpaid",
    "offen",
    "schuld",
];

/// Word beginnings that ask about the account, in all three languages.
pub(super) const ACCOUNT_STEMS: &[&str] = &[
    "account",
    "credit",
    "krediet",
    "kredit",
    "konto",
    "pricelist",
    "prijslijst",
    "preisliste",
    "bought",
    "purchase",
    "gekocht",
    "gekauft",
    "einkäuf",
    "history",
    "geschiedenis",
    "historie",
];

/// Words that ask what the assistant can do.
pub(super) const HELP_WORDS: &[&str] = &["help", "hulp", "hilfe", "helpen", "helfen"];

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

/// Words that ask what something costs, in all three languages ("how much", "wat kost",
/// "was kostet").
pub(super) const PRICE_STEMS: &[&str] = &[
    "price",
    "pric",
    "cost",
    "much",
    "prijs",
    "prijz",
    "kost",
    "hoeveel",
    "preis",
    "wieviel",
    "teuer",
    "duur",
    "expensive",
];

/// Words that ask whether something is in stock, in all three languages.
pub(super) const STOCK_STEMS: &[&str] = &[
    "stock",
    "availab",
    "voorraad",
    "leverbaar",
    "beschikba",
    "lager",
    "vorrätig",
    "vorraetig",
    "verfügbar",
    "verfuegbar",
    "lieferbar",
    "uitverkocht",
    "ausverkauft",
    "sold out",
];

/// Words that make "in stock" a filter on a list rather than a question about one product.
pub(super) const LIST_WORDS: &[&str] = &[
    "show", "list", "which", "what", "all", "toon", "laat", "welke", "alle", "zeig", "zeige",
    "welche", "gibt",
];

/// Greetings and thanks, in all three languages: a message of only these gets a greeting back.
pub(super) const GREETING_WORDS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "hiya",
    "morning",
    "afternoon",
    "evening",
    "good",
    "thanks",
    "thank",
    "cheers",
    "hallo",
    "hoi",
    "goedemorgen",
    "goedemiddag",
    "goedenavond",
    "dag",
    "bedankt",
    "dank",
    "dankje",
    "dankjewel",
    "moin",
    "servus",
    "guten",
    "tag",
    "morgen",
    "abend",
    "danke",
    "grüß",
    "gruss",
    "grüezi",
    "there",
    "you",
    "u",
    "je",
    "wel",
    "schön",
    "sehr",
    "veel",
    "much",
    "so",
    "all",
    "allemaal",
    "zusammen",
    "a",
    "lot",
    "bye",
    "goodbye",
    "doei",
    "ciao",
    "tot",
    "ziens",
    "super",
    "vielen",
    "tschüss",
    "tschuess",
    "bis",
    "bald",
    "great",
    "ok",
    "oké",
    "okay",
];

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

/// Comparatives that, in a question with "which", ask for a comparison ("which is cheaper, A
/// or B?", "welke is beter", "welcher ist leichter").
pub(super) const COMPARATIVES: &[&str] = &[
    "cheaper",
    "better",
    "lighter",
    "heavier",
    "bigger",
    "smaller",
    "stronger",
    "goedkoper",
    "beter",
    "lichter",
    "zwaarder",
    "groter",
    "kleiner",
    "günstiger",
    "guenstiger",
    "billiger",
    "besser",
    "leichter",
    "schwerer",
    "größer",
    "groesser",
];

/// "Which", in all three languages.
pub(super) const WHICH: &[&str] = &["which", "welke", "welk", "welcher", "welches", "welche"];

/// Words of a question (rather than a list), in all three languages: "is the lamp in stock?".
pub(super) const ASKING: &[&str] = &[
    "is", "are", "do", "does", "have", "has", "got", "can", "heeft", "hebben", "hebt", "zijn",
    "kan", "ist", "sind", "habt", "haben", "hast", "gibt", "kann",
];

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
    "how", "does", "do", "did", "it", "its", "it's", "of", "have", "has", "got", "you", "your",
    "hoe", "welke", "welk", "heeft", "hebben", "jullie", "is", "zijn", "hij", "ze", "van", "nog",
    "wie", "welche", "welcher", "welches", "hat", "haben", "ihr", "sie", "er", "es", "noch",
    "gibt", "aus", "made", "from", "are", "there", "still", "much", "many", "in", "on", "op",
    "auf", "at", "this", "that", "deze", "dit", "dieser", "diese", "dieses", "one", "wat", "what",
    "was", "wieviel", "hoeveel", "viel", "veel", "kg", "weigh",
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

/// Words that change or remove a line of the quote, in all three languages.
pub(super) const CHANGE_STEMS: &[&str] = &[
    "reduc",
    "increas",
    "lower",
    "fewer",
    "adjust",
    "verhoog",
    "verlaag",
    "aanpas",
    "erhöh",
    "reduzier",
    "verringer",
    "anpass",
    "korrigier",
    "corrigeer",
    "change",
    "remove",
    "delete",
    "drop",
    "instead",
    "verander",
    "wijzig",
    "verwijder",
    "schrapp",
    "haal",
    "änder",
    "aender",
    "entfern",
    "streich",
    "lösch",
    "loesch",
    "raus",
];

/// Words that ask to remove rather than change (the line's quantity becomes 0).
pub(super) const REMOVE_STEMS: &[&str] = &[
    "remove",
    "delete",
    "drop",
    "verwijder",
    "schrapp",
    "haal",
    "entfern",
    "streich",
    "lösch",
    "loesch",
    "raus",
];

/// Words that, with the quote named, ask to send it in ("send me the quote", "stuur de offerte",
/// "schick das Angebot"), in all three languages.
pub(super) const SEND_STEMS: &[&str] = &[
    "send",
    "stuur",
    "verstuur",
    "schick",
    "sende",
    "place",
    "plaats",
    "finali",
    "afrond",
    "abschließ",
    "abschliess",
];

/// Phrases that ask what the assistant can do, in all three languages.
pub(super) const HELP_PHRASES: &[&str] = &[
    "what can you do",
    "what can you help",
    "how does this work",
    "what do you do",
    "wat kun je",
    "wat kan je",
    "wat kunt u",
    "hoe werkt",
    "was kannst du",
    "was können sie",
    "was koennen sie",
    "wie funktioniert",
];

/// Words of wanting a quantity of something ("I need 10 chairs", "ik wil 5 lampen", "ich
/// brauche 10 Bürostühle"): with a number and no price bound, a quote.
pub(super) const WANT_STEMS: &[&str] = &[
    "need", "want", "like", "take", "buy", "get", "order", "nodig", "wil", "graag", "neem", "koop",
    "bestel", "brauch", "hätte", "haette", "möchte", "moechte", "nehm", "kauf", "bestell",
];

/// Words that ask what there is to know about a product, in all three languages.
pub(super) const DETAILS_STEMS: &[&str] = &[
    "spec",
    "detail",
    "info",
    "feature",
    "eigenschap",
    "specificatie",
    "kenmerk",
    "merkmal",
    "eigenschaft",
    "datenblatt",
];

/// "Than", in all three languages ("better than").
pub(super) const THAN: &[&str] = &["than", "dan", "als"];

/// Words that ask whether some is left ("any left?", "nog over?", "noch da?").
pub(super) const LEFT_WORDS: &[&str] = &["left", "over", "da", "remaining"];

/// With a word of [`LEFT_WORDS`], a question whether some is left.
pub(super) const STILL_WORDS: &[&str] = &["any", "still", "nog", "noch"];

/// Words that ask for the same again, in all three languages ("reorder", "same as last time",
/// "nog eens hetzelfde", "nochmal dasselbe").
pub(super) const AGAIN_STEMS: &[&str] = &[
    "reorder",
    "again",
    "same",
    "repeat",
    "opnieuw",
    "nogmaals",
    "hetzelfde",
    "zelfde",
    "herhaal",
    "nochmal",
    "nochmals",
    "erneut",
    "dasselbe",
    "dieselbe",
    "derselbe",
    "denselben",
    "dezelfde",
    "gleiche",
    "wiederhol",
];

/// Words of choosing between products ("help me choose: A or B", "kiezen", "wählen"), which with
/// "or" ask for a comparison.
pub(super) const CHOOSE_STEMS: &[&str] = &[
    "choose",
    "pick",
    "decide",
    "kies",
    "kiezen",
    "wählen",
    "waehlen",
    "entscheid",
];

/// "Or", in all three languages.
pub(super) const OR: &[&str] = &["or", "of", "oder"];

/// Phrases that ask to come to the showroom, in all three languages.
pub(super) const BOOKING_PHRASES: &[&str] = &[
    "in person",
    "in real life",
    "in het echt",
    "vor ort",
    "persönlich",
    "come by",
    "drop by",
    "stop by",
    "come in",
    "come over",
    "come and see",
    "kom langs",
    "kom ik langs",
    "langs komen",
    "komme vorbei",
    "vorbei kommen",
    "vorbeischauen",
];

/// Words that, with the quote named, turn it into an order ("order my quote", "bestel de
/// offerte", "das Angebot bestellen").
pub(super) const ORDER_IT_STEMS: &[&str] = &["order", "bestel", "bestell", "buy", "koop", "kauf"];

/// Words that point at an earlier order ("last time", "vorige keer", "letztes Mal").
pub(super) const LAST_WORDS: &[&str] = &[
    "last",
    "previous",
    "vorige",
    "vorig",
    "laatste",
    "letzte",
    "letztes",
    "letzten",
    "vorherige",
];

/// Words that, said whole, ask to come to the showroom ("kom ik maandag langs", "ich komme am
/// Montag vorbei").
pub(super) const VISIT_WORDS: &[&str] = &["langs", "vorbei", "bezoeken", "besuchen"];

/// Words that ask for a discount, in all three languages.
pub(super) const DISCOUNT_STEMS: &[&str] = &[
    "discount",
    "korting",
    "rabatt",
    "nachlass",
    "skonto",
    "coupon",
    "voucher",
    "promo",
    "gutschein",
    "kortingscode",
];
