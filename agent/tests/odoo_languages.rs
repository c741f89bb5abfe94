//! The Odoo store answers in the shopper's language, against recorded Odoo 18 traffic
//! (tests/cassettes/odoo18_languages.json), replayed so it runs in CI. Recorded on Odoo 18 with
//! Dutch and German loaded (`odoo-bin --load-language=nl_NL,de_DE`) and Odoo's own
//! translations of its demo products applied (`_update_translations(['nl_NL', 'de_DE'],
//! overwrite=True)` on the installed modules, in `odoo-bin shell`: demo records are
//! `noupdate`, and loading a language leaves them in English);
//! `cargo test -p showroom-agent --features live --test odoo_languages` with ODOO_URL, ODOO_DB,
//! ODOO_LOGIN and ODOO_KEY runs it against a real Odoo and records it again.

#[path = "../../odoo/tests/support/cassette.rs"]
mod cassette;

use cassette::Cassette;
use showroom_commerce::clock::Clock;
use showroom_commerce::{Commerce, Language, Viewer};
use showroom_odoo::OdooCommerce;

#[tokio::test]
async fn dutch_and_german_shoppers_read_odoo_18_in_their_language() {
    let cassette = Cassette::open("odoo18_languages").await;
    let store = OdooCommerce::connect(
        &cassette.config(),
        Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC)),
    )
    .await
    .unwrap();

    // Named in Dutch, found by Odoo's Dutch name, and read back in Dutch.
    let dutch = Viewer::anonymous(Language::new("nl"));
    let hits = store
        .search_products(&dutch, "kantoorstoel", 3)
        .await
        .unwrap();
    assert_eq!((hits[0].id, hits[0].name.as_str()), (5, "Kantoorstoel"));
    let quote = store
        .price_quote(&dutch, &[(45, "3".into())])
        .await
        .unwrap();
    let line = &quote.lines[0];
    assert_eq!(
        (line.name.as_str(), line.uom.as_str()),
        ("Verstelbaar bureau", "Stuks")
    );

    // In German: names, units, attribute names and values, all as Odoo translates them.
    let german = Viewer::anonymous(Language::new("de"));
    let hits = store
        .search_products(&german, "Schreibtisch", 3)
        .await
        .unwrap();
    assert!(
        hits.iter().all(|h| h.name.contains("Schreibtisch")),
        "{hits:?}"
    );
    let compared = store.compare_products(&german, &[45, 16]).await.unwrap();
    assert_eq!(compared[0].name, "Anpassbarer Schreibtisch");
    assert_eq!(compared[0].uom, "Einheit(en)");
    let white = ("Farbe".to_owned(), "Weiß".to_owned());
    assert!(compared[0].attributes.contains(&white), "{compared:?}");

    // English is Odoo's source: asked without a language, as before.
    let english = Viewer::anonymous(Language::new("en"));
    let compared = store.compare_products(&english, &[45]).await.unwrap();
    assert_eq!(compared[0].name, "Customizable Desk");
    let white = ("Color".to_owned(), "White".to_owned());
    assert!(compared[0].attributes.contains(&white), "{compared:?}");
    cassette.finish();
}
