//! Amounts as the demo store computes them: decimal strings in, whole cents and thousandths
//! inside, never floats for money.

/// A decimal string in hundredths (cents, or hundredths of a percent).
pub(super) fn cents(text: &str) -> i64 {
    let (whole, fraction) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
    let fraction: String = fraction.chars().chain("00".chars()).take(2).collect();
    whole.parse::<i64>().unwrap_or(0) * 100 + fraction.parse::<i64>().unwrap_or(0)
}

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

/// Hundredths as a decimal string: 12345 → "123.45".
pub(super) fn decimal(hundredths: i64) -> String {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// `amount` less `percent` %, both decimal strings, rounded half up to the cent.
pub(super) fn discounted(amount: &str, percent: &str) -> String {
    // Percent in hundredths (12.5 % = 1250), so a half percent is exact.
    let basis = cents(percent);
    let price = cents(amount);
    let discounted = (price * (10_000 - basis) + 5_000) / 10_000;
    format!("{}.{:02}", discounted / 100, discounted % 100)
}
