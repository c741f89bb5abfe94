//! `showroom.product_card` and `showroom.product_grid`: products with the viewer's price beside
//! the list price, a stock badge, variants and "add to quote".

use serde_json::json;
use showroom_protocol::payload::{At, ProductCard, ProductGrid, ProductSummary, StockLevel};
use showroom_protocol::Action;

use crate::kit::{action, as_of, card, empty, field, heading, image, money, stock, tax_note, Cx};
use showroom_ui::{el, Element};

crate::texts! {
    PRODUCT = "Product", "Product", "Produkt";
    PRODUCTS = "Products", "Producten", "Produkte";
    FOUND_FOR = "Found for", "Gevonden voor", "Gefunden für";
    NONE_FOUND = "No products found.", "Geen producten gevonden.", "Keine Produkte gefunden.";
    SHOWING = "Showing", "Getoond:", "Angezeigt:";
    OF = "of", "van", "von";
    LIST_PRICE = "List price", "Catalogusprijs", "Listenpreis";
    PER = "per", "per", "pro";
    VARIANTS = "Variants", "Varianten", "Varianten";
    ADD = "Add to quote", "Aan offerte toevoegen", "Zum Angebot hinzufügen";
}

/// One product's tile: picture, name, price, stock, variants and the add button.
fn tile(cx: &Cx, p: At<'_, ProductSummary>) -> Element {
    let name = p.name().get().unwrap_or_default();
    let price = p.price();
    let mut prices = el("p")
        .class("sr-product__price")
        .testid("product-price")
        .child(el("strong").child(money(cx, price)));
    if let Some(list_price) = p.list_price().some() {
        prices = prices.text(" ").child(
            el("s")
                .attr("title", cx.t(LIST_PRICE))
                .child(money(cx, list_price)),
        );
    }
    if price.is_present() {
        let uom = p.uom().get().unwrap_or_default();
        prices = prices.child(el("small").text(format!(
            "{} · {} {uom}",
            tax_note(cx, price),
            cx.t(PER)
        )));
    }
    let variants = p.variants();
    let variants = (!variants.is_empty()).then(|| {
        el("details")
            .class("sr-product__variants")
            .child(el("summary").text(format!("{} ({})", cx.t(VARIANTS), variants.len())))
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
                        cx.t(ADD),
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
                cx.t(ADD),
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

pub fn card_view(data: At<'_, ProductCard>, cx: &Cx) -> Element {
    card(cx, "product-card", "product-card")
        .child(el("h3").class("sr-visually-hidden").text(cx.t(PRODUCT)))
        .child(tile(cx, data.product()))
        .child(as_of(cx))
}

pub fn grid_view(data: At<'_, ProductGrid>, cx: &Cx) -> Element {
    let products = data.products();
    let title = match data.query().get() {
        Some(q) => format!("{} “{q}”", cx.t(FOUND_FOR)),
        None => cx.t(PRODUCTS).to_owned(),
    };
    let mut grid = card(cx, "product-grid", "product-grid").child(heading(title));
    if products.is_empty() && !cx.partial {
        return grid.child(empty(cx.t(NONE_FOUND)));
    }
    if let Some(total) = data.total().get() {
        if total as usize > products.len() {
            grid = grid.child(el("p").class("sr-card__note").text(format!(
                "{} {} {} {total}",
                cx.t(SHOWING),
                products.len(),
                cx.t(OF)
            )));
        }
    }
    grid.child(
        el("div")
            .class("sr-product-grid__items")
            .children(products.iter().map(|p| tile(cx, p))),
    )
    .child(as_of(cx))
}
