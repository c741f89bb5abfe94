//! Showroom visits in Odoo. Free times come from the company's working calendar
//! (`resource.calendar` attendances, lunch left out, in the calendar's time zone) minus the
//! company's time off (public holidays: `resource.calendar.leaves` of no one resource) and the
//! busy `calendar.event`s of the advisor — the user the connector signs in as, who organises every
//! visit it books. A visit is a `calendar.event` with the advisor and the customer; our key is in
//! its description and searched first, so an approval given twice books one visit. A shopper who
//! is not signed in books a request: an event with the advisor alone, named as such.

use serde_json::{json, Value};
use showroom_commerce::{Booking, CommerceError, Refusal, Role, Slot, Viewer, Visits};
use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime};

use super::values;
use super::OdooCommerce;

/// How long a visit takes.
const VISIT_MINUTES: u32 = 60;
/// The event's name in Odoo, for the shop's staff (who read the calendar in the shop's language,
/// not the shopper's).
const VISIT: &str = "Showroom visit with an advisor";
const REQUEST: &str = "Showroom visit request (shopper not signed in)";

/// Odoo's `YYYY-MM-DD HH:MM:SS`, in UTC.
fn odoo_time(at: OffsetDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

fn from_odoo_time(value: &Value) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(&values::rfc3339(value)?, &Rfc3339).ok()
}

fn rfc3339(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

/// A working period of a weekday (0 is Monday), in hours of the calendar's own clock.
#[derive(Debug, PartialEq)]
struct Attendance {
    weekday: u8,
    from: f64,
    to: f64,
}

/// The instant a wall-clock time of `date` is in `zone` (for a time a clock change skips or
/// repeats, the one before the change).
fn instant(zone: &jiff::tz::TimeZone, date: Date, hours: f64) -> Option<OffsetDateTime> {
    let minutes = (hours * 60.0).round() as i64;
    let civil = jiff::civil::date(
        date.year() as i16,
        u8::from(date.month()) as i8,
        date.day() as i8,
    )
    .at((minutes / 60) as i8, (minutes % 60) as i8, 0, 0);
    let zoned = civil.to_zoned_datetime(zone.clone()).ok()?;
    OffsetDateTime::from_unix_timestamp(zoned.timestamp().as_second()).ok()
}

/// The visits that fit the working periods of `days` days from `from`, on the hour, after
/// `now` and clear of `busy`.
fn slots(
    zone: &jiff::tz::TimeZone,
    attendances: &[Attendance],
    busy: &[(OffsetDateTime, OffsetDateTime)],
    from: Date,
    days: u32,
    now: OffsetDateTime,
) -> Vec<Slot> {
    let length = Duration::minutes(i64::from(VISIT_MINUTES));
    let mut slots = Vec::new();
    for offset in 0..days {
        let date = from + Duration::days(i64::from(offset));
        let weekday = date.weekday().number_days_from_monday();
        for period in attendances.iter().filter(|a| a.weekday == weekday) {
            let mut hour = period.from.ceil();
            while hour + f64::from(VISIT_MINUTES) / 60.0 <= period.to {
                if let Some(start) = instant(zone, date, hour) {
                    let end = start + length;
                    if start > now && !busy.iter().any(|(s, e)| start < *e && *s < end) {
                        slots.push(Slot {
                            start: rfc3339(start),
                            end: rfc3339(end),
                        });
                    }
                }
                hour += 1.0;
            }
        }
    }
    slots.sort_by(|a, b| a.start.cmp(&b.start));
    slots
}

/// The advisor's free times, where the showroom is, and the calendar's time zone.
pub(super) struct VisitTimes {
    pub free: Vec<Slot>,
    pub location: String,
    pub zone: String,
}

impl OdooCommerce {
    /// The advisor's free times for `days` days from `from`, with where the showroom is.
    pub(super) async fn visit_slots(
        &self,
        from: Date,
        days: u32,
    ) -> Result<VisitTimes, CommerceError> {
        let company = self
            .client
            .search_read(
                "res.company",
                json!([]),
                &["name", "resource_calendar_id"],
                Some(1),
                Some("id"),
                None,
            )
            .await?;
        let company = company.first().ok_or(CommerceError::Unsupported)?;
        let calendar_id = company["resource_calendar_id"][0]
            .as_u64()
            .ok_or(CommerceError::Unsupported)?;
        let calendar = self
            .client
            .read("resource.calendar", &[calendar_id], &["tz"], None)
            .await?;
        let zone_name = calendar
            .first()
            .and_then(|c| c["tz"].as_str())
            .unwrap_or("UTC")
            .to_owned();
        let zone = jiff::tz::TimeZone::get(&zone_name).map_err(|_| CommerceError::Unsupported)?;
        let attendances: Vec<Attendance> = self
            .client
            .search_read(
                "resource.calendar.attendance",
                json!([
                    ["calendar_id", "=", calendar_id],
                    ["day_period", "!=", "lunch"]
                ]),
                &["dayofweek", "hour_from", "hour_to"],
                None,
                Some("dayofweek, hour_from"),
                None,
            )
            .await?
            .iter()
            .filter_map(|a| {
                Some(Attendance {
                    weekday: a["dayofweek"].as_str()?.parse().ok()?,
                    from: a["hour_from"].as_f64()?,
                    to: a["hour_to"].as_f64()?,
                })
            })
            .collect();
        let (start, end) = (
            from.midnight().assume_utc() - Duration::days(1),
            from.midnight().assume_utc() + Duration::days(i64::from(days) + 1),
        );
        // Time off of the whole company (public holidays): leaves of the calendar, or of every
        // calendar, that are no one person's.
        let leaves: Vec<(OffsetDateTime, OffsetDateTime)> = self
            .client
            .search_read(
                "resource.calendar.leaves",
                json!([
                    ["resource_id", "=", false],
                    ["date_from", "<", odoo_time(end)],
                    ["date_to", ">", odoo_time(start)],
                    "|",
                    ["calendar_id", "=", calendar_id],
                    ["calendar_id", "=", false]
                ]),
                &["date_from", "date_to"],
                None,
                Some("date_from"),
                None,
            )
            .await?
            .iter()
            .filter_map(|l| {
                Some((
                    from_odoo_time(&l["date_from"])?,
                    from_odoo_time(&l["date_to"])?,
                ))
            })
            .collect();
        let mut busy: Vec<(OffsetDateTime, OffsetDateTime)> = self
            .client
            .search_read(
                "calendar.event",
                json!([
                    ["start", "<", odoo_time(end)],
                    ["stop", ">", odoo_time(start)],
                    ["show_as", "=", "busy"],
                    "|",
                    ["user_id.login", "=", self.login],
                    ["partner_ids.user_ids.login", "=", self.login]
                ]),
                &["start", "stop"],
                None,
                Some("start"),
                None,
            )
            .await?
            .iter()
            .filter_map(|e| Some((from_odoo_time(&e["start"])?, from_odoo_time(&e["stop"])?)))
            .collect();
        busy.extend(leaves);
        let location = company["name"].as_str().unwrap_or_default().to_owned();
        let free = slots(&zone, &attendances, &busy, from, days, self.clock.now());
        Ok(VisitTimes {
            free,
            location,
            zone: zone_name,
        })
    }

    pub(super) async fn visits(&self, from: Date, days: u32) -> Result<Visits, CommerceError> {
        let times = self.visit_slots(from, days).await?;
        Ok(Visits {
            // Odoo has no name of its own for a showroom visit: the presenter names it.
            service: None,
            duration_minutes: VISIT_MINUTES,
            slots: times.free,
            location: Some(times.location),
            time_zone: Some(times.zone),
        })
    }

    /// Books the visit at `start` once approved: the event made under `key` before, or a new
    /// one if that time is still free.
    pub(super) async fn book_visit(
        &self,
        viewer: &Viewer,
        start: &str,
        key: &str,
    ) -> Result<Booking, CommerceError> {
        let at = OffsetDateTime::parse(start, &Rfc3339)
            .map_err(|_| CommerceError::refused(Refusal::NotATime))?;
        // The person who signed in attends (their company when the store does not tell them
        // apart); the advisor organises it.
        let customer = match viewer.role {
            Role::Customer { partner_id } => Some(viewer.contact.unwrap_or(partner_id)),
            Role::Anonymous => None,
        };
        let marker = format!("showroom:{key}");
        let made = self
            .client
            .search_read(
                "calendar.event",
                json!([["description", "ilike", marker]]),
                &["start", "partner_ids"],
                Some(1),
                None,
                None,
            )
            .await?;
        let (id, location, zone) = match made.first() {
            // Only the customer it was made for finds it by its key.
            Some(event) => {
                let theirs = customer.is_none_or(|partner| {
                    event["partner_ids"]
                        .as_array()
                        .is_some_and(|p| p.contains(&json!(partner)))
                });
                if !theirs {
                    return Err(CommerceError::refused(Refusal::UnknownApproval));
                }
                (event["id"].as_u64().unwrap_or_default(), None, None)
            }
            None => {
                let times = self.visit_slots(at.date(), 1).await?;
                let free = times.free;
                if !free.iter().any(|s| s.start == rfc3339(at)) {
                    return Err(CommerceError::refused(Refusal::SlotTaken));
                }
                let partners: Vec<u64> = customer.into_iter().collect();
                let values = json!({
                    "name": if customer.is_some() { VISIT } else { REQUEST },
                    "start": odoo_time(at),
                    "stop": odoo_time(at + Duration::minutes(i64::from(VISIT_MINUTES))),
                    "description": format!("<p>{marker}</p>"),
                });
                // The advisor organises it (Odoo's default `user_id`, the bot user) and attends
                // with the customer: Odoo's own default when an event is made from a contact
                // (`active_model`/`active_id`: the user's partner and that contact).
                let context = partners.first().map(|person| {
                    let mut context = serde_json::Map::new();
                    context.insert("active_model".into(), json!("res.partner"));
                    context.insert("active_id".into(), json!(person));
                    context
                });
                let ids = self
                    .client
                    .create("calendar.event", vec![values], context)
                    .await?;
                let id = ids.first().copied().ok_or(CommerceError::Unavailable)?;
                (id, Some(times.location), Some(times.zone))
            }
        };
        Ok(Booking {
            service: None,
            duration_minutes: VISIT_MINUTES,
            slot: Slot {
                start: rfc3339(at),
                end: rfc3339(at + Duration::minutes(i64::from(VISIT_MINUTES))),
            },
            reference: format!("EV{id:05}"),
            requested: customer.is_none(),
            location,
            time_zone: zone,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn visits_fit_the_working_hours_in_the_calendars_time_zone() {
        let brussels = jiff::tz::TimeZone::get("Europe/Brussels").unwrap();
        let week = [
            Attendance {
                weekday: 0,
                from: 8.0,
                to: 12.0,
            },
            Attendance {
                weekday: 0,
                from: 13.0,
                to: 17.0,
            },
        ];
        let busy = [(
            datetime!(2026-11-30 9:30 UTC),
            datetime!(2026-11-30 10:00 UTC),
        )];
        let now = datetime!(2026-11-27 12:00 UTC);
        let free = slots(&brussels, &week, &busy, date!(2026 - 11 - 30), 1, now);
        let starts: Vec<&str> = free.iter().map(|s| s.start.as_str()).collect();
        // 08:00 in Brussels is 07:00 UTC in winter; 10:00 local overlaps the busy half hour.
        assert_eq!(
            starts,
            [
                "2026-11-30T07:00:00Z",
                "2026-11-30T08:00:00Z",
                "2026-11-30T10:00:00Z",
                "2026-11-30T12:00:00Z",
                "2026-11-30T13:00:00Z",
                "2026-11-30T14:00:00Z",
                "2026-11-30T15:00:00Z",
            ]
        );
        // In summer the same hours are an hour earlier in UTC; Tuesday has no periods here.
        let summer = slots(&brussels, &week, &[], date!(2027 - 06 - 07), 2, now);
        assert_eq!(summer[0].start, "2027-06-07T06:00:00Z");
        assert_eq!(summer.len(), 8);
        assert!(slots(
            &brussels,
            &week,
            &[],
            date!(2026 - 11 - 30),
            1,
            datetime!(2027-01-01 0:00 UTC)
        )
        .is_empty());
    }
}
