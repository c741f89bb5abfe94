//! How a request chooses its language (the [`Locale`] itself lives in the protocol crate), and
//! how money is written in it.

use showroom_protocol::payload::Money;
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

/// A price as people of the locale write it: €120.50, € 120,50, 120,50 €.
pub fn format_money(locale: Locale, money: &Money) -> String {
    let symbol = match money.currency.as_str() {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        other => other,
    };
    let (whole, fraction) = money.amount.split_once('.').unwrap_or((&money.amount, ""));
    let fraction = format!("{fraction:0<2}");
    let group = if locale == Locale::En { ',' } else { '.' };
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 && c.is_ascii_digit() {
            grouped.push(group);
        }
        grouped.push(c);
    }
    match locale {
        Locale::En => format!("{symbol}{grouped}.{fraction}"),
        Locale::Nl => format!("{symbol} {grouped},{fraction}"),
        Locale::De => format!("{grouped},{fraction} {symbol}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_written_per_locale() {
        let m = Money::new("1799.5", "EUR", false);
        assert_eq!(format_money(Locale::En, &m), "€1,799.50");
        assert_eq!(format_money(Locale::Nl, &m), "€ 1.799,50");
        assert_eq!(format_money(Locale::De, &m), "1.799,50 €");
        assert_eq!(
            format_money(Locale::En, &Money::new("40.00", "USD", false)),
            "$40.00"
        );
    }

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
