//! `showroom.booking_widget`: free slots of a service for a week, one chosen, approved and
//! confirmed.

use serde::{Deserialize, Serialize};

use super::{At, Payload};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct BookingWidget {
    /// What is booked, e.g. "Showroom visit with an advisor".
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub service: String,
    #[cfg_attr(feature = "schemars", schemars(range(min = 5, max = 480)))]
    pub duration_minutes: u32,
    pub state: BookingState,
    /// Free slots (RFC 3339 instants); the browser shows them in the viewer's time zone.
    #[cfg_attr(feature = "schemars", schemars(length(max = 200)))]
    pub slots: Vec<Slot>,
    /// The slot chosen, once there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chosen: Option<Slot>,
    /// The booking's reference once confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Where it takes place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The shop's time zone (IANA, e.g. "Europe/Brussels"), in which its sentences give times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BookingState {
    Choosing,
    AwaitingApproval,
    /// Asked for by a shopper who is not signed in: the time is held, the shop confirms it.
    Requested,
    Confirmed,
    Cancelled,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Slot {
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date-time")))]
    pub start: String,
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date-time")))]
    pub end: String,
}

impl Payload for BookingWidget {
    const ACTIVITY_TYPE: &'static str = "showroom.booking_widget";
    const VERSION: u32 = 1;
}
