//! `showroom.booking_widget`: a week of free slots in the viewer's time zone; one is chosen,
//! approved, and confirmed with a calendar file to download.

use serde_json::json;
use showroom_protocol::payload::{At, BookingState, BookingWidget, Slot};
use showroom_protocol::Action;
use showroom_ui::{el, Element, Node};

use crate::format;
use crate::kit::{action, as_of, card, empty, facts, field, heading, pill, Cx};
use showroom_i18n::bookingwidget;

/// The slots grouped by their day in the viewer's time zone, in order.
fn days<'a>(
    cx: &Cx,
    slots: impl Iterator<Item = At<'a, Slot>>,
) -> Vec<(String, Vec<At<'a, Slot>>)> {
    let mut days: Vec<(String, Vec<At<'a, Slot>>)> = Vec::new();
    for slot in slots {
        let Some(start) = slot.start().get() else {
            continue;
        };
        let day = format::day(cx.locale, start);
        match days.last_mut() {
            Some((d, slots)) if *d == day => slots.push(slot),
            _ => days.push((day, vec![slot])),
        }
    }
    days
}

/// An `.ics` file of the booking, as a link that downloads it.
fn calendar_file(cx: &Cx, data: At<'_, BookingWidget>, chosen: At<'_, Slot>) -> Option<Element> {
    let start = format::utc_basic(chosen.start().get()?)?;
    let end = format::utc_basic(chosen.end().get()?)?;
    let reference = data.reference().get().unwrap_or("booking");
    let escape = |s: &str| {
        s.replace('\\', "\\\\")
            .replace(',', "\\,")
            .replace(';', "\\;")
            .replace('\n', "\\n")
    };
    let ics = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Showroom//Booking//EN\r\nBEGIN:VEVENT\r\n\
         UID:{}@showroom\r\nDTSTAMP:{start}\r\nDTSTART:{start}\r\nDTEND:{end}\r\nSUMMARY:{}\r\n\
         LOCATION:{}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        escape(reference),
        escape(data.service().get().unwrap_or_default()),
        escape(data.location().get().unwrap_or_default()),
    );
    Some(
        el("a")
            .class("sr-action")
            .testid("booking-ics")
            .attr(
                "href",
                format!(
                    "data:text/calendar;charset=utf-8,{}",
                    format::uri_component(&ics)
                ),
            )
            .attr("download", format!("{reference}.ics"))
            .text(cx.t(bookingwidget::ADD_CALENDAR)),
    )
}

pub fn view(data: At<'_, BookingWidget>, cx: &Cx) -> Element {
    let state = data.state().get();
    let (tone, label) = match state {
        Some(BookingState::AwaitingApproval) => ("warn", cx.t(bookingwidget::AWAITING)),
        Some(BookingState::Confirmed) => ("good", cx.t(bookingwidget::CONFIRMED)),
        Some(BookingState::Requested) => ("info", cx.t(bookingwidget::REQUESTED)),
        Some(BookingState::Cancelled) => ("bad", cx.t(bookingwidget::CANCELLED)),
        Some(BookingState::Choosing) | None => ("info", cx.t(bookingwidget::CHOOSING)),
    };
    let minutes = data.duration_minutes().get().unwrap_or(0);
    let title: Node = match data.service().get() {
        Some(s) => format!("{} · {minutes} {}", s, cx.t(bookingwidget::MINUTES)).into(),
        None => field(cx, data.service()),
    };
    let mut body = card(cx, "booking", "booking-widget").child(
        el("div")
            .class("sr-card__head")
            .child(heading(title))
            .child(pill(tone, label).testid("booking-state")),
    );
    match (state, data.chosen().some()) {
        (Some(BookingState::Choosing) | None, _) => {
            let slots = data.slots();
            if slots.is_empty() && !cx.partial {
                body = body.child(empty(cx.t(bookingwidget::NO_SLOTS)));
            } else {
                body = body
                    .child(
                        el("p")
                            .class("sr-card__note")
                            .text(cx.t(bookingwidget::CHOOSE)),
                    )
                    .child(el("div").class("sr-slots").children(
                        days(cx, slots.iter()).into_iter().map(|(day, slots)| {
                            el("div")
                                .class("sr-slots__day")
                                .attr("role", "group")
                                .attr("aria-label", day.clone())
                                .child(el("h4").text(day))
                                .children(slots.into_iter().map(|slot| {
                                    let start = slot.start().get().unwrap_or_default();
                                    let time = format::time(cx.locale, start);
                                    match action(
                                        cx,
                                        &time,
                                        Action::BookingChoose,
                                        json!({ "start": start }),
                                    ) {
                                        Some(button) => button.class("sr-slot").attr(
                                            "aria-label",
                                            format!(
                                                "{} {}",
                                                cx.t(bookingwidget::BOOK),
                                                format::date_time(cx.locale, start)
                                            ),
                                        ),
                                        None => el("span").class("sr-slot").text(time),
                                    }
                                }))
                        }),
                    ));
            }
        }
        (_, Some(chosen)) => {
            let when = chosen
                .start()
                .get()
                .map(|s| format::date_time(cx.locale, s))
                .unwrap_or_default();
            let mut rows = vec![(cx.t(bookingwidget::WHEN), Node::from(when))];
            if let Some(location) = data.location().get() {
                rows.push((cx.t(bookingwidget::WHERE), location.into()));
            }
            if let Some(reference) = data.reference().get() {
                rows.push((cx.t(bookingwidget::REFERENCE), reference.into()));
            }
            body = body.child(facts(rows));
            if state == Some(BookingState::Confirmed) {
                body = body.children(
                    calendar_file(cx, data, chosen)
                        .map(|a| el("div").class("sr-card__actions").child(a)),
                );
            }
        }
        _ => {}
    }
    body.child(as_of(cx))
}
