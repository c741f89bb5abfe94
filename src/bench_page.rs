//! `/bench`: the render benchmark page (a Trunk target of its own, never in the shopper's
//! load). It implements the `window.__bench` protocol of the React anchor
//! (`../shared/bench/react-anchor`, version 1) on the production thread store and renderer:
//! each token is an AG-UI TEXT_MESSAGE_CONTENT given to [`ChatStore`], flushed at once and
//! awaited until the DOM holds it, as the protocol needs.
//!
//! `window.__bench.startBatched(opts)` streams the same tokens on the app's real path instead:
//! events are received as they come and flushed once per animation frame; it reports what each
//! frame's flush cost.
//!
//! `window.__bench.openThread({ messages, components })` opens a long thread (questions, markdown
//! answers and product comparators) through the same store and views, at its end as the app
//! does, then scrolls up to its first message a screen per frame, showing earlier messages as the
//! chat page does: how long opening took, and the slowest scroll step.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object, Promise, Reflect};
use leptos::prelude::*;
use showroom_components::i18n::{provide_locale, Locale};
use showroom_components::RenderErrors;
use showroom_protocol::events::{TextMessageContent, TextMessageEnd, TextMessageStart};
use showroom_protocol::Event;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

use crate::chat::{ChatStore, MessageActions, ThreadView, ThreadWindow};
use crate::timer::{frame, now};

/// Each stream's messages get ids of their own: the keyed list must not take a new run's
/// answer for the last run's (same key, old view).
static RUNS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

fn next_run() -> u32 {
    RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Mounts the bench page and installs `window.__bench`.
pub fn start() {
    leptos::mount::mount_to_body(BenchPage);
}

#[component]
fn BenchPage() -> impl IntoView {
    provide_locale(Locale::En);
    RenderErrors::provide();
    let store = ChatStore::new();
    // Nothing is retried or edited here; the thread view only needs the actions to exist.
    provide_context(MessageActions {
        retry: Callback::new(|()| {}),
        edit: Callback::new(|_| {}),
        busy: Signal::stored(false),
    });
    let window = ThreadWindow::new();
    install(store, window);
    view! {
        <div class="sr-root sr-app">
            <div class="sr-chat__scroll sr-bench-root">
                <ThreadView store window />
            </div>
        </div>
    }
}

fn set(object: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(object, &JsValue::from_str(key), &value.into());
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn install(store: ChatStore, window: ThreadWindow) {
    let bench = Object::new();
    set(&bench, "protocol", 1);
    set(&bench, "framework", "leptos");
    set(&bench, "renderer", "showroom-markdown");
    set(&bench, "version", "0.8");
    let start = Closure::<dyn Fn(JsValue) -> Promise>::new(move |opts: JsValue| {
        future_to_promise(run(store, opts, Path::Protocol))
    });
    set(&bench, "start", start.into_js_value());
    let batched = Closure::<dyn Fn(JsValue) -> Promise>::new(move |opts: JsValue| {
        future_to_promise(run(store, opts, Path::Batched))
    });
    set(&bench, "startBatched", batched.into_js_value());
    let open = Closure::<dyn Fn(JsValue) -> Promise>::new(move |opts: JsValue| {
        future_to_promise(open_thread(store, window, opts))
    });
    set(&bench, "openThread", open.into_js_value());
    set(&bench, "ready", true);
    let _ = Reflect::set(
        &leptos::prelude::window(),
        &JsValue::from_str("__bench"),
        &bench,
    );
}

#[derive(Clone, Copy, PartialEq)]
enum Path {
    /// One flush per token, awaited (the protocol's measure).
    Protocol,
    /// Tokens received as they come, flushed once per frame (the app's own path).
    Batched,
}

fn tokens(opts: &JsValue) -> Vec<String> {
    let given = get(opts, "tokens");
    if let Some(array) = given.dyn_ref::<Array>() {
        return array.iter().filter_map(|t| t.as_string()).collect();
    }
    // The protocol's own tokenizer: four characters each.
    let text = get(opts, "text").as_string().unwrap_or_default();
    let chars: Vec<char> = text.chars().collect();
    chars.chunks(4).map(|c| c.iter().collect()).collect()
}

/// Yields to the event loop the way the protocol asks (`message`: a MessageChannel task).
async fn yield_now(mode: &str) {
    match mode {
        "none" => {}
        "frame" => frame().await,
        "timeout" => crate::timer::sleep(0).await,
        _ => {
            let promise = Promise::new(&mut |resolve, _| {
                if let Ok(channel) = web_sys::MessageChannel::new() {
                    channel.port1().set_onmessage(Some(&resolve));
                    let _ = channel.port2().post_message(&JsValue::NULL);
                }
            });
            let _ = JsFuture::from(promise).await;
        }
    }
}

/// Counts animation frames and the longest gap between two, until stopped.
struct FrameCounter {
    /// (frames, longest gap ms, last frame at, still counting)
    state: Rc<RefCell<(u32, f64, f64, bool)>>,
}

impl FrameCounter {
    fn start() -> FrameCounter {
        let state = Rc::new(RefCell::new((0u32, 0.0f64, now(), true)));
        let counting = state.clone();
        leptos::task::spawn_local(async move {
            while counting.borrow().3 {
                frame().await;
                let at = now();
                let mut st = counting.borrow_mut();
                st.0 += 1;
                st.1 = st.1.max(at - st.2);
                st.2 = at;
            }
        });
        FrameCounter { state }
    }

    fn stop(self) -> (u32, f64) {
        let mut st = self.state.borrow_mut();
        st.3 = false;
        (st.0, st.1)
    }
}

async fn run(store: ChatStore, opts: JsValue, path: Path) -> Result<JsValue, JsValue> {
    let tokens = tokens(&opts);
    let mode = get(&opts, "yield")
        .as_string()
        .unwrap_or_else(|| "message".into());
    // A transcript of one question and an empty answer.
    let n = next_run();
    let answer = format!("answer-{n}");
    store.clear();
    store.add_user_message(format!("question-{n}"), "Tell me about it.".into());
    store.receive(
        None,
        TextMessageStart {
            message_id: answer.clone(),
            role: Some("assistant".into()),
            ..Default::default()
        }
        .into(),
    );
    store.flush();
    leptos::task::tick().await;
    // What the driver counts and lays out: the answer as rendered (the thread around it is a
    // list of messages, whose items are not the answer's list items).
    for old in document().query_selector_all("[data-bench-root]")?.values() {
        if let Ok(old) = old?.dyn_into::<web_sys::Element>() {
            let _ = old.remove_attribute("data-bench-root");
        }
    }
    let root = document()
        .query_selector(&format!("[data-message-id='{answer}'] .sr-markdown"))?
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .ok_or_else(|| JsValue::from_str("the answer was not rendered"))?;
    let _ = root.set_attribute("data-bench-root", "");
    frame().await;
    frame().await;

    let frame_costs: Rc<RefCell<Vec<f64>>> = Rc::default();
    if path == Path::Batched {
        // A callback must be Send; the page has one thread.
        let costs = send_wrapper::SendWrapper::new(frame_costs.clone());
        store.probe_flushes(Callback::new(move |ms| costs.borrow_mut().push(ms)));
    }
    let frames = FrameCounter::start();
    let mut per_token = Vec::with_capacity(tokens.len());
    let mut commit = Vec::with_capacity(tokens.len());
    let started = now();
    for token in &tokens {
        let a = now();
        store.receive(None, content_of(&answer, token.clone()));
        if path == Path::Protocol {
            store.flush();
            leptos::task::tick().await;
        }
        let b = now();
        let _ = root.offset_height();
        let c = now();
        commit.push(b - a);
        per_token.push(c - a);
        yield_now(&mode).await;
    }
    let stream_ms = now() - started;
    store.receive(
        None,
        TextMessageEnd {
            message_id: answer,
            ..Default::default()
        }
        .into(),
    );
    store.flush();
    leptos::task::tick().await;
    frame().await;
    frame().await;
    let (frame_count, max_gap) = frames.stop();
    let total_ms = now() - started;

    let result = Object::new();
    set(&result, "protocol", 1);
    set(&result, "framework", "leptos");
    set(&result, "renderer", "showroom-markdown");
    set(&result, "version", "0.8");
    set(&result, "tokens", tokens.len() as u32);
    set(
        &result,
        "chars",
        tokens.iter().map(|t| t.chars().count()).sum::<usize>() as u32,
    );
    set(&result, "perTokenMs", numbers(&per_token));
    set(&result, "commitMs", numbers(&commit));
    set(&result, "streamMs", stream_ms);
    set(&result, "totalMs", total_ms);
    set(&result, "frames", frame_count);
    set(&result, "maxFrameGapMs", max_gap);
    set(
        &result,
        "renderedTextLength",
        root.text_content().map_or(0, |t| t.encode_utf16().count()) as u32,
    );
    if path == Path::Batched {
        set(&result, "frameFlushMs", numbers(&frame_costs.borrow()));
    }
    Ok(result.into())
}

/// A product comparator as the agent sends it (the catalogue's own sample).
const COMPARATOR: &str = include_str!("../components/samples/product_comparator.complete.json");

/// The events of a long thread: each exchange is a question and a markdown answer, and every
/// so often a comparator, until `messages` messages of which `components` are comparators.
fn long_thread(messages: usize, components: usize, run: u32) -> Vec<Event> {
    let sample: serde_json::Value = serde_json::from_str(COMPARATOR).unwrap_or_default();
    let exchanges = (messages - components) / 2;
    let every = if components == 0 {
        usize::MAX
    } else {
        exchanges.div_ceil(components).max(1)
    };
    let mut events = Vec::new();
    let mut placed = 0;
    for i in 0..exchanges {
        let answer = format!(
            "## Answer {i}\n\nThe **office chair** costs €120.50 and the lamp €40.00; \
             both are in stock.\n\n- ships today\n- 2 years warranty\n"
        );
        for (id, role, text) in [
            (
                format!("q{i}"),
                "user",
                format!("Question {i}: which chair is cheaper?"),
            ),
            (format!("a{i}"), "assistant", answer),
        ] {
            events.push(
                TextMessageStart {
                    message_id: id.clone(),
                    role: Some(role.into()),
                    ..Default::default()
                }
                .into(),
            );
            events.push(content_of(&id, text));
            events.push(
                TextMessageEnd {
                    message_id: id,
                    ..Default::default()
                }
                .into(),
            );
        }
        if placed < components && i % every == every - 1 {
            events.push(
                showroom_protocol::events::ActivitySnapshot {
                    message_id: format!("c{run}-{i}"),
                    activity_type: sample["activityType"].as_str().unwrap_or_default().into(),
                    content: sample["content"].clone(),
                    ..Default::default()
                }
                .into(),
            );
            placed += 1;
        }
    }
    events
}

fn content_of(id: &str, delta: String) -> Event {
    TextMessageContent {
        message_id: id.into(),
        delta,
        ..Default::default()
    }
    .into()
}

async fn open_thread(
    store: ChatStore,
    window: ThreadWindow,
    opts: JsValue,
) -> Result<JsValue, JsValue> {
    let count =
        |key: &str, default: usize| get(&opts, key).as_f64().map_or(default, |n| n as usize);
    let (messages, components) = (count("messages", 1000), count("components", 200));
    let events = long_thread(messages, components.min(messages), next_run());
    let root = bench_root()?;
    store.clear();
    window.reset();
    leptos::task::tick().await;
    frame().await;

    let started = now();
    for event in events {
        store.receive(None, event);
    }
    store.flush();
    leptos::task::tick().await;
    root.set_scroll_top(root.scroll_height());
    let _ = root.offset_height();
    let open_ms = now() - started;
    frame().await;
    let first_frame_ms = now() - started;

    // Read back to the first message, a screen per frame; near the top, earlier messages are
    // shown, exactly as the chat page does on scroll.
    let total = store.messages.with_untracked(Vec::len);
    let frames = FrameCounter::start();
    let mut slowest_step: f64 = 0.0;
    let mut slowest_render: f64 = 0.0;
    let mut steps = 0;
    let screen = root.client_height().max(1);
    while root.scroll_top() > 0 || window.hidden(total) {
        let a = now();
        root.set_scroll_top(root.scroll_top() - screen);
        if root.scroll_top() < 400 {
            window.show_more(total);
            leptos::task::tick().await;
            slowest_render = slowest_render.max(now() - a);
        }
        let _ = root.offset_height();
        slowest_step = slowest_step.max(now() - a);
        steps += 1;
        frame().await;
    }
    let (_, max_gap) = frames.stop();

    let result = Object::new();
    set(&result, "messages", total as u32);
    set(&result, "openMs", open_ms);
    set(&result, "firstFrameMs", first_frame_ms);
    set(&result, "scrollSteps", steps);
    set(&result, "slowestScrollStepMs", slowest_step);
    set(&result, "slowestEarlierRenderMs", slowest_render);
    set(&result, "maxFrameGapMs", max_gap);
    set(&result, "scrollHeight", root.scroll_height());
    set(
        &result,
        "rendered",
        document().query_selector_all(".sr-message")?.length(),
    );
    Ok(result.into())
}

/// The page's scroller, holding the whole thread.
fn bench_root() -> Result<web_sys::HtmlElement, JsValue> {
    document()
        .query_selector(".sr-bench-root")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .ok_or_else(|| JsValue::from_str("no [data-bench-root]"))
}

fn numbers(values: &[f64]) -> Array {
    values.iter().map(|v| JsValue::from_f64(*v)).collect()
}
