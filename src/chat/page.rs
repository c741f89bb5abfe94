use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;
use send_wrapper::SendWrapper;
use serde_json::json;
use showroom_components::i18n::use_locale;
use showroom_components::{ActionRequest, Actions, RenderErrors, RENDER_ERRORS};
use showroom_i18n::app;
use showroom_protocol::action::Route;
use showroom_protocol::input::{Context, Resume, ResumeStatus};
use showroom_protocol::{Action, RunAgentInput};
use wasm_bindgen::JsCast;
use web_sys::AbortController;

use super::client::{follow_thread, stream_run, ClientError};
use super::composer::Composer;
use super::draft::{save_draft, saved_draft};
use super::empty_state::EmptyState;
use super::store::{ChatStore, RunView};
use super::thread_view::{MessageActions, ThreadView, ThreadWindow};
use super::threads_api;
use super::{FreshThreads, ThreadsChanged};
use crate::config::AppConfig;
use crate::i18n;
use crate::timer::sleep;
use showroom_components::i18n::Tr;

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

/// `/t/<id>`: the chat of that thread, made again when the id changes (another thread picked).
#[component]
pub fn ThreadRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let id = params.with(|p| p.get("id")).unwrap_or_else(new_id);
        view! { <ChatPage thread_id=id /> }
    }
}

/// `/`: a new thread, under a URL of its own from the start.
#[component]
pub fn NewThread() -> impl IntoView {
    let navigate = use_navigate();
    let fresh = FreshThreads::expect();
    Effect::new(move |_| {
        let id = new_id();
        fresh.add(id.clone());
        navigate(
            &format!("/t/{id}"),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
}

/// The chat page: the thread, an error line with Retry when a run fails, and the composer.
#[component]
pub fn ChatPage(
    /// The thread shown.
    thread_id: String,
) -> impl IntoView {
    let config = AppConfig::expect();
    let locale = use_locale();
    let store = ChatStore::new();
    let threads_changed = ThreadsChanged::expect();
    let online = online_signal();
    let render_errors = RenderErrors::provide();
    // What is being written survives a reload (per thread, for this tab).
    let draft = RwSignal::new(saved_draft(&thread_id).unwrap_or_default());
    {
        let thread_id = thread_id.clone();
        Effect::new(move |_| draft.with(|text| save_draft(&thread_id, text)));
    }
    let busy = Signal::derive(move || store.run.get() == RunView::Running);
    let current = StoredValue::new(None::<CurrentRun>);

    let url = config.agent_url.clone();
    let thread = thread_id.clone();
    let thread_id_for_actions = thread_id.clone();
    let thread_id_for_components = thread_id.clone();
    // Only our own server has the thread's event stream to re-attach to.
    let can_follow = config.features.threads;
    let follow = Follow::new(thread_id.clone(), store);
    if can_follow && !FreshThreads::expect().contains(&thread_id) {
        // An existing thread comes back with its history (and an answer still being written
        // goes on); one with no message yet has nothing to follow until its first run (and
        // asking for it would only be a 404). When the list cannot be read, try anyway: the
        // follow stream says whether the agent can be reached.
        let id = thread_id.clone();
        spawn_local(async move {
            let known = threads_api::list()
                .await
                .map_or(true, |list| list.iter().any(|t| t.id == id));
            if known {
                follow.start();
            }
        });
    }
    // A run answers the thread's last question, or (with `resume`) the approvals it waits on.
    let start_run = move |resume: Option<Vec<Resume>>, action: Option<serde_json::Value>| {
        let input = RunAgentInput {
            thread_id: thread.clone(),
            run_id: new_id(),
            messages: store.input_messages(),
            forwarded_props: json!({ "showroom": {
                "locale": locale.get_untracked().as_str(), "action": action } }),
            context: render_errors
                .take()
                .map(|value| {
                    vec![Context {
                        description: RENDER_ERRORS.to_owned(),
                        value,
                    }]
                })
                .unwrap_or_default(),
            resume,
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
                    Some(&input.run_id),
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
                Ok(()) => {
                    // The thread exists now: follow it for other tabs' runs, and list it.
                    if can_follow {
                        follow.start();
                        threads_changed.bump();
                    }
                }
            }
        });
    };
    let start_run = StoredValue::new(start_run);

    // Stop is explicit: our server cancels the run, which then ends as cancelled on its own
    // stream. A plain AG-UI server has no cancel endpoint, so there the connection is dropped.
    let can_cancel = can_follow;
    let stop = move || {
        // Our own run, or one another tab started on this thread.
        let Some(run_id) = current
            .with_value(|c| c.as_ref().map(|c| c.run_id.clone()))
            .or_else(|| store.running_run_id())
        else {
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
        follow.stop();
    });

    let send = move |text: String| {
        store.add_user_message(new_id(), text.trim().to_owned());
        draft.set(String::new());
        start_run.with_value(|run| run(None, None));
    };
    // Made once here, not inside the empty state: picking a suggestion hides the empty state,
    // and a callback owned by it would be disposed while it runs.
    let on_send = Callback::new(send);

    // Takes back the thread from `from` on, on the server first (so every tab and the next run
    // agree), then here; the event that records it is not applied a second time.
    let take_back = move |from: String, then: Box<dyn FnOnce() + 'static>| {
        let thread_id = thread_id_for_actions.clone();
        spawn_local(async move {
            if can_follow {
                match threads_api::rewind(&thread_id, &from).await {
                    Ok(seq) => {
                        seq.map(|seq| store.mark_applied(seq));
                    }
                    Err(error) => {
                        store.fail(error.code().to_owned());
                        return;
                    }
                }
            }
            store.truncate_from(&from);
            then();
        });
    };
    let take_back = StoredValue::new(take_back);
    // Retry: the last answer is written again (or, when there was none, the question resent).
    let retry = Callback::new(move |()| {
        if store.run.get_untracked() == RunView::Running {
            return;
        }
        match store.last_answer_start() {
            Some(from) => take_back.with_value(|take_back| {
                take_back(
                    from,
                    Box::new(move || start_run.with_value(|run| run(None, None))),
                )
            }),
            None => start_run.with_value(|run| run(None, None)),
        }
    });
    // An edited question replaces it and everything after it, and is sent as new.
    let edit = Callback::new(move |(id, text): (String, String)| {
        if store.run.get_untracked() == RunView::Running || text.trim().is_empty() {
            return;
        }
        take_back.with_value(|take_back| take_back(id, Box::new(move || send(text))));
    });
    provide_context(MessageActions { retry, edit, busy });
    // Components take actions when the agent has live actions; otherwise they are read-only.
    let action_error = RwSignal::new(None::<String>);
    if config.features.actions {
        let thread_id = thread_id_for_components;
        provide_context(Actions(Callback::new(move |request: ActionRequest| {
            // Commitments go through runs: what leads to an approval (asking for one on a quote,
            // choosing a time, changing an order) is carried by a run, and an approval is the
            // next run's answer to the interrupt the last one ended on.
            let route = request.name.route();
            if route == Route::Run {
                if store.run.get_untracked() != RunView::Running {
                    let action = json!({ "name": request.name.as_str(),
                        "messageId": request.message_id, "args": request.args });
                    start_run.with_value(|run| run(None, Some(action)));
                }
                return;
            }
            if route == Route::Resume {
                let Some(id) = request.args["interruptId"].as_str() else {
                    return;
                };
                if store.run.get_untracked() != RunView::Running {
                    let status = match request.name {
                        Action::ApprovalApprove => ResumeStatus::Resolved,
                        _ => ResumeStatus::Cancelled,
                    };
                    let answer = Resume {
                        interrupt_id: id.to_owned(),
                        status,
                        payload: None,
                    };
                    start_run.with_value(|run| run(Some(vec![answer]), None));
                }
                return;
            }
            let thread_id = thread_id.clone();
            spawn_local(async move {
                let result = threads_api::act(&thread_id, request, new_id()).await;
                action_error.set(result.err().map(|e| e.code().to_owned()));
            });
        })));
    }
    let failed = move || match store.run.get() {
        RunView::Failed { code } => Some(code),
        _ => None,
    };

    let scroller = NodeRef::<leptos::html::Div>::new();
    let content = NodeRef::<leptos::html::Div>::new();
    let window = ThreadWindow::new();
    let at_end = StoredValue::new(true);
    follow_the_end(scroller, content, at_end);
    let on_scroll = move |_| {
        // Near the top of what is shown: show earlier messages above, and keep the view where
        // it is (the browser's own scroll anchoring does not work at the very top).
        let Some(s) = scroller.get_untracked() else {
            return;
        };
        at_end.set_value(s.scroll_height() - s.scroll_top() - s.client_height() < 48);
        let total = store.messages.with_untracked(Vec::len);
        if s.scroll_top() >= 400 || !window.hidden(total) {
            return;
        }
        let (height, top) = (s.scroll_height(), s.scroll_top());
        window.show_more(total);
        // Before the next paint: the new messages are in the page by then, not yet on screen.
        spawn_local(async move {
            crate::timer::frame().await;
            s.set_scroll_top(top + s.scroll_height() - height);
        });
    };

    view! {
        <div class="sr-chat">
            <div class="sr-chat__scroll" node_ref=scroller on:scroll=on_scroll>
              <div class="sr-chat__content" node_ref=content>
                <Show when=move || store.messages.with(Vec::is_empty)>
                    <EmptyState on_pick=on_send />
                </Show>
                <ThreadView store window />
                <Show when=move || !online.get()>
                    <p class="sr-notice" role="status" data-testid="offline">{app::OFFLINE.tr()}</p>
                </Show>
                <Show when=move || online.get() && store.unreachable.get()>
                    <p class="sr-notice" role="status" data-testid="unreachable">{app::UNREACHABLE.tr()}</p>
                </Show>
                <Show when=move || store.reconnecting.get()>
                    <p class="sr-run-stopped" role="status" data-testid="reconnecting">
                        {app::RECONNECTING.tr()}
                    </p>
                </Show>
                <Show when=move || store.run.get() == RunView::Stopped>
                    <p class="sr-run-stopped" data-testid="run-stopped">{app::STOPPED.tr()}</p>
                </Show>
                {move || action_error.get().map(|code| view! {
                    <p class="sr-run-error" role="alert" data-testid="action-error">
                        {i18n::error_message(locale.get(), &code)}
                    </p>
                })}
                {move || failed().map(|code| view! {
                    <div class="sr-run-error" role="alert" data-testid="run-error">
                        <p>{i18n::error_message(locale.get(), &code)}</p>
                        <button type="button" class="sr-button" on:click=move |_| retry.run(()) data-testid="retry">
                            {app::RETRY.get(locale.get())}
                        </button>
                    </div>
                })}
              </div>
            </div>
            <Composer draft busy on_send on_stop=Callback::new(move |()| stop()) />
        </div>
    }
}

/// The page's subscription to its thread's event stream: history on open, then every event of
/// every run, whichever tab started it. Re-attaches after a drop from the last event applied.
#[derive(Clone, Copy)]
struct Follow {
    thread_id: StoredValue<String>,
    store: ChatStore,
    abort: StoredValue<Option<SendWrapper<AbortController>>>,
}

/// Waits before re-attaching a dropped follow stream, growing to the last.
const FOLLOW_RETRY_MS: [i32; 4] = [500, 1000, 2000, 5000];

impl Follow {
    fn new(thread_id: String, store: ChatStore) -> Follow {
        Follow {
            thread_id: StoredValue::new(thread_id),
            store,
            abort: StoredValue::new(None),
        }
    }

    /// Starts following, unless already following (or the page is gone).
    fn start(self) {
        if self.abort.try_with_value(Option::is_some).unwrap_or(true) {
            return;
        }
        let Ok(abort) = AbortController::new() else {
            return;
        };
        let signal = abort.signal();
        self.abort.set_value(Some(SendWrapper::new(abort)));
        let thread_id = self.thread_id.get_value();
        let store = self.store;
        spawn_local(async move {
            let mut failures = 0;
            loop {
                let after = store.last_applied().map(|seq| seq.to_string());
                let on_event = |id: Option<&str>, event| {
                    if store.unreachable.get_untracked() {
                        store.unreachable.set(false);
                    }
                    store.receive(id, event)
                };
                let result =
                    follow_thread(&thread_id, None, after.as_deref(), Some(&signal), on_event)
                        .await;
                if signal.aborted() {
                    break;
                }
                match result {
                    // No such thread (not yet created, or deleted): nothing to follow.
                    Err(ClientError::Http { status: 404, .. }) => break,
                    Err(ClientError::Dropped) => failures = 0,
                    Err(ClientError::Network | ClientError::Http { .. }) => {
                        store.unreachable.set(true);
                        failures += 1;
                    }
                    _ => failures += 1,
                }
                sleep(FOLLOW_RETRY_MS[failures.min(FOLLOW_RETRY_MS.len() - 1)]).await;
            }
            // The page may be gone by now: then there is nothing to reset.
            self.abort.try_update_value(|abort| *abort = None);
        });
    }

    fn stop(self) {
        if let Some(abort) = self.abort.try_update_value(Option::take).flatten() {
            abort.abort();
        }
    }
}

/// True while the browser says it is online; follows its `online` and `offline` events.
fn online_signal() -> ReadSignal<bool> {
    let (online, set_online) = signal(window().navigator().on_line());
    let on = window_event_listener(leptos::ev::online, move |_| set_online.set(true));
    let off = window_event_listener(leptos::ev::offline, move |_| set_online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    online
}

/// Keeps the end of the conversation in view while it grows (an answer streaming, a thread
/// loading), unless the person has scrolled up to read (`at_end`, kept by the scroll handler):
/// then the view stays where they are.
fn follow_the_end(
    scroller: NodeRef<leptos::html::Div>,
    content: NodeRef<leptos::html::Div>,
    at_end: StoredValue<bool>,
) {
    type Watch = (
        web_sys::ResizeObserver,
        wasm_bindgen::closure::Closure<dyn FnMut()>,
    );
    let watch = StoredValue::new_local(None::<Watch>);
    Effect::new(move |_| {
        let (Some(scroller), Some(content)) = (scroller.get(), content.get()) else {
            return;
        };
        if watch.with_value(Option::is_some) {
            return;
        }
        let on_resize = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            if at_end.try_get_value().unwrap_or(false) {
                scroller.set_scroll_top(scroller.scroll_height());
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&content);
            watch.set_value(Some((observer, on_resize)));
        }
    });
    on_cleanup(move || {
        watch.try_with_value(|w| w.as_ref().map(|(observer, _)| observer.disconnect()));
    });
}
