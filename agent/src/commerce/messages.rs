//! What a store says when its rules warn or refuse, in the viewer's language: these sentences
//! reach the person on the quote card and in the chat as they are.

use showroom_protocol::payload::{Money, RecentOrder, Warning, WarningKind};

use showroom_i18n::{order, store};

use super::{MAX_DISCOUNT_PERCENT, MIN_MARGIN_PERCENT};
use crate::locale::{format_money, Locale};

/// A line that breaks the margin rules.
pub fn margin_warning(locale: Locale, product: &str) -> Warning {
    let (off, over) = (MAX_DISCOUNT_PERCENT, MIN_MARGIN_PERCENT);
    Warning {
        kind: WarningKind::Margin,
        message: store::margin(locale, product, &off.to_string(), &over.to_string()),
    }
}

/// A quote for `total` that takes `customer`, who still owes `due`, over their `limit`.
pub fn over_credit_limit(
    locale: Locale,
    total: &Money,
    due: Option<&Money>,
    customer: &str,
    limit: &Money,
) -> String {
    let [total, limit] = [total, limit].map(|m| format_money(locale, m));
    match due.map(|due| format_money(locale, due)) {
        None => store::over_credit_limit(locale, &total, customer, &limit),
        Some(due) => store::over_credit_limit_with_due(locale, &total, &due, customer, &limit),
    }
}

/// A change adding `added` that takes `customer` over their `limit`.
pub fn change_over_credit_limit(
    locale: Locale,
    added: &Money,
    customer: &str,
    limit: &Money,
) -> String {
    let [added, limit] = [added, limit].map(|m| format_money(locale, m));
    store::change_over_credit_limit(locale, &added, customer, &limit)
}

/// `order` with its state (Odoo's code: `draft`, `sale`…) in words, for people to read.
pub fn in_words(locale: Locale, order: RecentOrder) -> RecentOrder {
    let words = match order.state.as_str() {
        "draft" | "sent" => order::QUOTATION.get(locale),
        "sale" => order::SALES_ORDER.get(locale),
        "done" => order::LOCKED.get(locale),
        "cancel" => order::CANCELLED.get(locale),
        other => other,
    };
    RecentOrder {
        state: words.to_owned(),
        ..order
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_limits_are_told_with_the_amounts_written_as_people_read_them() {
        let total = Money::new("16250.00", "EUR", false);
        let due = Money::new("1042.17", "EUR", false);
        let limit = Money::new("15000.00", "EUR", false);
        assert_eq!(
            over_credit_limit(Locale::En, &total, Some(&due), "Gemini", &limit),
            "This quote (€16,250.00) with €1,042.17 still due is over Gemini's credit limit of \
             €15,000.00."
        );
        assert_eq!(
            over_credit_limit(Locale::De, &total, None, "Gemini", &limit),
            "Dieses Angebot (16.250,00 €) überschreitet das Kreditlimit von Gemini (15.000,00 €)."
        );
        assert!(margin_warning(Locale::Nl, "Bureaustoel")
            .message
            .starts_with("Bureaustoel valt onder de margeregels"));
    }
}
