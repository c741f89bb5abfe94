use leptos::prelude::*;

crate::texts! {
    TITLE = "This part of the answer cannot be shown",
        "Dit deel van het antwoord kan niet worden getoond",
        "Dieser Teil der Antwort kann nicht angezeigt werden";
    HINT = "The rest of the conversation is not affected. Details:",
        "De rest van het gesprek blijft gewoon werken. Details:",
        "Der Rest des Gesprächs ist davon nicht betroffen. Details:";
}

/// The readable card shown instead of a component that cannot be rendered: never blank.
#[component]
pub fn Fallback(
    /// The activity type that failed.
    #[prop(into)]
    activity_type: String,
    /// Why it failed, in words a developer can act on.
    #[prop(into)]
    error: String,
) -> impl IntoView {
    view! {
        <section class="sr-card sr-fallback" data-testid="component-fallback" role="note">
            <h3 class="sr-fallback__title">{TITLE.tr()}</h3>
            <p class="sr-fallback__hint">{HINT.tr()}</p>
            <code class="sr-fallback__detail">{activity_type} ": " {error}</code>
        </section>
    }
}
