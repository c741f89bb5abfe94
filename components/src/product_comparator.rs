use leptos::prelude::*;
use showroom_protocol::payload::{ComparedProduct, Envelope, ProductComparator, StockLevel};

use crate::format;
use crate::i18n::{use_locale, Locale};

crate::texts! {
    CAPTION = "Product comparison", "Productvergelijking", "Produktvergleich";
    PRODUCT = "Product", "Product", "Produkt";
    PRICE = "Price", "Prijs", "Preis";
    STOCK = "Stock", "Voorraad", "Bestand";
    IN_STOCK = "In stock", "Op voorraad", "Auf Lager";
    LOW = "Low stock", "Beperkte voorraad", "Geringer Bestand";
    OUT = "Out of stock", "Niet op voorraad", "Nicht vorrätig";
    BEST = "Lowest price", "Laagste prijs", "Niedrigster Preis";
    EXCL_TAX = "excl. tax", "excl. btw", "zzgl. MwSt.";
    INCL_TAX = "incl. tax", "incl. btw", "inkl. MwSt.";
    PER = "per", "per", "pro";
    AS_OF = "Prices and stock as of", "Prijzen en voorraad van", "Preise und Bestand von";
}

fn stock_label(locale: Locale, level: StockLevel) -> &'static str {
    match level {
        StockLevel::InStock => IN_STOCK.get(locale),
        StockLevel::Low => LOW.get(locale),
        StockLevel::Out => OUT.get(locale),
    }
}

/// `showroom.product_comparator`: products side by side, attribute rows aligned, rows whose
/// values differ highlighted, the lowest price marked.
#[component]
pub fn ProductComparatorView(
    /// The validated payload.
    envelope: Envelope<ProductComparator>,
) -> impl IntoView {
    let locale = use_locale();
    let Envelope { data, read_at, .. } = envelope;
    let rows: Vec<String> = data
        .attribute_rows()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let lowest = data
        .products
        .iter()
        .map(|p| p.price.as_f64())
        .fold(f64::INFINITY, f64::min);
    let products = StoredValue::new(data.products);

    let cells = move |cell: fn(Locale, &ComparedProduct, f64) -> AnyView| {
        products.with_value(|products| {
            products
                .iter()
                .map(|p| cell(locale.get(), p, lowest))
                .collect_view()
        })
    };
    let attribute_rows = rows
        .into_iter()
        .map(|row| {
            let values: Vec<Option<String>> = products.with_value(|ps| {
                ps.iter()
                    .map(|p| p.attribute(&row).map(str::to_owned))
                    .collect()
            });
            let differs = values.windows(2).any(|w| w[0] != w[1]);
            view! {
                <tr class="sr-comparator__row" class:sr-comparator__row--differs=differs>
                    <th scope="row">{row}</th>
                    {values
                        .into_iter()
                        .map(|v| view! { <td>{v.unwrap_or_else(|| "—".to_owned())}</td> })
                        .collect_view()}
                </tr>
            }
        })
        .collect_view();

    view! {
        <section class="sr-card sr-comparator" data-testid="product-comparator">
            <div class="sr-comparator__scroll" tabindex="0" role="region" aria-label=CAPTION.tr()>
                <table class="sr-comparator__table">
                    <caption class="sr-visually-hidden">{CAPTION.tr()}</caption>
                    <thead>
                        <tr>
                            <th scope="col"><span class="sr-visually-hidden">{PRODUCT.tr()}</span></th>
                            {move || cells(|_, p, _| view! {
                                <th scope="col" data-testid="comparator-product">{p.name.clone()}</th>
                            }.into_any())}
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <th scope="row">{PRICE.tr()}</th>
                            {move || cells(|locale, p, lowest| {
                                let best = p.price.as_f64() == lowest;
                                let tax = if p.price.tax_included { INCL_TAX } else { EXCL_TAX };
                                view! {
                                    <td class="sr-comparator__price" class:sr-comparator__price--best=best data-testid="comparator-price">
                                        <strong>{format::money(locale, &p.price)}</strong>
                                        {best.then(|| view! { <span class="sr-badge sr-badge--best">{BEST.get(locale)}</span> })}
                                        <small>{format!("{} · {} {}", tax.get(locale), PER.get(locale), p.uom)}</small>
                                    </td>
                                }.into_any()
                            })}
                        </tr>
                        <tr>
                            <th scope="row">{STOCK.tr()}</th>
                            {move || cells(|locale, p, _| {
                                let level = p.stock.level;
                                view! {
                                    <td data-testid="comparator-stock">
                                        <span class=format!("sr-stock sr-stock--{}", level.as_str())>
                                            {stock_label(locale, level)}
                                            {(level != StockLevel::Out).then(|| format!(" ({})", format::quantity(locale, &p.stock.available)))}
                                        </span>
                                    </td>
                                }.into_any()
                            })}
                        </tr>
                        {attribute_rows}
                    </tbody>
                </table>
            </div>
            <p class="sr-card__as-of" data-testid="as-of">
                {move || format!("{} {}", AS_OF.get(locale.get()), format::time(locale.get(), &read_at))}
            </p>
        </section>
    }
}
