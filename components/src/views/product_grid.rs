//! `showroom.product_grid`: products found for a search, as tiles (the product card's), with
//! how many matched in all.

use showroom_protocol::payload::{At, ProductGrid};
use showroom_ui::{el, Element};

use super::product_card::tile;
use crate::kit::{as_of, card, empty, heading, Cx};
use showroom_i18n::productgrid;

pub fn view(data: At<'_, ProductGrid>, cx: &Cx) -> Element {
    let products = data.products();
    let title = match data.query().get() {
        Some(q) => format!("{} “{q}”", cx.t(productgrid::FOUND_FOR)),
        None => cx.t(productgrid::PRODUCTS).to_owned(),
    };
    let mut grid = card(cx, "product-grid", "product-grid").child(heading(title));
    if products.is_empty() && !cx.partial {
        return grid.child(empty(cx.t(productgrid::NONE_FOUND)));
    }
    if let Some(total) = data.total().get() {
        if total as usize > products.len() {
            grid = grid.child(el("p").class("sr-card__note").text(format!(
                "{} {} {} {total}",
                cx.t(productgrid::SHOWING),
                products.len(),
                cx.t(productgrid::OF)
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
