//! A confirmed order changes, over a real socket on the demo store kept in SQLite, only once
//! the person approves, only while nothing has shipped, and shows as it stands otherwise.

mod common;

use common::chat::{component_id, interrupt, last_value, text, Chat};
use common::temp_db;
use serde_json::json;

const APPROVAL: &str = "showroom.approval_card";

/// A confirmed order not yet shipped changes in its order status component, once approved;
/// one on its way does not.
#[tokio::test]
async fn an_order_changes_once_approved_while_nothing_has_shipped() {
    let (base, stop) = common::start_stored(&temp_db()).await;
    let mut deco = Chat::open(&base, Some("deco")).await;
    let shown = deco.say("where is my order S00021?").await;
    let status = component_id(&shown, ORDER).unwrap();
    let lines = last_value(&shown, ORDER, "lines").unwrap();
    assert_eq!(lines[0]["changeable"], true, "{lines}");
    let total_before = last_value(&shown, ORDER, "total").unwrap()["amount"].clone();

    let act = |name: &str, args: serde_json::Value| {
        json!({ "messages": [], "forwardedProps": { "showroom": { "action": {
            "name": name, "messageId": status, "args": args } } } })
    };
    let (_, asked) = deco
        .run(act(
            "order.set_quantity",
            json!({ "orderId": 21, "lineId": 211, "value": "2" }),
        ))
        .await;
    let id = interrupt(&asked).expect("a change waits for approval");
    let changes = last_value(&asked, APPROVAL, "changes").unwrap();
    assert_eq!(
        (changes[0]["before"].as_str(), changes[0]["after"].as_str()),
        (Some("1 Units"), Some("2 Units"))
    );
    let (_, changed) = deco.resume(&id, "resolved").await;
    let lines = last_value(&changed, ORDER, "lines").unwrap();
    assert_eq!(lines[0]["quantity"], "2");
    assert_ne!(
        last_value(&changed, ORDER, "total").unwrap()["amount"],
        total_before
    );
    assert!(text(&changed).contains("Order S00021 is changed"));

    // Cancelling a line.
    let (_, asked) = deco
        .run(act(
            "order.cancel_line",
            json!({ "orderId": 21, "lineId": 212 }),
        ))
        .await;
    let (_, changed) = deco.resume(&interrupt(&asked).unwrap(), "resolved").await;
    assert_eq!(
        last_value(&changed, ORDER, "lines")
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // S00020 has been delivered: nothing in it can change.
    let shown = deco.say("status of S00020").await;
    assert_eq!(
        last_value(&shown, ORDER, "lines").unwrap()[0]["changeable"],
        false
    );
    let delivered = component_id(&shown, ORDER).unwrap();
    let (_, refused) = deco
        .run(
            json!({ "messages": [], "forwardedProps": { "showroom": { "action": {
            "name": "order.set_quantity", "messageId": delivered,
            "args": { "orderId": 20, "lineId": 201, "value": "9" } } } } }),
        )
        .await;
    assert_eq!(interrupt(&refused), None);
    stop().await.unwrap();
}

/// Declined, or refused by the store: the order status component shows the order as it stands
/// again, not the quantity that was typed into it.
#[tokio::test]
async fn a_declined_or_refused_change_shows_the_order_as_it_stands() {
    let (base, stop) = common::start_stored(&temp_db()).await;
    let mut deco = Chat::open(&base, Some("deco")).await;
    let shown = deco.say("where is my order S00021?").await;
    let status = component_id(&shown, ORDER).unwrap();
    let act = |value: &str| {
        json!({ "messages": [], "forwardedProps": { "showroom": { "action": {
            "name": "order.set_quantity", "messageId": status,
            "args": { "orderId": 21, "lineId": 211, "value": value } } } } })
    };
    for (value, answer) in [("3", "cancelled"), ("999", "resolved")] {
        let (_, asked) = deco.run(act(value)).await;
        let (_, answered) = deco.resume(&interrupt(&asked).unwrap(), answer).await;
        let lines = last_value(&answered, ORDER, "lines").expect("the order shown again");
        assert_eq!(lines[0]["quantity"], "1", "{value} {answer}");
    }
    stop().await.unwrap();
}

const ORDER: &str = "showroom.order_status";
