//! `showroom.product_card` and `showroom.product_grid`: products with the viewer's price, stock
//! and variants.

use serde::{Deserialize, Serialize};

use super::{At, Money, Payload, Stock};

/// A product as a shopper sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ProductSummary {
    pub id: u64,
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub name: String,
    /// A picture through the agent's image proxy (`/api/image/...`); nothing else is loaded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The price this viewer pays (their pricelist, or the public one).
    pub price: Money,
    /// The list price, when it differs from `price`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_price: Option<Money>,
    /// Unit of measure the price is for, e.g. "Units".
    pub uom: String,
    pub stock: Stock,
    /// The product's variants (attribute values), when it has more than one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
}

/// One variant of a product: its own id, what distinguishes it, and its price and stock when
/// they differ from the product's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Variant {
    pub id: u64,
    /// E.g. "Steel, White".
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock: Option<Stock>,
}

/// `showroom.product_card`: one product.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ProductCard {
    pub product: ProductSummary,
}

impl Payload for ProductCard {
    const ACTIVITY_TYPE: &'static str = "showroom.product_card";
    const VERSION: u32 = 1;
}

/// `showroom.product_grid`: products found for a search (none is a valid, empty answer).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ProductGrid {
    /// What was searched for, as the person said it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    #[cfg_attr(feature = "schemars", schemars(length(max = 24)))]
    pub products: Vec<ProductSummary>,
    /// How many products matched in all, when more than shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u32>,
}

impl Payload for ProductGrid {
    const ACTIVITY_TYPE: &'static str = "showroom.product_grid";
    const VERSION: u32 = 1;
}
