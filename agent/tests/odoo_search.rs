//! A shopper's search on the stock Odoo 18 (`odoo/live/odoo-up.sh 18`), recorded in
//! tests/cassettes/odoo18_search.json: the products with their units and attributes in one
//! round trip, a customer's prices in one more; `cargo test -p showroom-agent --features live
//! --test odoo_search` with the `ODOO_*` variables records it again (it only reads). How it
//! does on 10,000 products: `cargo xtask bench odoo` against `odoo/live/odoo18-big.sh`.

#[path = "../../odoo/tests/support/cassette.rs"]
mod cassette;

use cassette::Cassette;
use showroom_commerce::clock::Clock;
use showroom_commerce::{Commerce, Language, Viewer};
use showroom_odoo::OdooCommerce;

#[tokio::test]
async fn a_search_in_one_round_trip_and_a_customers_in_two_on_odoo_18() {
    let cassette = Cassette::open("odoo18_search").await;
    let store = OdooCommerce::connect(
        &cassette.config(),
        Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC)),
    )
    .await
    .unwrap();
    let shopper = Viewer::anonymous(Language::new("en"));

    let before = store.round_trips();
    let found = store
        .find_products(&shopper, "customizable desk", 5)
        .await
        .unwrap();
    assert_eq!(
        store.round_trips() - before,
        1,
        "products and attributes at once"
    );
    assert!(found[0].name.starts_with("Customizable Desk"), "{found:?}");
    assert!(found
        .iter()
        .any(|p| p.attributes.iter().any(|(name, _)| name == "Color")));
    assert!(found.iter().all(|p| !p.uom.is_empty()));
    // The same products as a search, then a comparison, would have shown.
    let hits = store
        .search_products(&shopper, "customizable desk", 5)
        .await
        .unwrap();
    let ids: Vec<u64> = hits.iter().map(|h| h.id).collect();
    let compared = store.compare_products(&shopper, &ids).await.unwrap();
    let mut theirs: Vec<_> = compared
        .iter()
        .map(|p| (p.id, &p.name, &p.attributes))
        .collect();
    let mut ours: Vec<_> = found
        .iter()
        .map(|p| (p.id, &p.name, &p.attributes))
        .collect();
    theirs.sort();
    ours.sort();
    assert_eq!(ours, theirs);

    // Its internal reference finds it in the same round trip, first.
    let before = store.round_trips();
    let by_code = store.find_products(&shopper, "FURN_0097", 3).await.unwrap();
    assert_eq!(store.round_trips() - before, 1);
    assert_eq!(
        by_code[0].id, 13,
        "[FURN_0097] Customizable Desk (Steel, Black)"
    );

    // A typo at a word's start: no name has every word, so every word but one (a second trip).
    let before = store.round_trips();
    let typo = store
        .find_products(&shopper, "office chiar", 3)
        .await
        .unwrap();
    assert_eq!(store.round_trips() - before, 2);
    assert!(
        typo.iter().any(|p| p.name.contains("Office Chair")),
        "{typo:?}"
    );

    // A portal customer: their pricelist's prices (Joel Willis buys at -10 %), one more trip.
    let customer = store.sign_in("portal", "portal").await.unwrap();
    let buyer = Viewer::for_customer(Some(&customer), Language::new("en"));
    let before = store.round_trips();
    let theirs = store
        .find_products(&buyer, "customizable desk", 5)
        .await
        .unwrap();
    assert_eq!(
        store.round_trips() - before,
        2,
        "and their prices in one onchange"
    );
    assert!(theirs.iter().any(|p| p.list_price.is_some()), "{theirs:?}");
    cassette.finish();
}
