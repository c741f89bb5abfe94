//! `showroom.product_card`: one product with the viewer's price beside the list price, a stock
//! badge, variants and "add to quote" — the tile the product grid shows too.

use serde_json::json;
use showroom_protocol::payload::{At, ProductCard, ProductSummary, StockLevel};
use showroom_protocol::Action;
use showroom_ui::{el, Element};

use crate::kit::{action, as_of, card, field, image, money, stock, tax_note, Cx};
use showroom_i18n::productcard;

/// One product's tile: picture, name, price, stock, variants and the add button.
pub(crate) fn tile(cx: &Cx, p: At<'_, ProductSummary>) -> Element {
    let name = p.name().get().unwrap_or_default();
    let price = p.price();
    let mut prices = el("p")
        .class("sr-product__price")
        .testid("product-price")
        .child(el("strong").child(money(cx, price)));
    if let Some(list_price) = p.list_price().some() {
        prices = prices.text(" ").child(
            el("s")
                .attr("title", cx.t(productcard::LIST_PRICE))
                .child(money(cx, list_price)),
        );
    }
    if price.is_present() {
        let uom = p.uom().get().unwrap_or_default();
        prices = prices.child(el("small").text(format!(
            "{} · {} {uom}",
            tax_note(cx, price),
            cx.t(productcard::PER)
        )));
    }
    let variants = p.variants();
    let variants = (!variants.is_empty()).then(|| {
        el("details")
            .class("sr-product__variants")
            .child(el("summary").text(format!(
                "{} ({})",
                cx.t(productcard::VARIANTS),
                variants.len()
            )))
            .child(el("ul").children(variants.iter().map(|v| {
                let mut item = el("li").text(v.name().get().unwrap_or_default());
                if let Some(price) = v.price().some() {
                    item = item.text(" · ").child(money(cx, price));
                }
                if let Some(s) = v.stock().some() {
                    item = item.text(" · ").child(stock(cx, s));
                }
                let add = v.id().get().and_then(|id| {
                    action(
                        cx,
                        cx.t(productcard::ADD),
                        Action::QuoteAdd,
                        json!({ "productId": id, "quantity": "1" }),
                    )
                });
                item.children(add)
            })))
    });
    let out = p.stock().level().get() == Some(StockLevel::Out);
    let add = p
        .id()
        .get()
        .filter(|_| !out && variants.is_none())
        .and_then(|id| {
            action(
                cx,
                cx.t(productcard::ADD),
                Action::QuoteAdd,
                json!({ "productId": id, "quantity": "1" }),
            )
        });
    el("article")
        .class("sr-product")
        .testid("product")
        .child(image(p.image().get(), name))
        .child(
            el("h4")
                .class("sr-product__name")
                .child(field(cx, p.name())),
        )
        .child(prices)
        .child(
            el("p")
                .class("sr-product__stock")
                .child(stock(cx, p.stock())),
        )
        .children(variants)
        .children(add)
}

pub fn view(data: At<'_, ProductCard>, cx: &Cx) -> Element {
    card(cx, "product-card", "product-card")
        .child(
            el("h3")
                .class("sr-visually-hidden")
                .text(cx.t(productcard::PRODUCT)),
        )
        .child(tile(cx, data.product()))
        .child(as_of(cx))
}
