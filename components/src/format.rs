//! Numbers, money, dates and times formatted by the browser's `Intl` for the viewer's locale,
//! so no locale data has to ship in the wasm. Natively (unit tests) a plain form stands in.

use crate::i18n::Locale;

#[cfg(target_arch = "wasm32")]
mod intl {
    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    use crate::i18n::Locale;

    pub fn options(pairs: &[(&str, &str)]) -> Object {
        let object = Object::new();
        for (key, value) in pairs {
            let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
        }
        object
    }

    /// `Intl` takes the decimal string itself: no float parsing in the wasm (its tables cost
    /// ~10 KB) and no rounding on the way.
    pub fn number(locale: Locale, options: &Object, decimal: &str) -> String {
        let locales = Array::of1(&JsValue::from_str(locale.as_str()));
        let format = Intl::NumberFormat::new(&locales, options).format();
        format
            .call1(&JsValue::NULL, &JsValue::from_str(decimal))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }

    /// A date or time of `text` (RFC 3339 or `YYYY-MM-DD`) with `options`, or `None`.
    pub fn date(locale: Locale, text: &str, options: &Object) -> Option<String> {
        let date = Date::new(&JsValue::from_str(text));
        if date.get_time().is_nan() {
            return None;
        }
        Some(date.to_locale_string(locale.as_str(), options).into())
    }

    pub fn age_minutes(rfc3339: &str, now_ms: f64) -> Option<f64> {
        let then = Date::new(&JsValue::from_str(rfc3339)).get_time();
        (!then.is_nan()).then(|| (now_ms - then) / 60_000.0)
    }
}

/// `€120.50` / `€ 120,50` / `120,50 €`.
pub fn money(locale: Locale, amount: &str, currency: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let options = intl::options(&[("style", "currency"), ("currency", currency)]);
        intl::number(locale, &options, amount)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = locale;
        format!("{currency} {amount}")
    }
}

/// A percentage given in percent (`"10.00"`) as the locale writes it: `10%` / `10 %`, with at
/// most two decimals (`12,5 %`). `Intl`'s `unit: percent` takes the number as it is, where
/// `style: percent` would take it as a fraction.
pub fn percent(locale: Locale, text: &str) -> String {
    let options = [
        ("style", "unit"),
        ("unit", "percent"),
        ("maximumFractionDigits", "2"),
    ];
    decimal(locale, text, &options, || format!("{text} %"))
}

/// A quantity as people of the locale write it: `1,200` / `1.200`.
pub fn quantity(locale: Locale, text: &str) -> String {
    decimal(locale, text, &[("maximumFractionDigits", "2")], || {
        text.to_owned()
    })
}

/// A decimal string formatted by `Intl` with `options`; natively (unit tests) `plain()`. Text
/// that is not a decimal is shown as it is.
fn decimal(
    locale: Locale,
    text: &str,
    options: &[(&str, &str)],
    plain: impl FnOnce() -> String,
) -> String {
    if !showroom_protocol::payload::check::is_decimal(text) {
        return text.to_owned();
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = plain;
        intl::number(locale, &intl::options(options), text)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (locale, options);
        plain()
    }
}

/// The local time of an RFC 3339 instant, e.g. "14:05" or "2:05 PM".
pub fn time(locale: Locale, rfc3339: &str) -> String {
    when(
        locale,
        rfc3339,
        &[("hour", "numeric"), ("minute", "2-digit")],
    )
}

/// A date: "27 Nov 2026" / "27 nov. 2026" / "27. Nov. 2026".
pub fn date(locale: Locale, text: &str) -> String {
    when(
        locale,
        text,
        &[("year", "numeric"), ("month", "short"), ("day", "numeric")],
    )
}

/// A weekday, date and time, for slots and events: "Mon 30 Nov, 10:00".
pub fn date_time(locale: Locale, text: &str) -> String {
    when(
        locale,
        text,
        &[
            ("weekday", "short"),
            ("month", "short"),
            ("day", "numeric"),
            ("hour", "numeric"),
            ("minute", "2-digit"),
        ],
    )
}

fn when(locale: Locale, text: &str, options: &[(&str, &str)]) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        intl::date(locale, text, &intl::options(options)).unwrap_or_else(|| text.to_owned())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (locale, options);
        text.to_owned()
    }
}

/// Minutes from an RFC 3339 instant to `now_ms`.
pub fn age_minutes(rfc3339: &str, now_ms: f64) -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    {
        intl::age_minutes(rfc3339, now_ms)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (rfc3339, now_ms);
        None
    }
}

/// The time now, ms since 1970.
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// A decimal string's value, for comparing amounts (never for arithmetic on prices).
pub fn value(decimal: &str) -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::parse_float(decimal)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        decimal.parse().unwrap_or(f64::NAN)
    }
}

/// A slot's day: "Mon 30 Nov".
pub fn day(locale: Locale, text: &str) -> String {
    when(
        locale,
        text,
        &[("weekday", "short"), ("month", "short"), ("day", "numeric")],
    )
}

/// An instant in the iCalendar UTC form, `20261130T090000Z`.
pub fn utc_basic(rfc3339: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    let iso: String = {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
        if date.get_time().is_nan() {
            return None;
        }
        date.to_iso_string().into()
    };
    #[cfg(not(target_arch = "wasm32"))]
    let iso = rfc3339.to_owned();
    let basic: String = iso
        .get(..19)?
        .chars()
        .filter(|c| *c != '-' && *c != ':')
        .collect();
    Some(format!("{basic}Z"))
}

/// Text percent-encoded for a URL, as `encodeURIComponent` does.
pub fn uri_component(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::encode_uri_component(text).into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    }
}
