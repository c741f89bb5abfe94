//! Whole words and phrases that cue an intent where a word's beginning cannot: separable verbs
//! ("rond de offerte af"), idioms ("go ahead", "side by side"), and short words that begin too
//! many others ("hold", "off", "weg"). In English, Dutch and German.

/// Phrases that ask to put the quote through: with nothing else asked, a submit.
pub(super) const SUBMIT_PHRASES: &[&str] = &[
    "go ahead",
    "lets go ahead",
    "proceed",
    "ga door",
    "ga maar door",
    "ga je gang",
    "mach weiter",
    "machen sie weiter",
    "leg los",
    "place the order",
    "place my order",
    "plaats de bestelling",
    "plaats mijn bestelling",
    "bestellung aufgeben",
    "gib die bestellung auf",
    "send it through",
    "put it through",
];

/// Words of accepting, which with the quote named ask to submit it.
pub(super) const ACCEPT_STEMS: &[&str] = &["accept", "accepteer", "akzeptier", "annehm"];

/// Separable verbs that submit: the verb's beginning and the particle said after it ("rond mijn
/// offerte af", "schließ das Angebot ab", "dien hem in", "ich nehme das Angebot an").
pub(super) const SUBMIT_SEPARABLE: &[(&str, &str)] = &[
    ("rond", "af"),
    ("schließ", "ab"),
    ("schliess", "ab"),
    ("dien", "in"),
    ("nehm", "an"),
    ("reich", "ein"),
];

/// Whole words that ask to hold stock ("hold 3 for me", "apart leggen", "zurücklegen").
pub(super) const HOLD_WORDS: &[&str] = &["hold", "apart", "vasthouden", "vasthoud", "opzij"];

/// Word beginnings that ask to hold stock, in compounds and separable verbs too.
pub(super) const HOLD_STEMS: &[&str] = &["zurückleg", "zuruecklegen", "zurücklegen"];

/// Whole words that take a line out of the quote ("take it off", "mag eraf", "kann weg").
pub(super) const OUT_WORDS: &[&str] = &[
    "off", "eraf", "weg", "rid", "without", "zonder", "ohne", "scrap", "skip",
];

/// Words after which a quantity is the line's new one ("set the chairs to 5", "zet ze op 3",
/// "setz sie auf 3", "maak er 6 van", "mach 6 draus").
pub(super) const SET_WORDS: &[&str] = &[
    "set", "zet", "setz", "setze", "make", "maak", "mach", "mache", "draus", "daraus",
];

/// Whole words that say a new quantity replaces the one quoted ("only 2 now", "nur noch 2",
/// "in plaats van 10", "statt 10").
pub(super) const INSTEAD_WORDS: &[&str] = &[
    "only", "instead", "statt", "anstatt", "plaats", "nur", "alleen", "slechts",
];

/// Words that say where a line is taken from: with the quote named and no quantity, it goes.
pub(super) const FROM_WORDS: &[&str] = &["from", "off", "uit", "van", "af", "aus", "raus", "eruit"];

/// Phrases that ask for a better price ("a better price", "goedkoper als we", "günstiger wenn").
pub(super) const DISCOUNT_PHRASES: &[&str] = &[
    "better price",
    "better deal",
    "good deal",
    "betere prijs",
    "beter prijsje",
    "besseren preis",
    "besserer preis",
    "price match",
    "special price",
    "speciale prijs",
    "volume price",
];

/// "Percent" in all three languages (a share of a price, with [`OFF_PRICE_WORDS`]).
pub(super) const PERCENT_WORDS: &[&str] = &["percent", "per cent", "procent", "prozent"];

/// Words that take a share off a price ("10% off", "10 procent korting", "10 % Nachlass").
pub(super) const OFF_PRICE_WORDS: &[&str] = &[
    "off", "korting", "af", "eraf", "nachlass", "rabatt", "weniger", "less",
];

/// Conditions under which a cheaper price asks for a discount ("cheaper if we take 40").
pub(super) const IF_WORDS: &[&str] = &["if", "when", "als", "wanneer", "indien", "wenn", "falls"];

/// "Cheaper", in all three languages (with [`IF_WORDS`], a discount asked).
pub(super) const CHEAPER: &[&str] = &[
    "cheaper",
    "goedkoper",
    "günstiger",
    "guenstiger",
    "billiger",
];

/// Phrases that set two products side by side, in all three languages.
pub(super) const COMPARE_PHRASES: &[&str] = &[
    "side by side",
    "naast elkaar",
    "nebeneinander",
    "against",
    "tegenover",
    "gegen",
    "gegenüber",
    "verhoudt",
    "verhouden",
    "abschneiden",
    "schneidet",
];

/// Words of deciding, which with "or" ask for a comparison ("should I get A or B").
pub(super) const DECIDE_WORDS: &[&str] = &[
    "should",
    "zal",
    "moet",
    "soll",
    "sollte",
    "recommend",
    "advise",
    "raad",
    "aanraden",
    "adviseer",
    "empfiehlst",
    "empfehlen",
    "empfiehl",
];

/// "How many", in all three languages: with a product and "left"/"nog"/"noch", stock.
pub(super) const HOW_MANY: &[&str] = &["how many", "hoeveel", "wie viele", "wieviele"];

/// Words that, with "still" in a question, ask whether there is any ("zijn er nog", "gibt es
/// noch", "are there still").
pub(super) const THERE_WORDS: &[&str] = &["there", "er", "gibt"];

/// Phrases that ask a price without a price word ("what does the wall clock go for", "what
/// would that set me back").
pub(super) const PRICE_PHRASES: &[&str] = &["go for", "goes for", "going for", "set me back"];

/// Phrases that ask what there is to know about a product.
pub(super) const DETAILS_PHRASES: &[&str] = &[
    "tell me more",
    "more about",
    "tell me about",
    "meer over",
    "vertel",
    "mehr über",
    "mehr ueber",
    "erzähl",
    "erzaehl",
];

/// Words that, with an attribute value named, ask whether a product comes in it ("is it also
/// in black", "ook in het zwart", "auch in Schwarz").
pub(super) const VARIANT_WORDS: &[&str] = &[
    "also",
    "too",
    "ook",
    "auch",
    "verkrijgbaar",
    "erhältlich",
    "erhaeltlich",
];

/// Phrases that ask to see or try products in the showroom.
pub(super) const VISIT_PHRASES: &[&str] = &[
    "in the store",
    "in store",
    "in the shop",
    "in your shop",
    "try out",
    "in de winkel",
    "uitproberen",
    "uitprobeer",
    "probeer",
    "im laden",
    "im geschäft",
    "ausprobieren",
    "probesitzen",
    "probezitten",
];

/// Words that, with a day named, ask for a free time ("is er vrijdag nog plek", "time on
/// Friday", "Platz am Freitag").
pub(super) const FREE_TIME_WORDS: &[&str] = &[
    "plek",
    "plaats",
    "tijd",
    "ruimte",
    "time",
    "room",
    "free",
    "vrij",
    "platz",
    "zeit",
    "frei",
    "available",
    "beschikbaar",
    "verfügbar",
];

/// Phrases that ask where an order is.
pub(super) const UNDERWAY_PHRASES: &[&str] = &["on its way", "onderweg", "unterwegs", "on the way"];

/// Phrases that ask about the account.
pub(super) const ACCOUNT_PHRASES: &[&str] = &[
    "price list",
    "credit limit",
    "payment terms",
    "betalingsvoorwaarden",
    "zahlungsbedingungen",
    "customer number",
    "account number",
];

/// Phrases that ask what the assistant can do.
pub(super) const HELP_MORE: &[&str] = &[
    "can i ask",
    "kan ik jou vragen",
    "kan ik je vragen",
    "kan ik u vragen",
    "kann ich dich fragen",
    "kann ich sie fragen",
    "kann ich fragen",
    "what do you offer",
    "wat bieden jullie",
    "wat bied je",
    "was bietet ihr",
    "was bieten sie",
    "who are you",
    "what are you",
    "wie ben jij",
    "wat ben jij",
    "wer bist du",
    "was bist du",
    "how can you help",
];

/// Words that mark a problem with what was delivered, in all three languages.
pub(super) const DAMAGE_STEMS: &[&str] = &[
    "scratch",
    "dent",
    "stained",
    "torn",
    "crack",
    "wobbl",
    "kras",
    "deuk",
    "vlek",
    "gescheurd",
    "barst",
    "wiebel",
    "kratzer",
    "delle",
    "fleck",
    "riss",
    "gerissen",
    "wackel",
    "fehlen",
    "fehlend",
];

/// Phrases that say something delivered does not work.
pub(super) const BROKEN_PHRASES: &[&str] = &[
    "doesnt work",
    "does not work",
    "not working",
    "werkt niet",
    "doet het niet",
    "funktioniert nicht",
    "geht nicht",
];

/// Word beginnings that add to the quote ("add", "voeg toe", "füg hinzu").
pub(super) const ADD_STEMS: &[&str] = &[
    "add",
    "voeg",
    "toevoeg",
    "füg",
    "fueg",
    "hinzufüg",
    "hinzufueg",
];

/// Words before a quantity that make it the line's new one ("to 5", "op 3", "auf 3").
pub(super) const TO_WORDS: &[&str] = &["to", "op", "auf", "naar", "into"];

/// Words that, with a verb of [`SET_WORDS`], make the quantity a line's new one ("maak er 6
/// van", "mach 6 draus").
pub(super) const OF_IT: &[&str] = &["er", "draus", "daraus"];

/// Phrases that say a new quantity replaces the one quoted, in Dutch ("nu maar 2").
pub(super) const INSTEAD_PHRASES: &[&str] = &["nu maar", "nog maar", "maar nog"];

/// Who would buy: after a word of [`IF_WORDS`] they make it a condition ("als we er 40
/// nemen"), not a comparison ("billiger als der").
pub(super) const BUYERS: &[&str] = &[
    "we", "wij", "ik", "i", "you", "u", "je", "jullie", "wir", "ich", "ihr", "sie", "man",
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
    "how",
    "are",
    "doing",
    "hoe",
    "gaat",
    "het",
    "wie",
    "geht",
    "gehts",
    "s",
    "es",
    "alles",
    "gut",
    "goed",
    "evening",
    "night",
    "welterusten",
    "fijne",
    "schönen",
    "nice",
    "weekend",
    "wochenende",
    "have",
];

/// Whole words that ask to book a visit ("book a visit"; "bookshelf" is no booking).
pub(super) const BOOK_WORDS: &[&str] = &["book", "schedule", "inplannen", "eintragen"];

/// Separable verbs that book a visit ("plan me in", "trag mich ein").
pub(super) const BOOK_SEPARABLE: &[(&str, &str)] = &[("plan", "in"), ("trag", "ein")];

/// Words that open a yes-or-no question about one thing ("is it made of wood", "ist er aus
/// Holz"): with a value after "of"/"van"/"aus", a question about that product.
pub(super) const IS_WORDS: &[&str] = &["is", "ist", "are", "zijn", "sind"];

/// Words after which a number in words is part of a name ("the four person desk", "bureau voor
/// vier personen"), not a quantity.
pub(super) const NAME_BEFORE: &[&str] = &[
    "the", "de", "het", "der", "die", "das", "den", "dem", "a", "for", "voor", "für",
];

/// Words that make an accepted quote an order: with the quote named and no quantity ("the quote
/// is fine", "offerte is goed zo", "Angebot passt").
pub(super) const OK_WORDS: &[&str] = &[
    "ok", "okay", "oké", "fine", "good", "great", "perfect", "prima", "goed", "perfekt", "passt",
    "gut", "super", "klopt", "stimmt",
];

/// Who stock is held for ("hold 3 for me", "voor me apart", "für mich zurücklegen"): "hold"
/// alone may be what a product bears.
pub(super) const FOR_ME: &[&str] = &["me", "mij", "mich", "us", "ons", "uns"];

/// Words before a quantity that make a cheaper price a discount ("cheaper for 50", "goedkoper
/// bij 50", "billiger bei 50").
pub(super) const AT_A_QUANTITY: &[&str] = &["for", "at", "bij", "voor", "bei", "ab", "vanaf"];

/// Phrases of doing it again ("nog een keer hetzelfde", "noch einmal dasselbe").
pub(super) const AGAIN_PHRASES: &[&str] = &[
    "once more",
    "one more time",
    "nog een keer",
    "nog eens",
    "noch einmal",
    "noch mal",
];
