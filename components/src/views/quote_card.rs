//! `showroom.quote_card`: a quotation whose quantities re-price live (each change is an action
//! the server prices with the customer's pricelist and volume breaks), with subtotal, taxes,
//! total, validity, the store's warnings, and its state from draft to confirmed.

use serde_json::json;
use showroom_protocol::payload::{At, QuoteCard, QuoteState};
use showroom_protocol::Action;
use showroom_ui::{el, Element, Node};

use crate::kit::{
    action, actions_row, as_of, card, date, field, heading, icon_action, link, money, num, pill,
    quantity, quantity_input, table, Cx,
};

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

fn state_pill(cx: &Cx, state: Option<QuoteState>) -> Element {
    let (tone, label) = match state {
        Some(QuoteState::Draft) => ("info", cx.t(DRAFT)),
        Some(QuoteState::AwaitingApproval) => ("warn", cx.t(AWAITING)),
        Some(QuoteState::Confirmed) => ("good", cx.t(CONFIRMED)),
        Some(QuoteState::Expired) => ("bad", cx.t(EXPIRED)),
        Some(QuoteState::Cancelled) => ("bad", cx.t(CANCELLED)),
        None => ("info", "…"),
    };
    pill(tone, label).testid("quote-state")
}

pub fn view(data: At<'_, QuoteCard>, cx: &Cx) -> Element {
    let state = data.state().get();
    let draft = state == Some(QuoteState::Draft);
    let lines = data.lines();
    let title = match (data.reference().get(), data.customer().get()) {
        (Some(r), Some(c)) => format!("{} {r} {} {c}", cx.t(QUOTE), cx.t(FOR)),
        (None, Some(c)) => format!("{} {} {c}", cx.t(QUOTE), cx.t(FOR)),
        _ => cx.t(QUOTE).to_owned(),
    };
    let rows: Vec<Element> =
        lines
            .iter()
            .map(|line| {
                let id = line.id().get();
                let name = line.name().get().unwrap_or_default();
                let qty: Node = match line.quantity().get() {
                    Some(q) if draft => quantity_input(
                        cx,
                        &format!("{} {name}", cx.t(QUANTITY_OF)),
                        q,
                        Action::QuoteSetQuantity,
                        json!({ "lineId": id }),
                    ),
                    q => quantity(cx, q),
                };
                let flagged = line.flagged().get() == Some(true);
                let mut product = el("th").attr("scope", "row").child(field(cx, line.name()));
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
                let discount = line
                    .discount()
                    .get()
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
                        el("small").text(format!(" {}", line.uom().get().unwrap_or_default())),
                    ))
                    .child(num(money(cx, line.unit_price())))
                    .child(num(discount).testid("line-discount"))
                    .child(
                        num(money(cx, line.subtotal()))
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
                .child(el("dd").child(money(cx, data.untaxed()))),
        )
        .child(
            el("div")
                .child(el("dt").text(cx.t(TAXES)))
                .child(el("dd").child(money(cx, data.tax()))),
        )
        .child(
            el("div")
                .class("sr-totals__total")
                .child(el("dt").text(cx.t(TOTAL)))
                .child(
                    el("dd")
                        .testid("quote-total")
                        .child(money(cx, data.total())),
                ),
        );
    body = body.child(totals);
    if let Some(valid) = data.valid_until().get() {
        body = body.child(
            el("p")
                .class("sr-card__note")
                .text(format!("{} ", cx.t(VALID_UNTIL)))
                .child(date(cx, Some(valid))),
        );
    }
    let warnings = data.warnings();
    if !warnings.is_empty() {
        body = body.child(
            el("ul")
                .class("sr-warnings")
                .testid("quote-warnings")
                .children(warnings.iter().map(|w| {
                    el("li")
                        .class(format!(
                            "sr-warning sr-warning--{}",
                            w.kind().get().map_or("other", |k| k.as_str())
                        ))
                        .text(format!("⚠ {}", w.message().get().unwrap_or_default()))
                })),
        );
    }
    let blocked = lines.iter().any(|l| l.flagged().get() == Some(true));
    let quote_id = json!({ "quoteId": data.id().get() });
    let submit = (draft && !lines.is_empty() && !blocked)
        .then(|| action(cx, cx.t(SUBMIT), Action::QuoteSubmit, quote_id.clone()))
        .flatten()
        .map(|b| b.class("sr-action--primary"));
    let requote = (state == Some(QuoteState::Expired))
        .then(|| action(cx, cx.t(REQUOTE), Action::QuoteRequote, quote_id))
        .flatten();
    let confirmed = state == Some(QuoteState::Confirmed);
    let portal = confirmed
        .then(|| link(data.portal_url().get(), cx.t(PORTAL)))
        .flatten();
    let pdf = confirmed
        .then(|| link(data.pdf_url().get(), cx.t(PDF)))
        .flatten();
    body.children(actions_row(vec![submit, requote, portal, pdf]))
        .child(as_of(cx))
}
