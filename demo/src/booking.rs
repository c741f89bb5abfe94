//! The demo store's resource calendar: an advisor's working hours, minus their busy times and
//! the visits already booked here (kept in the thread database like orders).

use serde::{Deserialize, Serialize};
use showroom_commerce::{Booking, CommerceError, Refusal, Role, Slot, Viewer, Visits};
use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime, Time};

use super::DemoStore;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Calendar {
    service: String,
    duration_minutes: u32,
    location: String,
    /// Hours of the day (UTC) a visit may start.
    hours: Vec<u8>,
    /// ISO weekdays the showroom opens: 1 is Monday.
    weekdays: Vec<u8>,
    busy: Vec<Busy>,
}

#[derive(Debug, Deserialize)]
struct Busy {
    start: String,
    end: String,
}

/// A visit booked here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DemoBooking {
    pub key: String,
    pub partner_id: u64,
    pub reference: String,
    pub start: String,
}

/// The kind under which bookings are stored.
pub const BOOKING: &str = "booking";

fn parse(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).ok()
}

fn format(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

impl DemoStore {
    fn calendar(&self) -> Result<&Calendar, CommerceError> {
        self.seed
            .calendar
            .as_ref()
            .ok_or(CommerceError::Unsupported)
    }

    /// Free slots from `from` for `days` days, none in the past.
    pub(super) fn slots(&self, from: Date, days: u32) -> Result<Vec<Slot>, CommerceError> {
        let calendar = self.calendar()?;
        let now = self.clock.now();
        let length = Duration::minutes(i64::from(calendar.duration_minutes));
        let busy: Vec<(OffsetDateTime, OffsetDateTime)> = calendar
            .busy
            .iter()
            .filter_map(|b| Some((parse(&b.start)?, parse(&b.end)?)))
            .chain(
                self.bookings()
                    .iter()
                    .filter_map(|b| parse(&b.start).map(|s| (s, s + length))),
            )
            .collect();
        let mut slots = Vec::new();
        for offset in 0..days {
            let date = from + Duration::days(i64::from(offset));
            if !calendar
                .weekdays
                .contains(&date.weekday().number_from_monday())
            {
                continue;
            }
            for &hour in &calendar.hours {
                let Ok(time) = Time::from_hms(hour, 0, 0) else {
                    continue;
                };
                let start = date.with_time(time).assume_utc();
                let end = start + length;
                if start > now && !busy.iter().any(|(s, e)| start < *e && *s < end) {
                    slots.push(Slot {
                        start: format(start),
                        end: format(end),
                    });
                }
            }
        }
        Ok(slots)
    }

    pub(super) fn visits(
        &self,
        viewer: &Viewer,
        from: Date,
        days: u32,
    ) -> Result<Visits, CommerceError> {
        let calendar = self.calendar()?;
        Ok(Visits {
            service: Some(self.term_for(viewer, &calendar.service)),
            duration_minutes: calendar.duration_minutes,
            slots: self.slots(from, days)?,
            location: Some(calendar.location.clone()),
            // The demo calendar keeps its hours in UTC.
            time_zone: Some("UTC".to_owned()),
        })
    }

    fn bookings(&self) -> std::sync::MutexGuard<'_, Vec<DemoBooking>> {
        self.bookings.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Books the visit at `start` for a signed-in customer, if that time is still free; for a
    /// shopper who is not signed in, holds it as a request an advisor confirms.
    pub(super) fn book_at(
        &self,
        viewer: &Viewer,
        start: &str,
        key: &str,
    ) -> Result<Booking, CommerceError> {
        // A request is nobody's (partner 0); its key, the approval's, is what finds it again.
        let partner_id = match viewer.role {
            Role::Customer { partner_id } => partner_id,
            Role::Anonymous => 0,
        };
        let at = parse(start).ok_or(CommerceError::refused(Refusal::NotATime))?;
        let existing = self.bookings().iter().find(|b| b.key == key).cloned();
        let booking = match existing {
            Some(b) if b.partner_id == partner_id => b,
            Some(_) => return Err(CommerceError::refused(Refusal::UnknownApproval)),
            None => {
                let free = self.slots(at.date(), 1)?;
                if !free.iter().any(|s| parse(&s.start) == Some(at)) {
                    return Err(CommerceError::refused(Refusal::SlotTaken));
                }
                let mut bookings = self.bookings();
                let booking = DemoBooking {
                    key: key.to_owned(),
                    partner_id,
                    reference: format!(
                        "{}{:05}",
                        if partner_id == 0 { 'R' } else { 'B' },
                        bookings.len() + 1
                    ),
                    start: format(at),
                };
                self.keep(BOOKING, key, partner_id, &booking);
                bookings.push(booking.clone());
                booking
            }
        };
        let calendar = self.calendar()?;
        let start = parse(&booking.start).unwrap_or(at);
        let length = Duration::minutes(i64::from(calendar.duration_minutes));
        Ok(Booking {
            service: Some(self.term_for(viewer, &calendar.service)),
            duration_minutes: calendar.duration_minutes,
            slot: Slot {
                start: format(start),
                end: format(start + length),
            },
            reference: booking.reference,
            requested: booking.partner_id == 0,
            location: Some(calendar.location.clone()),
            time_zone: Some("UTC".to_owned()),
        })
    }
}
