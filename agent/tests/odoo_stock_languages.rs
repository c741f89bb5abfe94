//! A stock Odoo 18 (only English installed, as `odoo/live/odoo18-up.sh` brings it up) asked by
//! a Dutch and a German shopper, against recorded traffic (tests/cassettes/odoo18_stock_languages
//! .json). Such an Odoo refuses `lang: nl_NL` ("Invalid language code"); the store then asks
//! again in the shop's own language and remembers it, so the shopper gets the shop's products
//! rather than "the shop cannot be reached". A product is also found by its internal reference. `cargo test -p showroom-agent --features live
//! --test odoo_stock_languages` with ODOO_URL, ODOO_DB, ODOO_LOGIN and ODOO_KEY records it again.

#[path = "../../odoo/tests/support/cassette.rs"]
mod cassette;

use cassette::Cassette;
use showroom_commerce::clock::Clock;
use showroom_commerce::{Commerce, Language, Viewer};
use showroom_odoo::OdooCommerce;

#[tokio::test]
async fn a_stock_odoo_without_dutch_or_german_answers_their_shoppers_in_its_own_words() {
    let cassette = Cassette::open("odoo18_stock_languages").await;
    let store = OdooCommerce::connect(
        &cassette.config(),
        Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC)),
    )
    .await
    .unwrap();

    let dutch = Viewer::anonymous(Language::new("nl"));
    let before = store.round_trips();
    let hits = store.search_products(&dutch, "desk", 5).await.unwrap();
    assert!(
        !hits.is_empty() && hits.iter().all(|h| h.name.to_lowercase().contains("desk")),
        "{hits:?}"
    );
    assert_eq!(
        store.round_trips() - before,
        2,
        "refused in Dutch, asked again without a language"
    );
    // Remembered: the next Dutch request is asked without a language at once.
    let before = store.round_trips();
    let compared = store.compare_products(&dutch, &[hits[0].id]).await.unwrap();
    assert!(compared[0].name.to_lowercase().contains("desk"));
    let reads = 1 + u64::from(!compared[0].attributes.is_empty());
    assert_eq!(
        store.round_trips() - before,
        reads,
        "the product (and its attribute values), none refused"
    );
    let quote = store
        .price_quote(&dutch, &[(hits[0].id, "2".into())])
        .await
        .unwrap();
    assert_eq!(quote.lines.len(), 1);

    let german = Viewer::anonymous(Language::new("de"));
    let hits = store.search_products(&german, "chair", 3).await.unwrap();
    assert!(
        !hits.is_empty(),
        "German shoppers get the shop's English products"
    );

    // By internal reference (SKU), when no name fits: Odoo's demo FURN_0097, in any case.
    let english = Viewer::anonymous(Language::new("en"));
    let hits = store
        .search_products(&english, "furn_0097", 3)
        .await
        .unwrap();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert!(hits[0].name.contains("Customizable Desk"), "{hits:?}");
    cassette.finish();
}
