use super::*;
use crate::planner::slots::*;

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
fn quantities_in_digits_and_words_in_three_languages() {
    for (text, quantity) in [
        ("add 1,000 pens", "1000"),
        ("voeg 1.000 pens toe", "1000"),
        ("füge 2,5 Boxen hinzu", "2.5"),
        ("add twelve lamps", "12"),
        ("voeg tien lampen toe", "10"),
        ("füge fünf Schränke hinzu", "5"),
        ("add a dozen lamps", "12"),
        ("add lamps", "1"),
    ] {
        assert_eq!(quote_request(text).0, quantity, "{text}");
    }
}

#[test]
fn shopper_questions_about_one_product_in_three_languages() {
    for (text, intent) in [
        ("how much is the office chair?", Intent::Price),
        ("wat kost de bureaustoel", Intent::Price),
        ("Was kostet der Bürostuhl?", Intent::Price),
        ("is the office lamp in stock?", Intent::Stock),
        ("is de kantoorlamp op voorraad", Intent::Stock),
        ("Ist die Bürolampe vorrätig?", Intent::Stock),
        ("how heavy is the large desk", Intent::ProductInfo),
        ("welke kleur heeft de pedaalemmer", Intent::ProductInfo),
        ("Wie groß ist der Schrank?", Intent::ProductInfo),
        ("hi!", Intent::Greeting),
        ("Goedemorgen", Intent::Greeting),
        ("danke schön", Intent::Greeting),
        ("lamps in stock", Intent::Browse),
        ("desks under 300", Intent::Browse),
        ("Stühle billiger als 50 €", Intent::Browse),
        ("what would 10 office chairs cost", Intent::Quote),
        (
            "which is cheaper, the drawer or the cabinet?",
            Intent::Compare,
        ),
    ] {
        assert_eq!(Intent::of(text), intent, "{text}");
    }
    assert_eq!(attribute("hoe zwaar is het groot bureau"), Some("weight"));
    // "Large"/"groot" alone is part of a name, not a question about size.
    assert_eq!(attribute("wat kost het groot bureau"), None);
    assert_eq!(product_words("how heavy is the large desk?"), "large desk");
}

#[test]
fn price_bounds_superlatives_and_stock_filters_in_three_languages() {
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(bounds("desks under €300"), (some("300"), None));
    assert_eq!(bounds("stoelen goedkoper dan 50 euro"), (some("50"), None));
    assert_eq!(bounds("Schränke ab 200 €"), (None, some("200")));
    assert_eq!(
        bounds("desks between 100 and 800"),
        (some("800"), some("100"))
    );
    assert_eq!(
        bounds("bureaus tussen 100 en 1.000 euro"),
        (some("1000"), some("100"))
    );
    assert_eq!(bounds("the most expensive chair"), (None, None));
    assert_eq!(superlative("cheapest desk"), Some("cheapest"));
    assert_eq!(superlative("de duurste stoel"), Some("most_expensive"));
    assert_eq!(superlative("leichtester Stuhl"), Some("lightest"));
    assert_eq!(superlative("desks"), None);
    assert!(in_stock_only("welke lampen zijn op voorraad"));
    assert!(!in_stock_only("lampen"));
    assert_eq!(kind_words("show me desks under €300 in stock"), "desks");
}

#[test]
fn several_products_with_their_quantities_in_one_message() {
    let line = |q: &str, p: &str| (q.to_owned(), p.to_owned());
    assert_eq!(
        quote_lines("add 10 office chairs and 2 office lamps to my quote"),
        [line("10", "office chairs"), line("2", "office lamps")]
    );
    assert_eq!(
        quote_lines("voeg 10 bureaustoelen en twee kantoorlampen toe aan mijn offerte"),
        [line("10", "bureaustoelen"), line("2", "kantoorlampen")]
    );
    assert_eq!(
        quote_lines("was kosten 4 große Schreibtische"),
        [line("4", "große schreibtische")]
    );
    assert_eq!(
        quote_lines("add the corner desk"),
        [line("1", "corner desk")]
    );
}

#[test]
fn intent_words_survive_one_typo_and_compounds() {
    assert!(says("compair", "compar"));
    assert!(says("vergleijk", "vergelijk"));
    assert!(says("rechungen", "rechnung"));
    assert!(says("bestelgeschiedenis", "geschiedenis"));
    // Short stems must be spelled out: "often" is not "offen".
    assert!(!says("often", "offen"));
    assert!(!says("chair", "compar"));
}

#[test]
fn mentions_split_on_conjunctions_and_commas() {
    assert_eq!(
        mentions("compare the office chair and the office lamp"),
        ["office chair", "office lamp"]
    );
    assert_eq!(
        mentions("vergleiche Office Chair, Office Lamp und Drawer"),
        ["office chair", "office lamp", "drawer"]
    );
    // "with" stays: the reading decides whether it joins a name or two products.
    assert_eq!(
        mentions("compair the cabinet with doors or the large cabinet?"),
        ["cabinet with doors", "large cabinet"]
    );
    assert_eq!(
        mentions("large desk vs. corner desk"),
        ["large desk", "corner desk"]
    );
}

#[test]
fn idioms_separable_verbs_and_short_words_cue_their_intent() {
    for (text, intent) in [
        ("looks good, go ahead", Intent::Submit),
        ("rond mijn offerte af", Intent::Submit),
        ("schließ mein Angebot ab", Intent::Submit),
        ("can you hold 3 office chairs for me", Intent::Reserve),
        ("leg 2 banken voor me apart", Intent::Reserve),
        ("take the pedal bin off my quote", Intent::ChangeQuote),
        ("zet de wandklokken op 3", Intent::ChangeQuote),
        (
            "ich brauche jetzt nur noch 2 Schreibtische",
            Intent::ChangeQuote,
        ),
        ("die Lampe kann weg", Intent::ChangeQuote),
        ("kan het goedkoper als we er 40 nemen", Intent::Discount),
        ("ist der Stuhl billiger als der Schrank", Intent::Compare),
        ("gibt es Mengenrabatt", Intent::Discount),
        ("should I get the oak one or the white one", Intent::Compare),
        (
            "plant pot small and plant pot large side by side",
            Intent::Compare,
        ),
        ("the desk arrived with a scratch", Intent::Ticket),
        ("is er vrijdagmiddag nog plek", Intent::Booking),
        ("gibt es noch Treteimer?", Intent::Stock),
        ("how many large desks do you have left", Intent::Stock),
        ("which of my invoices are paid", Intent::Invoices),
        ("add one three-seat sofa", Intent::Quote),
        ("thanks a lot, bye", Intent::Greeting),
        // A word much longer than a stem is another word, not its typo.
        ("zijn er nog pedaalemmers beschikbaar?", Intent::Stock),
    ] {
        assert_eq!(Intent::of(text), intent, "{text}");
    }
}

#[test]
fn a_bare_number_after_order_is_a_reference_when_it_counts_nothing() {
    assert_eq!(
        reference("is order 21 on its way").as_deref(),
        Some("S00021")
    );
    assert_eq!(reference("bestelling 7").as_deref(), Some("S00007"));
    assert_eq!(reference("order 21 chairs"), None);
    let lines = quote_lines("wat zou 10x de kantoorlamp kosten");
    assert!(
        lines.iter().any(|(q, w)| q == "10" && w == "kantoorlamp"),
        "{lines:?}"
    );
}
