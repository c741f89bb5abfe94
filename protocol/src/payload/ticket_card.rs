//! `showroom.ticket_card`: a support request that was created, and where it stands.

use serde::{Deserialize, Serialize};

use super::{At, Payload};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct TicketCard {
    /// E.g. "#128" (a CRM lead) or the order it was posted on.
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub reference: String,
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub subject: String,
    pub status: TicketStatus,
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date-time")))]
    pub created: String,
    /// The order it is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TicketStatus {
    New,
    InProgress,
    Waiting,
    Solved,
}

impl Payload for TicketCard {
    const ACTIVITY_TYPE: &'static str = "showroom.ticket_card";
    const VERSION: u32 = 1;
}
