//! The Odoo store against recorded Odoo 18 traffic (tests/cassettes/), replayed so it runs in
//! CI; `cargo test -p showroom-agent --features live --test odoo_commerce` with ODOO_URL,
//! ODOO_DB, ODOO_LOGIN and ODOO_KEY runs it against a real Odoo and records it again.

#[path = "../../odoo/tests/support/cassette.rs"]
mod cassette;
mod common;
#[path = "support/odoo.rs"]
#[allow(dead_code)]
mod odoo;

use cassette::Cassette;
use odoo::{back_office, connect, signed_in_portal};
use showroom_agent::locale::Locale;
use showroom_agent::present;
use showroom_commerce::{Commerce, CommerceError, Language, Viewer};
use showroom_commerce::{Decimal, OrderState, OverCredit, Stage, Verdict};
use showroom_protocol::payload::Envelope;

#[tokio::test]
async fn a_shopper_and_a_portal_customer_on_odoo_18() {
    let cassette = Cassette::open("odoo18_store").await;
    let store = connect(&cassette).await;
    let shopper = Viewer::anonymous(Language::new("en"));

    let hits = store.search_products(&shopper, "desk", 5).await.unwrap();
    assert!(!hits.is_empty() && hits.iter().all(|h| h.name.to_lowercase().contains("desk")));
    assert!(hits.iter().all(|h| h.price.currency().code() == "USD"));

    let before = store.round_trips();
    let compared = store.compare_products(&shopper, &[45, 16]).await.unwrap();
    assert_eq!(
        store.round_trips() - before,
        2,
        "the products, then their attribute values"
    );
    assert_eq!(compared[0].name, "Customizable Desk");
    assert_eq!(compared[0].price.to_string(), "750.00");
    assert!(compared[0].list_price.is_none());
    assert!(compared[0].available > Decimal::ZERO);
    assert!(compared[0]
        .attributes
        .iter()
        .any(|(name, value)| name == "Color" && value == "White"));
    assert!(
        compared[1].available <= Decimal::ZERO,
        "Corner Desk Right Sit: none free"
    );
    assert_eq!(
        store
            .compare_products(&shopper, &[45, 999_999_999])
            .await
            .unwrap_err(),
        CommerceError::ProductNotFound(999_999_999)
    );

    // A portal user signs in with their own password, checked by Odoo and never kept (Odoo's
    // demo portal user, whose public demo password is in the recording).
    assert_eq!(
        store.sign_in("portal", "wrong").await.unwrap_err(),
        CommerceError::SignInRefused
    );
    let customer = store.sign_in("portal", "portal").await.unwrap();
    let viewer = Viewer::for_customer(Some(&customer), Language::new("en"));
    let before = store.round_trips();
    let theirs = store.compare_products(&viewer, &[45, 16]).await.unwrap();
    assert_eq!(
        store.round_trips() - before,
        3,
        "and their prices, all lines in one call"
    );
    assert!(theirs.iter().all(|p| p.price.value() > Decimal::ZERO));

    let image = store.product_image(&shopper, 45).await.unwrap();
    assert!(
        image.content_type.starts_with("image/"),
        "{}",
        image.content_type
    );
    assert!(image.bytes.len() > 100);
    cassette.finish();
}

#[tokio::test]
async fn a_quote_priced_by_odoo_18_in_two_round_trips() {
    let cassette = Cassette::open("odoo18_quote").await;
    let (store, viewer, customer) = signed_in_portal(&cassette).await;

    let before = store.round_trips();
    let quote = store
        .price_quote(&viewer, &[(45, "3".into()), (16, "2".into())])
        .await
        .unwrap();
    assert_eq!(
        store.round_trips() - before,
        2,
        "the products, then Odoo's prices"
    );
    assert_eq!(quote.customer.as_ref(), Some(&customer.name));
    assert_eq!(quote.lines.len(), 2);
    assert_eq!(quote.lines[0].name, "Customizable Desk");
    assert_eq!(quote.lines[0].quantity, Decimal::from(3));
    // Odoo's own figures: each subtotal is quantity × unit price, the total untaxed plus tax.
    let cent = Decimal::new(2, 2);
    for line in &quote.lines {
        let computed = line.quantity * line.unit_price.value();
        assert!((line.subtotal.value() - computed).abs() < cent, "{line:?}");
    }
    let lines: Decimal = quote.lines.iter().map(|l| l.subtotal.value()).sum();
    assert!((quote.untaxed.value() - lines).abs() < cent);
    assert!(quote.tax.value() > Decimal::ZERO, "Odoo's demo taxes apply");
    assert_eq!(
        quote.total.value(),
        quote.untaxed.value() + quote.tax.value()
    );

    // A product that does not exist, and a quantity that is not one, are refused before Odoo.
    assert_eq!(
        store
            .price_quote(&viewer, &[(999_999_999, "1".into())])
            .await
            .unwrap_err(),
        CommerceError::ProductNotFound(999_999_999)
    );
    assert_eq!(
        store
            .price_quote(&viewer, &[(45, "-2".into())])
            .await
            .unwrap_err(),
        CommerceError::BadQuantity("-2".into())
    );
    cassette.finish();
}

/// The portal customer's own records in the stock Odoo 18: their orders, one delivered (with
/// its carrier's tracking number) and invoiced by the seed of `odoo/live/odoo-up.sh`, their
/// account with the seed's 5,000 credit limit; another customer's order is not found. Each is
/// checked against what Odoo holds, read beside the store as the bot.
#[tokio::test]
async fn a_customers_orders_invoices_and_account_in_odoo_18() {
    let cassette = Cassette::open("odoo18_records").await;
    let (store, viewer, customer) = signed_in_portal(&cassette).await;
    let office = back_office(&cassette).await;
    let theirs = |partner: u64| {
        serde_json::json!([["partner_id", "child_of", partner], ["state", "=", "sale"]])
    };
    let held = office
        .search_read(
            "sale.order",
            theirs(customer.partner_id),
            &["name", "invoice_ids", "picking_ids", "amount_total"],
            None,
            Some("id"),
            None,
        )
        .await
        .unwrap();
    let delivered = held
        .iter()
        .find(|o| !o["invoice_ids"].as_array().unwrap().is_empty())
        .expect("the seed's delivered and invoiced order");
    let reference = delivered["name"].as_str().unwrap().to_owned();

    let before = store.round_trips();
    let orders = store.orders(&viewer).await.unwrap();
    assert_eq!(store.round_trips() - before, 1);
    let confirmed: Vec<&str> = orders
        .iter()
        .filter(|o| o.state == OrderState::SalesOrder)
        .map(|o| o.reference.as_str())
        .collect();
    let mut expected: Vec<&str> = held.iter().map(|o| o["name"].as_str().unwrap()).collect();
    let mut listed = confirmed.clone();
    expected.sort_unstable();
    listed.sort_unstable();
    assert_eq!(listed, expected, "exactly their confirmed orders");

    let before = store.round_trips();
    let status = store
        .order_status(&viewer, &reference.to_lowercase())
        .await
        .unwrap();
    assert_eq!(
        store.round_trips() - before,
        4,
        "the order, its lines, its deliveries, its invoices"
    );
    assert_eq!(status.reference, reference);
    assert_eq!(status.reached(), Stage::Invoiced);
    assert!(
        status.stages.iter().all(|(_, at)| at.is_some()),
        "{:?}",
        status.stages
    );
    assert_eq!(status.tracking.as_deref(), Some("1Z999AA10123456784"));
    assert_eq!(
        (status.lines[0].quantity, status.lines[0].delivered),
        (Decimal::from(2), Decimal::from(2))
    );
    assert!(
        !status.lines[0].changeable,
        "delivered: no longer changed here"
    );
    // An order of another customer (Deco Addict's) reads like one that does not exist.
    let others = office
        .search_read(
            "sale.order",
            serde_json::json!([["partner_id", "child_of", 10]]),
            &["name"],
            Some(1),
            Some("id"),
            None,
        )
        .await
        .unwrap();
    let other = others[0]["name"].as_str().unwrap();
    assert_eq!(
        store.order_status(&viewer, other).await.unwrap_err(),
        CommerceError::NotFound
    );
    assert_eq!(
        store.order_status(&viewer, "S99999").await.unwrap_err(),
        CommerceError::NotFound
    );

    let before = store.round_trips();
    let account = store.account(&viewer).await.unwrap();
    assert_eq!(
        store.round_trips() - before,
        3,
        "orders, partner, order lines"
    );
    // What Odoo gave, presented, passes the components' schemas, as the browser checks them.
    let read_at = "2026-11-27T10:00:00Z";
    for locale in Locale::ALL {
        let summary = present::account_summary(locale, account.clone());
        common::schema::passes(
            &Envelope::complete(read_at, summary),
            "the portal's account on Odoo 18",
        );
    }
    let order = present::order_status(status.clone());
    common::schema::passes(
        &Envelope::complete(read_at, order),
        "the portal's order on Odoo 18",
    );
    assert_eq!(
        account.credit_limit.as_ref().map(|m| m.to_string()),
        Some("5000.00".to_owned())
    );
    let partner = office
        .read("res.partner", &[customer.partner_id], &["credit"], None)
        .await
        .unwrap();
    let receivable: Decimal = partner[0]["credit"].to_string().parse().unwrap();
    assert!(
        account.credit_used.value() >= receivable,
        "credit in use counts at least what Odoo says is owed: {} < {receivable}",
        account.credit_used
    );
    // What they buy most is what their confirmed order lines in Odoo hold most of.
    let lines = office
        .search_read(
            "sale.order.line",
            serde_json::json!([
                ["order_id.partner_id", "child_of", customer.partner_id],
                ["state", "=", "sale"]
            ]),
            &["product_id", "product_uom_qty"],
            None,
            None,
            None,
        )
        .await
        .unwrap();
    let mut most = std::collections::BTreeMap::<u64, f64>::new();
    for line in &lines {
        let product = line["product_id"][0].as_u64().unwrap();
        *most.entry(product).or_default() += line["product_uom_qty"].as_f64().unwrap();
    }
    let top = most
        .iter()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(id, _)| *id)
        .unwrap();
    assert_eq!(
        account.top_products.first().map(|p| p.product_id),
        Some(top),
        "{:?}",
        account.top_products
    );

    // Over the limit: Odoo's own credit warning comes with the prices (the approval refuses it).
    let quote = store
        .price_quote(&viewer, &[(45, "100".into())])
        .await
        .unwrap();
    assert!(
        quote.verdicts.iter().any(|v| matches!(v,
            Verdict::OverCreditLimit(OverCredit::Stated(said)) if said.contains("credit limit"))),
        "{:?}",
        quote.verdicts
    );

    assert_eq!(
        store
            .invoices(&Viewer::anonymous(Language::new("en")))
            .await
            .unwrap_err(),
        CommerceError::SignInRequired
    );
    cassette.finish();
}

/// An amount Odoo sends that is not a number is an error the viewer is told about, never a 0.
#[tokio::test]
async fn an_amount_odoo_sends_that_is_not_a_number_is_an_error_not_a_zero() {
    let cassette = Cassette::open_altered("odoo18_money", |exchanges| {
        let invoices = exchanges
            .iter_mut()
            .find(|e| e.request.to_string().contains("\"amount_residual_signed\""))
            .expect("the invoices are read");
        invoices.response["result"][0]["amount_residual"] = serde_json::json!(false);
    })
    .await;
    // The recording's own first steps: the store, the back office, Azure Interior signed in.
    let store = connect(&cassette).await;
    let _office = back_office(&cassette).await;
    let customer = store.sign_in("azure", "azure").await.unwrap();
    let viewer = Viewer::for_customer(Some(&customer), Language::new("en"));
    let error = store.invoices(&viewer).await.unwrap_err();
    assert_eq!(error, CommerceError::BadData("amount_residual".into()));
    assert_eq!(error.code(), "store_bad_data");
}

/// A support ticket in Odoo 18 with CRM installed: a `crm.lead` for the customer, about their
/// order, our key inside; the same key again finds it. Another customer's order is not found.
#[tokio::test]
async fn a_support_ticket_opened_once_in_odoo_18() {
    let cassette = Cassette::open("odoo18_ticket").await;
    let (store, viewer, _) = signed_in_portal(&cassette).await;
    let ticket = showroom_commerce::NewTicket {
        subject: "Desk arrived scratched".into(),
        description: "One of the two desks of S00043 has a scratch <on top>.".into(),
        order: Some("S00043".into()),
    };
    let key = "showroom-ticket-cassette-1";
    let opened = store.open_ticket(&viewer, &ticket, key).await.unwrap();
    assert!(opened.reference.starts_with('L'), "{opened:?}");
    assert_eq!(opened.order.as_deref(), Some("S00043"));
    let before = store.round_trips();
    let again = store.open_ticket(&viewer, &ticket, key).await.unwrap();
    assert_eq!(again.reference, opened.reference);
    assert_eq!(
        store.round_trips() - before,
        5,
        "the order checked (4), the key found among the leads"
    );
    let theirs = showroom_commerce::NewTicket {
        order: Some("S00005".into()),
        ..ticket
    };
    assert_eq!(
        store.open_ticket(&viewer, &theirs, "k2").await.unwrap_err(),
        CommerceError::NotFound
    );
    cassette.finish();
}

/// Odoo failing in the middle of a chat (here: answering HTTP 5xx to everything after the
/// sign-in, as the replay does to any call it has no recording for): the run ends with the
/// stable `store_unavailable` code the app translates, and nothing is shown half-done.
#[tokio::test]
async fn odoo_failing_mid_chat_is_a_clear_error_in_the_chat() {
    let cassette = Cassette::open("odoo18_quote").await;
    let store = connect(&cassette).await;
    let config = showroom_agent::Config {
        dist: "/nonexistent-dist".into(),
        token_delay: std::time::Duration::ZERO,
        database: None,
        ..common::config()
    };
    let mut state = showroom_agent::AppState::from_config(&config).unwrap();
    state.commerce = std::sync::Arc::new(store);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        axum::serve(listener, showroom_agent::app(state))
            .await
            .unwrap()
    });
    // Signed in through Odoo as the recording did…
    let mut chat = common::chat::Chat::open(&base, None).await;
    let body = serde_json::json!({ "login": "portal", "password": "portal" }).to_string();
    let signed = common::post(&base, "/api/session", body, Some(&chat.cookie)).await;
    assert_eq!(signed.status(), 200);
    // …then Odoo fails: the run says so with its stable code.
    let events = chat.say("add 3 customizable desks to my quote").await;
    let code = events.iter().find_map(|e| match e {
        showroom_protocol::Event::RunError(e) => e.code.clone(),
        _ => None,
    });
    assert_eq!(code.as_deref(), Some("store_unavailable"));
    assert!(
        events
            .iter()
            .all(|e| !matches!(e, showroom_protocol::Event::ActivitySnapshot(_))),
        "no quote card, no half-done component"
    );
}
