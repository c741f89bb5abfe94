//! How a request chooses its language (the [`Locale`] itself lives in the protocol crate), and
//! how money is written in it.

use showroom_commerce::money::{parse, Currency};
use showroom_commerce::Language;
use showroom_protocol::payload::Money;
pub use showroom_protocol::Locale;

/// The language a store is asked to read the shop's own words in for a viewer of `locale`.
pub fn language(locale: Locale) -> Language {
    Language::new(locale.as_str())
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

/// A price as people of the locale write it, at its currency's decimals: €120.50, € 120,50,
/// 120,50 €; ¥1,200; -€42.00 for a credit.
pub fn format_money(locale: Locale, money: &Money) -> String {
    let symbol = match money.currency.as_str() {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        "JPY" => "¥",
        other => other,
    };
    let amount = parse(&money.amount)
        .map(|a| {
            Currency::new(&money.currency)
                .amount(a, money.tax_included)
                .to_string()
        })
        .unwrap_or_else(|| money.amount.clone());
    let (sign, digits) = match amount.strip_prefix('-') {
        Some(digits) => ("-", digits),
        None => ("", amount.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let (group, point) = if locale == Locale::En {
        (',', '.')
    } else {
        ('.', ',')
    };
    let mut number = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            number.push(group);
        }
        number.push(c);
    }
    if !fraction.is_empty() {
        number.push(point);
        number.push_str(fraction);
    }
    // A symbol stands close (€5); a code takes a space (KWD 1.250).
    let gap = if symbol.len() == 3 && symbol.is_ascii() {
        " "
    } else {
        ""
    };
    match locale {
        Locale::En => format!("{sign}{symbol}{gap}{number}"),
        Locale::Nl => format!("{sign}{symbol} {number}"),
        Locale::De => format!("{sign}{number} {symbol}"),
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
    fn money_is_written_at_its_currency_decimals_and_credits_keep_their_sign() {
        let yen = Money::new("1200", "JPY", true);
        assert_eq!(format_money(Locale::En, &yen), "¥1,200");
        assert_eq!(format_money(Locale::De, &yen), "1.200 ¥");
        let dinars = Money::new("1234.5", "KWD", false);
        assert_eq!(format_money(Locale::En, &dinars), "KWD 1,234.500");
        assert_eq!(format_money(Locale::Nl, &dinars), "KWD 1.234,500");
        let credit = Money::new("-1042.17", "EUR", false);
        assert_eq!(format_money(Locale::En, &credit), "-€1,042.17");
        assert_eq!(format_money(Locale::Nl, &credit), "-€ 1.042,17");
        assert_eq!(format_money(Locale::De, &credit), "-1.042,17 €");
        assert_eq!(
            format_money(Locale::En, &Money::new("-5", "EUR", false)),
            "-€5.00"
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
