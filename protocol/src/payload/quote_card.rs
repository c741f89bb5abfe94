//! `showroom.quote_card`: a quote whose quantities re-price live while it is a draft, then the
//! quotation the shop sent (an Odoo `sale.order`, sent), then the confirmed order.

use serde::{Deserialize, Serialize};

use super::{At, Money, Payload};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct QuoteCard {
    /// The order's id in the store, once it exists there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<u64>,
    /// The order reference, e.g. "S00042".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    pub state: QuoteState,
    /// The customer the quote is for (the session's company).
    pub customer: String,
    #[cfg_attr(feature = "schemars", schemars(length(max = 100)))]
    pub lines: Vec<QuoteLine>,
    pub untaxed: Money,
    pub tax: Money,
    pub total: Money,
    /// Until when the prices hold (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date")))]
    pub valid_until: Option<String>,
    /// What the store's rules say about this quote, worded by the server.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
    /// The quotation's page in the shop's portal (sent or confirmed); it opens without a
    /// sign-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal_url: Option<String>,
    /// The quotation as a PDF (sent or confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pdf_url: Option<String>,
    /// The buyer's own reference for it (their purchase order number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(length(max = 64)))]
    pub customer_reference: Option<String>,
    /// A discount the buyer asked for, in their words: pending until the shop decides (on the
    /// quotation, as a salesperson's to-do).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(length(max = 300)))]
    pub discount_request: Option<String>,
    /// How a sent quotation may be accepted, by the shop's settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptance: Option<Acceptance>,
    /// When the goods are expected (YYYY-MM-DD), when the shop knows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date")))]
    pub expected_date: Option<String>,
}

/// How a sent quotation may be accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Acceptance {
    /// Here, in the buyer's name.
    InChat,
    /// With an online signature on the shop's portal page.
    SignInPortal,
    /// With an online payment on the shop's portal page.
    PayInPortal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuoteState {
    Draft,
    AwaitingApproval,
    /// Sent by the shop as a quotation, to be accepted.
    Sent,
    Confirmed,
    Expired,
    Cancelled,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct QuoteLine {
    pub id: u64,
    pub product_id: u64,
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub name: String,
    /// Decimal string.
    #[cfg_attr(
        feature = "schemars",
        schemars(regex(pattern = r"^-?[0-9]+(\.[0-9]+)?$"), extend("format" = "decimal"))
    )]
    pub quantity: String,
    pub uom: String,
    /// The unit price after the pricelist (volume breaks included).
    pub unit_price: Money,
    /// A discount in percent, when one applies (decimal string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schemars",
        schemars(regex(pattern = r"^-?[0-9]+(\.[0-9]+)?$"), extend("format" = "decimal"))
    )]
    pub discount: Option<String>,
    pub subtotal: Money,
    /// Below the minimum margin or above the maximum discount: cannot be approved as it is.
    #[serde(default)]
    pub flagged: bool,
}

/// A rule the store applies, and what it says.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    pub kind: WarningKind,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    Margin,
    CreditLimit,
    Stock,
    PriceChanged,
}

impl Payload for QuoteCard {
    const ACTIVITY_TYPE: &'static str = "showroom.quote_card";
    const VERSION: u32 = 1;
}
