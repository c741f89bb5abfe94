//! Numbers as people write them in three languages: quantities in digits or words, amounts of
//! money, order references.

/// An amount of money in a word: `300`, `300,-`, `€300`, `1.299,00`, `300eur`.
pub(super) fn amount_of(word: &str) -> Option<String> {
    let word = word
        .trim_start_matches('€')
        .trim_end_matches(",-")
        .trim_end_matches("euros")
        .trim_end_matches("euro")
        .trim_end_matches("eur")
        .trim_end_matches('€');
    quantity_of(word)
}

/// A quantity in digits: `10`, `2.5`, `2,5`, and thousands grouped as `1,000` or `1.000`.
pub(super) fn quantity_of(word: &str) -> Option<String> {
    // "10x", "x10", "10×": so many times.
    let word = word
        .trim_end_matches(['.', ','])
        .trim_end_matches(['x', '×'])
        .trim_start_matches(['x', '×']);
    let groups: Vec<&str> = word.split(['.', ',']).collect();
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    let number = match grouped {
        true => groups.concat(),
        false => word.replace(',', "."),
    };
    let valid = !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && number.parse::<f64>().is_ok_and(|n| n > 0.0);
    valid.then_some(number)
}

/// Numbers people write as words, in all three languages.
pub(super) fn number_word(word: &str) -> Option<String> {
    const WORDS: &[(&str, u32)] = &[
        ("one", 1),
        ("één", 1),
        ("eén", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("dozen", 12),
        ("twenty", 20),
        ("fifty", 50),
        ("hundred", 100),
        ("twee", 2),
        ("drie", 3),
        ("vier", 4),
        ("vijf", 5),
        ("zes", 6),
        ("zeven", 7),
        ("acht", 8),
        ("negen", 9),
        ("tien", 10),
        ("elf", 11),
        ("twaalf", 12),
        ("twintig", 20),
        ("vijftig", 50),
        ("honderd", 100),
        ("zwei", 2),
        ("drei", 3),
        ("fünf", 5),
        ("sechs", 6),
        ("sieben", 7),
        ("neun", 9),
        ("zehn", 10),
        ("zwölf", 12),
        ("dutzend", 12),
        ("zwanzig", 20),
        ("fünfzig", 50),
        ("hundert", 100),
    ];
    WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, n)| n.to_string())
}

/// An order reference in the text: `S00021`, `s21` or `#21` → `S00021`; a bare number too
/// right after the word "order" when nothing follows it that it could count ("is order 21 on
/// its way", not "order 21 chairs").
pub fn reference(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '?' | '!' | ':' | ';'))
        .filter(|w| !w.is_empty())
        .collect();
    let normal = |digits: &str| Some(format!("S{:05}", digits.parse::<u64>().ok()?));
    let marked = words.iter().find_map(|word| {
        let digits = word
            .strip_prefix(['S', 's', '#'])
            .filter(|d| !d.is_empty() && d.len() <= 9 && d.bytes().all(|b| b.is_ascii_digit()))?;
        normal(digits)
    });
    marked.or_else(|| {
        words.windows(2).enumerate().find_map(|(i, pair)| {
            let order = ORDER_WORDS.contains(&pair[0].to_lowercase().as_str());
            let digits = (pair[1].len() <= 6 && pair[1].bytes().all(|b| b.is_ascii_digit()))
                .then_some(pair[1])?;
            let next = words.get(i + 2).map(|w| w.to_lowercase());
            let counts_nothing = next.as_deref().is_none_or(|w| AFTER_AN_ORDER.contains(&w));
            (order && counts_nothing).then(|| normal(digits)).flatten()
        })
    })
}

/// Words that name an order before its number.
const ORDER_WORDS: &[&str] = &[
    "order",
    "bestelling",
    "bestellung",
    "auftrag",
    "ordernummer",
    "bestelnummer",
    "bestellnummer",
    "nr",
];

/// Words that may follow an order's number ("order 21 is late", "bestelling 21 al verzonden").
const AFTER_AN_ORDER: &[&str] = &[
    "on",
    "is",
    "has",
    "have",
    "status",
    "shipped",
    "delivered",
    "arrived",
    "already",
    "yet",
    "been",
    "al",
    "ist",
    "wurde",
    "schon",
    "noch",
    "nog",
    "geleverd",
    "verzonden",
    "onderweg",
    "unterwegs",
    "geliefert",
    "verschickt",
    "versandt",
    "still",
    "where",
    "waar",
    "wo",
];
