use leptos::ev;
use leptos::prelude::*;
use showroom_i18n::app;
use thaw::{Button, ButtonAppearance, ButtonType};

use showroom_components::i18n::Tr;

/// Where the person writes. Enter sends, Shift+Enter adds a line, and nothing is sent while an
/// input method is still composing a character. The text stays until a send is accepted.
#[component]
pub fn Composer(
    /// The text being written; owned by the page so a failed send loses nothing.
    draft: RwSignal<String>,
    /// True while a run streams: sending waits.
    #[prop(into)]
    busy: Signal<bool>,
    /// Called with the text to send.
    on_send: Callback<String>,
    /// Called when the person stops the answer being written (Stop, or Escape).
    on_stop: Callback<()>,
) -> impl IntoView {
    let can_send = move || !busy.get() && !draft.with(|d| d.trim().is_empty());
    let send = move || {
        if can_send() {
            on_send.run(draft.get_untracked());
        }
    };
    let on_keydown = move |ev: ev::KeyboardEvent| {
        if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
            ev.prevent_default();
            send();
        } else if ev.key() == "Escape" && busy.get_untracked() {
            ev.prevent_default();
            on_stop.run(());
        }
    };
    let on_submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        send();
    };
    view! {
        <form class="sr-composer" on:submit=on_submit data-testid="composer">
            <label class="sr-visually-hidden" for="sr-composer-input">
                {app::COMPOSER_LABEL.tr()}
            </label>
            <textarea
                id="sr-composer-input"
                class="sr-composer__input"
                data-testid="composer-input"
                rows="1"
                placeholder=app::COMPOSER_PLACEHOLDER.tr()
                prop:value=move || draft.get()
                on:input=move |ev| draft.set(event_target_value(&ev))
                on:keydown=on_keydown
            ></textarea>
            <Show when=move || busy.get()>
                <Button
                    class="sr-composer__stop"
                    appearance=ButtonAppearance::Secondary
                    on_click=move |_| on_stop.run(())
                    attr:data-testid="composer-stop"
                >
                    {app::STOP.tr()}
                </Button>
            </Show>
            <Button
                class="sr-composer__send"
                appearance=ButtonAppearance::Primary
                button_type=ButtonType::Submit
                disabled=Signal::derive(move || !can_send())
                attr:data-testid="composer-send"
            >
                {app::SEND.tr()}
            </Button>
        </form>
    }
}
