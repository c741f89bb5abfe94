use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;
use serde_json::json;
use showroom_components::i18n::use_locale;
use showroom_protocol::RunAgentInput;

use super::client::stream_run;
use super::composer::Composer;
use super::store::{ChatStore, RunView};
use super::thread_view::ThreadView;
use crate::config::AppConfig;
use crate::i18n;

fn new_id() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{:x}", (js_sys::Math::random() * 1e16) as u64))
}

/// The chat page: the thread, an error line with Retry when a run fails, and the composer.
#[component]
pub fn ChatPage() -> impl IntoView {
    let config = AppConfig::expect();
    let locale = use_locale();
    let params = use_params_map();
    let thread_id = params
        .with_untracked(|p| p.get("id"))
        .unwrap_or_else(new_id);
    let store = ChatStore::new();
    let draft = RwSignal::new(String::new());
    let busy = Signal::derive(move || store.run.get() == RunView::Running);
    let last_text = StoredValue::new(None::<String>);

    let start_run = move || {
        let thread = store.thread();
        let input = RunAgentInput {
            thread_id: thread_id.clone(),
            run_id: new_id(),
            messages: thread.to_messages(),
            forwarded_props: json!({ "showroom": { "locale": locale.get_untracked().as_str() } }),
            ..RunAgentInput::default()
        };
        let url = config.agent_url.clone();
        store.run.set(RunView::Running);
        spawn_local(async move {
            let result = stream_run(&url, &input, None, |event| store.apply(&event)).await;
            match result {
                Err(error) => store.fail(error.code().to_owned()),
                // A stream that ends without RUN_FINISHED or RUN_ERROR was cut off.
                Ok(()) if store.run.get_untracked() == RunView::Running => {
                    store.fail("network".to_owned())
                }
                Ok(()) => {}
            }
        });
    };
    let start_run = StoredValue::new(start_run);

    let send = move |text: String| {
        let text = text.trim().to_owned();
        last_text.set_value(Some(text.clone()));
        store.add_user_message(new_id(), text);
        draft.set(String::new());
        start_run.with_value(|run| run());
    };
    let retry = move |_| start_run.with_value(|run| run());
    let failed = move || match store.run.get() {
        RunView::Failed { code } => Some(code),
        _ => None,
    };

    view! {
        <div class="sr-chat">
            <div class="sr-chat__scroll">
                <Show when=move || store.messages.with(Vec::is_empty)>
                    <EmptyState on_pick=Callback::new(send) />
                </Show>
                <ThreadView store />
                {move || failed().map(|code| view! {
                    <div class="sr-run-error" role="alert" data-testid="run-error">
                        <p>{i18n::error_message(locale.get(), &code)}</p>
                        <button type="button" class="sr-button" on:click=retry data-testid="retry">
                            {i18n::RETRY.get(locale.get())}
                        </button>
                    </div>
                })}
            </div>
            <Composer draft busy on_send=Callback::new(send) />
        </div>
    }
}

/// Suggestions for shoppers and B2B buyers before the first message.
#[component]
fn EmptyState(
    /// Called with the suggestion picked.
    on_pick: Callback<String>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="sr-empty" data-testid="empty-state">
            <h1 class="sr-empty__title">{move || i18n::EMPTY_TITLE.get(locale.get())}</h1>
            <ul class="sr-empty__suggestions" aria-label=move || i18n::SUGGESTIONS.get(locale.get())>
                {move || i18n::suggestions(locale.get()).into_iter().map(|s| view! {
                    <li>
                        <button type="button" class="sr-suggestion" on:click=move |_| on_pick.run(s.to_owned())>
                            {s}
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}
