//! Money on the server: one decimal type, [`Decimal`] (`rust_decimal`), on every path that
//! computes, compares or writes an amount; never a float.
//!
//! Amounts come in as decimal strings (the demo store's seed, our own payloads) or as JSON
//! numbers (Odoo's monetary fields, which Odoo has already rounded to the currency). A JSON
//! number is read from its own digits, not through `f64` arithmetic, and anything that is not a
//! number is an error the viewer reads ([`CommerceError::BadData`]), never a silent 0. A store
//! hands amounts on as [`Amount`]s: rounded to the currency's minor unit (two decimals for EUR,
//! none for JPY, three for KWD), negative for credit notes; the presenter writes them.

use std::str::FromStr;

use crate::CommerceError;
pub use rust_decimal::Decimal;
use rust_decimal::RoundingStrategy;
use serde_json::Value;

/// A currency and the number of decimals its amounts are written with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Currency {
    code: String,
    decimals: u32,
}

impl Currency {
    /// The ISO 4217 currency `code` (`"EUR"`), with its minor unit from ISO 4217; a code ISO does
    /// not know is written with two decimals, as Odoo's own default currency rounding (0.01).
    pub fn new(code: &str) -> Currency {
        let decimals = iso_currency::Currency::from_code(code)
            .and_then(|c| c.exponent())
            .map_or(2, u32::from);
        Currency {
            code: code.to_owned(),
            decimals,
        }
    }

    pub fn code(&self) -> &str {
        &self.code
    }

    /// How many decimals its amounts have: 2 for EUR, 0 for JPY, 3 for KWD.
    pub fn decimals(&self) -> u32 {
        self.decimals
    }

    /// `amount` rounded to the minor unit, halves away from zero (Odoo's `float_round`, HALF-UP).
    pub fn round(&self, amount: Decimal) -> Decimal {
        amount.round_dp_with_strategy(self.decimals, RoundingStrategy::MidpointAwayFromZero)
    }

    /// `amount` in this currency: rounded, with exactly the currency's decimals.
    pub fn amount(&self, amount: Decimal, tax_included: bool) -> Amount {
        let mut rounded = self.round(amount);
        rounded.rescale(self.decimals);
        // Rounding can leave "-0.00" from a tiny negative amount; nobody owes minus nothing.
        if rounded.is_zero() {
            rounded.set_sign_positive(true);
        }
        Amount {
            value: rounded,
            currency: self.clone(),
            tax_included,
        }
    }
}

/// An amount of money as a store states it: rounded to its currency, and whether tax is in it.
/// Written (`Display`) as a plain decimal at the currency's decimals: `1799.50`, `1200`, `-3`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Amount {
    value: Decimal,
    currency: Currency,
    tax_included: bool,
}

impl Amount {
    pub fn value(&self) -> Decimal {
        self.value
    }

    pub fn currency(&self) -> &Currency {
        &self.currency
    }

    pub fn tax_included(&self) -> bool {
        self.tax_included
    }
}

impl std::fmt::Display for Amount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.value.fmt(f)
    }
}

/// A plain decimal string (`"120.50"`, `"-3"`), as our seeds and payloads write amounts; no
/// exponent, no grouping, no comma.
pub fn parse(text: &str) -> Option<Decimal> {
    let text = text.trim();
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    Decimal::from_str_exact(text).ok()
}

/// A number Odoo sent (a monetary field, a discount, a quantity), read from its JSON digits.
/// `what` names the field for the error when it is not a number.
pub fn from_json(value: &Value, what: &str) -> Result<Decimal, CommerceError> {
    let bad = || CommerceError::BadData(what.to_owned());
    let Value::Number(number) = value else {
        return Err(bad());
    };
    // serde_json writes a float in its shortest round-trip form ("1799.5", "1e-7"), so these
    // are the digits Odoo meant, without float arithmetic on the way.
    let text = number.to_string();
    Decimal::from_str(&text)
        .or_else(|_| Decimal::from_scientific(&text))
        .map_err(|_| bad())
}

/// `amount` less `percent` % of it, unrounded.
pub fn less_percent(amount: Decimal, percent: Decimal) -> Decimal {
    amount * (Decimal::ONE_HUNDRED - percent) / Decimal::ONE_HUNDRED
}

/// How many percent `part` is below `whole` (0 when `whole` is not positive), to the hundredth
/// as Odoo's discount field keeps it (halves away from zero): 114.48 of 120.50 is 5.00 % off.
pub fn percent_below(part: Decimal, whole: Decimal) -> Decimal {
    if whole <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    ((whole - part) * Decimal::ONE_HUNDRED / whole)
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(text: &str) -> Decimal {
        parse(text).unwrap()
    }

    #[test]
    fn euros_have_two_decimals_yen_none_dinars_three() {
        assert_eq!(
            Currency::new("EUR").amount(d("1799.5"), false).to_string(),
            "1799.50"
        );
        assert_eq!(
            Currency::new("JPY").amount(d("1200.4"), false).to_string(),
            "1200"
        );
        assert_eq!(
            Currency::new("JPY").amount(d("1200.5"), false).to_string(),
            "1201"
        );
        assert_eq!(
            Currency::new("KWD").amount(d("1.25"), false).to_string(),
            "1.250"
        );
        assert_eq!(
            Currency::new("KWD").amount(d("0.0005"), false).to_string(),
            "0.001"
        );
        assert_eq!(Currency::new("BHD").decimals(), 3);
        // Not in ISO 4217: written as Odoo's default rounding would.
        assert_eq!(Currency::new("XYZ").decimals(), 2);
    }

    #[test]
    fn halves_round_away_from_zero_and_credit_notes_stay_negative() {
        let eur = Currency::new("EUR");
        assert_eq!(eur.amount(d("0.125"), false).to_string(), "0.13");
        assert_eq!(eur.amount(d("-0.125"), false).to_string(), "-0.13");
        assert_eq!(eur.amount(d("-1042.17"), false).to_string(), "-1042.17");
        assert_eq!(eur.amount(d("-0.001"), false).to_string(), "0.00");
        assert_eq!(
            Currency::new("JPY").amount(d("-2.5"), true).to_string(),
            "-3"
        );
        let money = eur.amount(d("10"), true);
        assert_eq!(
            (money.currency().code(), money.tax_included()),
            ("EUR", true)
        );
    }

    #[test]
    fn only_plain_decimal_strings_parse() {
        assert_eq!(parse("120.50"), Some(Decimal::new(12050, 2)));
        assert_eq!(parse(" -3 "), Some(Decimal::from(-3)));
        for bad in [
            "", "-", "1e3", "1,5", ".5", "5.", "NaN", "1.2.3", "+1", "--1",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn odoo_numbers_are_read_from_their_digits_and_anything_else_is_an_error() {
        // 0.1 + 0.2 as Odoo's float would be 0.30000000000000004; the digits it sends are kept.
        assert_eq!(from_json(&json!(1799.5), "x").unwrap(), d("1799.5"));
        assert_eq!(from_json(&json!(0.3), "x").unwrap(), d("0.3"));
        assert_eq!(from_json(&json!(-1042.17), "x").unwrap(), d("-1042.17"));
        assert_eq!(from_json(&json!(12), "x").unwrap(), d("12"));
        assert_eq!(from_json(&json!(1e-7), "x").unwrap(), d("0.0000001"));
        for bad in [json!(false), json!(null), json!("12.00"), json!([1])] {
            assert_eq!(
                from_json(&bad, "amount_total"),
                Err(CommerceError::BadData("amount_total".into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn discounts_and_percentages_are_exact() {
        let eur = Currency::new("EUR");
        assert_eq!(
            eur.amount(less_percent(d("120.50"), d("10")), false)
                .to_string(),
            "108.45"
        );
        assert_eq!(
            eur.amount(less_percent(d("19.99"), d("12.5")), false)
                .to_string(),
            "17.49"
        );
        assert_eq!(
            eur.amount(less_percent(d("0.05"), d("50")), false)
                .to_string(),
            "0.03"
        );
        assert_eq!(percent_below(d("90"), d("100")), d("10"));
        assert_eq!(percent_below(d("1"), d("0")), Decimal::ZERO);
        assert_eq!(percent_below(d("110"), d("100")), d("-10"));
        assert_eq!(percent_below(d("114.48"), d("120.50")), d("5.00"));
        assert_eq!(percent_below(d("2"), d("3")), d("33.33"));
    }
}
