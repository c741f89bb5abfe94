use leptos::prelude::*;
use showroom_components::i18n::use_locale;
use showroom_components::Activity;
use showroom_i18n::app;
use showroom_protocol::reducer::Role;

use super::store::{ChatStore, MessageView, RunView};
use crate::clipboard;
use crate::markdown::Markdown;
use showroom_components::i18n::Tr;

/// How much of the thread is shown: a long thread opens with its end, and earlier messages
/// appear as the person scrolls up (or asks for them). Messages are shown in chunks of
/// [`ThreadWindow::CHUNK`], each one element, so showing earlier ones is one insertion, not one
/// per message (each insertion costs the browser in proportion to what the page already holds).
#[derive(Clone, Copy)]
pub struct ThreadWindow(RwSignal<usize>);

impl ThreadWindow {
    /// Messages per chunk; chunk `j` holds messages `j * CHUNK ..`.
    const CHUNK: usize = 25;
    /// Chunks shown at first: the last one may hold a single message.
    const FIRST: usize = 2;

    pub fn new() -> ThreadWindow {
        ThreadWindow(RwSignal::new(Self::FIRST))
    }

    /// Back to showing the latest messages only.
    pub fn reset(self) {
        self.0.set(Self::FIRST);
    }

    fn chunks(total: usize) -> usize {
        total.div_ceil(Self::CHUNK)
    }

    /// The chunks shown, of a thread of `total` messages.
    fn shown(self, total: usize) -> std::ops::Range<usize> {
        let chunks = Self::chunks(total);
        chunks.saturating_sub(self.0.get())..chunks
    }

    /// True when some of `total` messages are not shown.
    pub fn hidden(self, total: usize) -> bool {
        self.0.get_untracked() < Self::chunks(total)
    }

    /// Shows the chunk before the first one shown, if there is one.
    pub fn show_more(self, total: usize) {
        if self.hidden(total) {
            self.0.update(|shown| *shown += 1);
        }
    }
}

impl Default for ThreadWindow {
    fn default() -> Self {
        ThreadWindow::new()
    }
}

/// The conversation: messages in order, keyed so a token updates one text node. Screen readers
/// hear "answering" once when a run starts and "complete" once when it ends, not every token.
#[component]
pub fn ThreadView(
    /// The chat's state.
    store: ChatStore,
    /// How much of it is shown.
    #[prop(optional)]
    window: ThreadWindow,
) -> impl IntoView {
    let locale = use_locale();
    let announcement = move || match store.run.get() {
        RunView::Running => app::ANSWERING.get(locale.get()),
        RunView::Done => app::ANSWERED.get(locale.get()),
        RunView::Stopped => app::STOPPED.get(locale.get()),
        _ => "",
    };
    let has_earlier = move || {
        window.0.track();
        window.hidden(store.messages.with(Vec::len))
    };
    // Retry is offered on the last answer only.
    let last_answer = Memo::new(move |_| {
        store.messages.with(|list| {
            list.iter()
                .rev()
                .find(|m| m.role == Role::Assistant)
                .map(|m| m.id.clone())
        })
    });
    view! {
        <section class="sr-thread" aria-label=app::CONVERSATION.tr()>
            <Show when=has_earlier>
                <button type="button" class="sr-action sr-thread__earlier" data-testid="show-earlier"
                    on:click=move |_| window.show_more(store.messages.with_untracked(Vec::len))>
                    {app::EARLIER.tr()}
                </button>
            </Show>
            <div class="sr-thread__list" data-testid="thread">
                <For each=move || window.shown(store.messages.with(Vec::len)) key=|chunk| *chunk let:chunk>
                    <div class="sr-thread__chunk">
                        <For
                            each=move || store.messages.with(|list| {
                                let start = (chunk * ThreadWindow::CHUNK).min(list.len());
                                let end = (start + ThreadWindow::CHUNK).min(list.len());
                                list[start..end].to_vec()
                            })
                            key=|m| m.id.clone()
                            let:message
                        >
                            <Message message last_answer />
                        </For>
                    </div>
                </For>
            </div>
            <Show when=move || store.protocol_errors.with(|e| !e.is_empty())>
                <details class="sr-protocol-errors" data-testid="protocol-errors">
                    <summary>
                        {app::PROTOCOL_ERRORS.tr()}
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

/// What a person can do with a message: Retry the last answer, edit a question. Provided by
/// the chat page.
#[derive(Clone, Copy)]
pub struct MessageActions {
    pub retry: Callback<()>,
    /// `(message id, new text)`.
    pub edit: Callback<(String, String)>,
    /// True while an answer is being written: nothing is taken back meanwhile.
    pub busy: Signal<bool>,
}

/// One message: a bubble of text, or a component.
#[component]
fn Message(
    /// The message to show.
    message: MessageView,
    /// The id of the thread's last answer.
    last_answer: Memo<Option<String>>,
) -> impl IntoView {
    let actions = expect_context::<MessageActions>();
    let MessageView {
        id,
        role,
        text,
        streaming,
        activity,
    } = message;
    match role {
        Role::User => {
            let editing = RwSignal::new(false);
            let edit_id = id.clone();
            view! {
                <article class="sr-message sr-message--user" data-testid="user-message">
                    <Show
                        when=move || editing.get()
                        fallback=move || view! {
                            <span class="sr-visually-hidden">{app::YOU.tr()} ": "</span>
                            <p class="sr-message__text">{move || text.get()}</p>
                            <div class="sr-message__actions">
                                <CopyButton text />
                                <button
                                    type="button"
                                    class="sr-action"
                                    data-testid="edit-message"
                                    disabled=move || actions.busy.get()
                                    on:click=move |_| editing.set(true)
                                >
                                    {app::EDIT.tr()}
                                </button>
                            </div>
                        }
                    >
                        <EditQuestion
                            text=text.get_untracked()
                            on_save=Callback::new({
                                let id = edit_id.clone();
                                move |new_text: String| {
                                    editing.set(false);
                                    actions.edit.run((id.clone(), new_text));
                                }
                            })
                            on_cancel=Callback::new(move |()| editing.set(false))
                        />
                    </Show>
                </article>
            }
            .into_any()
        }
        Role::Assistant => {
            let message_id = id.clone();
            view! {
            <article
                class="sr-message sr-message--assistant"
                class:sr-message--streaming=move || streaming.get()
                class:sr-message--empty=move || text.with(String::is_empty)
                data-testid="assistant-message"
                data-message-id=message_id
                aria-busy=move || streaming.get().then_some("true")
            >
                <span class="sr-visually-hidden">{app::ASSISTANT.tr()} ": "</span>
                <Markdown text streaming />
                <Show when=move || !streaming.get() && !text.with(String::is_empty)>
                    <div class="sr-message__actions">
                        <CopyButton text />
                        <Show when={
                            let id = id.clone();
                            move || last_answer.with(|last| last.as_deref() == Some(id.as_str())) && !actions.busy.get()
                        }>
                            <button type="button" class="sr-action" data-testid="retry-answer" on:click=move |_| actions.retry.run(())>
                                {app::RETRY.tr()}
                            </button>
                        </Show>
                    </div>
                </Show>
            </article>
            }
            .into_any()
        }
        Role::Activity => view! {
            <article class="sr-message sr-message--activity">
                <Activity message_id=id.clone() activity=activity />
            </article>
        }
        .into_any(),
        // Tool results, system and reasoning messages are for the model, not the page.
        _ => ().into_any(),
    }
}

/// Copies a message's text (an answer's markdown as written), saying so for a moment.
#[component]
fn CopyButton(
    /// The text to copy.
    text: RwSignal<String>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <button
            type="button"
            class="sr-action"
            data-testid="copy-message"
            on:click=move |ev| {
                let Some(button) = ev
                    .current_target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                else {
                    return;
                };
                let locale = locale.get_untracked();
                clipboard::copy_with_feedback(
                    text.get_untracked(),
                    button,
                    app::COPY.get(locale),
                    app::COPIED.get(locale),
                );
            }
        >
            {app::COPY.tr()}
        </button>
    }
}

/// A question being edited: Enter or Save sends it in place of the old one, Escape cancels.
#[component]
fn EditQuestion(
    /// The question as it was.
    text: String,
    on_save: Callback<String>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let draft = RwSignal::new(text);
    let input = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(input) = input.get() {
            let _ = input.focus();
        }
    });
    let save = move || {
        let text = draft.get_untracked();
        if !text.trim().is_empty() {
            on_save.run(text.trim().to_owned());
        }
    };
    view! {
        <form class="sr-edit" on:submit=move |ev| { ev.prevent_default(); save(); }>
            <label class="sr-visually-hidden" for="sr-edit-input">{app::EDIT_LABEL.tr()}</label>
            <textarea
                id="sr-edit-input"
                class="sr-composer__input"
                data-testid="edit-input"
                node_ref=input
                prop:value=move || draft.get()
                on:input=move |ev| draft.set(event_target_value(&ev))
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
                        ev.prevent_default();
                        save();
                    } else if ev.key() == "Escape" {
                        ev.prevent_default();
                        on_cancel.run(());
                    }
                }
            ></textarea>
            <div class="sr-message__actions">
                <button type="submit" class="sr-action sr-action--primary" data-testid="edit-save">{app::SAVE_AND_SEND.tr()}</button>
                <button type="button" class="sr-action" on:click=move |_| on_cancel.run(())>{app::CANCEL.tr()}</button>
            </div>
        </form>
    }
}
