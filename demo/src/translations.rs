//! The demo catalogue in Dutch and German: product names, attribute names and values, units.
//! Kept as Odoo keeps translated fields, term by term with English as the source: a term without
//! a translation reads in English. A search matches a product by its name in any language.

use std::collections::HashMap;

use serde::Deserialize;

use showroom_commerce::matching::{rank, Name};
use showroom_commerce::{Decimal, Language, ProductHit, Viewer};

use super::{DemoStore, Product};

/// Each language's terms (by its tag: `nl`, `de`), by their English source.
#[derive(Debug, Default, Deserialize)]
#[serde(transparent)]
pub(super) struct Translations(HashMap<String, HashMap<String, String>>);

impl Translations {
    fn terms(&self, language: &Language) -> Option<&HashMap<String, String>> {
        self.0.get(language.tag())
    }

    /// `term` in `language`, or as it is when it has no translation there.
    fn term<'a>(&'a self, language: &Language, term: &'a str) -> &'a str {
        self.terms(language)
            .and_then(|terms| terms.get(term))
            .map_or(term, String::as_str)
    }

    /// An attribute's value in `language`: translated when it is words, and with the decimal
    /// comma the catalogue's other languages (Dutch, German) write ("11.2 kg" is "11,2 kg"),
    /// as the value is kept translated in Odoo.
    fn value(&self, language: &Language, value: &str) -> String {
        let value = self.term(language, value);
        if self.terms(language).is_none() {
            return value.to_owned();
        }
        let chars: Vec<char> = value.chars().collect();
        chars
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                let between_digits = i > 0
                    && chars[i - 1].is_ascii_digit()
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if c == '.' && between_digits {
                    ','
                } else {
                    c
                }
            })
            .collect()
    }

    /// Every name `term` goes by: itself, then its translations.
    pub(super) fn names<'a>(&'a self, term: &'a str) -> impl Iterator<Item = &'a str> {
        let mut languages: Vec<&String> = self.0.keys().collect();
        // In a fixed order (the file's is lost in the map): the same names every run.
        languages.sort_by_key(|tag| std::cmp::Reverse(tag.as_str()));
        let translated = languages
            .into_iter()
            .filter_map(move |tag| self.0[tag].get(term).map(String::as_str));
        std::iter::once(term).chain(translated)
    }
}

/// Every product's names in every language, each split into words once: what a search ranks.
#[derive(Debug, Default)]
pub(super) struct SearchNames(Vec<(Name, usize)>);

impl SearchNames {
    pub(super) fn of(products: &[Product], translations: &Translations) -> SearchNames {
        let names = products.iter().enumerate().flat_map(|(i, product)| {
            let names = translations.names(&product.name);
            names.map(move |name| (Name::new(name), i))
        });
        SearchNames(names.collect())
    }
}

impl DemoStore {
    /// The `limit` products `query` names best for `viewer`, each once, by the best of its
    /// names in any language.
    pub(super) fn search(
        &self,
        viewer: &Viewer,
        query: &[String],
        limit: usize,
    ) -> Vec<ProductHit> {
        let products = &self.seed.products;
        let named = self
            .seed
            .names
            .0
            .iter()
            .map(|(name, i)| (name, &products[*i]));
        let named = named.filter(|(_, product)| Self::may_see(viewer, product));
        let mut hits: Vec<ProductHit> = Vec::new();
        for p in rank(query, named, usize::MAX) {
            if hits.len() == limit {
                break;
            }
            if !hits.iter().any(|hit| hit.id == p.id) {
                hits.push(ProductHit {
                    id: p.id,
                    name: self.name_for(viewer, p),
                    price: self.price(viewer, p, Decimal::ONE).0,
                });
            }
        }
        hits
    }

    /// A term of the catalogue (a name, a unit, a service) as `viewer` reads it.
    pub(super) fn term_for(&self, viewer: &Viewer, term: &str) -> String {
        self.seed
            .translations
            .term(&viewer.language, term)
            .to_owned()
    }

    /// The product's name as `viewer` reads it.
    pub(super) fn name_for(&self, viewer: &Viewer, product: &Product) -> String {
        self.term_for(viewer, &product.name)
    }

    /// The product's unit as `viewer` reads it.
    pub(super) fn uom_for(&self, viewer: &Viewer, product: &Product) -> String {
        self.term_for(viewer, &product.uom)
    }

    /// The product's attributes, names and values, as `viewer` reads them.
    pub(super) fn attributes_for(
        &self,
        viewer: &Viewer,
        product: &Product,
    ) -> Vec<(String, String)> {
        let translations = &self.seed.translations;
        product
            .attributes
            .iter()
            .map(|(name, value)| {
                (
                    translations.term(&viewer.language, name).to_owned(),
                    translations.value(&viewer.language, value),
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use showroom_commerce::Commerce;

    fn lang(tag: &str) -> Language {
        Language::new(tag)
    }

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        let runtime = tokio::runtime::Builder::new_current_thread().build();
        runtime.unwrap().block_on(f)
    }

    #[test]
    fn shoppers_name_and_read_products_in_their_language() {
        let store = DemoStore::new(crate::tests::clock());
        let de = Viewer::for_customer(None, lang("de"));
        let hits = block_on(store.search_products(&de, "Bürostühle", 1)).unwrap();
        assert_eq!((hits[0].id, hits[0].name.as_str()), (1, "Bürostuhl"));
        // The English name still finds it, and each product comes once.
        let nl = Viewer::for_customer(None, lang("nl"));
        let hits = block_on(store.search_products(&nl, "office chair", 5)).unwrap();
        assert_eq!(hits[0].name, "Bureaustoel");
        let ids: Vec<u64> = hits.iter().map(|h| h.id).collect();
        assert!(ids
            .iter()
            .all(|id| ids.iter().filter(|i| *i == id).count() == 1));

        let chair = &block_on(store.compare_products(&de, &[1])).unwrap()[0];
        assert_eq!(
            (chair.name.as_str(), chair.uom.as_str()),
            ("Bürostuhl", "Stück")
        );
        let attribute = |name: &str, value: &str| (name.to_owned(), value.to_owned());
        assert!(chair.attributes.contains(&attribute("Farbe", "Schwarz")));
        assert!(chair.attributes.contains(&attribute("Gewicht", "11,2 kg")));
        let en = Viewer::for_customer(None, lang("en"));
        let chair = &block_on(store.compare_products(&en, &[1])).unwrap()[0];
        assert!(chair.attributes.contains(&attribute("Weight", "11.2 kg")));
    }

    /// Words a value may keep untranslated: units, and the sign for a diameter.
    const UNITS: &[&str] = &["cm", "kg", "g", "l", "mm", "W", "LED", "AA", "Ø"];

    #[test]
    fn the_whole_catalogue_reads_in_dutch_and_german() {
        let store = DemoStore::new(crate::tests::clock());
        let translations = &store.seed.translations;
        let mut missing = Vec::new();
        for locale in [lang("nl"), lang("de")] {
            let viewer = Viewer::anonymous(locale.clone());
            let day = time::macros::date!(2026 - 11 - 30);
            let widget = block_on(store.free_slots(&viewer, day, 1)).unwrap();
            if !translations
                .terms(&locale)
                .unwrap()
                .values()
                .any(|t| Some(t.as_str()) == widget.service.as_deref())
            {
                missing.push(format!("{}: {:?}", locale.tag(), widget.service));
            }
        }
        for product in &store.seed.products {
            let mut terms = vec![product.name.as_str(), product.uom.as_str()];
            for (name, value) in &product.attributes {
                terms.push(name);
                let words = value.split(|c: char| !c.is_alphabetic());
                if words.filter(|w| !w.is_empty()).any(|w| !UNITS.contains(&w)) {
                    terms.push(value);
                }
            }
            for locale in [lang("nl"), lang("de")] {
                let terms_there = translations.terms(&locale).unwrap();
                missing.extend(
                    terms
                        .iter()
                        .filter(|t| !terms_there.contains_key(**t))
                        .map(|t| format!("{}: {t}", locale.tag())),
                );
            }
        }
        assert!(missing.is_empty(), "untranslated: {missing:?}");
    }

    fn translations() -> Translations {
        let json = r#"{"nl": {"Black": "Zwart", "2 years": "2 jaar"}, "de": {"Black": "Schwarz"}}"#;
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn terms_read_in_the_language_asked_or_stay_english() {
        let t = translations();
        assert_eq!(t.term(&lang("nl"), "Black"), "Zwart");
        assert_eq!(t.term(&lang("de"), "Black"), "Schwarz");
        assert_eq!(t.term(&lang("en"), "Black"), "Black");
        assert_eq!(
            t.term(&lang("de"), "2 years"),
            "2 years",
            "no German: English"
        );
        assert_eq!(
            t.names("Black").collect::<Vec<_>>(),
            ["Black", "Zwart", "Schwarz"]
        );
    }

    #[test]
    fn values_get_the_decimal_comma_but_dates_and_sizes_stay() {
        let t = translations();
        assert_eq!(t.value(&lang("de"), "11.2 kg"), "11,2 kg");
        assert_eq!(t.value(&lang("nl"), "0.6 kg"), "0,6 kg");
        assert_eq!(t.value(&lang("en"), "11.2 kg"), "11.2 kg");
        assert_eq!(t.value(&lang("nl"), "200 × 90 cm"), "200 × 90 cm");
        assert_eq!(t.value(&lang("nl"), "2 years"), "2 jaar");
        assert_eq!(t.value(&lang("de"), "Ends."), "Ends.");
    }
}
