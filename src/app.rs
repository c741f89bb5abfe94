use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use showroom_components::i18n::{provide_locale, Locale};
use showroom_i18n::app;
use thaw::{Button, ButtonAppearance, ConfigProvider};

use crate::chat::{FreshThreads, NewThread, Sidebar, ThreadRoute, ThreadsChanged};
use crate::config::AppConfig;
use crate::i18n;
use crate::theme::ThemeChoice;
use showroom_components::i18n::Tr;

/// The app: reads `/config.json`, then shows the chat with language and theme controls.
#[component]
pub fn App() -> impl IntoView {
    let locale = provide_locale(i18n::browser_locale()).0;
    let theme = ThemeChoice::provide();
    ThreadsChanged::provide();
    FreshThreads::provide();
    let config = LocalResource::new(AppConfig::load);
    Effect::new(move |_| {
        // The page's language follows the choice, for screen readers and hyphenation.
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", locale.get().as_str());
        }
    });
    view! {
        <ConfigProvider theme=theme.thaw class="sr-root">
            <div class="sr-app" class:sr-app--dark=move || theme.dark.get()>
                <Header />
                <main class="sr-main">
                    <Suspense fallback=|| ()>
                        {move || config.get().map(|config| {
                            let threads = config.features.threads;
                            config.provide();
                            view! {
                                <Router>
                                    <div class="sr-layout">
                                        {threads.then(|| view! { <Sidebar /> })}
                                        <div class="sr-layout__main">
                                            <Routes fallback=NewThread>
                                                <Route path=path!("/") view=NewThread />
                                                <Route path=path!("/t/:id") view=ThreadRoute />
                                            </Routes>
                                        </div>
                                    </div>
                                </Router>
                            }
                        })}
                    </Suspense>
                </main>
            </div>
        </ConfigProvider>
    }
}

/// Title, language switcher and theme toggle.
#[component]
pub fn Header() -> impl IntoView {
    let locale = showroom_components::i18n::use_locale();
    let set_locale = expect_context::<showroom_components::i18n::LocaleContext>().0;
    let theme = ThemeChoice::expect();
    let theme_label = move || {
        if theme.dark.get() {
            app::THEME_LIGHT
        } else {
            app::THEME_DARK
        }
        .get(locale.get())
    };
    view! {
        <header class="sr-header">
            <span class="sr-header__title">{app::NAME.tr()}</span>
            <div class="sr-header__controls">
                <label class="sr-visually-hidden" for="sr-language">{app::LANGUAGE.tr()}</label>
                <select
                    id="sr-language"
                    class="sr-select"
                    data-testid="language"
                    on:change=move |ev| {
                        if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
                            set_locale.set(l);
                        }
                    }
                >
                    {Locale::ALL.into_iter().map(|l| view! {
                        <option value=l.as_str() selected=move || locale.get() == l>{l.native_name()}</option>
                    }).collect_view()}
                </select>
                <Button
                    appearance=ButtonAppearance::Subtle
                    on_click=move |_| theme.toggle()
                    attr:data-testid="theme-toggle"
                    attr:aria-pressed=move || theme.dark.get().to_string()
                    class="sr-header__theme"
                >
                    // On a narrow screen the label is for screen readers only and a glyph shows.
                    <span class="sr-header__theme-label">{theme_label}</span>
                    <span class="sr-header__theme-icon" aria-hidden="true">"◐"</span>
                </Button>
            </div>
        </header>
    }
}
