use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;
use send_wrapper::SendWrapper;
use serde_json::json;
use showroom_components::i18n::use_locale;
use showroom_components::{RenderErrors, RENDER_ERRORS};
use showroom_protocol::input::Context;
use showroom_protocol::RunAgentInput;
use web_sys::AbortController;

use super::client::{follow_thread, stream_run, ClientError};
use super::composer::Composer;
use super::store::{ChatStore, RunView};
use super::thread_view::ThreadView;
use crate::config::AppConfig;
use crate::i18n;
use crate::timer::sleep;

fn new_id() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{:x}", (js_sys::Math::random() * 1e16) as u64))
}

/// Waits before each re-attach attempt; after the last one the run is reported as failed.
const RECONNECT_DELAYS_MS: [i32; 3] = [500, 1000, 2000];

/// The run being streamed: its id, and how to drop its connection when leaving the page.
struct CurrentRun {
    run_id: String,
    abort: SendWrapper<AbortController>,
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
    let render_errors = RenderErrors::provide();
    let draft = RwSignal::new(String::new());
    let busy = Signal::derive(move || store.run.get() == RunView::Running);
    let current = StoredValue::new(None::<CurrentRun>);

    let url = config.agent_url.clone();
    let thread = thread_id.clone();
    // Only our own server has the thread's event stream to re-attach to.
    let can_follow = config.features.threads;
    let start_run = move || {
        let input = RunAgentInput {
            thread_id: thread.clone(),
            run_id: new_id(),
            messages: store.input_messages(),
            forwarded_props: json!({ "showroom": { "locale": locale.get_untracked().as_str() } }),
            context: render_errors
                .take()
                .map(|value| {
                    vec![Context {
                        description: RENDER_ERRORS.to_owned(),
                        value,
                    }]
                })
                .unwrap_or_default(),
            ..RunAgentInput::default()
        };
        let Ok(abort) = AbortController::new() else {
            store.fail("network".to_owned());
            return;
        };
        let signal = abort.signal();
        current.set_value(Some(CurrentRun {
            run_id: input.run_id.clone(),
            abort: SendWrapper::new(abort),
        }));
        store.run.set(RunView::Running);
        let url = url.clone();
        let thread_id = thread.clone();
        spawn_local(async move {
            let on_event = |id: Option<&str>, event| store.receive(id, event);
            let mut result = stream_run(&url, &input, Some(&signal), on_event).await;
            // A dropped connection is not a stop: re-attach to the thread where it broke off.
            for delay_ms in RECONNECT_DELAYS_MS {
                if result != Err(ClientError::Dropped) || !can_follow || signal.aborted() {
                    break;
                }
                store.reconnecting.set(true);
                sleep(delay_ms).await;
                let after = store.last_event_id();
                result = follow_thread(
                    &thread_id,
                    &input.run_id,
                    after.as_deref(),
                    Some(&signal),
                    on_event,
                )
                .await;
            }
            store.reconnecting.set(false);
            // What arrived is shown before the outcome is.
            store.flush();
            match result {
                // Stopped by the person on a server without a cancel endpoint: not an error.
                Err(_) if signal.aborted() => store.run.set(RunView::Stopped),
                Err(error) => store.fail(error.code().to_owned()),
                Ok(()) => {}
            }
        });
    };
    let start_run = StoredValue::new(start_run);

    // Stop is explicit: our server cancels the run, which then ends as cancelled on its own
    // stream. A plain AG-UI server has no cancel endpoint, so there the connection is dropped.
    let can_cancel = can_follow;
    let stop = move || {
        let Some(run_id) = current.with_value(|c| c.as_ref().map(|c| c.run_id.clone())) else {
            return;
        };
        if can_cancel {
            let url = format!("/api/threads/{thread_id}/runs/{run_id}/cancel");
            spawn_local(async move {
                let _ = gloo_net::http::Request::post(&url).send().await;
            });
        } else {
            current.with_value(|c| c.as_ref().map(|c| c.abort.abort()));
        }
    };
    on_cleanup(move || {
        // Leaving the page detaches from the stream; the run itself goes on on the server.
        current.with_value(|c| c.as_ref().map(|c| c.abort.abort()));
    });

    let send = move |text: String| {
        store.add_user_message(new_id(), text.trim().to_owned());
        draft.set(String::new());
        start_run.with_value(|run| run());
    };
    // Made once here, not inside the empty state: picking a suggestion hides the empty state,
    // and a callback owned by it would be disposed while it runs.
    let on_send = Callback::new(send);
    let retry = move |_| start_run.with_value(|run| run());
    let failed = move || match store.run.get() {
        RunView::Failed { code } => Some(code),
        _ => None,
    };

    view! {
        <div class="sr-chat">
            <div class="sr-chat__scroll">
                <Show when=move || store.messages.with(Vec::is_empty)>
                    <EmptyState on_pick=on_send />
                </Show>
                <ThreadView store />
                <Show when=move || store.reconnecting.get()>
                    <p class="sr-run-stopped" role="status" data-testid="reconnecting">
                        {move || i18n::RECONNECTING.get(locale.get())}
                    </p>
                </Show>
                <Show when=move || store.run.get() == RunView::Stopped>
                    <p class="sr-run-stopped" data-testid="run-stopped">{move || i18n::STOPPED.get(locale.get())}</p>
                </Show>
                {move || failed().map(|code| view! {
                    <div class="sr-run-error" role="alert" data-testid="run-error">
                        <p>{i18n::error_message(locale.get(), &code)}</p>
                        <button type="button" class="sr-button" on:click=retry data-testid="retry">
                            {i18n::RETRY.get(locale.get())}
                        </button>
                    </div>
                })}
            </div>
            <Composer draft busy on_send on_stop=Callback::new(move |()| stop()) />
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
