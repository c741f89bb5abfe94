//! Amounts as the demo store computes them: money as [`Decimal`] (read from the seed's decimal
//! strings), quantities in whole thousandths; never floats for either.

use showroom_commerce::Decimal;

/// A quantity in thousandths, if it is a plain decimal with at most three decimals.
pub(super) fn thousandths(text: &str) -> Option<i64> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 9
        || fraction.len() > 3
        || !digits(whole)
        || !digits(fraction)
    {
        return None;
    }
    let fraction: String = fraction.chars().chain("000".chars()).take(3).collect();
    Some(whole.parse::<i64>().ok()? * 1000 + fraction.parse::<i64>().ok()?)
}

/// Thousandths as the decimal they are: 2500 → 2.5.
pub(super) fn quantity_of(milli: i64) -> Decimal {
    Decimal::new(milli, 3).normalize()
}
