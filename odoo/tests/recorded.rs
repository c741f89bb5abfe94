//! The client against recorded Odoo 18 traffic (tests/cassettes/), replayed through a loopback
//! server so the whole HTTP path runs in CI; `cargo test -p showroom-odoo --features live` with
//! ODOO_URL, ODOO_DB, ODOO_LOGIN and ODOO_KEY runs the same journeys against a real Odoo and
//! records them again.

mod support;

use serde_json::json;
use showroom_odoo::{OdooClient, OdooError, OdooVersion};
use support::cassette::Cassette;

#[tokio::test]
async fn catalogue_and_partners_on_odoo_18() {
    let cassette = Cassette::open("odoo18_catalogue").await;
    let client = OdooClient::connect(&cassette.config()).await.unwrap();
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

/// Prices several lines for a customer in one round trip, as Odoo itself would on a quotation
/// being typed: `sale.order.onchange` on an unsaved order returns the pricelist, each line's
/// unit price, discount and totals, and the order's taxes and total, and writes nothing.
#[tokio::test]
async fn several_lines_priced_for_a_customer_in_one_call_on_odoo_18() {
    let cassette = Cassette::open("odoo18_pricing").await;
    let client = OdooClient::connect(&cassette.config()).await.unwrap();
    let products = [16, 17, 45, 18];
    let mut params = serde_json::Map::new();
    params.insert(
        "values".into(),
        json!({
            "partner_id": 10,
            "order_line": products.iter().map(|id| json!([0, 0, {"product_id": id, "product_uom_qty": 3}])).collect::<Vec<_>>(),
        }),
    );
    params.insert("field_names".into(), json!([]));
    params.insert(
        "fields_spec".into(),
        json!({
            "pricelist_id": {}, "amount_untaxed": {}, "amount_tax": {}, "amount_total": {},
            "order_line": {"fields": {"product_id": {}, "product_uom_qty": {}, "price_unit": {}, "discount": {}, "price_subtotal": {}}},
        }),
    );
    let before = client.round_trips();
    let priced = client
        .call(
            "sale.order",
            "onchange",
            Some(&[]),
            params,
            None,
            showroom_odoo::Call::Read,
        )
        .await
        .unwrap();
    assert_eq!(
        client.round_trips() - before,
        1,
        "four lines, one round trip"
    );
    let value = &priced["value"];
    assert_eq!(
        value["pricelist_id"], 2,
        "Deco Addict buys at the Benelux pricelist"
    );
    let lines = value["order_line"].as_array().unwrap();
    assert_eq!(lines.len(), 4);
    for line in lines {
        let line = &line[2];
        assert!(line["price_unit"].as_f64().unwrap() > 0.0);
        assert_eq!(line["product_uom_qty"], 3.0);
    }
    let untaxed = value["amount_untaxed"].as_f64().unwrap();
    let subtotals: f64 = lines
        .iter()
        .map(|l| l[2]["price_subtotal"].as_f64().unwrap())
        .sum();
    assert!(
        (untaxed - subtotals).abs() < 0.01,
        "{untaxed} vs {subtotals}"
    );
    assert!(
        value["amount_total"].as_f64().unwrap() > untaxed,
        "taxes computed"
    );
    // Nothing was written: the customer still has no order from this.
    let orders = client
        .search_read(
            "sale.order",
            json!([["partner_id", "=", 10], ["amount_untaxed", "=", untaxed]]),
            &["name"],
            None,
            None,
            None,
        )
        .await
        .unwrap();
    assert!(orders.is_empty());
    cassette.finish();
}
