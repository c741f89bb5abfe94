//! Reading what a person wants: the intent, and the slots the intent needs (products, a
//! quantity, an order reference). Shared by the built-in planner and its corpus benchmark.

/// What a person wants, read from their words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    Compare,
    /// Put the draft quote up for approval as an order.
    Submit,
    /// Add a product to the draft quote.
    Quote,
    /// Where an order stands (one by reference, or the latest).
    Orders,
    /// Invoices and what is still due.
    Invoices,
    /// The customer's account: pricelist, credit, what they buy.
    Account,
    /// What the assistant can do.
    Help,
    Browse,
}

/// Word beginnings that ask for a comparison, in all three languages.
const COMPARE_STEMS: &[&str] = &[
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
const QUOTE_STEMS: &[&str] = &["quot", "offert", "angebot"];

/// Word beginnings that ask to confirm the quote as an order, in all three languages.
const SUBMIT_STEMS: &[&str] = &[
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
];

/// Word beginnings that ask where an order is, in all three languages.
const ORDER_STEMS: &[&str] = &[
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
const INVOICE_STEMS: &[&str] = &[
    "invoic",
    "factu",
    "rechnung",
    "bill",
    "betaal",
    "betaling",
    "zahl",
    "owe",
    "outstanding",
    "openstaand",
    "unpaid",
    "offen",
];

/// Word beginnings that ask about the account, in all three languages.
const ACCOUNT_STEMS: &[&str] = &[
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
const HELP_WORDS: &[&str] = &["help", "hulp", "hilfe", "helpen", "helfen"];

/// Words around a product and its quantity in "add 10 office chairs to my quote".
const QUOTE_FILLER: &[&str] = &[
    "add", "put", "to", "into", "in", "my", "the", "a", "please", "voeg", "toe", "aan", "mijn",
    "de", "het", "een", "graag", "füge", "fuege", "zum", "zu", "hinzu", "meinem", "mein", "den",
    "die", "das", "ein", "bitte", "x", "×", "pieces", "stuks", "stück", "stk",
];

/// Words that separate the products in "the chair and the lamp".
const SEPARATORS: &[&str] = &[
    "and", "or", "with", "vs", "versus", "to", "en", "of", "met", "und", "oder", "mit", "&", ",",
];

impl Intent {
    /// The intent's name, as the planner corpus writes it.
    pub fn name(self) -> &'static str {
        match self {
            Intent::Compare => "compare",
            Intent::Submit => "submit",
            Intent::Quote => "quote",
            Intent::Orders => "orders",
            Intent::Invoices => "invoices",
            Intent::Account => "account",
            Intent::Help => "help",
            Intent::Browse => "browse",
        }
    }

    pub fn of(text: &str) -> Intent {
        let lower = text.to_lowercase();
        let has = |stems: &[&str]| {
            lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| stems.iter().any(|stem| word.starts_with(stem)))
        };
        let (compare, quote) = (has(COMPARE_STEMS), has(QUOTE_STEMS));
        if compare {
            Intent::Compare
        } else if has(SUBMIT_STEMS) {
            Intent::Submit
        } else if quote {
            Intent::Quote
        } else if has(INVOICE_STEMS) {
            Intent::Invoices
        } else if has(ORDER_STEMS) || reference(text).is_some() {
            Intent::Orders
        } else if has(ACCOUNT_STEMS) {
            Intent::Account
        } else if lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| HELP_WORDS.contains(&w))
        {
            Intent::Help
        } else {
            Intent::Browse
        }
    }
}

/// The parts of an utterance that each name one product.
pub fn mentions(text: &str) -> Vec<String> {
    let lower = text.to_lowercase().replace(',', " , ").replace('&', " & ");
    let mut parts = vec![String::new()];
    for word in lower.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != ',');
        if SEPARATORS.contains(&bare) {
            parts.push(String::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(' ');
            last.push_str(word);
        }
    }
    parts
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The quantity (the first number, `1` when none) and the product words of "add 10 office
/// chairs to my quote".
pub fn quote_request(text: &str) -> (String, String) {
    let mut quantity = None;
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != ',' && c != '.');
        let number = bare.replace(',', ".");
        if quantity.is_none() && !number.is_empty() && number.parse::<f64>().is_ok_and(|n| n > 0.0)
        {
            quantity = Some(number.trim_end_matches('.').to_owned());
            continue;
        }
        let lower = bare.to_lowercase();
        let filler = QUOTE_FILLER.contains(&lower.as_str())
            || QUOTE_STEMS.iter().any(|stem| lower.starts_with(stem));
        if !filler && !lower.is_empty() {
            words.push(lower);
        }
    }
    (quantity.unwrap_or_else(|| "1".to_owned()), words.join(" "))
}

/// An order reference in the text: `S00021`, `s21` or `#21` → `S00021`.
pub fn reference(text: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '?' | '!' | ':' | ';'))
        .find_map(|word| {
            let digits = word.strip_prefix(['S', 's', '#']).filter(|d| {
                !d.is_empty() && d.len() <= 9 && d.bytes().all(|b| b.is_ascii_digit())
            })?;
            Some(format!("S{:05}", digits.parse::<u64>().ok()?))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read_in_any_spelling() {
        assert_eq!(reference("where is S00021?").as_deref(), Some("S00021"));
        assert_eq!(
            reference("status van bestelling s21").as_deref(),
            Some("S00021")
        );
        assert_eq!(reference("order #7.").as_deref(), Some("S00007"));
        assert_eq!(reference("show me sofas"), None);
        assert_eq!(reference("Stuhl"), None);
    }

    #[test]
    fn account_intents_in_three_languages() {
        for (text, intent) in [
            ("where is my order?", Intent::Orders),
            ("Waar blijft mijn bestelling S00021", Intent::Orders),
            ("Wo ist meine Lieferung?", Intent::Orders),
            ("show my invoices", Intent::Invoices),
            ("Welke facturen staan nog open?", Intent::Invoices),
            ("Meine offenen Rechnungen", Intent::Invoices),
            ("how much credit do I have left", Intent::Account),
            ("Mijn account", Intent::Account),
            ("Was habe ich bisher gekauft?", Intent::Account),
            ("help", Intent::Help),
            ("Hilfe bitte", Intent::Help),
        ] {
            assert_eq!(Intent::of(text), intent, "{text}");
        }
    }

    #[test]
    fn quote_requests_in_three_languages() {
        for (text, quantity, product) in [
            ("add 10 office chairs to my quote", "10", "office chairs"),
            (
                "voeg 12 office lamps toe aan mijn offerte",
                "12",
                "office lamps",
            ),
            ("füge 3 Large Desks zum Angebot hinzu", "3", "large desks"),
            ("put the corner desk in my quotation", "1", "corner desk"),
            ("add 2,5 storage box to my quote", "2.5", "storage box"),
        ] {
            assert_eq!(Intent::of(text), Intent::Quote, "{text}");
            assert_eq!(
                quote_request(text),
                (quantity.to_owned(), product.to_owned()),
                "{text}"
            );
        }
        assert_eq!(
            Intent::of("compare the chair and the lamp for my quote"),
            Intent::Compare
        );
        for text in [
            "Request approval for my quote",
            "submit the quote please",
            "Ik wil mijn offerte laten goedkeuren",
            "bevestig de offerte",
            "Bitte das Angebot genehmigen",
            "Angebot bestätigen",
        ] {
            assert_eq!(Intent::of(text), Intent::Submit, "{text}");
        }
    }

    #[test]
    fn compare_intent_in_three_languages() {
        for text in [
            "compare the office chair and the office lamp",
            "Vergelijk de stoel met de lamp",
            "Vergleiche Stuhl und Lampe",
            "chair vs lamp",
        ] {
            assert_eq!(Intent::of(text), Intent::Compare, "{text}");
        }
        assert_eq!(Intent::of("do you have office chairs?"), Intent::Browse);
    }

    #[test]
    fn mentions_split_on_conjunctions_and_commas() {
        assert_eq!(
            mentions("compare the office chair and the office lamp"),
            ["compare the office chair", "the office lamp"]
        );
        assert_eq!(
            mentions("vergleiche Office Chair, Office Lamp und Drawer"),
            ["vergleiche office chair", "office lamp", "drawer"]
        );
        assert_eq!(
            mentions("large desk vs. corner desk"),
            ["large desk", "corner desk"]
        );
    }
}
