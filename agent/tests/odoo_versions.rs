//! One customer journey through the Odoo store on each Odoo version Showroom speaks to (17, 18,
//! 19), recorded on the stock Odoo of `odoo/live/odoo-up.sh <version>` into
//! `tests/cassettes/odoo<version>_journey.json` and replayed, one test per version, so CI runs
//! them all. The connector detects the version; the journey is the same on each: the bot's key
//! connects, a shopper searches in English, a portal customer signs in with their own password,
//! has Odoo price a quote for two products and lists their orders and invoices, the showroom's
//! free visits skip the seeded public holiday, and then Odoo's quotation flow: the customer is
//! sent a quotation for two of the desks found (one with less free than asked, taken as a
//! back-order) with their PO number and a discount request, opens it by its tokenised link
//! without signing in, and accepts it in their own name once the salesperson has lifted the
//! demo company's online signature and payment; the same approval again makes nothing.
//!
//! Every step is checked against what Odoo holds, read beside the store through the client as
//! the bot (the products' names, prices and stock, the portal user's company, their orders and
//! posted invoices, the holiday, the quotation's state, `origin`, `client_order_ref`, lines,
//! activity, signature settings and signer), so the same assertions hold on every version. The
//! round trips of sending and accepting are bounded (8 and 5) and printed.
//!
//! Recording: `eval "$(bash odoo/live/odoo-up.sh 19 --env)"` (which sets `ODOO_VERSION` with
//! the rest), then `cargo test -p showroom-agent --features live --test odoo_versions`. Only the
//! test of that version runs live; the others skip, so no other recording is touched. Recording
//! writes: each run leaves a confirmed order (S000xx) for the demo portal customer in that Odoo,
//! and first renames the `origin` of the previous run's, so a run starts afresh.

#[path = "../../odoo/tests/support/cassette.rs"]
mod cassette;

use cassette::Cassette;
use serde_json::{json, Value};
use showroom_commerce::clock::Clock;
use showroom_commerce::{Acceptance, BackOrder, OrderState, QuotationNotes, Refusal};
use showroom_commerce::{Commerce, CommerceError, Decimal, Language, Viewer};
use showroom_odoo::{OdooClient, OdooCommerce, OdooVersion};

#[tokio::test]
async fn the_journey_on_odoo_17() {
    journey(17).await;
}

#[tokio::test]
async fn the_journey_on_odoo_18() {
    journey(18).await;
}

#[tokio::test]
async fn the_journey_on_odoo_19() {
    journey(19).await;
}

/// Whether this run is recording against a live Odoo (`--features live` and `ODOO_URL`).
fn live() -> bool {
    cfg!(feature = "live") && std::env::var("ODOO_URL").is_ok()
}

/// A live run records only the version `ODOO_VERSION` names; replays run every version.
fn runs(version: u64) -> bool {
    if !live() {
        return true;
    }
    let recorded = std::env::var("ODOO_VERSION").ok();
    if recorded.as_deref() != Some(version.to_string().as_str()) {
        eprintln!("odoo{version}_journey not recorded: ODOO_VERSION is {recorded:?}");
        return false;
    }
    true
}

fn text(value: &Value) -> &str {
    value.as_str().unwrap_or_default()
}

fn number(value: &Value) -> Decimal {
    value.to_string().parse().unwrap()
}

/// What the pricelist Odoo gives `partner` makes of a list price, from the records Odoo holds:
/// the partner's pricelist and its one rule for every product (a percentage off, or a formula
/// on the list price). A stock Odoo's partners all have such a pricelist (the demo's Benelux
/// and Christmas lists, the seed's -10 % one, which is also the fallback for a partner of a
/// country no list names).
async fn pricelist_rule(odoo: &OdooClient, partner: u64) -> impl Fn(Decimal) -> Decimal {
    let partners = odoo
        .read(
            "res.partner",
            &[partner],
            &["property_product_pricelist"],
            None,
        )
        .await
        .unwrap();
    let pricelist = partners[0]["property_product_pricelist"][0]
        .as_u64()
        .unwrap();
    let rules = odoo
        .search_read(
            "product.pricelist.item",
            json!([["pricelist_id", "=", pricelist]]),
            &[
                "applied_on",
                "compute_price",
                "base",
                "percent_price",
                "price_discount",
                "price_surcharge",
            ],
            None,
            None,
            None,
        )
        .await
        .unwrap();
    assert_eq!(rules.len(), 1, "{rules:?}");
    let rule = rules[0].clone();
    assert_eq!(text(&rule["applied_on"]), "3_global");
    let hundred = Decimal::from(100);
    move |list: Decimal| {
        let price = match text(&rule["compute_price"]) {
            "percentage" => list * (hundred - number(&rule["percent_price"])) / hundred,
            "formula" if text(&rule["base"]) == "list_price" => {
                list * (hundred - number(&rule["price_discount"])) / hundred
                    + number(&rule["price_surcharge"])
            }
            other => panic!("a rule the test does not price: {other} {rule:?}"),
        };
        price.round_dp(2)
    }
}

async fn journey(version: u64) {
    if !runs(version) {
        return;
    }
    let cassette = Cassette::open(&format!("odoo{version}_journey")).await;
    let config = cassette.config();

    // The bot's key connects; the version is detected, and 19 is spoken to over JSON-2.
    let odoo = OdooClient::connect(&config).await.unwrap();
    assert_eq!(Some(odoo.version()), OdooVersion::from_major(version));
    let store = OdooCommerce::connect(
        &config,
        Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC)),
    )
    .await
    .unwrap();
    let shopper = Viewer::anonymous(Language::new("en"));

    // A shopper searches in English: desks Odoo sells and publishes, named and priced as Odoo
    // has them (a shopper sees the list price).
    let hits = store.search_products(&shopper, "desk", 10).await.unwrap();
    assert!(hits.len() >= 2, "{hits:?}");
    let ids: Vec<u64> = hits.iter().map(|h| h.id).collect();
    let products = odoo
        .read(
            "product.product",
            &ids,
            &[
                "name",
                "lst_price",
                "sale_ok",
                "is_published",
                "free_qty",
                "taxes_id",
            ],
            None,
        )
        .await
        .unwrap();
    let product = |id: u64| products.iter().find(|p| p["id"] == id).unwrap();
    for hit in &hits {
        let record = product(hit.id);
        assert!(hit.name.to_lowercase().contains("desk"), "{}", hit.name);
        assert_eq!(hit.name, text(&record["name"]));
        assert!(record["sale_ok"] == true && record["is_published"] == true);
        assert_eq!(
            hit.price.value(),
            number(&record["lst_price"]),
            "{}",
            hit.name
        );
        assert_eq!(hit.price.currency().code(), "USD");
    }
    // Their stock as Odoo counts it (the seed put some desks at 0).
    let compared = store.compare_products(&shopper, &ids[..2]).await.unwrap();
    for product_seen in &compared {
        assert_eq!(
            product_seen.available,
            number(&product(product_seen.id)["free_qty"])
        );
    }

    // A portal customer signs in with their own password, checked by Odoo: over
    // `common.authenticate` up to 18, over a web session Odoo closes again on 19 (JSON-2 keys
    // are for bots). The customer is the portal user's company as Odoo has it.
    assert_eq!(
        store.sign_in("portal", "wrong").await.unwrap_err(),
        CommerceError::SignInRefused
    );
    let before = store.round_trips();
    let customer = store.sign_in("portal", "portal").await.unwrap();
    let sign_in_trips = if version >= 19 {
        "the session opened, closed, the user, their company"
    } else {
        "authenticate, the user, their company"
    };
    assert_eq!(
        store.round_trips() - before,
        if version >= 19 { 4 } else { 3 },
        "{sign_in_trips}"
    );
    let users = odoo
        .search_read(
            "res.users",
            json!([["login", "=", "portal"]]),
            &["partner_id"],
            None,
            None,
            None,
        )
        .await
        .unwrap();
    let partner = users[0]["partner_id"][0].as_u64().unwrap();
    let partners = odoo
        .read("res.partner", &[partner], &["commercial_partner_id"], None)
        .await
        .unwrap();
    let company = &partners[0]["commercial_partner_id"];
    assert_eq!(customer.partner_id, company[0].as_u64().unwrap());
    assert_eq!(customer.name, text(&company[1]));
    let viewer = Viewer::for_customer(Some(&customer), Language::new("en"));

    // Odoo prices a quote for two products for them: their pricelist's price, its taxes, its
    // totals.
    let their_price = pricelist_rule(&odoo, customer.partner_id).await;
    let quote = store
        .price_quote(&viewer, &[(ids[0], "3".into()), (ids[1], "2".into())])
        .await
        .unwrap();
    assert_eq!(quote.customer.as_deref(), Some(customer.name.as_str()));
    assert_eq!(quote.lines.len(), 2);
    let cent = Decimal::new(1, 2);
    for (line, quantity) in quote.lines.iter().zip([3, 2]) {
        assert_eq!(line.quantity, Decimal::from(quantity));
        assert_eq!(line.name, text(&product(line.product_id)["name"]));
        assert_eq!(
            line.unit_price.value(),
            their_price(number(&product(line.product_id)["lst_price"]))
        );
        let computed = line.quantity * line.unit_price.value();
        assert!((line.subtotal.value() - computed).abs() < cent, "{line:?}");
    }
    // Taxed as the products are in Odoo: 17's and 18's demo company charges 15 % on each; 19's
    // (American, with US localisation) puts sales taxes on a few products only.
    let taxed = quote
        .lines
        .iter()
        .any(|line| product(line.product_id)["taxes_id"] != json!([]));
    assert_eq!(quote.tax.value() > Decimal::ZERO, taxed, "{quote:?}");
    assert_eq!(
        quote.total.value(),
        quote.untaxed.value() + quote.tax.value()
    );

    // Their orders and posted invoices and credit notes: exactly those Odoo holds for their
    // company, what is outstanding net of the credit notes.
    let orders = store.orders(&viewer).await.unwrap();
    let held = odoo
        .search_read(
            "sale.order",
            json!([["partner_id", "child_of", customer.partner_id]]),
            &["name", "amount_total"],
            None,
            Some("id"),
            None,
        )
        .await
        .unwrap();
    assert!(!held.is_empty(), "the demo portal user has orders");
    let mut listed: Vec<&str> = orders.iter().map(|o| o.reference.as_str()).collect();
    let mut expected: Vec<&str> = held.iter().map(|o| text(&o["name"])).collect();
    listed.sort_unstable();
    expected.sort_unstable();
    assert_eq!(listed, expected);
    for order in &orders {
        let record = held.iter().find(|o| o["name"] == order.reference).unwrap();
        assert_eq!(order.total.value(), number(&record["amount_total"]));
    }
    let invoices = store.invoices(&viewer).await.unwrap();
    let posted = odoo
        .search_read(
            "account.move",
            json!([
                ["move_type", "in", ["out_invoice", "out_refund"]],
                ["state", "=", "posted"],
                ["partner_id", "child_of", customer.partner_id]
            ]),
            &["name", "amount_residual_signed"],
            None,
            Some("id"),
            None,
        )
        .await
        .unwrap();
    let mut listed: Vec<&str> = invoices
        .invoices
        .iter()
        .map(|i| i.number.as_str())
        .collect();
    let mut expected: Vec<&str> = posted.iter().map(|i| text(&i["name"])).collect();
    listed.sort_unstable();
    expected.sort_unstable();
    assert_eq!(listed, expected);
    let due: Decimal = (posted.iter())
        .map(|i| number(&i["amount_residual_signed"]))
        .sum();
    assert_eq!(invoices.outstanding.value(), due);

    // Free visits in Christmas week: the seed's public holiday on the company calendar (Friday
    // 25 December 2026) has none, the day before has some.
    let holidays = odoo
        .search_read(
            "resource.calendar.leaves",
            json!([["name", "=", "Christmas Day"], ["resource_id", "=", false]]),
            &["date_from", "date_to"],
            None,
            None,
            None,
        )
        .await
        .unwrap();
    assert_eq!(text(&holidays[0]["date_from"]), "2026-12-24 23:00:00");
    let week = store
        .free_slots(&shopper, time::macros::date!(2026 - 12 - 21), 7)
        .await
        .unwrap();
    assert!(week.slots.iter().any(|s| s.start.starts_with("2026-12-24")));
    assert!(
        week.slots
            .iter()
            .all(|s| !s.start.starts_with("2026-12-25")),
        "{:?}",
        week.slots
    );

    quotation_flow(version, &odoo, &store, &viewer, &ids, partner).await;
    cassette.finish();
}

/// The approval key of the journey's quotation (kept in the order's `origin`).
const QUOTATION_KEY: &str = "showroom-approval-journey-quotation";

/// What the buyer asks for besides the goods, in their words (with a character the activity's
/// HTML note must escape).
const DISCOUNT_REQUEST: &str = "Could you do 5 % off if we take both? <3";

/// The signed-in portal customer is sent a quotation for two of the desks the shopper found,
/// one with less free stock than asked, then accepts it in their own name; every step is
/// checked against the `sale.order` Odoo holds, read as the bot.
async fn quotation_flow(
    version: u64,
    odoo: &OdooClient,
    store: &OdooCommerce,
    viewer: &Viewer,
    ids: &[u64],
    partner: u64,
) {
    // Which of the desks are storable and how many are free: 17 marks a storable product by
    // `type = 'product'`, 18 and 19 by `is_storable`.
    let storable_field = if version == 17 { "type" } else { "is_storable" };
    let desks = odoo
        .read(
            "product.product",
            ids,
            &["name", "free_qty", storable_field, "expense_policy"],
            None,
        )
        .await
        .unwrap();
    let storable = |desk: &Value| desk[storable_field] == true || desk[storable_field] == "product";
    // Odoo 17 confirms an order with a product re-invoiced as an expense (`expense_policy`
    // other than `no`: 17's demo Desk Combination, at cost) only after making it an analytic
    // account (`sale.order._create_analytic_account`), which a salesperson without analytic
    // accounting rights, as the bot is, may not: `action_confirm` fails with an AccessError on
    // `account.analytic.plan` (the store answers `Refusal::NotAllowed`). So on 17 the journey
    // leaves such products out; 18 and 19 make no analytic account and take them.
    let confirmable = |desk: &Value| {
        version != 17 || matches!(desk["expense_policy"].as_str(), None | Some("no"))
    };
    // One desk with less free than the 3 asked (the seed put some at 0 on every version), and
    // another one there is enough of (or that is not stocked), 2 of it.
    let short = desks
        .iter()
        .find(|d| storable(d) && confirmable(d) && number(&d["free_qty"]) < Decimal::from(3))
        .expect("a storable desk with less than 3 free: the seed sets some to 0");
    let other = desks
        .iter()
        .find(|d| {
            d["id"] != short["id"]
                && confirmable(d)
                && (!storable(d) || number(&d["free_qty"]) >= Decimal::from(2))
        })
        .expect("a desk there are 2 of");
    let lines = [
        (short["id"].as_u64().unwrap(), "3".to_owned()),
        (other["id"].as_u64().unwrap(), "2".to_owned()),
    ];
    let notes = QuotationNotes {
        customer_reference: Some("PO-4711".into()),
        discount_request: Some(DISCOUNT_REQUEST.into()),
    };

    // A recording made again starts afresh: an earlier run's quotation gives up its key.
    let earlier = with_key(odoo).await;
    if !earlier.is_empty() {
        odoo.write(
            "sale.order",
            &earlier,
            json!({ "origin": "an earlier recording" }),
            None,
        )
        .await
        .unwrap();
    }

    // Sent: a `sale.order` with both lines, marked sent, our key in `origin`, the buyer's PO in
    // `client_order_ref`; the desk there is too little of is taken as a back-order.
    let before = store.round_trips();
    let sent = store
        .send_quotation(viewer, &lines, &notes, QUOTATION_KEY)
        .await
        .unwrap();
    let send_trips = store.round_trips() - before;
    eprintln!("odoo{version}: send_quotation took {send_trips} round trips");
    assert!(
        send_trips <= 8,
        "key, stock, create with lines, salesperson, to-do, mark sent, portal link, read: \
         {send_trips}"
    );
    assert!(sent.reference.starts_with('S'), "{sent:?}");
    assert_eq!(sent.state, OrderState::QuotationSent);
    assert_eq!(sent.customer_reference.as_deref(), Some("PO-4711"));
    assert_eq!(sent.discount_request.as_deref(), Some(DISCOUNT_REQUEST));
    assert_eq!(
        sent.back_orders,
        [BackOrder {
            product: text(&short["name"]).to_owned(),
            wanted: Decimal::from(3),
            available: number(&short["free_qty"]).max(Decimal::ZERO).normalize(),
        }]
    );
    let held = order_in_odoo(odoo, sent.id).await;
    assert_eq!(held["state"], "sent");
    assert_eq!(held["origin"], QUOTATION_KEY);
    assert_eq!(held["client_order_ref"], "PO-4711");
    assert_eq!(held["order_line"].as_array().unwrap().len(), 2);
    // The discount asked for is a to-do for the salesperson, in the buyer's words (escaped).
    let activities: Vec<u64> = held["activity_ids"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_u64)
        .collect();
    let activities = odoo
        .read("mail.activity", &activities, &["summary", "note"], None)
        .await
        .unwrap();
    assert_eq!(activities.len(), 1, "{activities:?}");
    assert_eq!(activities[0]["summary"], "Discount requested in the chat");
    assert_eq!(
        activities[0]["note"],
        "<p>Could you do 5 % off if we take both? &lt;3</p>"
    );
    // Accepted as the demo company's settings say, which Odoo copies onto the quotation.
    let expected = if held["require_payment"] == true {
        Acceptance::PayInPortal
    } else if held["require_signature"] == true {
        Acceptance::SignInPortal
    } else {
        Acceptance::InChat
    };
    assert_eq!(sent.acceptance, expected, "{held:?}");

    // Its tokenised link opens the quotation with no Odoo session: no sign-in page.
    let portal = sent.portal_url.clone().unwrap();
    assert!(portal.contains("access_token="), "{portal}");
    assert_eq!(
        sent.pdf_url,
        Some(format!("{portal}&report_type=pdf&download=true"))
    );
    let page = reqwest::get(&portal).await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(
        page.url().path().starts_with("/my/orders/"),
        "{}",
        page.url()
    );
    let html = page.text().await.unwrap();
    assert!(
        html.contains(&sent.reference),
        "the page shows the quotation"
    );

    // The same approval again: the same quotation, nothing made.
    let again = store
        .send_quotation(viewer, &lines, &notes, QUOTATION_KEY)
        .await
        .unwrap();
    assert_eq!(
        (again.id, again.state),
        (sent.id, OrderState::QuotationSent)
    );
    assert_eq!(with_key(odoo).await, [sent.id]);

    // Accepted in the buyer's name (the portal user's own).
    let people = odoo
        .read("res.partner", &[partner], &["name"], None)
        .await
        .unwrap();
    let signer = text(&people[0]["name"]).to_owned();
    if sent.acceptance != Acceptance::InChat {
        // The shop asks for a signature or a payment online: that is done on the portal page,
        // until the salesperson lifts both for this quotation in the back office.
        assert_eq!(
            store
                .accept_quotation(viewer, sent.id, &signer)
                .await
                .unwrap_err(),
            CommerceError::refused(Refusal::AcceptInPortal)
        );
        odoo.write(
            "sale.order",
            &[sent.id],
            json!({ "require_signature": false, "require_payment": false }),
            None,
        )
        .await
        .unwrap();
    }
    let before = store.round_trips();
    let accepted = store
        .accept_quotation(viewer, sent.id, &signer)
        .await
        .unwrap();
    let accept_trips = store.round_trips() - before;
    eprintln!("odoo{version}: accept_quotation took {accept_trips} round trips");
    assert!(
        accept_trips <= 5,
        "read, sign, confirm, portal link, read: {accept_trips}"
    );
    assert_eq!(accepted.id, sent.id);
    assert_eq!(accepted.state, OrderState::SalesOrder);
    let held = order_in_odoo(odoo, sent.id).await;
    assert_eq!(held["state"], "sale");
    assert_eq!(held["signed_by"], signer.as_str());
    // Accepting again answers with the same order and changes nothing.
    let twice = store
        .accept_quotation(viewer, sent.id, &signer)
        .await
        .unwrap();
    assert_eq!(
        (twice.id, twice.reference, twice.state),
        (sent.id, sent.reference, OrderState::SalesOrder)
    );
}

/// The orders that carry the journey's quotation key.
async fn with_key(odoo: &OdooClient) -> Vec<u64> {
    let orders = odoo
        .search_read(
            "sale.order",
            json!([["origin", "=", QUOTATION_KEY]]),
            &["id"],
            None,
            Some("id"),
            None,
        )
        .await
        .unwrap();
    orders.iter().filter_map(|o| o["id"].as_u64()).collect()
}

/// One `sale.order` as Odoo holds it.
async fn order_in_odoo(odoo: &OdooClient, id: u64) -> Value {
    let fields = [
        "state",
        "origin",
        "client_order_ref",
        "require_signature",
        "require_payment",
        "signed_by",
        "order_line",
        "activity_ids",
    ];
    let orders = odoo.read("sale.order", &[id], &fields, None).await.unwrap();
    orders[0].clone()
}
