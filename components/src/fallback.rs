use showroom_ui::{el, Element};

use crate::i18n::Locale;
use showroom_i18n::fallback;

/// The readable card shown instead of a component that cannot be rendered: never blank.
pub fn fallback(locale: Locale, activity_type: &str, error: &str) -> Element {
    el("section")
        .class("sr-card sr-fallback")
        .testid("component-fallback")
        .attr("role", "note")
        .child(
            el("h3")
                .class("sr-fallback__title")
                .text(fallback::TITLE.get(locale)),
        )
        .child(
            el("p")
                .class("sr-fallback__hint")
                .text(fallback::HINT.get(locale)),
        )
        .child(
            el("code")
                .class("sr-fallback__detail")
                .text(format!("{activity_type}: {error}")),
        )
}
