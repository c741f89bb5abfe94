//! Markdown for assistant messages: CommonMark with GFM tables, strikethrough and task lists,
//! rendered safely and incrementally. Our own parser: pulldown-cmark cost the shopper's first
//! load ~45 KiB for features a chat never shows (HTML blocks, footnotes, an entity table).
//!
//! - `block`: source lines → blocks (paragraphs, headings, code, quotes, lists, tables).
//! - `inline`: a block's text → inline nodes (emphasis, code, links, images, breaks).
//! - [`tree`]: blocks → a tree of the elements we allow (raw HTML is text), one tree per
//!   top-level block.
//! - [`safety`]: which links and images a message may have.
//! - [`stream`]: while a message streams, only its last block is parsed and rendered again.
//! - the blocks become DOM through `showroom_ui::dom`, which replaces only what changed.
//! - [`Markdown`]: the view that ties them to a message's text.
//! - `properties` (tests and feature `fuzzing`): what holds for any text; the fuzz target
//!   `markdown` and a test that replays its seeds both check it.

mod block;
mod inline;
#[cfg(any(test, feature = "fuzzing"))]
pub mod properties;
pub mod safety;
pub mod stream;
pub mod tree;

use leptos::html;
use leptos::prelude::*;
use showroom_components::i18n::{use_locale, Locale};
use wasm_bindgen::JsCast;

use crate::clipboard;
use showroom_i18n::app;
use showroom_ui::dom::Mount;
use stream::Incremental;
use tree::Labels;

fn labels(locale: Locale) -> Labels {
    Labels {
        copy_code: app::COPY_CODE.get(locale),
        done: app::TASK_DONE.get(locale),
        not_done: app::TASK_NOT_DONE.get(locale),
    }
}

/// A message's text as markdown. While `streaming`, each change re-renders only the last
/// block; when it ends, the whole text is parsed once more and the blocks that differ replaced.
#[component]
pub fn Markdown(
    /// The text so far.
    #[prop(into)]
    text: Signal<String>,
    /// True while more text may come.
    #[prop(into)]
    streaming: Signal<bool>,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    let locale = use_locale();
    let mut rendered: Option<(Mount, Incremental, Locale)> = None;
    Effect::new(move |_| {
        let Some(element) = root.get() else {
            return;
        };
        let locale = locale.get();
        let streaming = streaming.get();
        let (blocks, incremental, shown_in) = rendered
            .get_or_insert_with(|| (Mount::new(element.into()), Incremental::default(), locale));
        let labels = labels(locale);
        text.with(|text| {
            let update = if streaming && *shown_in == locale {
                incremental.update(text, &labels)
            } else {
                incremental.complete(text, &labels)
            };
            blocks.show(update.from, update.blocks);
        });
        *shown_in = locale;
    });
    // One listener for every copy button of the message's code blocks.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Ok(Some(button)) = target.closest("[data-copy=code]") else {
            return;
        };
        let code = button
            .closest(".sr-md-code")
            .ok()
            .flatten()
            .and_then(|block| block.query_selector("code").ok().flatten())
            .and_then(|code| code.text_content())
            .unwrap_or_default();
        let locale = locale.get_untracked();
        clipboard::copy_with_feedback(
            code,
            button,
            app::COPY_CODE.get(locale),
            app::COPIED.get(locale),
        );
    };
    view! { <div class="sr-message__text sr-markdown" node_ref=root on:click=on_click></div> }
}
