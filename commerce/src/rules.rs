//! Rules of our own that a store applies on top of its prices: the margin rule.

use crate::money::{percent_below, Decimal};

/// A line may not be discounted more than this (percent of the list price)…
pub const MAX_DISCOUNT_PERCENT: Decimal = Decimal::from_parts(20, 0, 0, false, 0);
/// …nor sell at less than this margin over cost (percent).
pub const MIN_MARGIN_PERCENT: Decimal = Decimal::from_parts(10, 0, 0, false, 0);

/// True when a unit price breaks the margin rules: more than the maximum discount off the list
/// price, or under cost plus the minimum margin.
pub fn breaks_margin(unit: Decimal, list: Decimal, cost: Decimal) -> bool {
    let off = percent_below(unit, list);
    let floor = cost * (Decimal::ONE_HUNDRED + MIN_MARGIN_PERCENT) / Decimal::ONE_HUNDRED;
    off > MAX_DISCOUNT_PERCENT || unit < floor
}
