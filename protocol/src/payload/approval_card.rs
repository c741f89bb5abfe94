//! `showroom.approval_card`: what a commitment will change, for the person to approve or reject
//! (the AG-UI interrupt the run ended with).

use serde::{Deserialize, Serialize};

use super::{At, Money, Payload};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ApprovalCard {
    /// The interrupt this approval answers.
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub interrupt_id: String,
    /// E.g. "Confirm quotation S00042".
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub title: String,
    #[cfg_attr(feature = "schemars", schemars(length(min = 1, max = 50)))]
    pub changes: Vec<ChangeLine>,
    /// What it commits the customer to, when it costs something.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    pub state: ApprovalState,
    /// What happened, once decided (e.g. "Order S00042 confirmed").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
}

/// One thing that changes: what, and from what to what.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ChangeLine {
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    pub after: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApprovalState {
    Pending,
    Approved,
    Rejected,
    Failed,
    Expired,
}

impl Payload for ApprovalCard {
    const ACTIVITY_TYPE: &'static str = "showroom.approval_card";
    const VERSION: u32 = 1;
}
