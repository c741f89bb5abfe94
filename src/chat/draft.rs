//! What a person has typed but not sent, kept per thread for the browser tab's life
//! (sessionStorage), so a reload loses nothing.

use leptos::prelude::window;

fn draft_key(thread_id: &str) -> String {
    format!("showroom.draft.{thread_id}")
}

pub fn saved_draft(thread_id: &str) -> Option<String> {
    window()
        .session_storage()
        .ok()??
        .get_item(&draft_key(thread_id))
        .ok()?
}

pub fn save_draft(thread_id: &str, text: &str) {
    if let Ok(Some(storage)) = window().session_storage() {
        let _ = if text.is_empty() {
            storage.remove_item(&draft_key(thread_id))
        } else {
            storage.set_item(&draft_key(thread_id), text)
        };
    }
}
