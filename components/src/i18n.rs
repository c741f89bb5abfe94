//! The viewer's language, shared by the app and the catalogue through context.

use leptos::prelude::*;

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

/// One UI string in the three languages.
#[derive(Clone, Copy, Debug)]
pub struct Text {
    pub en: &'static str,
    pub nl: &'static str,
    pub de: &'static str,
}

impl Text {
    /// The string in the viewer's language, following it: for a view. Every string shares this
    /// one closure type, so its view code is compiled once instead of once per string.
    pub fn tr(self) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let locale = use_locale();
        move || self.get(locale.get())
    }

    pub fn get(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.en,
            Locale::Nl => self.nl,
            Locale::De => self.de,
        }
    }
}

/// Declares UI strings: `texts! { SEND = "Send", "Verstuur", "Senden"; }`.
#[macro_export]
macro_rules! texts {
    ($($name:ident = $en:literal, $nl:literal, $de:literal;)*) => {
        $(pub const $name: $crate::i18n::Text = $crate::i18n::Text { en: $en, nl: $nl, de: $de };)*
    };
}
