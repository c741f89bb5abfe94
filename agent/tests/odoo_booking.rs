//! Showroom visits in the Odoo store against recorded Odoo 18 traffic
//! (tests/cassettes/odoo18_booking.json), replayed so it runs in CI;
//! `cargo test -p showroom-agent --features live --test odoo_booking` with ODOO_URL, ODOO_DB,
//! ODOO_LOGIN and ODOO_KEY runs it against a real Odoo and records it again. Recorded on the
//! stock Odoo 18 of `odoo/live/odoo18-up.sh` (its seed makes Christmas Day 2026 a public holiday).

#[path = "../../odoo/tests/support/cassette.rs"]
mod cassette;

use cassette::Cassette;
use showroom_commerce::clock::Clock;
use showroom_commerce::{Commerce, CommerceError, Language, Refusal, Viewer};
use showroom_odoo::OdooCommerce;

/// Showroom visits in Odoo 18: the company's working calendar (08:00–12:00 and 13:00–17:00 in
/// Brussels, lunch left out) minus the advisor's busy events; a customer's visit is a
/// `calendar.event` booked once per key, which the person who signed in attends; a shopper who is not signed in books a request. The
/// week is far ahead, so the recording replays the same whatever today is.
#[tokio::test]
async fn showroom_visits_booked_once_in_odoo_18() {
    let cassette = Cassette::open("odoo18_booking").await;
    let store = OdooCommerce::connect(
        &cassette.config(),
        Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC)),
    )
    .await
    .unwrap();
    let shopper = Viewer::anonymous(Language::new("en"));
    let monday = time::macros::date!(2031 - 06 - 09);

    let before = store.round_trips();
    let week = store.free_slots(&shopper, monday, 7).await.unwrap();
    assert_eq!(
        store.round_trips() - before,
        5,
        "the company, its calendar's zone, its hours, its holidays, the busy events"
    );
    let starts: Vec<&str> = week.slots.iter().map(|s| s.start.as_str()).collect();
    // Summer time: 08:00 in Brussels is 06:00 UTC; no visit over lunch (10:00–11:00 UTC).
    assert_eq!(
        starts[..4],
        [
            "2031-06-09T06:00:00Z",
            "2031-06-09T07:00:00Z",
            "2031-06-09T08:00:00Z",
            "2031-06-09T09:00:00Z"
        ]
    );
    assert_eq!(starts[4], "2031-06-09T11:00:00Z");
    assert_eq!(week.slots.len(), 5 * 8, "five working days of eight visits");

    // A contact of Azure Interior signs in (the seed's portal user): they attend, not the
    // company.
    let customer = store.sign_in("azure", "azure").await.unwrap();
    let person = customer.contact_id.expect("Odoo tells the person apart");
    assert_ne!(person, customer.partner_id);
    let viewer = Viewer::for_customer(Some(&customer), Language::new("en"));
    let key = "showroom-visit-cassette-5";
    let before = store.round_trips();
    let booked = store
        .book(&viewer, "2031-06-09T07:00:00Z", key)
        .await
        .unwrap();
    assert_eq!(
        store.round_trips() - before,
        7,
        "the key searched, the day's free times (5), the event created"
    );
    assert!(!booked.requested, "booked for the customer");
    let office = showroom_odoo::OdooClient::connect(&cassette.config())
        .await
        .unwrap();
    let events = office
        .search_read(
            "calendar.event",
            serde_json::json!([["description", "ilike", format!("showroom:{key}")]]),
            &["partner_ids"],
            None,
            None,
            None,
        )
        .await
        .unwrap();
    let attendees = events[0]["partner_ids"].as_array().unwrap();
    assert!(attendees.contains(&person.into()), "{attendees:?}");
    assert!(
        !attendees.contains(&customer.partner_id.into()),
        "the person attends, not the company: {attendees:?}"
    );
    assert_eq!(attendees.len(), 2, "and the advisor: {attendees:?}");
    let reference = booked.reference.clone();
    assert!(reference.starts_with("EV"), "{reference}");
    let before = store.round_trips();
    let again = store
        .book(&viewer, "2031-06-09T07:00:00Z", key)
        .await
        .unwrap();
    assert_eq!(again.reference, reference);
    assert_eq!(store.round_trips() - before, 1, "found by its key");

    // Taken for everyone now; a shopper's request holds another time.
    let day = store.free_slots(&shopper, monday, 1).await.unwrap();
    assert!(day.slots.iter().all(|s| s.start != "2031-06-09T07:00:00Z"));
    assert_eq!(
        store
            .book(&viewer, "2031-06-09T07:00:00Z", "another-key")
            .await
            .unwrap_err(),
        CommerceError::refused(Refusal::SlotTaken)
    );
    let requested = store
        .book(
            &shopper,
            "2031-06-09T08:00:00Z",
            "showroom-visit-cassette-6",
        )
        .await
        .unwrap();
    assert!(requested.requested, "held as a request");

    // A public holiday (the stock Odoo's Christmas Day 2026, a Friday) has no visits; the days
    // around it do.
    let christmas_week = time::macros::date!(2026 - 12 - 21);
    let week = store.free_slots(&shopper, christmas_week, 7).await.unwrap();
    assert!(week.slots.iter().any(|s| s.start.starts_with("2026-12-24")));
    assert!(
        week.slots
            .iter()
            .all(|s| !s.start.starts_with("2026-12-25")),
        "{:?}",
        week.slots
    );
    cassette.finish();
}
