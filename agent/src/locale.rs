//! How a request chooses its language (the [`Locale`] itself lives in the protocol crate).

pub use showroom_protocol::Locale;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_locale_wins_then_accept_language_by_weight() {
        assert_eq!(negotiate(Some("de-AT"), Some("nl")), Locale::De);
        assert_eq!(
            negotiate(Some("fr"), Some("fr, nl;q=0.8, de;q=0.9")),
            Locale::De
        );
        assert_eq!(negotiate(None, Some("nl-BE,nl;q=0.9,en;q=0.8")), Locale::Nl);
        assert_eq!(negotiate(None, Some("ja")), Locale::En);
        assert_eq!(negotiate(None, None), Locale::En);
    }
}
