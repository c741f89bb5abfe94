//! The words that ask for each intent, in English, Dutch and German, mostly as word beginnings
//! (whole words and phrases are in `cues`, the words of slots in `filters`, the words for things
//! in `lexicon`).

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
    "booking",
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
    "lieferstatus",
    "lieferzeit",
    "lieferdatum",
    "levertijd",
    "leverdatum",
    "bezorg",
    "zustell",
    "verzonden",
    "verschickt",
    "versandt",
    "shipped",
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
    "rekening",
    "payment",
    "receipt",
    "kwitantie",
    "quittung",
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
    "klantnummer",
    "kundennummer",
    "customer number",
    "gegevens",
    "profile",
    "profiel",
    "profil",
];

/// Words that ask what the assistant can do.
pub(super) const HELP_WORDS: &[&str] = &["help", "hulp", "hilfe", "helpen", "helfen"];

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
    "adjustab",
    "verstelbaar",
    "verstellbar",
    "höhenverstellbar",
    "stack",
    "stapelba",
    "foldab",
    "klappbar",
    "inklapbaar",
    "armrest",
    "armleun",
    "armlehn",
    "wheel",
    "wieltjes",
    "castor",
    "assembl",
    "monteren",
    "aufbau",
    "zusammenbau",
    "washab",
    "wasbaar",
    "waschbar",
    "waterproof",
    "waterdicht",
    "wasserdicht",
    "ergonom",
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
    "nachbestell",
    "herbestel",
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
    "staffel",
    "bulk",
    "wholesale",
    "groothandel",
    "sonderpreis",
    "mengenpreis",
];
