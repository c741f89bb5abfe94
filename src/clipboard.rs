//! Copying text for the person, with a word of feedback on the button they pressed.

use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

/// How long a button says "Copied" before it reads as before.
const FEEDBACK_MS: i32 = 1500;

/// Copies `text`; true when the browser took it.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// Copies `text` and shows `done` on `button` for a moment, then `label` again.
pub fn copy_with_feedback(
    text: String,
    button: web_sys::Element,
    label: &'static str,
    done: &'static str,
) {
    spawn_local(async move {
        if copy(&text).await {
            button.set_text_content(Some(done));
            crate::timer::sleep(FEEDBACK_MS).await;
            button.set_text_content(Some(label));
        }
    });
}
