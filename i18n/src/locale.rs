//! The languages Showroom speaks, shared by the app (UI strings, `Intl`) and the agent (replies,
//! Odoo's `lang`). Travels as `forwardedProps.showroom.locale` (BCP 47).

/// A supported language. Anything else falls back to English.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Nl,
    De,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Nl, Locale::De];

    /// The BCP 47 tag, for `lang=`, `Intl` and the agent.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl",
            Locale::De => "de",
        }
    }

    /// The language's own name, for a switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Nl => "Nederlands",
            Locale::De => "Deutsch",
        }
    }

    /// Reads a BCP 47 tag (`nl-BE`, `de`, `en_US`); `None` for a language we do not speak.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Locale::En),
            "nl" => Some(Locale::Nl),
            "de" => Some(Locale::De),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_their_primary_language() {
        assert_eq!(Locale::from_tag("nl-BE"), Some(Locale::Nl));
        assert_eq!(Locale::from_tag(" de_AT"), Some(Locale::De));
        assert_eq!(Locale::from_tag("EN"), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr"), None);
        assert_eq!(Locale::from_tag(""), None);
    }
}
