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

/// Words that separate the products in "the chair and the lamp".
pub(super) const SEPARATORS: &[&str] = &[
    "and", "or", "vs", "versus", "to", "en", "of", "und", "oder", "&", ",",
];
