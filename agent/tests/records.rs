//! A customer's own records in chat: where an order stands, invoices, the account, on the demo
//! store. Another customer's order, asked for by reference, is not found, and nobody signed in
//! is asked to sign in.

mod common;

use std::time::Duration;

use common::chat::{last_value, text, Chat};
use serde_json::json;

const ORDER: &str = "showroom.order_status";

#[tokio::test]
async fn orders_invoices_and_the_account_for_their_own_customer_only() {
    let base = common::start(Duration::ZERO).await;
    let mut deco = Chat::open(&base, Some("deco")).await;

    let said = deco.say("where is my order S00020?").await;
    assert_eq!(last_value(&said, ORDER, "reference"), Some(json!("S00020")));
    assert!(
        text(&said).contains("delivered and invoiced"),
        "{}",
        text(&said)
    );
    let timeline = last_value(&said, ORDER, "timeline").unwrap();
    assert!(timeline
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["at"].is_string()));

    // Without a reference: the latest confirmed order (S00022 is only a quotation).
    let said = deco.say("waar blijft mijn bestelling?").await;
    assert_eq!(last_value(&said, ORDER, "reference"), Some(json!("S00021")));

    // Gemini's order asked for by Deco: not found, in the same words as one that never was.
    let theirs = deco.say("status of order S00023").await;
    let never = deco.say("status of order S09999").await;
    assert_eq!(last_value(&theirs, ORDER, "reference"), None);
    assert!(
        text(&theirs).contains("could not find an order S00023"),
        "{}",
        text(&theirs)
    );
    assert_eq!(
        text(&theirs).replace("S00023", "S09999"),
        text(&never),
        "another customer's order and a missing one read alike"
    );

    let said = deco.say("show my invoices").await;
    assert!(
        text(&said).contains("all of them are paid"),
        "{}",
        text(&said)
    );
    let mut gemini = Chat::open(&base, Some("gemini")).await;
    gemini.locale = Some("de");
    let said = gemini.say("Welche Rechnungen sind noch offen?").await;
    assert!(text(&said).contains("1.042,17 €"), "{}", text(&said));
    let invoices = last_value(&said, "showroom.invoice_list", "invoices").unwrap();
    assert_eq!(invoices.as_array().unwrap().len(), 2);
    assert!(invoices
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["number"] != "INV/2026/00012"));

    // Azure Interior has a credit note: listed as one, and what is still to pay is net of it.
    let mut azure = Chat::open(&base, Some("azure")).await;
    let said = azure.say("show my invoices").await;
    assert!(
        text(&said).contains("after your credit notes, €54.41 is still to be paid"),
        "{}",
        text(&said)
    );
    let invoices = last_value(&said, "showroom.invoice_list", "invoices").unwrap();
    assert!(invoices
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["kind"] == "credit_note"
            && i["number"] == "RINV/2026/00003"
            && i["amount"]["amount"] == "-95.59"));
    assert_eq!(
        last_value(&said, "showroom.invoice_list", "outstanding"),
        Some(json!({"amount": "54.41", "currency": "EUR", "taxIncluded": true}))
    );
    // The account counts the same receivable.
    let said = azure.say("how much credit do I have left?").await;
    assert!(
        text(&said).contains("€54.41 of your €50,000.00 credit"),
        "{}",
        text(&said)
    );
    assert_eq!(
        last_value(&said, "showroom.account_summary", "pricelist"),
        Some(json!("Volume"))
    );

    // Nobody signed in: asked to, and shown nothing.
    let mut guest = Chat::open(&base, None).await;
    for ask in ["where is my order S00020", "my invoices", "my account"] {
        let said = guest.say(ask).await;
        assert!(
            text(&said).contains("sign in first"),
            "{ask}: {}",
            text(&said)
        );
        assert!(said
            .iter()
            .all(|e| !matches!(e, showroom_protocol::Event::ActivitySnapshot(_))));
    }
}

/// "Which invoices are overdue?": only those, in each language, with what is outstanding on the
/// whole account; none in a state is said, not shown as an empty list without a word.
#[tokio::test]
async fn invoices_are_shown_paid_open_or_overdue_as_asked() {
    let base = common::start(Duration::ZERO).await;
    let numbers = |said: &[showroom_protocol::Event]| -> Vec<String> {
        let invoices = last_value(said, "showroom.invoice_list", "invoices").unwrap();
        (invoices.as_array().unwrap().iter())
            .map(|i| i["number"].as_str().unwrap().to_owned())
            .collect()
    };
    let mut gemini = Chat::open(&base, Some("gemini")).await;
    // Gemini Furniture: INV/2026/00015 was due on 9 November, INV/2026/00018 is due in December.
    let said = gemini.say("which of my invoices are overdue?").await;
    assert_eq!(numbers(&said), ["INV/2026/00015"]);
    assert!(
        text(&said).starts_with("Your overdue invoices, past their due date: 1."),
        "{}",
        text(&said)
    );
    let said = gemini.say("show my open invoices").await;
    assert_eq!(numbers(&said).len(), 2, "{:?}", numbers(&said));
    let said = gemini.say("my paid invoices please").await;
    assert!(numbers(&said).is_empty());
    assert!(
        text(&said).starts_with("None of your invoices is paid yet."),
        "{}",
        text(&said)
    );
    gemini.locale = Some("de");
    let said = gemini.say("welche Rechnungen sind überfällig?").await;
    assert_eq!(numbers(&said), ["INV/2026/00015"]);
    assert!(
        text(&said).starts_with("Ihre überfälligen Rechnungen: 1."),
        "{}",
        text(&said)
    );
    gemini.locale = Some("nl");
    let said = gemini.say("welke facturen staan nog open?").await;
    assert_eq!(numbers(&said).len(), 2, "{}", text(&said));
}

#[tokio::test]
async fn an_earlier_order_is_put_into_the_quote_again_in_words() {
    let base = common::start(Duration::ZERO).await;
    for (locale, latest, named) in [
        (
            "en",
            "order the same as last time again",
            "reorder S00020 please",
        ),
        (
            "nl",
            "nog eens hetzelfde als mijn vorige bestelling",
            "bestel S00020 opnieuw",
        ),
        (
            "de",
            "nochmal dasselbe wie meine letzte Bestellung",
            "S00020 erneut bestellen",
        ),
    ] {
        let mut deco = Chat::open(&base, Some("deco")).await;
        deco.locale = Some(locale);
        // The latest confirmed order, S00021: one Large Desk and two Cabinets with Doors.
        let said = deco.say(latest).await;
        let lines = last_value(&said, "showroom.quote_card", "lines")
            .unwrap_or_else(|| panic!("{locale}: a quote: {}", text(&said)));
        let lines: Vec<(u64, &str)> = (lines.as_array().unwrap().iter())
            .map(|l| {
                (
                    l["productId"].as_u64().unwrap(),
                    l["quantity"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(lines, [(7, "1"), (17, "2")], "{locale}");
        assert!(text(&said).contains("S00021"), "{}", text(&said));
        // By reference: added to the same draft.
        let said = deco.say(named).await;
        let lines = last_value(&said, "showroom.quote_card", "lines").unwrap();
        assert_eq!(lines.as_array().unwrap().len(), 4, "{locale}: {lines}");
    }
    // Nobody signed in is asked to sign in.
    let mut shopper = Chat::open(&base, None).await;
    let said = shopper.say("reorder S00020").await;
    assert_eq!(last_value(&said, "showroom.quote_card", "lines"), None);
}
