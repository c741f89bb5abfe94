//! The viewer's language, shared by the app and the catalogue through context, and the reactive
//! `tr()` for a catalogue string (the strings themselves are in `showroom_i18n`, `i18n/locales`).

use leptos::prelude::*;

use showroom_i18n::Text;
pub use showroom_protocol::Locale;

/// The locale in context; provided once by the app with [`provide_locale`].
#[derive(Clone, Copy, Debug)]
pub struct LocaleContext(pub RwSignal<Locale>);

pub fn provide_locale(initial: Locale) -> LocaleContext {
    let context = LocaleContext(RwSignal::new(initial));
    provide_context(context);
    context
}

/// The current locale as a signal; English when nothing was provided (a component in isolation).
pub fn use_locale() -> Signal<Locale> {
    match use_context::<LocaleContext>() {
        Some(LocaleContext(locale)) => locale.into(),
        None => Signal::stored(Locale::En),
    }
}

/// A catalogue string ([`showroom_i18n::Text`]) in a view, following the viewer's language: the
/// one reactive `tr()` for the app and the components.
pub trait Tr {
    /// The string in the viewer's language, following it. Every string shares this one closure
    /// type, so its view code is compiled once instead of once per string.
    fn tr(self) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static;
}

impl Tr for Text {
    fn tr(self) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let locale = use_locale();
        move || self.get(locale.get())
    }
}
