//! Rules a shop may add on top of its store's own prices and rules: all off by default.
//!
//! The customer's price is what the store computes (Odoo's pricelist) and is never refused for
//! itself. A shop that wants more — the largest discount off the list price a line may carry, or
//! the smallest margin over cost — configures it; a line outside it needs a salesperson's
//! approval, and the buyer is told so without any word about cost.

use crate::money::{percent_below, Decimal};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rules {
    /// The largest discount off the list price a line may carry (percent).
    pub max_discount_percent: Option<Decimal>,
    /// The smallest margin over cost a line may carry (percent).
    pub min_margin_percent: Option<Decimal>,
}

impl Rules {
    /// True when a unit price `unit` (list price `list`, cost `cost`) is outside the rules the
    /// shop configured; never with none configured.
    pub fn outside(&self, unit: Decimal, list: Decimal, cost: Decimal) -> bool {
        let too_deep = self
            .max_discount_percent
            .is_some_and(|max| percent_below(unit, list) > max);
        let too_thin = self.min_margin_percent.is_some_and(|min| {
            let floor = cost * (Decimal::ONE_HUNDRED + min) / Decimal::ONE_HUNDRED;
            unit < floor
        });
        too_deep || too_thin
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        crate::money::parse(text).unwrap()
    }

    #[test]
    fn no_rule_unless_the_shop_configures_one() {
        let none = Rules::default();
        // Even far under cost: the store's price is the price.
        assert!(!none.outside(d("10.00"), d("100.00"), d("60.00")));
    }

    #[test]
    fn a_configured_discount_ceiling_and_margin_floor_hold_to_the_cent() {
        let rules = Rules {
            max_discount_percent: Some(d("20")),
            min_margin_percent: Some(d("10")),
        };
        // List 100.00, cost 60.00: 20 % off is allowed, 20.01 % is not…
        assert!(!rules.outside(d("80.00"), d("100.00"), d("60.00")));
        assert!(rules.outside(d("79.99"), d("100.00"), d("60.00")));
        // …and never under cost + 10 % (66.00), whatever the discount.
        assert!(rules.outside(d("65.99"), d("68.00"), d("60.00")));
        assert!(!rules.outside(d("66.00"), d("68.00"), d("60.00")));
        let discount_only = Rules {
            max_discount_percent: Some(d("20")),
            ..Rules::default()
        };
        assert!(!discount_only.outside(d("65.99"), d("68.00"), d("60.00")));
    }
}
