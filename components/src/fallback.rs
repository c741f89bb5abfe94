use showroom_ui::{el, Element};

use crate::i18n::Locale;

crate::texts! {
    TITLE = "This part of the answer cannot be shown",
        "Dit deel van het antwoord kan niet worden getoond",
        "Dieser Teil der Antwort kann nicht angezeigt werden";
    HINT = "The rest of the conversation is not affected. Details:",
        "De rest van het gesprek blijft gewoon werken. Details:",
        "Der Rest des Gesprächs ist davon nicht betroffen. Details:";
}

/// The readable card shown instead of a component that cannot be rendered: never blank.
pub fn fallback(locale: Locale, activity_type: &str, error: &str) -> Element {
    el("section")
        .class("sr-card sr-fallback")
        .testid("component-fallback")
        .attr("role", "note")
        .child(el("h3").class("sr-fallback__title").text(TITLE.get(locale)))
        .child(el("p").class("sr-fallback__hint").text(HINT.get(locale)))
        .child(
            el("code")
                .class("sr-fallback__detail")
                .text(format!("{activity_type}: {error}")),
        )
}
