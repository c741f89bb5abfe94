//! `showroom.order_status`: where an order is, and what may still be changed.

use serde::{Deserialize, Serialize};

use super::{At, Money, Payload};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrderStatus {
    pub id: u64,
    /// E.g. "S00042".
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub reference: String,
    /// The milestones in order; those not reached yet have no date.
    pub timeline: Vec<Milestone>,
    /// The carrier's tracking reference, once shipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking: Option<String>,
    pub lines: Vec<OrderLine>,
    pub total: Money,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Milestone {
    pub step: Step,
    /// When it was reached (RFC 3339), if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date-time")))]
    pub at: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Quotation,
    Confirmed,
    Picking,
    Delivered,
    Invoiced,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrderLine {
    pub id: u64,
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub name: String,
    #[cfg_attr(
        feature = "schemars",
        schemars(regex(pattern = r"^-?[0-9]+(\.[0-9]+)?$"), extend("format" = "decimal"))
    )]
    pub quantity: String,
    #[cfg_attr(
        feature = "schemars",
        schemars(regex(pattern = r"^-?[0-9]+(\.[0-9]+)?$"), extend("format" = "decimal"))
    )]
    pub delivered: String,
    pub uom: String,
    pub subtotal: Money,
    /// The order still lets this line's quantity be changed or the line be cancelled.
    #[serde(default)]
    pub changeable: bool,
}

impl Payload for OrderStatus {
    const ACTIVITY_TYPE: &'static str = "showroom.order_status";
    const VERSION: u32 = 1;
}
