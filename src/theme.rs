//! Light and dark: the system's choice until the person picks one (remembered per browser).

use leptos::prelude::*;
use thaw::Theme;

const KEY: &str = "showroom.theme";

/// The theme in use, as a thaw theme signal plus whether it is dark.
#[derive(Clone, Copy)]
pub struct ThemeChoice {
    pub thaw: RwSignal<Theme>,
    pub dark: RwSignal<bool>,
}

impl ThemeChoice {
    pub fn provide() -> ThemeChoice {
        let dark = stored().unwrap_or_else(system_prefers_dark);
        let choice = ThemeChoice {
            thaw: RwSignal::new(thaw_theme(dark)),
            dark: RwSignal::new(dark),
        };
        provide_context(choice);
        choice
    }

    pub fn expect() -> ThemeChoice {
        expect_context::<ThemeChoice>()
    }

    pub fn toggle(self) {
        let dark = !self.dark.get_untracked();
        self.dark.set(dark);
        self.thaw.set(thaw_theme(dark));
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(KEY, if dark { "dark" } else { "light" });
        }
    }
}

fn thaw_theme(dark: bool) -> Theme {
    if dark {
        Theme::dark()
    } else {
        Theme::light()
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn stored() -> Option<bool> {
    match local_storage()?.get_item(KEY).ok()??.as_str() {
        "dark" => Some(true),
        "light" => Some(false),
        _ => None,
    }
}

fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}
