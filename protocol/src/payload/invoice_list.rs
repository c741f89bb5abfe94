//! `showroom.invoice_list`: the customer's posted invoices and what is still to pay.

use serde::{Deserialize, Serialize};

use super::{At, Money, Payload};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct InvoiceList {
    #[cfg_attr(feature = "schemars", schemars(length(max = 100)))]
    pub invoices: Vec<Invoice>,
    /// The total still to pay across the customer's invoices.
    pub outstanding: Money,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Invoice {
    pub id: u64,
    /// E.g. "INV/2026/00012".
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub number: String,
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date")))]
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date")))]
    pub due: Option<String>,
    pub amount: Money,
    /// What is left to pay.
    pub residual: Money,
    pub payment_state: PaymentState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pdf_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal_url: Option<String>,
}

/// Odoo's `account.move.payment_state`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentState {
    NotPaid,
    Partial,
    InPayment,
    Paid,
    Reversed,
}

impl Payload for InvoiceList {
    const ACTIVITY_TYPE: &'static str = "showroom.invoice_list";
    const VERSION: u32 = 1;
}
