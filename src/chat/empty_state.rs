use leptos::prelude::*;
use showroom_components::i18n::use_locale;
use showroom_i18n::app;

use crate::i18n;
use showroom_components::i18n::Tr;

/// Suggestions for shoppers and B2B buyers before the first message.
#[component]
pub fn EmptyState(
    /// Called with the suggestion picked.
    on_pick: Callback<String>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="sr-empty" data-testid="empty-state">
            <h1 class="sr-empty__title">{app::EMPTY_TITLE.tr()}</h1>
            <ul class="sr-empty__suggestions" aria-label=app::SUGGESTIONS.tr()>
                {move || i18n::suggestions(locale.get()).into_iter().map(|s| view! {
                    <li>
                        <button type="button" class="sr-suggestion" on:click=move |_| {
                            // Sending hides the empty state and this button with it: send after
                            // the click handler has returned, not from inside it.
                            let text = s.to_owned();
                            queue_microtask(move || on_pick.run(text));
                        }>
                            {s}
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}
