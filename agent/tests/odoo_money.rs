//! Money as Odoo states it (issue #20, item 4), against recorded Odoo 18 traffic
//! (`tests/cassettes/odoo18_money.json`): a customer's credit notes are in their invoice list as
//! credits, what is outstanding is net of them and is what Odoo says the customer owes, the
//! account view agrees, and each amount carries the currency and tax flag Odoo gives it.
//! `cargo test -p showroom-agent --features live --test odoo_money` with ODOO_URL, ODOO_DB,
//! ODOO_LOGIN and ODOO_KEY (`odoo/live/odoo-up.sh 18 --env`) records it again; the customer is
//! Azure Interior, signed in as the seed's portal user `azure`.

#[path = "../../odoo/tests/support/cassette.rs"]
mod cassette;
mod common;

use cassette::Cassette;
use serde_json::json;
use showroom_agent::locale::Locale;
use showroom_agent::present;
use showroom_commerce::clock::Clock;
use showroom_commerce::money::from_json;
use showroom_commerce::{Commerce, Decimal, InvoiceKind, Language, Viewer};
use showroom_odoo::{OdooClient, OdooCommerce};
use showroom_protocol::payload::{self, Envelope};

#[tokio::test]
async fn credit_notes_are_listed_and_what_is_outstanding_is_what_odoo_says_is_owed() {
    let cassette = Cassette::open("odoo18_money").await;
    let store = OdooCommerce::connect(
        &cassette.config(),
        Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC)),
    )
    .await
    .unwrap();
    let office = OdooClient::connect(&cassette.config()).await.unwrap();
    // Brandon Freeman, a contact of Azure Interior, buys for the company (the seed's portal user).
    let customer = store.sign_in("azure", "azure").await.unwrap();
    assert_eq!(customer.name, "Azure Interior");
    let viewer = Viewer::for_customer(Some(&customer), Language::new("en"));

    let before = store.round_trips();
    let invoices = store.invoices(&viewer).await.unwrap();
    assert_eq!(
        store.round_trips() - before,
        1,
        "invoices and credit notes in one read"
    );
    let find = |number: &str| {
        invoices
            .invoices
            .iter()
            .find(|i| i.number == number)
            .unwrap_or_else(|| panic!("{number} is listed: {:?}", invoices.invoices))
    };
    // The seed's credit note: one desk at 150.00 plus 15 % tax, not matched to any invoice.
    let seeded = find("RINV/2026/00006");
    assert_eq!(seeded.kind, InvoiceKind::CreditNote);
    assert_eq!(seeded.amount.to_string(), "-172.50");
    assert_eq!(seeded.residual.to_string(), "-172.50");
    assert_eq!(
        (
            seeded.amount.currency().code(),
            seeded.amount.tax_included()
        ),
        ("USD", true),
        "in the currency Odoo states on it, tax included"
    );
    for number in ["RINV/2026/00001", "RINV/2026/00002"] {
        assert_eq!(find(number).kind, InvoiceKind::CreditNote);
        assert!(find(number).amount.value() < Decimal::ZERO);
    }
    let open = find("INV/2026/00001");
    assert_eq!(open.kind, InvoiceKind::Invoice);
    assert!(open.residual.value() > Decimal::ZERO);

    // What Odoo says Azure Interior owes: the partner's receivable, and its documents' signed
    // residuals, read by the bot as the back office would.
    let partner = office
        .read("res.partner", &[customer.partner_id], &["credit"], None)
        .await
        .unwrap();
    let owed = from_json(&partner[0]["credit"], "credit").unwrap();
    let documents = office
        .search_read(
            "account.move",
            json!([
                ["move_type", "in", ["out_invoice", "out_refund"]],
                ["state", "=", "posted"],
                ["partner_id", "child_of", customer.partner_id]
            ]),
            &["amount_residual_signed"],
            None,
            None,
            None,
        )
        .await
        .unwrap();
    let residuals: Decimal = documents
        .iter()
        .map(|d| from_json(&d["amount_residual_signed"], "amount_residual_signed").unwrap())
        .sum();
    assert_eq!(documents.len(), invoices.invoices.len());
    assert_eq!(invoices.outstanding.value(), residuals);
    assert_eq!(
        invoices.outstanding.value(),
        owed,
        "the outstanding amount is the receivable Odoo keeps"
    );
    assert!(
        owed < Decimal::ZERO,
        "the seed leaves Azure Interior in credit: {owed}"
    );
    assert!(invoices.outstanding.tax_included());

    // The account view agrees: credit used is the same receivable plus what confirmed orders
    // have left to invoice.
    let orders = office
        .search_read(
            "sale.order",
            json!([
                ["partner_id", "child_of", customer.partner_id],
                ["state", "=", "sale"]
            ]),
            &["amount_to_invoice"],
            None,
            None,
            None,
        )
        .await
        .unwrap();
    let to_invoice: Decimal = orders
        .iter()
        .map(|o| from_json(&o["amount_to_invoice"], "amount_to_invoice").unwrap())
        .sum();
    let before = store.round_trips();
    let account = store.account(&viewer).await.unwrap();
    assert_eq!(
        store.round_trips() - before,
        3,
        "orders, partner, order lines"
    );
    assert_eq!(
        account.credit_used.value(),
        invoices.outstanding.value() + to_invoice
    );
    assert!(account.credit_used.tax_included());

    // Whether the shop's prices are shown with tax is the website's setting, which the bot may
    // read; a stock Odoo shows them without, as our list prices are labelled.
    let websites = office
        .search_read(
            "website",
            json!([]),
            &["show_line_subtotals_tax_selection"],
            Some(1),
            Some("id"),
            None,
        )
        .await
        .unwrap();
    assert_eq!(
        websites[0]["show_line_subtotals_tax_selection"],
        "tax_excluded"
    );
    let hits = store.search_products(&viewer, "desk", 1).await.unwrap();
    assert!(!hits[0].price.tax_included());

    // Presented: the credit notes are marked as such and the list passes the schema.
    let list = present::invoice_list(invoices.clone());
    let marked = list
        .invoices
        .iter()
        .find(|i| i.number == "RINV/2026/00006")
        .unwrap();
    assert_eq!(marked.kind, payload::InvoiceKind::CreditNote);
    assert_eq!(marked.amount.amount, "-172.50");
    assert_eq!(list.outstanding.amount, invoices.outstanding.to_string());
    common::schema::passes(
        &Envelope::complete("2026-11-27T10:00:00Z", list),
        "Azure Interior's invoices and credit notes on Odoo 18",
    );
    for locale in Locale::ALL {
        common::schema::passes(
            &Envelope::complete(
                "2026-11-27T10:00:00Z",
                present::account_summary(locale, account.clone()),
            ),
            "Azure Interior's account on Odoo 18",
        );
    }
    cassette.finish();
}
