//! Quotes become quotations, and quotations orders, only after the person approves, through
//! AG-UI 1.0 interrupts: over a real socket, on the demo store kept in SQLite, across a restart.

mod common;

use common::chat::{component_id, interrupt, last_value, outcome_is_success, text, Chat};
use common::temp_db;
use serde_json::json;
use showroom_agent::store::Store;

async fn start(database: &str) -> (String, impl FnOnce() -> tokio::task::JoinHandle<()>) {
    common::start_stored(database).await
}

const QUOTE: &str = "showroom.quote_card";
const APPROVAL: &str = "showroom.approval_card";

/// The body of a run that uses `action` in the component `message_id`.
fn acting(action: &str, message_id: &str) -> serde_json::Value {
    json!({ "messages": [], "forwardedProps": { "showroom": { "action": {
        "name": action, "messageId": message_id, "args": {} } } } })
}

#[tokio::test]
async fn an_approved_quote_is_sent_then_accepted_once_and_survives_a_restart() {
    let db = temp_db();
    let (base, stop) = start(&db).await;
    let mut chat = Chat::open(&base, Some("deco")).await;
    let added = chat.say("add 10 office chairs to my quote").await;
    let quote = component_id(&added, QUOTE).unwrap();
    let asked = chat.say("Request approval for my quote").await;
    let id = interrupt(&asked).expect("the run stops on an approval");
    assert_eq!(
        last_value(&asked, QUOTE, "state"),
        Some(json!("awaiting_approval"))
    );
    assert_eq!(
        last_value(&asked, APPROVAL, "state"),
        Some(json!("pending"))
    );
    assert_eq!(last_value(&asked, APPROVAL, "interruptId"), Some(json!(id)));

    // Approved: the shop sends it as a quotation, to be accepted in the chat.
    let (status, sent) = chat.resume(&id, "resolved").await;
    assert_eq!(status, 200);
    assert!(outcome_is_success(&sent));
    assert_eq!(last_value(&sent, QUOTE, "state"), Some(json!("sent")));
    assert_eq!(
        last_value(&sent, QUOTE, "acceptance"),
        Some(json!("in_chat"))
    );
    let reference = last_value(&sent, QUOTE, "reference").unwrap();
    assert_eq!(reference, json!("S00100"));
    assert_eq!(
        last_value(&sent, APPROVAL, "state"),
        Some(json!("approved"))
    );
    assert!(
        text(&sent).contains("Quotation S00100 is ready. Accept it here"),
        "no portal in the demo store, so no link is promised: {}",
        text(&sent)
    );

    // The same approval again: nothing is waiting any more, nothing is made twice.
    let (again, _) = chat.resume(&id, "resolved").await;
    assert_eq!(again, 409);
    // Another session cannot answer it either (its thread is not theirs).
    let mut other = Chat::open(&base, Some("gemini")).await;
    other.thread = chat.thread.clone();
    assert_eq!(other.resume(&id, "resolved").await.0, 404);

    // Accepting asks once more, in the buyer's name; approved, the order is confirmed.
    let (_, asked) = chat.run(acting("quote.accept", &quote)).await;
    let accept = interrupt(&asked).expect("accepting waits for approval");
    assert!(
        text(&asked).contains("in the name of Deco Addict"),
        "{}",
        text(&asked)
    );
    let (_, accepted) = chat.resume(&accept, "resolved").await;
    assert_eq!(
        last_value(&accepted, QUOTE, "state"),
        Some(json!("confirmed"))
    );
    assert!(
        text(&accepted).contains("Order S00100 is confirmed"),
        "{}",
        text(&accepted)
    );
    // A confirmed order is not accepted again.
    let (_, twice) = chat.run(acting("quote.accept", &quote)).await;
    assert_eq!(interrupt(&twice), None);

    stop().await.unwrap();
    let store = Store::open(&db).await.unwrap();
    let records = store.records().await.unwrap();
    assert_eq!(records.len(), 1, "{records:?}");
    assert!(records[0].data.contains("S00100"));
    assert!(
        records[0].data.contains(r#""state":"sale""#),
        "{}",
        records[0].data
    );
    assert!(
        records[0].data.contains(r#""signedBy":"Deco Addict""#),
        "{}",
        records[0].data
    );
    let audit = store.audit().await.unwrap();
    let done: Vec<(&str, &str, Option<i64>)> = audit
        .iter()
        .map(|a| (a.action.as_str(), a.outcome.as_str(), a.partner_id))
        .collect();
    assert_eq!(
        done,
        [
            ("send_quotation", "done", Some(10)),
            ("confirm_order", "done", Some(10))
        ]
    );
    assert_eq!(audit[0].record.as_deref(), Some("sale.order 100 S00100"));

    // After a restart the order is still there: its chairs are reserved, and the next
    // quotation gets the next reference.
    let (base, stop) = start(&db).await;
    let mut chat = Chat::open(&base, Some("deco")).await;
    let compared = chat
        .say("compare the office chair and the office lamp")
        .await;
    let products = last_value(&compared, "showroom.product_comparator", "products").unwrap();
    assert_eq!(products[0]["stock"]["available"], "14");
    chat.say("add 1 office lamp to my quote").await;
    let id = interrupt(&chat.say("confirm my quote").await).unwrap();
    let (_, approved) = chat.resume(&id, "resolved").await;
    assert_eq!(
        last_value(&approved, QUOTE, "reference"),
        Some(json!("S00101"))
    );
    stop().await.unwrap();
}

/// The buyer's purchase-order reference, typed on the draft, stays through re-pricing and
/// reaches the quotation; a rejected acceptance leaves the quotation open.
#[tokio::test]
async fn a_po_reference_reaches_the_quotation_and_a_rejected_acceptance_leaves_it_open() {
    let db = temp_db();
    let (base, stop) = start(&db).await;
    let mut chat = Chat::open(&base, Some("azure")).await;
    let added = chat.say("add 2 office lamps to my quote").await;
    let quote = component_id(&added, QUOTE).unwrap();
    let set = |value: &str| {
        json!({ "threadId": chat.thread, "messageId": quote, "args": { "value": value },
            "idempotencyKey": format!("reference-{value}") })
        .to_string()
    };
    let path = "/api/actions/quote.set_reference";
    let typed = common::post(&base, path, set("  PO-2026-118 "), Some(&chat.cookie)).await;
    assert_eq!(typed.status(), 200);
    let too_long = common::post(&base, path, set(&"9".repeat(65)), Some(&chat.cookie)).await;
    assert_eq!(too_long.status(), 400);
    let control = common::post(&base, path, set("PO\u{7}"), Some(&chat.cookie)).await;
    assert_eq!(control.status(), 400);
    let more = chat.say("add 1 office lamp to my quote").await;
    assert_eq!(
        last_value(&more, QUOTE, "customerReference"),
        Some(json!("PO-2026-118")),
        "re-priced, the reference stays"
    );
    let id = interrupt(&chat.say("submit my quote").await).unwrap();
    let (_, sent) = chat.resume(&id, "resolved").await;
    assert_eq!(
        last_value(&sent, QUOTE, "customerReference"),
        Some(json!("PO-2026-118"))
    );
    let (_, asked) = chat.run(acting("quote.accept", &quote)).await;
    let accept = interrupt(&asked).unwrap();
    let (_, rejected) = chat.resume(&accept, "cancelled").await;
    assert_eq!(
        last_value(&rejected, QUOTE, "state"),
        None,
        "the card is left as it was"
    );
    assert!(
        text(&rejected).contains("stays open"),
        "{}",
        text(&rejected)
    );
    stop().await.unwrap();
    let records = Store::open(&db).await.unwrap().records().await.unwrap();
    assert!(
        records[0]
            .data
            .contains(r#""customerReference":"PO-2026-118""#),
        "{}",
        records[0].data
    );
    assert!(
        records[0].data.contains(r#""state":"sent""#),
        "{}",
        records[0].data
    );
}

#[tokio::test]
async fn a_rejected_or_overtaken_approval_leaves_the_quote_a_draft() {
    let (base, stop) = start(&temp_db()).await;
    let mut chat = Chat::open(&base, Some("deco")).await;
    chat.say("voeg 2 office lamps toe aan mijn offerte").await;
    let id = interrupt(&chat.say("offerte goedkeuren").await).unwrap();
    let (_, rejected) = chat.resume(&id, "cancelled").await;
    assert_eq!(
        last_value(&rejected, APPROVAL, "state"),
        Some(json!("rejected"))
    );
    assert_eq!(last_value(&rejected, QUOTE, "state"), Some(json!("draft")));
    assert!(outcome_is_success(&rejected));

    // A new message while an approval waits answers it `cancelled`, then is answered itself.
    let id = interrupt(&chat.say("submit my quote").await).unwrap();
    let overtaken = chat.say("add 1 office chair to my quote").await;
    assert_eq!(
        last_value(&overtaken, APPROVAL, "state"),
        Some(json!("rejected"))
    );
    let lines = last_value(&overtaken, QUOTE, "lines").unwrap();
    assert_eq!(lines.as_array().unwrap().len(), 2, "{lines}");
    assert_eq!(chat.resume(&id, "resolved").await.0, 409);
    // An interrupt id the thread never had.
    assert_eq!(chat.resume("approval-forged", "resolved").await.0, 409);
    stop().await.unwrap();
}

#[tokio::test]
async fn the_rules_refuse_with_a_reason_and_nothing_is_placed() {
    let db = temp_db();
    let (base, stop) = start(&db).await;
    // Anonymous shoppers build quotes but sign in to order.
    let mut guest = Chat::open(&base, None).await;
    guest.say("add 2 office chairs to my quote").await;
    let said = guest.say("submit my quote").await;
    assert_eq!(interrupt(&said), None);
    assert!(text(&said).contains("sign in"), "{}", text(&said));

    // Over the credit limit (Gemini Furniture: 15,000): refused before anyone approves.
    let mut gemini = Chat::open(&base, Some("gemini")).await;
    gemini.say("add 20 large desks to my quote").await;
    let said = gemini.say("submit my quote").await;
    assert_eq!(interrupt(&said), None, "{}", text(&said));
    assert!(text(&said).contains("credit limit"), "{}", text(&said));
    // In German, the store's own reason is in German too, amounts as Germans write them.
    gemini.locale = Some("de");
    let said = gemini.say("Angebot zur Freigabe einreichen").await;
    assert_eq!(interrupt(&said), None, "{}", text(&said));
    assert!(
        text(&said).contains("das Kreditlimit von Gemini Furniture (15.000,00 €)"),
        "{}",
        text(&said)
    );

    // A product the shop does not sell out of stock: approved, then refused by the store with
    // the reason.
    let mut deco = Chat::open(&base, Some("deco")).await;
    deco.say("add 2 desk lamp black to my quote").await;
    let id = interrupt(&deco.say("submit my quote").await).unwrap();
    let (_, refused) = deco.resume(&id, "resolved").await;
    assert_eq!(
        last_value(&refused, APPROVAL, "state"),
        Some(json!("failed"))
    );
    assert_eq!(last_value(&refused, QUOTE, "state"), Some(json!("draft")));
    assert!(text(&refused).contains("Only 0"), "{}", text(&refused));
    stop().await.unwrap();
    let store = Store::open(&db).await.unwrap();
    assert!(store.records().await.unwrap().is_empty());
    let audit = store.audit().await.unwrap();
    assert_eq!(audit.len(), 1);
    // The audit keeps why, by the refusal's stable code (the words are the viewer's).
    assert_eq!(audit[0].outcome, "refused: out_of_stock", "{audit:?}");
}

#[tokio::test]
async fn a_support_ticket_is_opened_once_approved_and_only_about_ones_own_order() {
    let db = temp_db();
    let (base, stop) = start(&db).await;
    let mut deco = Chat::open(&base, Some("deco")).await;
    let asked = deco.say("my order S00021 arrived damaged").await;
    let id = interrupt(&asked).expect("opening a ticket waits for approval");
    let changes = last_value(&asked, APPROVAL, "changes").unwrap();
    assert_eq!(changes[1]["after"], "S00021", "{changes}");
    let (_, opened) = deco.resume(&id, "resolved").await;
    assert_eq!(
        last_value(&opened, "showroom.ticket_card", "reference"),
        Some(json!("T00001"))
    );
    assert_eq!(
        last_value(&opened, "showroom.ticket_card", "order"),
        Some(json!("S00021"))
    );
    assert!(
        text(&opened).contains("Ticket T00001 is open"),
        "{}",
        text(&opened)
    );
    assert_eq!(deco.resume(&id, "resolved").await.0, 409);

    // Rejected: nothing opened.
    let id = interrupt(&deco.say("I have a complaint about the delivery").await).unwrap();
    let (_, rejected) = deco.resume(&id, "cancelled").await;
    assert!(text(&rejected).contains("No ticket was opened"));

    // About someone else's order: not found, nothing asked.
    let mut gemini = Chat::open(&base, Some("gemini")).await;
    let said = gemini.say("order S00021 is broken").await;
    assert_eq!(interrupt(&said), None);
    assert!(
        text(&said).contains("could not find an order S00021"),
        "{}",
        text(&said)
    );
    stop().await.unwrap();

    let store = Store::open(&db).await.unwrap();
    let tickets: Vec<_> = store
        .records()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.kind == "ticket")
        .collect();
    assert_eq!(tickets.len(), 1);
    let audit = store.audit().await.unwrap();
    assert_eq!(
        (audit[0].action.as_str(), audit[0].record.as_deref()),
        ("open_ticket", Some("ticket T00001"))
    );
}

/// The message id of the first component of `activity_type` a run showed.
const WIDGET: &str = "showroom.booking_widget";

#[tokio::test]
async fn a_visit_chosen_in_the_widget_is_booked_once_approved_and_taken_from_the_calendar() {
    let (base, stop) = start(&temp_db()).await;
    let mut deco = Chat::open(&base, Some("deco")).await;
    let shown = deco.say("book a showroom visit on december 7").await;
    let widget = component_id(&shown, WIDGET).expect("free times are shown");
    let slots = last_value(&shown, WIDGET, "slots").unwrap();
    let starts: Vec<&str> = slots
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["start"].as_str().unwrap())
        .collect();
    assert_eq!(starts[0], "2026-12-07T09:00:00Z");
    assert!(
        !starts.contains(&"2026-12-07T14:00:00Z"),
        "the advisor is busy then"
    );

    let choose = |start: &str| {
        json!({ "messages": [], "forwardedProps": { "showroom": { "action": {
            "name": "booking.choose", "messageId": widget, "args": { "start": start } } } } })
    };
    let (status, asked) = deco.run(choose("2026-12-07T09:00:00Z")).await;
    assert_eq!(status, 200);
    let id = interrupt(&asked).expect("booking waits for approval");
    assert_eq!(
        last_value(&asked, WIDGET, "state"),
        Some(json!("awaiting_approval"))
    );
    let (_, booked) = deco.resume(&id, "resolved").await;
    assert_eq!(
        last_value(&booked, WIDGET, "state"),
        Some(json!("confirmed"))
    );
    assert_eq!(
        last_value(&booked, WIDGET, "reference"),
        Some(json!("B00001"))
    );
    assert!(
        text(&booked).contains("Monday 7 December, 09:00 (UTC)"),
        "{}",
        text(&booked)
    );

    // Taken: another customer is not offered it.
    let mut gemini = Chat::open(&base, Some("gemini")).await;
    let shown = gemini.say("Termin am 7. Dezember").await;
    let slots = last_value(&shown, WIDGET, "slots").unwrap().to_string();
    assert!(!slots.contains("2026-12-07T09:00:00Z"));
    // A time the widget never offered, an unknown action, or a message that is no component.
    let (status, refused) = deco.run(choose("2026-12-07T03:00:00Z")).await;
    assert_eq!(status, 200, "refused inside the run");
    let code = refused.iter().find_map(|e| match e {
        showroom_protocol::Event::RunError(e) => e.code.clone(),
        _ => None,
    });
    assert_eq!(code.as_deref(), Some("not_found"));
    let (status, _) = deco
        .run(
            json!({ "messages": [], "forwardedProps": { "showroom": { "action": {
            "name": "order.cancel", "messageId": widget, "args": {} } } } }),
        )
        .await;
    assert_eq!(status, 400);
    stop().await.unwrap();
}

#[tokio::test]
async fn a_shopper_who_is_not_signed_in_requests_a_visit_and_the_time_is_held() {
    let (base, stop) = start(&temp_db()).await;
    let mut shopper = Chat::open(&base, None).await;
    let shown = shopper.say("book a showroom visit on december 8").await;
    let widget = component_id(&shown, WIDGET).expect("free times are shown to anyone");
    let choose = json!({ "messages": [], "forwardedProps": { "showroom": { "action": {
        "name": "booking.choose", "messageId": widget,
        "args": { "start": "2026-12-08T10:00:00Z" } } } } });
    let (status, asked) = shopper.run(choose.clone()).await;
    assert_eq!(status, 200);
    let id = interrupt(&asked).expect("the request waits for approval too");
    let (_, requested) = shopper.resume(&id, "resolved").await;
    assert_eq!(
        last_value(&requested, WIDGET, "state"),
        Some(json!("requested")),
        "held, not confirmed: {}",
        text(&requested)
    );
    assert_eq!(
        last_value(&requested, WIDGET, "reference"),
        Some(json!("R00001"))
    );
    assert!(text(&requested).contains("an advisor will confirm"));
    // Answering the same approval again requests nothing twice.
    let (status, _) = shopper.resume(&id, "resolved").await;
    assert_eq!(status, 409, "the approval is answered");

    // Held: a customer is not offered that time.
    let mut deco = Chat::open(&base, Some("deco")).await;
    let shown = deco.say("book a showroom visit on december 8").await;
    let slots = last_value(&shown, WIDGET, "slots").unwrap().to_string();
    assert!(slots.contains("2026-12-08T09:00:00Z"), "{slots}");
    assert!(!slots.contains("2026-12-08T10:00:00Z"), "{slots}");
    stop().await.unwrap();
}

/// A discount asked for in the chat is never a price: it is noted on the draft quote, goes with
/// the quotation as a request for the shop, and is shown pending; without a quote, the buyer is
/// told how to make one first.
#[tokio::test]
async fn a_discount_asked_for_goes_with_the_quotation_as_a_pending_request() {
    let db = temp_db();
    let (base, stop) = start(&db).await;
    let mut chat = Chat::open(&base, Some("deco")).await;
    let early = chat.say("can I get a discount?").await;
    assert!(
        text(&early).contains("Put the products in a quote first"),
        "{}",
        text(&early)
    );
    assert_eq!(last_value(&early, QUOTE, "lines"), None);
    chat.say("add 20 office chairs to my quote").await;
    let asked = chat.say("could you do 10% off if I take 20?").await;
    assert_eq!(
        last_value(&asked, QUOTE, "discountRequest"),
        Some(json!("could you do 10% off if I take 20?"))
    );
    let total = last_value(&asked, QUOTE, "total").unwrap();
    assert!(
        text(&asked).contains("the shop's salesperson"),
        "{}",
        text(&asked)
    );
    let id = interrupt(&chat.say("submit my quote").await).unwrap();
    let (_, sent) = chat.resume(&id, "resolved").await;
    assert_eq!(last_value(&sent, QUOTE, "state"), Some(json!("sent")));
    assert_eq!(
        last_value(&sent, QUOTE, "discountRequest"),
        Some(json!("could you do 10% off if I take 20?"))
    );
    assert_eq!(
        last_value(&sent, QUOTE, "total"),
        Some(total),
        "no price changed here"
    );
    stop().await.unwrap();
    let records = Store::open(&db).await.unwrap().records().await.unwrap();
    assert!(
        records[0]
            .data
            .contains(r#""discountRequest":"could you do 10% off if I take 20?""#),
        "{}",
        records[0].data
    );
}

/// More than is free of a product the shop sells out of stock: taken, and the buyer told what
/// follows later.
#[tokio::test]
async fn more_than_is_in_stock_is_back_ordered_and_said() {
    let (base, stop) = start(&temp_db()).await;
    let mut deco = Chat::open(&base, Some("deco")).await;
    deco.say("add 30 office chairs to my quote").await;
    let id = interrupt(&deco.say("submit my quote").await).unwrap();
    let (_, sent) = deco.resume(&id, "resolved").await;
    assert_eq!(last_value(&sent, QUOTE, "state"), Some(json!("sent")));
    let warnings = last_value(&sent, QUOTE, "warnings").unwrap();
    assert_eq!(warnings[0]["kind"], "stock", "{warnings}");
    assert!(
        text(&sent).contains("Office Chair: 24 in stock of the 30 asked for"),
        "{}",
        text(&sent)
    );
    stop().await.unwrap();
}

/// Retry after a quotation was sent: the answer is written again, but the quote is sent and
/// stays so (it sits before the question), so nothing can be made a second time.
#[tokio::test]
async fn retrying_the_answer_after_an_order_places_nothing_twice() {
    let db = temp_db();
    let (base, stop) = start(&db).await;
    let mut chat = Chat::open(&base, Some("deco")).await;
    chat.say("add 2 office lamps to my quote").await;
    let id = interrupt(&chat.say("submit my quote").await).unwrap();
    chat.resume(&id, "resolved").await;

    let snapshot: serde_json::Value = reqwest::Client::new()
        .get(format!("{base}/api/threads/{}", chat.thread))
        .header("cookie", &chat.cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let messages = snapshot["messages"].as_array().unwrap();
    let question = messages.iter().rposition(|m| m["role"] == "user").unwrap();
    let answer = messages[question + 1]["id"].as_str().unwrap();
    let rewound = common::post(
        &base,
        &format!("/api/threads/{}/rewind", chat.thread),
        json!({ "messageId": answer }).to_string(),
        Some(&chat.cookie),
    )
    .await;
    assert_eq!(rewound.status(), 200);
    let again = chat
        .run(json!({ "messages": [messages[question].clone()] }))
        .await
        .1;
    assert_eq!(interrupt(&again), None, "{}", text(&again));
    assert!(text(&again).contains("no draft quote"), "{}", text(&again));
    stop().await.unwrap();
    let orders = Store::open(&db)
        .await
        .unwrap()
        .records()
        .await
        .unwrap()
        .len();
    assert_eq!(orders, 1);
}

/// "Reserve 2 office lamps": into the quote and up for approval at once (the approved
/// quotation, once accepted, holds the stock).
#[tokio::test]
async fn reserving_puts_the_quote_up_for_approval_at_once() {
    let (base, stop) = start(&temp_db()).await;
    let mut deco = Chat::open(&base, Some("deco")).await;
    let asked = deco.say("reserveer 2 office lamps voor mij").await;
    let id = interrupt(&asked).expect("the reservation waits for approval");
    assert_eq!(
        last_value(&asked, QUOTE, "state"),
        Some(json!("awaiting_approval"))
    );
    let (_, placed) = deco.resume(&id, "resolved").await;
    assert_eq!(last_value(&placed, QUOTE, "state"), Some(json!("sent")));
    stop().await.unwrap();
}
