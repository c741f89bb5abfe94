//! `showroom.quote_card`: a quotation whose quantities re-price live (each change is an action
//! the server prices with the customer's pricelist and volume breaks), with subtotal, taxes,
//! total, validity, the store's warnings, and its state from draft to confirmed.

use serde_json::{json, Value};
use showroom_protocol::Action;

use crate::kit::{
    action, actions_row, as_of, card, date, field, heading, icon_action, link, list, money, num,
    pill, quantity, quantity_input, table, text, Cx,
};
use crate::ui::{el, Element, Node};

crate::texts! {
    QUOTE = "Quotation", "Offerte", "Angebot";
    FOR = "for", "voor", "für";
    PRODUCT = "Product", "Product", "Produkt";
    QUANTITY = "Quantity", "Aantal", "Menge";
    UNIT_PRICE = "Unit price", "Stukprijs", "Stückpreis";
    DISCOUNT = "Discount", "Korting", "Rabatt";
    SUBTOTAL = "Subtotal", "Subtotaal", "Zwischensumme";
    UNTAXED = "Untaxed", "Excl. btw", "Netto";
    TAXES = "Taxes", "Btw", "MwSt.";
    TOTAL = "Total", "Totaal", "Gesamt";
    VALID_UNTIL = "Valid until", "Geldig tot", "Gültig bis";
    QUANTITY_OF = "Quantity of", "Aantal van", "Menge von";
    REMOVE = "Remove", "Verwijderen", "Entfernen";
    FLAGGED = "Outside the margin rules: cannot be approved like this",
        "Buiten de margeregels: zo niet goed te keuren",
        "Außerhalb der Margenregeln: so nicht genehmigungsfähig";
    NO_LINES = "No lines yet: ask to add a product.", "Nog geen regels: vraag om een product toe te voegen.",
        "Noch keine Positionen: bitten Sie darum, ein Produkt hinzuzufügen.";
    SUBMIT = "Request approval", "Goedkeuring aanvragen", "Genehmigung anfordern";
    REQUOTE = "Quote again", "Opnieuw offreren", "Neu anbieten";
    PORTAL = "Open in portal", "Openen in portaal", "Im Portal öffnen";
    PDF = "PDF", "PDF", "PDF";
    DRAFT = "Draft", "Concept", "Entwurf";
    AWAITING = "Awaiting approval", "Wacht op goedkeuring", "Wartet auf Genehmigung";
    CONFIRMED = "Confirmed", "Bevestigd", "Bestätigt";
    EXPIRED = "Expired", "Verlopen", "Abgelaufen";
    CANCELLED = "Cancelled", "Geannuleerd", "Storniert";
}

fn state_pill(cx: &Cx, state: Option<&str>) -> Element {
    let (tone, label) = match state {
        Some("draft") => ("info", cx.t(DRAFT)),
        Some("awaiting_approval") => ("warn", cx.t(AWAITING)),
        Some("confirmed") => ("good", cx.t(CONFIRMED)),
        Some("expired") => ("bad", cx.t(EXPIRED)),
        Some("cancelled") => ("bad", cx.t(CANCELLED)),
        _ => ("info", "…"),
    };
    pill(tone, label).testid("quote-state")
}

pub fn view(data: &Value, cx: &Cx) -> Element {
    let state = text(data, "state");
    let draft = state == Some("draft");
    let lines = list(data, "lines");
    let title = match (text(data, "reference"), text(data, "customer")) {
        (Some(r), Some(c)) => format!("{} {r} {} {c}", cx.t(QUOTE), cx.t(FOR)),
        (None, Some(c)) => format!("{} {} {c}", cx.t(QUOTE), cx.t(FOR)),
        _ => cx.t(QUOTE).to_owned(),
    };
    let rows: Vec<Element> =
        lines
            .iter()
            .map(|line| {
                let id = line.get("id").cloned().unwrap_or(Value::Null);
                let name = text(line, "name").unwrap_or_default();
                let qty: Node = match text(line, "quantity") {
                    Some(q) if draft => quantity_input(
                        cx,
                        &format!("{} {name}", cx.t(QUANTITY_OF)),
                        q,
                        Action::QuoteSetQuantity,
                        json!({ "lineId": id }),
                    ),
                    q => quantity(cx, q),
                };
                let flagged = line.get("flagged").and_then(Value::as_bool) == Some(true);
                let mut product = el("th").attr("scope", "row").child(field(cx, line, "name"));
                if flagged {
                    product = product.child(
                        el("small")
                            .class("sr-quote__flag")
                            .text(format!("⚠ {}", cx.t(FLAGGED))),
                    );
                }
                let remove = draft
                    .then(|| {
                        icon_action(
                            cx,
                            "×",
                            &format!("{} {name}", cx.t(REMOVE)),
                            Action::QuoteRemoveLine,
                            json!({ "lineId": id }),
                        )
                    })
                    .flatten();
                let discount = text(line, "discount")
                    .map(|d| crate::format::percent(cx.locale, d))
                    .unwrap_or_default();
                el("tr")
                    .class(if flagged {
                        "sr-quote__line sr-quote__line--flagged"
                    } else {
                        "sr-quote__line"
                    })
                    .testid("quote-line")
                    .child(product)
                    .child(num(qty).child(
                        el("small").text(format!(" {}", text(line, "uom").unwrap_or_default())),
                    ))
                    .child(num(money(cx, line.get("unitPrice"))))
                    .child(num(discount).testid("line-discount"))
                    .child(
                        num(money(cx, line.get("subtotal")))
                            .testid("line-subtotal")
                            .children(remove),
                    )
            })
            .collect();
    let head: Vec<Node> = [PRODUCT, QUANTITY, UNIT_PRICE, DISCOUNT, SUBTOTAL]
        .iter()
        .map(|t| Node::from(cx.t(*t)))
        .collect();
    let mut body = card(cx, "quote", "quote-card").child(
        el("div")
            .class("sr-card__head")
            .child(heading(title))
            .child(state_pill(cx, state)),
    );
    body = if lines.is_empty() && !cx.partial {
        body.child(
            el("p")
                .class("sr-card__empty")
                .testid("empty")
                .text(cx.t(NO_LINES)),
        )
    } else {
        body.child(table(cx.t(QUOTE), head, rows))
    };
    let totals = el("dl")
        .class("sr-totals")
        .child(
            el("div")
                .child(el("dt").text(cx.t(UNTAXED)))
                .child(el("dd").child(money(cx, data.get("untaxed")))),
        )
        .child(
            el("div")
                .child(el("dt").text(cx.t(TAXES)))
                .child(el("dd").child(money(cx, data.get("tax")))),
        )
        .child(
            el("div")
                .class("sr-totals__total")
                .child(el("dt").text(cx.t(TOTAL)))
                .child(
                    el("dd")
                        .testid("quote-total")
                        .child(money(cx, data.get("total"))),
                ),
        );
    body = body.child(totals);
    if let Some(valid) = text(data, "validUntil") {
        body = body.child(
            el("p")
                .class("sr-card__note")
                .text(format!("{} ", cx.t(VALID_UNTIL)))
                .child(date(cx, Some(valid))),
        );
    }
    let warnings = list(data, "warnings");
    if !warnings.is_empty() {
        body = body.child(
            el("ul")
                .class("sr-warnings")
                .testid("quote-warnings")
                .children(warnings.iter().map(|w| {
                    el("li")
                        .class(format!(
                            "sr-warning sr-warning--{}",
                            text(w, "kind").unwrap_or("other")
                        ))
                        .text(format!("⚠ {}", text(w, "message").unwrap_or_default()))
                })),
        );
    }
    let blocked = lines
        .iter()
        .any(|l| l.get("flagged").and_then(Value::as_bool) == Some(true));
    let submit = (draft && !lines.is_empty() && !blocked)
        .then(|| {
            action(
                cx,
                cx.t(SUBMIT),
                Action::QuoteSubmit,
                json!({ "quoteId": data.get("id") }),
            )
        })
        .flatten()
        .map(|b| b.class("sr-action--primary"));
    let requote = (state == Some("expired"))
        .then(|| {
            action(
                cx,
                cx.t(REQUOTE),
                Action::QuoteRequote,
                json!({ "quoteId": data.get("id") }),
            )
        })
        .flatten();
    let confirmed = state == Some("confirmed");
    let portal = confirmed
        .then(|| link(text(data, "portalUrl"), cx.t(PORTAL)))
        .flatten();
    let pdf = confirmed
        .then(|| link(text(data, "pdfUrl"), cx.t(PDF)))
        .flatten();
    body.children(actions_row(vec![submit, requote, portal, pdf]))
        .child(as_of(cx))
}
