//! What a store says when its rules warn or refuse, in the viewer's language: these sentences
//! reach the person on the quote card and in the chat as they are.

use showroom_protocol::payload::{Money, RecentOrder, Warning, WarningKind};

use super::{MAX_DISCOUNT_PERCENT, MIN_MARGIN_PERCENT};
use crate::locale::{format_money, Locale};

/// A line that breaks the margin rules.
pub fn margin_warning(locale: Locale, product: &str) -> Warning {
    let (off, over) = (MAX_DISCOUNT_PERCENT, MIN_MARGIN_PERCENT);
    let message = match locale {
        Locale::En => format!(
            "{product} is below the margin rules (at most {off} % off, at least {over} % over cost)."
        ),
        Locale::Nl => format!(
            "{product} valt onder de margeregels (hoogstens {off} % korting, minstens {over} % boven de kostprijs)."
        ),
        Locale::De => format!(
            "{product} unterschreitet die Margenregeln (höchstens {off} % Rabatt, mindestens {over} % über dem Einstandspreis)."
        ),
    };
    Warning {
        kind: WarningKind::Margin,
        message,
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
    let due = due.map(|due| format_money(locale, due));
    match (locale, due) {
        (Locale::En, None) => {
            format!("This quote ({total}) is over {customer}'s credit limit of {limit}.")
        }
        (Locale::En, Some(due)) => format!(
            "This quote ({total}) with {due} still due is over {customer}'s credit limit of {limit}."
        ),
        (Locale::Nl, None) => {
            format!("Deze offerte ({total}) overschrijdt de kredietlimiet van {customer} ({limit}).")
        }
        (Locale::Nl, Some(due)) => format!(
            "Deze offerte ({total}) overschrijdt, met {due} nog open, de kredietlimiet van {customer} ({limit})."
        ),
        (Locale::De, None) => {
            format!("Dieses Angebot ({total}) überschreitet das Kreditlimit von {customer} ({limit}).")
        }
        (Locale::De, Some(due)) => format!(
            "Dieses Angebot ({total}) überschreitet, mit {due} noch offen, das Kreditlimit von {customer} ({limit})."
        ),
    }
}

/// An order for `asked` of a product of which only `free` are in stock.
pub fn out_of_stock(locale: Locale, free: &str, uom: &str, product: &str, asked: &str) -> String {
    match locale {
        Locale::En => {
            format!("Only {free} {uom} of {product} are in stock, {asked} were asked for.")
        }
        Locale::Nl => {
            format!("Er zijn maar {free} {uom} {product} op voorraad, {asked} gevraagd.")
        }
        Locale::De => format!("Nur {free} {uom} {product} auf Lager, {asked} angefragt."),
    }
}

/// A change that asks for more of a product than the `free` still in stock.
pub fn no_more_in_stock(locale: Locale, free: &str, uom: &str, product: &str) -> String {
    match locale {
        Locale::En => format!("Only {free} more {uom} of {product} are in stock."),
        Locale::Nl => format!("Er zijn nog maar {free} {uom} {product} extra op voorraad."),
        Locale::De => format!("Nur noch {free} weitere {uom} {product} auf Lager."),
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
    match locale {
        Locale::En => {
            format!("This change ({added}) would take {customer} over the credit limit of {limit}.")
        }
        Locale::Nl => format!(
            "Deze wijziging ({added}) zou {customer} over de kredietlimiet van {limit} brengen."
        ),
        Locale::De => format!(
            "Diese Änderung ({added}) würde {customer} über das Kreditlimit von {limit} bringen."
        ),
    }
}

/// What a showroom visit is called on the booking widget. (Odoo's calendar event keeps the
/// English name: it is for the staff.)
pub fn visit(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "Showroom visit with an advisor",
        Locale::Nl => "Showroombezoek met een adviseur",
        Locale::De => "Showroom-Besuch mit Beratung",
    }
}

/// `order` with its state (Odoo's code: `draft`, `sale`…) in words, for people to read.
pub fn in_words(locale: Locale, order: RecentOrder) -> RecentOrder {
    let words = match (locale, order.state.as_str()) {
        (Locale::En, "draft" | "sent") => "Quotation",
        (Locale::En, "sale") => "Sales order",
        (Locale::En, "done") => "Locked",
        (Locale::En, "cancel") => "Cancelled",
        (Locale::Nl, "draft" | "sent") => "Offerte",
        (Locale::Nl, "sale") => "Verkooporder",
        (Locale::Nl, "done") => "Vergrendeld",
        (Locale::Nl, "cancel") => "Geannuleerd",
        (Locale::De, "draft" | "sent") => "Angebot",
        (Locale::De, "sale") => "Verkaufsauftrag",
        (Locale::De, "done") => "Gesperrt",
        (Locale::De, "cancel") => "Storniert",
        (_, other) => other,
    };
    RecentOrder {
        state: words.to_owned(),
        ..order
    }
}

/// A line of an order that has started on its way.
pub fn line_on_its_way(locale: Locale) -> String {
    match locale {
        Locale::En => "That line can no longer be changed: the order is on its way.",
        Locale::Nl => "Die regel kan niet meer worden gewijzigd: de bestelling is onderweg.",
        Locale::De => {
            "Diese Position kann nicht mehr geändert werden: Die Bestellung ist unterwegs."
        }
    }
    .to_owned()
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
