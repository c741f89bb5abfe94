//! The client against recorded Odoo 18 traffic (tests/cassettes/), replayed through a loopback
//! server so the whole HTTP path runs in CI; `cargo test -p showroom-odoo --features live` with
//! ODOO_URL, ODOO_DB, ODOO_LOGIN and ODOO_KEY runs the same journeys against a real Odoo and
//! records them again.

mod support;

use std::time::Duration;

use serde_json::json;
use showroom_odoo::{OdooClient, OdooConfig, OdooError, OdooVersion};
use support::cassette::Cassette;

fn config(cassette: &Cassette) -> OdooConfig {
    OdooConfig {
        url: cassette.url.clone(),
        db: cassette.db.clone(),
        login: cassette.login.clone(),
        api_key: cassette.key.clone(),
        timeout: Duration::from_secs(20),
        max_concurrent: 4,
    }
}

#[tokio::test]
async fn catalogue_and_partners_on_odoo_18() {
    let cassette = Cassette::open("odoo18_catalogue").await;
    let client = OdooClient::connect(&config(&cassette)).await.unwrap();
    assert_eq!(client.version(), OdooVersion::V18);

    let products = client
        .search_read(
            "product.product",
            json!([["sale_ok", "=", true]]),
            &["name", "list_price", "default_code"],
            Some(5),
            Some("id"),
            None,
        )
        .await
        .unwrap();
    assert_eq!(products.len(), 5);
    assert!(products
        .iter()
        .all(|p| p["name"].is_string() && p["list_price"].is_number()));

    let companies = client
        .search_read(
            "res.partner",
            json!([["is_company", "=", true]]),
            &["name"],
            Some(3),
            Some("id"),
            None,
        )
        .await
        .unwrap();
    assert!(!companies.is_empty());

    // A record that does not exist: Odoo 18's read answers nothing (it does not raise) …
    let none = client
        .read("res.partner", &[999_999_999], &["name"], None)
        .await
        .unwrap();
    assert!(none.is_empty());
    // … and a write to it is Odoo's MissingError, typed, without its traceback.
    let missing = client
        .write("res.partner", &[999_999_999], json!({"comment": "x"}), None)
        .await
        .unwrap_err();
    assert!(matches!(missing, OdooError::Missing(_)), "{missing:?}");
    assert!(!missing.to_string().contains("Traceback"));

    assert_eq!(
        client.round_trips(),
        2 + 4,
        "version + authenticate, then one call each"
    );
    cassette.finish();
}
