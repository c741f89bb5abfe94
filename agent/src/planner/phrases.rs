//! What the built-in planner says, in each language.

use showroom_protocol::payload::Money;

pub use crate::locale::format_money;
use crate::locale::Locale;

/// "a, b and c" in the locale's words.
pub fn join_names(locale: Locale, names: &[&str]) -> String {
    let and = match locale {
        Locale::En => "and",
        Locale::Nl => "en",
        Locale::De => "und",
    };
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

pub fn comparing(locale: Locale, names: &str) -> String {
    match locale {
        Locale::En => {
            format!("Here is how the {names} compare, side by side with price and stock.")
        }
        Locale::Nl => {
            format!("Zo verhouden {names} zich tot elkaar, naast elkaar met prijs en voorraad.")
        }
        Locale::De => {
            format!("So schneiden {names} im direkten Vergleich ab, mit Preis und Lagerbestand.")
        }
    }
}

pub fn cheapest(locale: Locale, name: &str, price: &Money) -> String {
    let price = format_money(locale, price);
    match locale {
        Locale::En => format!("The {name} is the least expensive at {price}."),
        Locale::Nl => format!("{name} is het voordeligst, voor {price}."),
        Locale::De => format!("{name} ist mit {price} am günstigsten."),
    }
}

pub fn out_of_stock(locale: Locale, name: &str) -> String {
    match locale {
        Locale::En => format!(" The {name} is out of stock right now."),
        Locale::Nl => format!(" {name} is op dit moment niet op voorraad."),
        Locale::De => format!(" {name} ist derzeit nicht vorrätig."),
    }
}

pub fn tax_note(locale: Locale, tax_included: bool) -> &'static str {
    match (locale, tax_included) {
        (Locale::En, false) => " Prices are without tax.",
        (Locale::Nl, false) => " Prijzen zijn exclusief btw.",
        (Locale::De, false) => " Preise verstehen sich ohne MwSt.",
        (Locale::En, true) => " Prices include tax.",
        (Locale::Nl, true) => " Prijzen zijn inclusief btw.",
        (Locale::De, true) => " Preise inklusive MwSt.",
    }
}

pub fn need_two(locale: Locale, found: &[&str]) -> String {
    let found = join_names(locale, found);
    match (locale, found.is_empty()) {
        (Locale::En, true) => "Which products would you like to compare? Name two or more, for example \"compare the office chair and the office lamp\".".to_owned(),
        (Locale::Nl, true) => "Welke producten wil je vergelijken? Noem er twee of meer, bijvoorbeeld \"vergelijk de bureaustoel en de kantoorlamp\".".to_owned(),
        (Locale::De, true) => "Welche Produkte möchten Sie vergleichen? Nennen Sie zwei oder mehr, zum Beispiel \"vergleiche den Bürostuhl und die Bürolampe\".".to_owned(),
        (Locale::En, false) => format!("I found only the {found}. Which other product should I compare it with?"),
        (Locale::Nl, false) => format!("Ik vond alleen {found}. Met welk ander product zal ik het vergelijken?"),
        (Locale::De, false) => format!("Ich habe nur {found} gefunden. Mit welchem anderen Produkt soll ich es vergleichen?"),
    }
}

/// Said when a product went into the quote.
pub fn added(locale: Locale, quantity: &str, name: &str) -> String {
    match locale {
        Locale::En => format!("Added {quantity} × {name} to your quote."),
        Locale::Nl => format!("{quantity} × {name} toegevoegd aan je offerte."),
        Locale::De => format!("{quantity} × {name} zum Angebot hinzugefügt."),
    }
}

/// Said when a quote was asked for but no product was named.
pub fn name_a_product(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "Which product should go into your quote, and how many? For example \"add 10 office chairs to my quote\".",
        Locale::Nl => "Welk product moet in je offerte, en hoeveel? Bijvoorbeeld \"voeg 10 bureaustoelen toe aan mijn offerte\".",
        Locale::De => "Welches Produkt soll ins Angebot, und wie viele? Zum Beispiel \"füge 10 Bürostühle zum Angebot hinzu\".",
    }
}

/// The words above a product grid (the grid shows names, prices and stock).
pub fn found(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "Here is what I found:",
        Locale::Nl => "Dit heb ik gevonden:",
        Locale::De => "Das habe ich gefunden:",
    }
}

pub fn help(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "I can look up products, prices and stock, compare products side by side, build a quote and put it up for your approval, and (once you are signed in) tell you where your orders are, show your invoices and your account. Try \"compare the office chair and the office lamp\", \"add 10 office chairs to my quote\" or \"where is my order?\".",
        Locale::Nl => "Ik kan producten, prijzen en voorraad opzoeken, producten naast elkaar vergelijken, een offerte maken en ter goedkeuring voorleggen, en (als je bent aangemeld) zeggen waar je bestellingen zijn en je facturen en account tonen. Probeer \"vergelijk de bureaustoel en de kantoorlamp\", \"voeg 10 bureaustoelen toe aan mijn offerte\" of \"waar is mijn bestelling?\".",
        Locale::De => "Ich kann Produkte, Preise und Lagerbestände nachschlagen, Produkte nebeneinander vergleichen, ein Angebot erstellen und zur Genehmigung vorlegen und (wenn Sie angemeldet sind) sagen, wo Ihre Bestellungen sind, und Ihre Rechnungen und Ihr Konto zeigen. Versuchen Sie \"vergleiche den Bürostuhl und die Bürolampe\", \"füge 10 Bürostühle zum Angebot hinzu\" oder \"wo ist meine Bestellung?\".",
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
