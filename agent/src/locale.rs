//! The languages Showroom speaks and how a request chooses one.

/// A supported language. Anything else falls back to English.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    #[default]
    En,
    Nl,
    De,
}

impl Locale {
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl",
            Locale::De => "de",
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

    /// `forwardedProps.showroom.locale` first, then the best of `Accept-Language`, then English.
    pub fn negotiate(forwarded: Option<&str>, accept_language: Option<&str>) -> Locale {
        if let Some(locale) = forwarded.and_then(Locale::from_tag) {
            return locale;
        }
        let mut best: Option<(f32, Locale)> = None;
        for part in accept_language.unwrap_or("").split(',') {
            let mut pieces = part.split(';');
            let Some(locale) = pieces.next().and_then(Locale::from_tag) else {
                continue;
            };
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse().ok())
                .unwrap_or(1.0);
            if best.is_none_or(|(best_q, _)| q > best_q) {
                best = Some((q, locale));
            }
        }
        best.map(|(_, locale)| locale).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_locale_wins_then_accept_language_by_weight() {
        assert_eq!(Locale::negotiate(Some("de-AT"), Some("nl")), Locale::De);
        assert_eq!(
            Locale::negotiate(Some("fr"), Some("fr, nl;q=0.8, de;q=0.9")),
            Locale::De
        );
        assert_eq!(
            Locale::negotiate(None, Some("nl-BE,nl;q=0.9,en;q=0.8")),
            Locale::Nl
        );
        assert_eq!(Locale::negotiate(None, Some("ja")), Locale::En);
        assert_eq!(Locale::negotiate(None, None), Locale::En);
    }
}
