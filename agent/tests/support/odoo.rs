//! What the Odoo journeys share: the store over a cassette at the tests' fixed time, the demo
//! portal customer signed in, and the bot as the shop's back office for record-level checks.

use showroom_commerce::clock::Clock;
use showroom_commerce::{Commerce, Customer, Language, Viewer};
use showroom_odoo::{OdooClient, OdooCommerce};

use super::cassette::Cassette;

/// The Odoo store over `cassette`, at the tests' fixed time.
pub async fn connect(cassette: &Cassette) -> OdooCommerce {
    OdooCommerce::connect(
        &cassette.config(),
        Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC)),
    )
    .await
    .unwrap()
}

/// The store, and Odoo's demo portal user signed in to it (their public demo password).
pub async fn signed_in_portal(cassette: &Cassette) -> (OdooCommerce, Viewer, Customer) {
    let store = connect(cassette).await;
    let customer = store.sign_in("portal", "portal").await.unwrap();
    let viewer = Viewer::for_customer(Some(&customer), Language::new("en"));
    (store, viewer, customer)
}

/// The bot, as the shop's salesperson: what a record-level check reads, and what a salesperson
/// does in Odoo's back office during a journey.
pub async fn back_office(cassette: &Cassette) -> OdooClient {
    OdooClient::connect(&cassette.config()).await.unwrap()
}

/// One `sale.order` as Odoo holds it.
pub async fn order_in_odoo(office: &OdooClient, id: u64) -> serde_json::Value {
    let fields = [
        "state",
        "origin",
        "client_order_ref",
        "signed_by",
        "order_line",
        "picking_ids",
        "activity_ids",
    ];
    let orders = office
        .read("sale.order", &[id], &fields, None)
        .await
        .unwrap();
    orders[0].clone()
}
