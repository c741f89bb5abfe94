//! A showroom visit: free times shown in the booking widget, one chosen in it, booked only
//! after the customer approves, under the approval's key.

use serde_json::{json, Value};
use showroom_protocol::input::{Resume, ResumeStatus};
use showroom_protocol::payload::{
    ApprovalCard, ApprovalState, BookingState, BookingWidget, ChangeLine, Envelope,
};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::{ask, audit, component_at, decide, may_ask, show_in_place, Asked, Question};
use crate::locale::Locale;
use crate::planner::dates::PartOfDay;
use crate::present;
use crate::run::RunWriter;
use crate::tools::{emit_tool_call, ToolClass, ToolOutput, ToolSpec};
use crate::turn::Turn;
use showroom_commerce::CommerceError;
use showroom_i18n::{booking, Text};

pub const FREE_SLOTS: ToolSpec = ToolSpec {
    name: "free_slots",
    class: ToolClass::Read,
    description: "Free times for a showroom visit with an advisor, for a week from a date; the customer picks one in the widget.",
    parameters: r#"{"type":"object","properties":{"from":{"type":"string","format":"date","description":"YYYY-MM-DD; today when absent"},"partOfDay":{"type":"string","enum":["morning","afternoon","evening"],"description":"only times in this part of the day, when the customer said one"}}}"#,
};

pub const BOOK_VISIT: ToolSpec = ToolSpec {
    name: "book_visit",
    class: ToolClass::Commit,
    description: "Book the showroom visit the customer chose; only after they approve it.",
    parameters: crate::tools::NO_PARAMETERS,
};

/// How many days of free times the widget shows.
const DAYS: u32 = 7;

/// The widget with free times from `from` (today when none) — those in the part of the day
/// asked for, when there are such — and a line saying so.
pub async fn show(
    turn: &Turn,
    out: &mut RunWriter,
    from: Option<time::Date>,
    part: Option<PartOfDay>,
) -> Result<(), CommerceError> {
    let from = from.unwrap_or_else(|| turn.tools.clock().today());
    let mut widget = turn.tools.visits(from, DAYS).await?;
    if let Some(part) = part {
        let zone = widget.time_zone.clone();
        let within: Vec<_> = (widget.slots.iter())
            .filter(|slot| local_hour(&slot.start, zone.as_deref()).is_some_and(|h| part.holds(h)))
            .cloned()
            .collect();
        // None free then: every free time rather than none.
        if !within.is_empty() {
            widget.slots = within;
        }
    }
    let said = match widget.slots.is_empty() {
        true => booking::NONE_FREE.get(turn.locale),
        false => booking::CHOOSE.get(turn.locale),
    };
    let message_id = out.say(said).await;
    let envelope = Envelope::complete(out.now_rfc3339(), widget);
    let mut args = json!({ "from": from.to_string() });
    if let Some(part) = part {
        args["partOfDay"] = json!(part.name());
    }
    emit_tool_call(
        out,
        &message_id,
        FREE_SLOTS,
        &args,
        &ToolOutput::component(&envelope),
    )
    .await;
    Ok(())
}

/// The person chose `start` in the widget `message_id`: asks them to approve booking it.
pub async fn choose(
    turn: &Turn,
    out: &mut RunWriter,
    message_id: &str,
    start: &str,
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    let Some(thread) = may_ask(turn, out, Asked::Anyone).await else {
        return Ok(());
    };
    let Some(mut widget) = component_at::<BookingWidget>(&thread, message_id) else {
        return Err(CommerceError::NotFound);
    };
    let Some(slot) = widget
        .slots
        .iter()
        .find(|s| s.start == start)
        .cloned()
        .filter(|_| widget.state == BookingState::Choosing)
    else {
        return Err(CommerceError::NotFound);
    };
    let when = when(locale, &slot.start, widget.time_zone.as_deref());
    let said = out.say(&booking::please_approve(locale, &when)).await;
    let question = Question {
        spec: BOOK_VISIT,
        args: json!({ "widgetMessageId": message_id, "start": slot.start }),
        title: booking::TITLE.get(locale),
        changes: vec![ChangeLine {
            label: widget.service.clone(),
            before: None,
            after: when,
        }],
        amount: None,
    };
    widget.state = BookingState::AwaitingApproval;
    widget.chosen = Some(slot);
    show_in_place(out, message_id, widget).await;
    ask(out, &said, question).await;
    Ok(())
}

/// Books the approved visit, or gives the widget its free times back.
pub async fn answer(
    turn: &Turn,
    out: &mut RunWriter,
    entry: &Resume,
    (card_id, card): (&str, ApprovalCard),
    args: &Value,
) -> Result<(), CommerceError> {
    let locale = turn.locale;
    let widget_id = args["widgetMessageId"].as_str().unwrap_or_default();
    let start = args["start"].as_str().unwrap_or_default();
    let from = OffsetDateTime::parse(start, &Rfc3339)
        .map(|t| t.date())
        .unwrap_or_else(|_| turn.tools.clock().today());
    let tools = &turn.tools;
    if entry.status == ResumeStatus::Cancelled {
        let said = booking::NOT_BOOKED.get(locale);
        decide(out, card_id, card, ApprovalState::Rejected, said).await;
        let widget = tools.visits(from, DAYS).await?;
        show_in_place(out, widget_id, widget).await;
        out.say(said).await;
        return Ok(());
    }
    let key = card.interrupt_id.clone();
    let audit =
        |record: Option<String>, outcome: &str| audit(turn, BOOK_VISIT, &key, record, outcome);
    match tools.commerce().book(tools.viewer(), start, &key).await {
        Ok(booked) => {
            let reference = booked.reference.clone();
            audit(Some(format!("booking {reference}")), "done");
            // The shop's zone: as the store says now, else as the widget it was chosen in said.
            let shown = component_at::<BookingWidget>(&turn.thread, widget_id);
            let zone = (booked.time_zone.clone()).or_else(|| shown.and_then(|w| w.time_zone));
            let when = when(locale, start, zone.as_deref());
            let said = if booked.requested {
                booking::requested(locale, &when, &reference)
            } else {
                booking::booked(locale, &reference, &when)
            };
            let booked = present::booked(locale, booked);
            let message_id = out.say(&said).await;
            let output = ToolOutput {
                result: json!({ "reference": reference, "start": start }),
                component: None,
            };
            emit_tool_call(
                out,
                &message_id,
                BOOK_VISIT,
                &json!({ "interruptId": key }),
                &output,
            )
            .await;
            decide(out, card_id, card, ApprovalState::Approved, &said).await;
            show_in_place(out, widget_id, booked).await;
        }
        Err(CommerceError::Refused(refusal)) => {
            audit(None, &format!("refused: {refusal}"));
            let reason = present::refusal(locale, &refusal);
            decide(out, card_id, card, ApprovalState::Failed, &reason).await;
            let widget = tools.visits(from, DAYS).await?;
            show_in_place(out, widget_id, widget).await;
            out.say(&reason).await;
        }
        Err(error) => {
            audit(None, &format!("failed: {}", error.code()));
            return Err(error);
        }
    }
    Ok(())
}

/// A start time in the shop's time zone (UTC when it is not known).
fn local(start: &str, zone: Option<&str>) -> Option<OffsetDateTime> {
    let at = OffsetDateTime::parse(start, &Rfc3339).ok()?;
    let Some(tz) = zone.and_then(|z| jiff::tz::TimeZone::get(z).ok()) else {
        return Some(at);
    };
    let offset = jiff::Timestamp::from_second(at.unix_timestamp())
        .map(|t| tz.to_offset(t).seconds())
        .unwrap_or(0);
    Some(
        time::UtcOffset::from_whole_seconds(offset)
            .map(|o| at.to_offset(o))
            .unwrap_or(at),
    )
}

/// The hour a time starts at in the shop's time zone.
fn local_hour(start: &str, zone: Option<&str>) -> Option<u8> {
    local(start, zone).map(|at| at.hour())
}

/// A start time as people of the locale say it, in the shop's time zone and labelled with it:
/// "Monday 30 November, 10:00 (Europe/Brussels)"; UTC when the shop's zone is not known.
fn when(locale: Locale, start: &str, zone: Option<&str>) -> String {
    const DAYS: [Text; 7] = [
        booking::MONDAY,
        booking::TUESDAY,
        booking::WEDNESDAY,
        booking::THURSDAY,
        booking::FRIDAY,
        booking::SATURDAY,
        booking::SUNDAY,
    ];
    const MONTHS: [Text; 12] = [
        booking::JANUARY,
        booking::FEBRUARY,
        booking::MARCH,
        booking::APRIL,
        booking::MAY,
        booking::JUNE,
        booking::JULY,
        booking::AUGUST,
        booking::SEPTEMBER,
        booking::OCTOBER,
        booking::NOVEMBER,
        booking::DECEMBER,
    ];
    let Some(at) = local(start, zone) else {
        return start.to_owned();
    };
    let zone = zone
        .filter(|z| jiff::tz::TimeZone::get(z).is_ok())
        .unwrap_or("UTC");
    let day = at.weekday().number_days_from_monday() as usize;
    let month = u8::from(at.month()) as usize - 1;
    booking::when(
        locale,
        DAYS[day].get(locale),
        &at.day().to_string(),
        MONTHS[month].get(locale),
        &format!("{:02}:{:02}", at.hour(), at.minute()),
        zone,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_start_time_reads_as_people_of_the_locale_say_it() {
        let start = "2026-11-30T09:05:00Z";
        assert_eq!(
            when(Locale::En, start, None),
            "Monday 30 November, 09:05 (UTC)"
        );
        assert_eq!(
            when(Locale::Nl, start, Some("UTC")),
            "maandag 30 november, 09:05 (UTC)"
        );
        // In the shop's zone: an hour ahead of UTC in a Brussels winter, two in summer.
        let brussels = Some("Europe/Brussels");
        assert_eq!(
            when(Locale::De, start, brussels),
            "Montag 30. November, 10:05 (Europe/Brussels)"
        );
        assert_eq!(
            when(Locale::En, "2030-06-03T07:00:00Z", brussels),
            "Monday 3 June, 09:00 (Europe/Brussels)"
        );
        assert_eq!(when(Locale::En, "not a time", None), "not a time");
    }

    #[test]
    fn a_part_of_the_day_is_read_in_the_shops_time_zone() {
        // 11:30 UTC is 12:30 in a Brussels winter: an afternoon there, a morning in UTC.
        let start = "2026-11-30T11:30:00Z";
        assert_eq!(local_hour(start, Some("Europe/Brussels")), Some(12));
        assert!(PartOfDay::Afternoon.holds(local_hour(start, Some("Europe/Brussels")).unwrap()));
        assert!(PartOfDay::Morning.holds(local_hour(start, None).unwrap()));
        assert_eq!(local_hour("not a time", None), None);
    }
}
