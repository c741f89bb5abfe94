//! Numbers, money and times formatted by the browser's `Intl` for the viewer's locale, so no
//! locale data has to ship in the wasm.

use js_sys::{Array, Date, Intl, Object, Reflect};
use showroom_protocol::payload::Money;
use wasm_bindgen::JsValue;

use crate::i18n::Locale;

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

fn number_format(locale: Locale, options: &Object, value: f64) -> String {
    let locales = Array::of1(&JsValue::from_str(locale.as_str()));
    let format = Intl::NumberFormat::new(&locales, options).format();
    format
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// `€120.50` / `€ 120,50` / `120,50 €`.
pub fn money(locale: Locale, money: &Money) -> String {
    let opts = options(&[
        ("style", "currency".into()),
        ("currency", money.currency.as_str().into()),
    ]);
    number_format(locale, &opts, money.as_f64())
}

/// A quantity as people of the locale write it: `1,200` / `1.200`.
pub fn quantity(locale: Locale, text: &str) -> String {
    let value: f64 = text.parse().unwrap_or(f64::NAN);
    if value.is_nan() {
        return text.to_owned();
    }
    number_format(
        locale,
        &options(&[("maximumFractionDigits", 2.into())]),
        value,
    )
}

/// The local time of an RFC 3339 instant, e.g. "14:05" or "2:05 PM".
pub fn time(locale: Locale, rfc3339: &str) -> String {
    let date = Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    let opts = options(&[("hour", "numeric".into()), ("minute", "2-digit".into())]);
    date.to_locale_time_string_with_options(locale.as_str(), &opts)
        .into()
}
