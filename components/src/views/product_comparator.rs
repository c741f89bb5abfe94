//! `showroom.product_comparator`: 2–6 products side by side, attribute rows aligned, rows whose
//! values differ highlighted, the lowest price marked.

use serde_json::json;
use showroom_protocol::payload::{At, ComparedProduct, ProductComparator};
use showroom_protocol::Action;
use showroom_ui::{el, Element, Node};

use crate::kit::{action, as_of, card, icon_action, money, scroll, skeleton, stock, tax_note, Cx};
use showroom_i18n::productcomparator;

fn price_of(p: At<'_, ComparedProduct>) -> f64 {
    p.price()
        .amount()
        .get()
        .map_or(f64::NAN, crate::format::value)
}

pub fn view(data: At<'_, ProductComparator>, cx: &Cx) -> Element {
    let products = data.products();
    // The lowest price is marked once every price is known.
    let prices: Vec<f64> = products.iter().map(price_of).collect();
    let lowest = if prices.iter().any(|p| p.is_nan()) {
        f64::NAN
    } else {
        prices.iter().copied().fold(f64::INFINITY, f64::min)
    };
    let row = |label: &str, cell: &dyn Fn(At<'_, ComparedProduct>) -> Element| {
        el("tr")
            .child(el("th").attr("scope", "row").text(label))
            .children(products.iter().map(cell))
    };

    let head = el("tr")
        .child(
            el("th").attr("scope", "col").child(
                el("span")
                    .class("sr-visually-hidden")
                    .text(cx.t(productcomparator::PRODUCT)),
            ),
        )
        .children(products.iter().map(|p| {
            let name = p.name().get().unwrap_or_default();
            // A comparison keeps at least two products.
            let remove = p.id().get().filter(|_| products.len() > 2).and_then(|id| {
                icon_action(
                    cx,
                    "×",
                    &format!("{} {name}", cx.t(productcomparator::REMOVE)),
                    Action::ComparatorRemove,
                    json!({ "productId": id }),
                )
            });
            el("th")
                .attr("scope", "col")
                .testid("comparator-product")
                .child(match p.name().get() {
                    Some(name) => Node::from(name),
                    None => skeleton(cx).into(),
                })
                .children(remove)
        }));

    let price = row(cx.t(productcomparator::PRICE), &|p| {
        let best = price_of(p) == lowest;
        let uom = p.uom().get().unwrap_or_default();
        let mut cell = el("td")
            .class(if best {
                "sr-comparator__price sr-comparator__price--best"
            } else {
                "sr-comparator__price"
            })
            .testid("comparator-price")
            .child(el("strong").child(money(cx, p.price())));
        if best && products.len() > 1 {
            cell = cell.child(
                el("span")
                    .class("sr-badge sr-badge--best")
                    .text(cx.t(productcomparator::BEST)),
            );
        }
        if let Some(list_price) = p.list_price().some() {
            cell = cell.child(
                el("s")
                    .class("sr-comparator__list")
                    .attr("title", cx.t(productcomparator::LIST_PRICE))
                    .child(money(cx, list_price)),
            );
        }
        if p.price().is_present() {
            cell.child(el("small").text(format!(
                "{} · {} {uom}",
                tax_note(cx, p.price()),
                cx.t(productcomparator::PER)
            )))
        } else {
            cell
        }
    });
    let stock_row = row(cx.t(productcomparator::STOCK), &|p| {
        el("td")
            .testid("comparator-stock")
            .child(stock(cx, p.stock()))
    });

    // Attribute names across all products, first-seen order, each once: the aligned rows.
    let mut names: Vec<&str> = Vec::new();
    for (name, _) in products
        .iter()
        .flat_map(|p| p.attributes().iter().map(At::pair))
    {
        if let Some(name) = name.get() {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    let attribute = |p: At<'_, ComparedProduct>, name: &str| -> Option<String> {
        p.attributes()
            .iter()
            .map(At::pair)
            .find(|(n, _)| n.get() == Some(name))
            .and_then(|(_, value)| value.get())
            .map(str::to_owned)
    };
    let attribute_rows = names.iter().map(|name| {
        let values: Vec<Option<String>> = products.iter().map(|p| attribute(p, name)).collect();
        let differs = values.windows(2).any(|w| w[0] != w[1]);
        el("tr")
            .class(if differs {
                "sr-comparator__row sr-comparator__row--differs"
            } else {
                "sr-comparator__row"
            })
            .child(el("th").attr("scope", "row").text(*name))
            .children(
                values
                    .into_iter()
                    .map(|v| el("td").text(v.unwrap_or_else(|| "—".to_owned()))),
            )
    });
    let add_row = cx.can_act().then(|| {
        el("tr").child(el("td")).children(products.iter().map(|p| {
            el("td").children(p.id().get().and_then(|id| {
                action(
                    cx,
                    cx.t(productcomparator::ADD),
                    Action::QuoteAdd,
                    json!({ "productId": id, "quantity": "1" }),
                )
            }))
        }))
    });

    let caption = cx.t(productcomparator::CAPTION);
    card(cx, "comparator", "product-comparator")
        .child(
            scroll(caption).child(
                el("table")
                    .class("sr-table sr-comparator__table")
                    .child(el("caption").class("sr-visually-hidden").text(caption))
                    .child(el("thead").child(head))
                    .child(
                        el("tbody")
                            .child(price)
                            .child(stock_row)
                            .children(attribute_rows)
                            .children(add_row),
                    ),
            ),
        )
        .child(as_of(cx))
}
