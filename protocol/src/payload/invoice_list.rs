//! `showroom.invoice_list`: the customer's posted invoices and credit notes, and what is still
//! to pay net of the credit notes.

use serde::{Deserialize, Serialize};

use super::{At, Money, Payload};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct InvoiceList {
    #[cfg_attr(feature = "schemars", schemars(length(max = 100)))]
    pub invoices: Vec<Invoice>,
    /// The total still to pay across the customer's invoices, less the credit their credit
    /// notes still hold; negative when the customer is in credit.
    pub outstanding: Money,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Invoice {
    pub id: u64,
    /// An invoice when absent (the payloads written before credit notes were listed).
    #[serde(default, skip_serializing_if = "InvoiceKind::is_invoice")]
    pub kind: InvoiceKind,
    /// E.g. "INV/2026/00012", "RINV/2026/00006".
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub number: String,
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date")))]
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date")))]
    pub due: Option<String>,
    /// Tax included; negative on a credit note.
    pub amount: Money,
    /// What is left to pay; on a credit note, the credit left to use (negative).
    pub residual: Money,
    pub payment_state: PaymentState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pdf_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal_url: Option<String>,
}

/// An invoice or a credit note (Odoo's `move_type` `out_invoice`, `out_refund`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum InvoiceKind {
    #[default]
    Invoice,
    CreditNote,
}

impl InvoiceKind {
    pub fn is_invoice(&self) -> bool {
        *self == InvoiceKind::Invoice
    }
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
