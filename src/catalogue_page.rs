//! `/catalogue`: every component in every sample state, for designers (a Trunk target of its
//! own, never in the shopper's load). The samples come from `components/samples/`, so a new
//! sample file shows here at the next build without other edits.
//!
//! The page's clock stands still at [`GALLERY_NOW`], so "as of" lines and stale warnings look the
//! same on every day. Actions are taken by the page itself: it says which action a control
//! asked for, with its arguments. `?lang=nl|de` and `?theme=dark` pick the language and theme
//! (the header switchers change them too); `?sample=<file>` shows one sample alone.

use leptos::prelude::*;
use serde_json::Value;
use showroom_components::i18n::{provide_locale, use_locale, Locale};
use showroom_components::samples::SAMPLES;
use showroom_components::{ActionRequest, Actions, Activity, Clock, RenderErrors};
use showroom_i18n::catalogue;
use showroom_protocol::reducer;
use thaw::ConfigProvider;

use crate::app::Header;
use crate::theme::ThemeChoice;
use showroom_components::i18n::Tr;

/// 2026-11-27T10:00:00Z: the samples were read half an hour before, the stale ones the day before.
pub const GALLERY_NOW: f64 = 1_795_773_600_000.0;

pub fn start() {
    leptos::mount::mount_to_body(CataloguePage);
}

fn query(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

#[component]
fn CataloguePage() -> impl IntoView {
    let lang = query("lang").and_then(|l| Locale::from_tag(&l));
    let locale = provide_locale(lang.unwrap_or(Locale::En)).0;
    let theme = ThemeChoice::provide();
    if let Some(wanted) = query("theme") {
        if (wanted == "dark") != theme.dark.get_untracked() {
            theme.toggle();
        }
    }
    RenderErrors::provide();
    provide_context(Clock(GALLERY_NOW));
    let last_action = RwSignal::new(None::<String>);
    provide_context(Actions(Callback::new(move |request: ActionRequest| {
        last_action.set(Some(format!("{} {}", request.name.as_str(), request.args)));
    })));
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", locale.get().as_str());
        }
    });
    let only = query("sample");
    let samples: Vec<(&'static str, Value)> = SAMPLES
        .iter()
        .filter(|(name, _)| only.as_deref().is_none_or(|o| o == *name))
        .map(|(name, json)| (*name, serde_json::from_str(json).unwrap_or_default()))
        .collect();
    let last = move || {
        let locale = locale.get();
        format!(
            "{} {}",
            catalogue::LAST_ACTION.get(locale),
            last_action
                .get()
                .unwrap_or_else(|| catalogue::NO_ACTION.get(locale).to_owned())
        )
    };
    view! {
        <ConfigProvider theme=theme.thaw class="sr-root">
            <div class="sr-app" class:sr-app--dark=move || theme.dark.get()>
                <Header />
                <main class="sr-catalogue">
                    <h1>{catalogue::TITLE.tr()}</h1>
                    <p>{catalogue::INTRO.tr()}</p>
                    <p class="sr-catalogue__last" role="status" data-testid="last-action">{last}</p>
                    {samples
                        .into_iter()
                        .map(|(name, sample)| view! { <Sample name sample /> })
                        .collect_view()}
                </main>
            </div>
        </ConfigProvider>
    }
}

/// One sample: its component and state, its title, and the component as the chat shows it.
#[component]
fn Sample(name: &'static str, sample: Value) -> impl IntoView {
    let locale = use_locale();
    let read_only = sample["readOnly"].as_bool() == Some(true);
    let (component, state) = name
        .trim_end_matches(".json")
        .split_once('.')
        .unwrap_or((name, ""));
    let heading = format!("{component} · {state}");
    let title = sample["title"].as_str().unwrap_or_default().to_owned();
    let activity = Signal::stored(Some(reducer::Activity {
        activity_type: sample["activityType"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        content: sample["content"].clone(),
    }));
    view! {
        <section class="sr-catalogue__sample" data-testid="sample" data-sample=name>
            <h2 class="sr-catalogue__name">
                {heading}
                {read_only.then(|| view! { <span class="sr-pill sr-pill--info">{move || catalogue::READ_ONLY.get(locale.get())}</span> })}
            </h2>
            <p class="sr-catalogue__title">{title}</p>
            <Activity message_id=name activity read_only />
        </section>
    }
}
