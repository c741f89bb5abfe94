use leptos::prelude::*;
use showroom_components::i18n::use_locale;
use showroom_components::Activity;
use showroom_protocol::reducer::Role;

use super::store::{ChatStore, MessageView, RunView};
use crate::i18n;
use crate::markdown::Markdown;

/// The conversation: messages in order, keyed so a token updates one text node. Screen readers
/// hear "answering" once when a run starts and "complete" once when it ends, not every token.
#[component]
pub fn ThreadView(
    /// The chat's state.
    store: ChatStore,
) -> impl IntoView {
    let locale = use_locale();
    let announcement = move || match store.run.get() {
        RunView::Running => i18n::ANSWERING.get(locale.get()),
        RunView::Done => i18n::ANSWERED.get(locale.get()),
        RunView::Stopped => i18n::STOPPED.get(locale.get()),
        _ => "",
    };
    view! {
        <section class="sr-thread" aria-label=move || i18n::CONVERSATION.get(locale.get())>
            <ol class="sr-thread__list" data-testid="thread">
                <For each=move || store.messages.get() key=|m| m.id.clone() let:message>
                    <Message message />
                </For>
            </ol>
            <Show when=move || store.protocol_errors.with(|e| !e.is_empty())>
                <details class="sr-protocol-errors" data-testid="protocol-errors">
                    <summary>
                        {move || i18n::PROTOCOL_ERRORS.get(locale.get())}
                        {move || format!(" ({})", store.protocol_errors.with(Vec::len))}
                    </summary>
                    <ul>
                        {move || store.protocol_errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                    </ul>
                </details>
            </Show>
            <p class="sr-visually-hidden" role="status" aria-live="polite" data-testid="run-status" data-state=move || store.run.with(RunView::as_str)>
                {announcement}
            </p>
        </section>
    }
}

/// One message: a bubble of text, or a component.
#[component]
fn Message(
    /// The message to show.
    message: MessageView,
) -> impl IntoView {
    let locale = use_locale();
    let MessageView {
        id,
        role,
        text,
        streaming,
        activity,
    } = message;
    match role {
        Role::User => view! {
            <li class="sr-message sr-message--user" data-testid="user-message">
                <span class="sr-visually-hidden">{move || i18n::YOU.get(locale.get())} ": "</span>
                <p class="sr-message__text">{move || text.get()}</p>
            </li>
        }
        .into_any(),
        Role::Assistant => view! {
            <li
                class="sr-message sr-message--assistant"
                class:sr-message--streaming=move || streaming.get()
                class:sr-message--empty=move || text.with(String::is_empty)
                data-testid="assistant-message"
                aria-busy=move || streaming.get().then_some("true")
            >
                <span class="sr-visually-hidden">{move || i18n::ASSISTANT.get(locale.get())} ": "</span>
                <Markdown text streaming />
            </li>
        }
        .into_any(),
        Role::Activity => view! {
            <li class="sr-message sr-message--activity">
                {move || activity.get().map(|a| view! { <Activity message_id=id.clone() activity_type=a.activity_type content=a.content /> })}
            </li>
        }
        .into_any(),
        // Tool results, system and reasoning messages are for the model, not the page.
        _ => ().into_any(),
    }
}
