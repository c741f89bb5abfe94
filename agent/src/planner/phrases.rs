//! What the built-in planner says, in each language: the words are in `i18n/locales/`
//! (`planner-*`); here is what puts them together.

use showroom_i18n::planner;
use showroom_protocol::payload::Money;

pub use crate::locale::format_money;
use crate::locale::Locale;

/// "a, b and c" in the locale's words.
pub fn join_names(locale: Locale, names: &[&str]) -> String {
    let and = planner::AND.get(locale);
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

pub fn cheapest(locale: Locale, name: &str, price: &Money) -> String {
    planner::cheapest(locale, name, &format_money(locale, price))
}

pub fn tax_note(locale: Locale, tax_included: bool) -> &'static str {
    match tax_included {
        false => planner::WITHOUT_TAX.get(locale),
        true => planner::WITH_TAX.get(locale),
    }
}

pub fn need_two(locale: Locale, found: &[&str]) -> String {
    match found {
        [] => planner::NAME_TWO.get(locale).to_owned(),
        found => planner::found_only(locale, &join_names(locale, found)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_join_with_the_locale_conjunction() {
        assert_eq!(join_names(Locale::En, &["a", "b", "c"]), "a, b and c");
        assert_eq!(join_names(Locale::De, &["a", "b"]), "a und b");
    }
}
