//! `showroom.account_summary`: a B2B customer's account at a glance.

use serde::{Deserialize, Serialize};

use super::{At, Money, Payload};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct AccountSummary {
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub company: String,
    pub pricelist: String,
    /// The credit limit, when the store sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_limit: Option<Money>,
    /// Outstanding invoices and confirmed, uninvoiced orders.
    pub credit_used: Money,
    #[cfg_attr(feature = "schemars", schemars(length(max = 10)))]
    pub recent_orders: Vec<RecentOrder>,
    #[cfg_attr(feature = "schemars", schemars(length(max = 10)))]
    pub top_products: Vec<BoughtProduct>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RecentOrder {
    pub id: u64,
    pub reference: String,
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date")))]
    pub date: String,
    pub total: Money,
    /// The order's state in words the store uses (e.g. "Sales Order", "Locked").
    pub state: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct BoughtProduct {
    pub product_id: u64,
    pub name: String,
    /// How many were bought in all (decimal string).
    #[cfg_attr(
        feature = "schemars",
        schemars(regex(pattern = r"^-?[0-9]+(\.[0-9]+)?$"), extend("format" = "decimal"))
    )]
    pub quantity: String,
    pub uom: String,
}

impl Payload for AccountSummary {
    const ACTIVITY_TYPE: &'static str = "showroom.account_summary";
    const VERSION: u32 = 1;
}
