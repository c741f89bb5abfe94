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
use crate::commerce::CommerceError;
use crate::locale::Locale;
use crate::planner::Turn;
use crate::run::RunWriter;
use crate::tools::{emit_tool_call, ToolClass, ToolOutput, ToolSpec};

pub const FREE_SLOTS: ToolSpec = ToolSpec {
    name: "free_slots",
    class: ToolClass::Read,
    description: "Free times for a showroom visit with an advisor, for a week from a date; the customer picks one in the widget.",
    parameters: r#"{"type":"object","properties":{"from":{"type":"string","format":"date","description":"YYYY-MM-DD; today when absent"}}}"#,
};

pub const BOOK_VISIT: ToolSpec = ToolSpec {
    name: "book_visit",
    class: ToolClass::Commit,
    description: "Book the showroom visit the customer chose; only after they approve it.",
    parameters: crate::tools::NO_PARAMETERS,
};

/// How many days of free times the widget shows.
const DAYS: u32 = 7;

/// The widget with free times from `from` (today when none), and a line saying so.
pub async fn show(
    turn: &Turn,
    out: &mut RunWriter,
    from: Option<time::Date>,
) -> Result<(), CommerceError> {
    let from = from.unwrap_or_else(|| turn.tools.clock().today());
    let widget = turn
        .tools
        .commerce()
        .free_slots(turn.tools.viewer(), from, DAYS)
        .await?;
    let said = match widget.slots.is_empty() {
        true => texts::none_free(turn.locale),
        false => texts::choose(turn.locale),
    };
    let message_id = out.say(said).await;
    let envelope = Envelope::complete(out.now_rfc3339(), widget);
    let args = json!({ "from": from.to_string() });
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
    let when = when(locale, &slot.start);
    let said = out.say(&texts::please_approve(locale, &when)).await;
    let question = Question {
        spec: BOOK_VISIT,
        args: json!({ "widgetMessageId": message_id, "start": slot.start }),
        title: texts::title(locale),
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
        let said = texts::not_booked(locale);
        decide(out, card_id, card, ApprovalState::Rejected, said).await;
        let widget = tools
            .commerce()
            .free_slots(tools.viewer(), from, DAYS)
            .await?;
        show_in_place(out, widget_id, widget).await;
        out.say(said).await;
        return Ok(());
    }
    let key = card.interrupt_id.clone();
    let audit =
        |record: Option<String>, outcome: &str| audit(turn, BOOK_VISIT, &key, record, outcome);
    match tools.commerce().book(tools.viewer(), start, &key).await {
        Ok(booked) => {
            let reference = booked.reference.clone().unwrap_or_default();
            audit(Some(format!("booking {reference}")), "done");
            let when = when(locale, start);
            let said = if booked.state == BookingState::Requested {
                texts::requested(locale, &reference, &when)
            } else {
                texts::booked(locale, &reference, &when)
            };
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
        Err(CommerceError::Refused(reason)) => {
            audit(None, &format!("refused: {reason}"));
            decide(out, card_id, card, ApprovalState::Failed, &reason).await;
            let widget = tools
                .commerce()
                .free_slots(tools.viewer(), from, DAYS)
                .await?;
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

/// A start time as people of the locale say it: "Monday 30 November, 09:00 UTC".
fn when(locale: Locale, start: &str) -> String {
    let Ok(at) = OffsetDateTime::parse(start, &Rfc3339) else {
        return start.to_owned();
    };
    let day = at.weekday().number_days_from_monday() as usize;
    let month = u8::from(at.month()) as usize - 1;
    let (days, months): (&[&str], &[&str]) = match locale {
        Locale::En => (
            &[
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
            ],
            &[
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
        ),
        Locale::Nl => (
            &[
                "maandag",
                "dinsdag",
                "woensdag",
                "donderdag",
                "vrijdag",
                "zaterdag",
                "zondag",
            ],
            &[
                "januari",
                "februari",
                "maart",
                "april",
                "mei",
                "juni",
                "juli",
                "augustus",
                "september",
                "oktober",
                "november",
                "december",
            ],
        ),
        Locale::De => (
            &[
                "Montag",
                "Dienstag",
                "Mittwoch",
                "Donnerstag",
                "Freitag",
                "Samstag",
                "Sonntag",
            ],
            &[
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
            ],
        ),
    };
    let dot = if locale == Locale::De { "." } else { "" };
    format!(
        "{} {}{dot} {}, {:02}:{:02} UTC",
        days[day],
        at.day(),
        months[month],
        at.hour(),
        at.minute()
    )
}

mod texts {
    use super::Locale;

    pub fn choose(locale: Locale) -> &'static str {
        match locale {
            Locale::En => "Here are the free times for a visit. Pick the one that suits you.",
            Locale::Nl => "Dit zijn de vrije tijden voor een bezoek. Kies wat je uitkomt.",
            Locale::De => {
                "Das sind die freien Zeiten für einen Besuch. Wählen Sie, was Ihnen passt."
            }
        }
    }

    pub fn none_free(locale: Locale) -> &'static str {
        match locale {
            Locale::En => "There are no free times that week; try another date.",
            Locale::Nl => "Die week zijn er geen vrije tijden; probeer een andere datum.",
            Locale::De => {
                "In dieser Woche gibt es keine freien Zeiten; versuchen Sie ein anderes Datum."
            }
        }
    }

    pub fn title(locale: Locale) -> &'static str {
        match locale {
            Locale::En => "Book this visit",
            Locale::Nl => "Dit bezoek boeken",
            Locale::De => "Diesen Besuch buchen",
        }
    }

    pub fn please_approve(locale: Locale, when: &str) -> String {
        match locale {
            Locale::En => format!("{when}: approve below to book it."),
            Locale::Nl => format!("{when}: keur hieronder goed om te boeken."),
            Locale::De => format!("{when}: genehmigen Sie unten, um zu buchen."),
        }
    }

    pub fn booked(locale: Locale, reference: &str, when: &str) -> String {
        match locale {
            Locale::En => format!("Your visit is booked ({reference}): {when}. See you then!"),
            Locale::Nl => format!("Je bezoek is geboekt ({reference}): {when}. Tot dan!"),
            Locale::De => format!("Ihr Besuch ist gebucht ({reference}): {when}. Bis dann!"),
        }
    }

    pub fn requested(locale: Locale, reference: &str, when: &str) -> String {
        match locale {
            Locale::En => {
                format!("We hold {when} for you ({reference}); an advisor will confirm your visit.")
            }
            Locale::Nl => format!(
                "We houden {when} voor je vrij ({reference}); een adviseur bevestigt je bezoek."
            ),
            Locale::De => format!(
                "Wir halten {when} für Sie frei ({reference}); ein Berater bestätigt Ihren Besuch."
            ),
        }
    }

    pub fn not_booked(locale: Locale) -> &'static str {
        match locale {
            Locale::En => "Not booked. Pick another time whenever you like.",
            Locale::Nl => "Niet geboekt. Kies een andere tijd wanneer je wilt.",
            Locale::De => "Nicht gebucht. Wählen Sie eine andere Zeit, wann immer Sie möchten.",
        }
    }
}
