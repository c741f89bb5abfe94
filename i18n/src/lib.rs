//! The languages Showroom speaks and everything it says in them: one system for the browser
//! and the server.
//!
//! Every string lives in `locales/<tag>.ftl`, one Fluent file per language (`en.ftl` is the
//! source). The build turns them into one module per message group: `booking-title` becomes
//! [`booking::TITLE`](crate), a [`Text`] to [`Text::get`] in a [`Locale`]; a message with
//! variables, `booking-booked = Your visit is booked ({ $reference }): { $when }.`, becomes
//! `booking::booked(locale, reference, when) -> String`. A message or a variable the code names
//! and English lacks does not compile; what another language lacks is in [`GAPS`] (a test wants
//! it empty) and reads in English until it is translated.

mod locale;

pub use locale::Locale;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// One string in every language, in [`LANGUAGES`]' order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(pub [&'static str; LANGUAGES.len()]);

impl Text {
    pub fn get(&self, locale: Locale) -> &'static str {
        self.0[index(locale)]
    }
}

/// A piece of a message with variables: its own text, or the n-th variable's value.
#[derive(Clone, Copy, Debug)]
pub enum Piece {
    Text(&'static str),
    Arg(usize),
}

/// Where `locale` stands in [`LANGUAGES`] (English, the first, for one without a catalogue).
fn index(locale: Locale) -> usize {
    LANGUAGES
        .iter()
        .position(|tag| *tag == locale.as_str())
        .unwrap_or(0)
}

/// A message's pieces with the variables' values put in.
fn fill(pieces: &[Piece], args: &[&str]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Arg(i) => out.push_str(args.get(*i).copied().unwrap_or_default()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_in_every_language_with_the_same_variables() {
        assert!(GAPS.is_empty(), "the catalogues lack:\n{}", GAPS.join("\n"));
    }

    #[test]
    fn there_is_a_catalogue_for_every_language_we_speak_and_none_other() {
        let mut spoken: Vec<&str> = Locale::ALL.iter().map(|l| l.as_str()).collect();
        let mut catalogues = LANGUAGES.to_vec();
        spoken.sort_unstable();
        catalogues.sort_unstable();
        assert_eq!(spoken, catalogues);
        assert_eq!(LANGUAGES[0], "en", "English is the source");
    }

    #[test]
    fn a_message_takes_its_variables_by_name_in_each_languages_order() {
        let pieces = [
            Piece::Text("("),
            Piece::Arg(1),
            Piece::Text(") "),
            Piece::Arg(0),
        ];
        assert_eq!(fill(&pieces, &["a", "b"]), "(b) a");
    }
}
