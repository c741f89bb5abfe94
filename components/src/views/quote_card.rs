//! `showroom.quote_card`: a quotation whose quantities re-price live (each change is an action
//! the server prices with the customer's pricelist and volume breaks), with subtotal, taxes,
//! total, validity, the store's warnings, and its state from draft to confirmed.

use serde_json::json;
use showroom_protocol::payload::{Acceptance, At, QuoteCard, QuoteState};
use showroom_protocol::Action;
use showroom_ui::{el, Element, Node};

use crate::kit::{
    action, actions_row, as_of, card, date, field, heading, icon_action, link, money, num, pill,
    quantity, quantity_input, table, text_input, Cx,
};
use showroom_i18n::quotecard;

fn state_pill(cx: &Cx, state: Option<QuoteState>) -> Element {
    let (tone, label) = match state {
        Some(QuoteState::Draft) => ("info", cx.t(quotecard::DRAFT)),
        Some(QuoteState::AwaitingApproval) => ("warn", cx.t(quotecard::AWAITING)),
        Some(QuoteState::Sent) => ("info", cx.t(quotecard::SENT)),
        Some(QuoteState::Confirmed) => ("good", cx.t(quotecard::CONFIRMED)),
        Some(QuoteState::Expired) => ("bad", cx.t(quotecard::EXPIRED)),
        Some(QuoteState::Cancelled) => ("bad", cx.t(quotecard::CANCELLED)),
        None => ("info", "…"),
    };
    pill(tone, label).testid("quote-state")
}

pub fn view(data: At<'_, QuoteCard>, cx: &Cx) -> Element {
    let state = data.state().get();
    let draft = state == Some(QuoteState::Draft);
    let lines = data.lines();
    let title = match (data.reference().get(), data.customer().get()) {
        (Some(r), Some(c)) => format!(
            "{} {r} {} {c}",
            cx.t(quotecard::QUOTE),
            cx.t(quotecard::FOR)
        ),
        (None, Some(c)) => format!("{} {} {c}", cx.t(quotecard::QUOTE), cx.t(quotecard::FOR)),
        _ => cx.t(quotecard::QUOTE).to_owned(),
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
                        &format!("{} {name}", cx.t(quotecard::QUANTITY_OF)),
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
                            .text(format!("⚠ {}", cx.t(quotecard::FLAGGED))),
                    );
                }
                let remove = draft
                    .then(|| {
                        icon_action(
                            cx,
                            "×",
                            &format!("{} {name}", cx.t(quotecard::REMOVE)),
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
    let head: Vec<Node> = [
        quotecard::PRODUCT,
        quotecard::QUANTITY,
        quotecard::UNIT_PRICE,
        quotecard::DISCOUNT,
        quotecard::SUBTOTAL,
    ]
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
                .text(cx.t(quotecard::NO_LINES)),
        )
    } else {
        body.child(table(cx.t(quotecard::QUOTE), head, rows))
    };
    let totals = el("dl")
        .class("sr-totals")
        .child(
            el("div")
                .child(el("dt").text(cx.t(quotecard::UNTAXED)))
                .child(el("dd").child(money(cx, data.untaxed()))),
        )
        .child(
            el("div")
                .child(el("dt").text(cx.t(quotecard::TAXES)))
                .child(el("dd").child(money(cx, data.tax()))),
        )
        .child(
            el("div")
                .class("sr-totals__total")
                .child(el("dt").text(cx.t(quotecard::TOTAL)))
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
                .text(format!("{} ", cx.t(quotecard::VALID_UNTIL)))
                .child(date(cx, Some(valid))),
        );
    }
    if let Some(expected) = data.expected_date().get() {
        body = body.child(
            el("p")
                .class("sr-card__note")
                .testid("quote-expected")
                .text(format!("{} ", cx.t(quotecard::EXPECTED)))
                .child(date(cx, Some(expected))),
        );
    }
    if let Some(words) = data.discount_request().get() {
        body = body.child(
            el("p")
                .class("sr-card__note")
                .testid("quote-discount-request")
                .text(format!(
                    "{} “{words}” — {}",
                    cx.t(quotecard::DISCOUNT_REQUESTED),
                    cx.t(quotecard::DISCOUNT_PENDING)
                )),
        );
    }
    let reference = data.customer_reference().get();
    let reference_input = draft
        .then(|| {
            text_input(
                cx,
                cx.t(quotecard::YOUR_REFERENCE),
                reference,
                64,
                Action::QuoteSetReference,
                json!({}),
            )
        })
        .flatten();
    body = match (reference_input, reference) {
        (Some(input), _) => body.child(input.testid("quote-reference")),
        (None, Some(reference)) => body.child(
            el("p")
                .class("sr-card__note")
                .testid("quote-reference")
                .text(format!("{} {reference}", cx.t(quotecard::YOUR_REFERENCE))),
        ),
        (None, None) => body,
    };
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
        .then(|| {
            action(
                cx,
                cx.t(quotecard::SUBMIT),
                Action::QuoteSubmit,
                quote_id.clone(),
            )
        })
        .flatten()
        .map(|b| b.class("sr-action--primary"));
    let requote = (state == Some(QuoteState::Expired))
        .then(|| action(cx, cx.t(quotecard::REQUOTE), Action::QuoteRequote, quote_id))
        .flatten();
    let sent = state == Some(QuoteState::Sent);
    let accept = match data.acceptance().some().and_then(|a| a.get()) {
        Some(Acceptance::InChat) if sent => action(
            cx,
            cx.t(quotecard::ACCEPT),
            Action::QuoteAccept,
            json!({ "quoteId": data.id().get() }),
        )
        .map(|b| b.class("sr-action--primary")),
        _ => None,
    };
    // The shop asks for a signature or a payment: that is done on its own page.
    let portal_label = match data.acceptance().some().and_then(|a| a.get()) {
        Some(Acceptance::SignInPortal) if sent => quotecard::SIGN_IN_PORTAL,
        Some(Acceptance::PayInPortal) if sent => quotecard::PAY_IN_PORTAL,
        _ => quotecard::PORTAL,
    };
    let issued = sent || state == Some(QuoteState::Confirmed);
    let portal = issued
        .then(|| link(data.portal_url().get(), cx.t(portal_label)))
        .flatten();
    let pdf = issued
        .then(|| link(data.pdf_url().get(), cx.t(quotecard::PDF)))
        .flatten();
    body.children(actions_row(vec![submit, accept, requote, portal, pdf]))
        .child(as_of(cx))
}
