//! The app's words come from the catalogue (`showroom_i18n`: `app-*`, `error-*`); here is what
//! chooses between messages. A view reads one with `tr()` ([`showroom_components::i18n::Tr`]).

use showroom_components::i18n::Locale;
use showroom_i18n::{app, error};

/// Shopper and B2B buyer suggestions for the empty state.
pub fn suggestions(locale: Locale) -> [&'static str; 3] {
    [
        app::SUGGEST_COMPARE.get(locale),
        app::SUGGEST_DESKS.get(locale),
        app::SUGGEST_COMPARE_DESKS.get(locale),
    ]
}

/// The message for an error `code` from the agent (stable codes, translated here).
pub fn error_message(locale: Locale, code: &str) -> &'static str {
    match code {
        "network" => error::NETWORK.get(locale),
        "rate_limited" | "too_many_runs" => error::TOO_FAST.get(locale),
        "store_unavailable" | "product_not_found" => error::STORE.get(locale),
        "store_bad_data" => error::STORE_DATA.get(locale),
        "run_in_progress" => error::BUSY.get(locale),
        "bad_quantity" => error::QUANTITY.get(locale),
        "message_too_long" => error::TOO_LONG_MESSAGE.get(locale),
        "not_supported" | "action_not_applicable" | "not_found" | "interrupt_not_pending" => {
            error::NOT_HERE.get(locale)
        }
        "invalid_json" | "invalid_request" | "payload_too_large" | "unsupported_media_type" => {
            error::BAD_INPUT.get(locale)
        }
        _ => error::SERVER.get(locale),
    }
}

/// The browser's preferred language among ours, else English.
pub fn browser_locale() -> Locale {
    let languages = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.to_vec())
        .unwrap_or_default();
    languages
        .iter()
        .filter_map(|l| l.as_string())
        .find_map(|tag| Locale::from_tag(&tag))
        .unwrap_or_default()
}
