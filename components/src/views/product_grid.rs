//! `showroom.product_grid`: products found for a search, as tiles (the product card's), with
//! how many matched in all.

use showroom_protocol::payload::{At, ProductGrid};
use showroom_ui::{el, Element};

use super::product_card::tile;
use crate::kit::{as_of, card, empty, heading, Cx};

crate::texts! {
    PRODUCTS = "Products", "Producten", "Produkte";
    FOUND_FOR = "Found for", "Gevonden voor", "Gefunden für";
    NONE_FOUND = "No products found.", "Geen producten gevonden.", "Keine Produkte gefunden.";
    SHOWING = "Showing", "Getoond:", "Angezeigt:";
    OF = "of", "van", "von";
}

pub fn view(data: At<'_, ProductGrid>, cx: &Cx) -> Element {
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
