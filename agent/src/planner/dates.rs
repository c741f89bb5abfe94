//! Dates as people write them in English, Dutch and German: today, tomorrow, a weekday, next
//! week, `30/11`, `30-11-2026`, `30.11.`, `30 november`, `30. November`, `november 30`.

use time::{Date, Duration, Month, Weekday};

/// A part of the day people ask to come in: "tomorrow afternoon", "dinsdagochtend", "am Freitag
/// Vormittag".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
}

impl PartOfDay {
    /// The part of the day `text` asks for (its words are in `lexicon/<lang>.json`).
    pub fn in_text(text: &str) -> Option<PartOfDay> {
        match super::lexicon::part_of_day(text)? {
            "morning" => Some(PartOfDay::Morning),
            "afternoon" => Some(PartOfDay::Afternoon),
            "evening" => Some(PartOfDay::Evening),
            _ => None,
        }
    }

    /// Its name, as the planner corpus and the `free_slots` tool write it.
    pub fn name(self) -> &'static str {
        match self {
            PartOfDay::Morning => "morning",
            PartOfDay::Afternoon => "afternoon",
            PartOfDay::Evening => "evening",
        }
    }

    /// The part of the day named `name`.
    pub fn named(name: &str) -> Option<PartOfDay> {
        [PartOfDay::Morning, PartOfDay::Afternoon, PartOfDay::Evening]
            .into_iter()
            .find(|p| p.name() == name)
    }

    /// True when a time starting at `hour` (local, 0–23) falls in it: mornings end at noon,
    /// afternoons at five.
    pub fn holds(self, hour: u8) -> bool {
        match self {
            PartOfDay::Morning => hour < 12,
            PartOfDay::Afternoon => (12..17).contains(&hour),
            PartOfDay::Evening => hour >= 17,
        }
    }
}

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
    ("maandag", Weekday::Monday),
    ("dinsdag", Weekday::Tuesday),
    ("woensdag", Weekday::Wednesday),
    ("donderdag", Weekday::Thursday),
    ("vrijdag", Weekday::Friday),
    ("zaterdag", Weekday::Saturday),
    ("zondag", Weekday::Sunday),
    ("montag", Weekday::Monday),
    ("dienstag", Weekday::Tuesday),
    ("mittwoch", Weekday::Wednesday),
    ("donnerstag", Weekday::Thursday),
    ("freitag", Weekday::Friday),
    ("samstag", Weekday::Saturday),
    ("sonntag", Weekday::Sunday),
];

/// Month names and their usual short forms, in all three languages.
const MONTHS: &[(&str, Month)] = &[
    ("january", Month::January),
    ("januari", Month::January),
    ("januar", Month::January),
    ("jan", Month::January),
    ("february", Month::February),
    ("februari", Month::February),
    ("februar", Month::February),
    ("feb", Month::February),
    ("march", Month::March),
    ("maart", Month::March),
    ("märz", Month::March),
    ("mar", Month::March),
    ("april", Month::April),
    ("apr", Month::April),
    ("may", Month::May),
    ("mei", Month::May),
    ("mai", Month::May),
    ("june", Month::June),
    ("juni", Month::June),
    ("jun", Month::June),
    ("july", Month::July),
    ("juli", Month::July),
    ("jul", Month::July),
    ("august", Month::August),
    ("augustus", Month::August),
    ("aug", Month::August),
    ("september", Month::September),
    ("sep", Month::September),
    ("sept", Month::September),
    ("october", Month::October),
    ("oktober", Month::October),
    ("oct", Month::October),
    ("okt", Month::October),
    ("november", Month::November),
    ("nov", Month::November),
    ("december", Month::December),
    ("dezember", Month::December),
    ("dec", Month::December),
    ("dez", Month::December),
];

/// The first date `text` names, as seen on `today`; a date without a year is the next one to
/// come.
pub fn date_in(text: &str, today: Date) -> Option<Date> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '?' | '!' | ';'))
        .filter(|w| !w.is_empty())
        .collect();
    let next_week = words.windows(2).any(|pair| {
        matches!(pair[0], "next" | "volgende" | "nächste" | "naechste")
            && matches!(pair[1], "week" | "woche")
    });
    for (i, raw) in words.iter().enumerate() {
        let word = day_of(raw.trim_end_matches('.'));
        let days = match word {
            "today" | "vandaag" | "heute" => Some(0),
            "tomorrow" | "morgen" => Some(1),
            "overmorgen" | "übermorgen" => Some(2),
            _ => None,
        };
        if let Some(days) = days {
            return Some(today + Duration::days(days));
        }
        if let Some((_, weekday)) = WEEKDAYS.iter().find(|(name, _)| *name == word) {
            if next_week {
                // "volgende week woensdag": that weekday of next week.
                let to_monday = 7 - today.weekday().number_days_from_monday();
                let monday = today + Duration::days(i64::from(to_monday));
                return Some(monday + Duration::days(i64::from(weekday.number_days_from_monday())));
            }
            // Today's own weekday means next week's: today is "today".
            let ahead = match (weekday.number_days_from_monday() + 7
                - today.weekday().number_days_from_monday())
                % 7
            {
                0 => 7,
                ahead => ahead,
            };
            return Some(today + Duration::days(i64::from(ahead)));
        }
        if word == "week" || word == "woche" {
            let next = matches!(
                words.get(i.wrapping_sub(1)),
                Some(&("next" | "volgende" | "nächste" | "naechste"))
            );
            let weekday_after = words[i + 1..].iter().any(|w| {
                WEEKDAYS
                    .iter()
                    .any(|(name, _)| *name == day_of(w.trim_end_matches('.')))
            });
            if next && !weekday_after {
                let to_monday = 7 - today.weekday().number_days_from_monday();
                return Some(today + Duration::days(i64::from(to_monday)));
            }
        }
        if let Some(date) = numeric(raw, today) {
            return Some(date);
        }
        // "30 november", "30. November", "november 30".
        if let Some(month) = month(word) {
            let day = |w: Option<&&str>| {
                w.and_then(|w| {
                    w.trim_end_matches('.')
                        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                        .parse::<u8>()
                        .ok()
                })
            };
            if let Some(day) = day(words.get(i.wrapping_sub(1))).or(day(words.get(i + 1))) {
                return upcoming(today, month, day, None);
            }
        }
    }
    None
}

/// True when `text` names a day (today, a weekday, a date).
pub fn names_a_day(text: &str) -> bool {
    // Any day will do: only whether one is named matters.
    date_in(text, Date::MIN).is_some()
}

/// A day word without the part of the day compounded onto it: "morgenmiddag" is "morgen",
/// "maandagochtend" "maandag", "Freitagvormittag" "freitag".
fn day_of(word: &str) -> &str {
    const PARTS: &[&str] = &[
        "ochtend",
        "middag",
        "avond",
        "nacht",
        "vormittag",
        "nachmittag",
        "abend",
        "früh",
        "morgen",
    ];
    PARTS
        .iter()
        .filter_map(|part| word.strip_suffix(part))
        .find(|day| {
            !day.is_empty()
                && (WEEKDAYS.iter().any(|(w, _)| w == day)
                    || matches!(
                        *day,
                        "morgen" | "today" | "vandaag" | "heute" | "overmorgen" | "übermorgen"
                    ))
        })
        .unwrap_or(word)
}

fn month(word: &str) -> Option<Month> {
    MONTHS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, m)| *m)
}

/// `30/11`, `30-11`, `30.11`, with an optional year: day first, unless only month first makes
/// sense (`11/30`).
fn numeric(raw: &str, today: Date) -> Option<Date> {
    let word = raw.trim_end_matches('.');
    let parts: Vec<&str> = word
        .split(['/', '-', '.'])
        .filter(|p| !p.is_empty())
        .collect();
    if !(2..=3).contains(&parts.len())
        || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    // "2.5" is a quantity; "03.12", "3.12." and "3.12.2026" are dates.
    let dotted = word.contains('.') && !word.contains(['/', '-']);
    let date_like = raw.ends_with('.') || parts.len() == 3 || parts.iter().all(|p| p.len() == 2);
    if dotted && !date_like {
        return None;
    }
    let a: u8 = parts[0].parse().ok()?;
    let b: u8 = parts[1].parse().ok()?;
    let year = match parts.get(2) {
        Some(y) if y.len() == 4 => Some(y.parse().ok()?),
        Some(y) if y.len() == 2 => Some(2000 + y.parse::<i32>().ok()?),
        Some(_) => return None,
        None => None,
    };
    let (day, month) = if b > 12 && a <= 12 { (b, a) } else { (a, b) };
    upcoming(today, Month::try_from(month).ok()?, day, year)
}

/// That day of that month: in `year`, or the next one from `today`.
fn upcoming(today: Date, month: Month, day: u8, year: Option<i32>) -> Option<Date> {
    match year {
        Some(year) => Date::from_calendar_date(year, month, day).ok(),
        None => {
            let this = Date::from_calendar_date(today.year(), month, day).ok()?;
            match this < today {
                true => Date::from_calendar_date(today.year() + 1, month, day).ok(),
                false => Some(this),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn dates_in_three_languages() {
        // A Friday.
        let today = date!(2026 - 11 - 27);
        for (text, expected) in [
            ("book a visit tomorrow", date!(2026 - 11 - 28)),
            ("een afspraak overmorgen", date!(2026 - 11 - 29)),
            ("Termin am Montag", date!(2026 - 11 - 30)),
            ("next tuesday please", date!(2026 - 12 - 01)),
            ("volgende week", date!(2026 - 11 - 30)),
            ("volgende week woensdag", date!(2026 - 12 - 02)),
            ("kan ik morgenmiddag langskomen", date!(2026 - 11 - 28)),
            ("maandagochtend graag", date!(2026 - 11 - 30)),
            ("am Freitag vormittag", date!(2026 - 12 - 04)),
            ("tomorrow afternoon", date!(2026 - 11 - 28)),
            ("nächste Woche", date!(2026 - 11 - 30)),
            ("on 3/12", date!(2026 - 12 - 03)),
            ("am 03.12.", date!(2026 - 12 - 03)),
            ("op 3-12-2026", date!(2026 - 12 - 03)),
            ("on 12/30", date!(2026 - 12 - 30)),
            ("on 4 december", date!(2026 - 12 - 04)),
            ("am 4. Dezember", date!(2026 - 12 - 04)),
            ("december 4th?", date!(2026 - 12 - 04)),
            ("op 5 januari", date!(2027 - 01 - 05)),
            ("heute", today),
        ] {
            assert_eq!(date_in(text, today), Some(expected), "{text}");
        }
        assert_eq!(date_in("show me 2 chairs", today), None);
        assert_eq!(date_in("add 2.5 boxes", today), None);
    }
}
