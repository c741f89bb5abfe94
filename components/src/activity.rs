use leptos::html;
use leptos::prelude::*;
use serde_json::Value;
use showroom_protocol::{reducer, Action};
use showroom_ui::dom::Mount;
use showroom_ui::el;
use wasm_bindgen::JsCast;

use crate::fallback::fallback;
use crate::i18n::use_locale;
use crate::kit::Cx;
use crate::registry::{is_showroom_type, render};
use crate::render_errors::RenderErrors;
use showroom_i18n::activity;

/// A fixed "now" for components (the gallery, so its screenshots do not age); the browser's
/// clock without it.
#[derive(Clone, Copy, Debug)]
pub struct Clock(pub f64);

/// What a component's control asked for: action `name` with `args`, from one message.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionRequest {
    pub message_id: String,
    pub name: Action,
    pub args: Value,
}

/// Who takes components' actions (the app posts them to a server with live actions; the
/// gallery shows them). Without it in context, every component is read-only.
#[derive(Clone, Copy)]
pub struct Actions(pub Callback<ActionRequest>);

/// The action a control names (`data-action`, `data-args`), with an input's value added.
fn request(target: Option<web_sys::EventTarget>, message_id: &str) -> Option<ActionRequest> {
    let target = target?.dyn_into::<web_sys::Element>().ok()?;
    let control = target.closest("[data-action]").ok()??;
    let name = Action::parse(&control.get_attribute("data-action")?)?;
    let mut args: Value = control
        .get_attribute("data-args")
        .and_then(|a| serde_json::from_str(&a).ok())
        .unwrap_or_else(|| Value::Object(Default::default()));
    if let Some(input) = control.dyn_ref::<web_sys::HtmlInputElement>() {
        args["value"] = Value::String(input.value());
    }
    Some(ActionRequest {
        message_id: message_id.to_owned(),
        name,
        args,
    })
}

/// Renders one activity message as it changes: its catalogue component, a fallback card when
/// that fails (recorded for the agent when the app provides [`RenderErrors`]), or a compact
/// line for another agent's activity type (never an error). A change (a price refresh, a
/// field streaming in) patches only what differs.
/// Makes every input show the value the component gives it, but the one being typed into. The
/// patcher leaves an input alone when its attributes did not change, and with it whatever was
/// typed: a quantity declined or refused (the component shown again as the order stands) would
/// stay on screen looking changed.
fn show_values(root: &web_sys::Element) {
    let Ok(inputs) = root.query_selector_all("input[value]") else {
        return;
    };
    let focused = root.owner_document().and_then(|d| d.active_element());
    for i in 0..inputs.length() {
        let Some(input) = inputs
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            continue;
        };
        let shown = input.default_value();
        let typing = focused.as_ref() == Some(input.as_ref());
        if !typing && input.value() != shown {
            input.set_value(&shown);
        }
    }
}

#[component]
pub fn Activity(
    /// The activity message's id, named when a failure is reported.
    #[prop(optional, into)]
    message_id: String,
    /// The message's activity, as the reducer keeps it.
    #[prop(into)]
    activity: Signal<Option<reducer::Activity>>,
    /// Offer no controls even where actions are taken (a gallery sample of the read-only state).
    #[prop(optional)]
    read_only: bool,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    let locale = use_locale();
    let errors = use_context::<RenderErrors>();
    let actions = use_context::<Actions>().filter(|_| !read_only);
    let live = actions.is_some();
    let clock = use_context::<Clock>();
    let mut mount: Option<Mount> = None;
    let id = message_id.clone();
    Effect::new(move |_| {
        let Some(element) = root.get() else {
            return;
        };
        let element_for_focus: web_sys::Element = element.clone().into();
        let mount = mount.get_or_insert_with(|| Mount::new(element.into()));
        let locale = locale.get();
        let node = activity.with(|activity| {
            let activity = activity.as_ref()?;
            let activity_type = activity.activity_type.as_str();
            if !is_showroom_type(activity_type) {
                return Some(
                    el("p")
                        .class("sr-activity-other")
                        .testid("activity-other")
                        .child(
                            el("span")
                                .class("sr-activity-other__label")
                                .text(activity::OTHER_ACTIVITY.get(locale)),
                        )
                        .text(format!(": {activity_type}")),
                );
            }
            let cx = Cx {
                locale,
                partial: false,
                live,
                read_at: String::new(),
                age_minutes: None,
                now_ms: clock.map_or_else(crate::format::now_ms, |c| c.0),
            };
            Some(
                render(activity_type, &activity.content, cx).unwrap_or_else(|error| {
                    let error = error.to_string();
                    if let Some(errors) = errors {
                        errors.record(&id, activity_type, &error);
                    }
                    fallback(locale, activity_type, &error)
                }),
            )
        });
        mount.show(0, node.into_iter().map(Into::into).collect());
        show_values(&element_for_focus);
        // A control that asks for focus (an approval waiting for a decision) gets it once.
        if let Ok(Some(control)) =
            element_for_focus.query_selector("[data-focus]:not([data-focused])")
        {
            let _ = control.set_attribute("data-focused", "");
            if let Ok(control) = control.dyn_into::<web_sys::HtmlElement>() {
                focus_when_shown(control, 30);
            }
        }
    });
    // One listener each for every control of the component: buttons click, inputs change.
    let take = move |target: Option<web_sys::EventTarget>, is_input: bool| {
        let Some(Actions(callback)) = actions else {
            return;
        };
        if let Some(request) = request(target, &message_id) {
            if request.args.get("value").is_some() == is_input {
                callback.run(request);
            }
        }
    };
    let take_too = take.clone();
    view! {
        <div
            class="sr-activity"
            node_ref=root
            on:click=move |ev| take(ev.target(), false)
            on:change=move |ev| take_too(ev.target(), true)
        ></div>
    }
}

/// Focuses `control` and keeps it focused for `frames` frames while nothing else takes focus: a
/// component rendered as its events arrive is put in the page (and may be moved within it, which
/// drops focus) a frame or more later.
fn focus_when_shown(control: web_sys::HtmlElement, frames: u32) {
    let lost = control.owner_document().is_some_and(|d| {
        d.active_element()
            .is_none_or(|a| d.body().is_some_and(|b| *b == a))
    });
    if control.is_connected() && lost {
        let _ = control.focus();
    }
    if frames > 0 {
        request_animation_frame(move || focus_when_shown(control, frames - 1));
    }
}
