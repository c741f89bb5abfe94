//! The chat: a page made of the thread view and the composer, fed by the streaming client.

mod client;
mod composer;
mod draft;
mod empty_state;
mod page;
mod sidebar;
mod store;
mod thread_view;
mod threads_api;

pub use client::{follow_thread, stream_run, ClientError};
pub use composer::Composer;
pub use page::{ChatPage, NewThread, ThreadRoute};
pub use sidebar::Sidebar;
pub use store::{ChatStore, MessageView, RunView};
pub use thread_view::{MessageActions, ThreadView, ThreadWindow};

use leptos::prelude::*;

/// Bumped when the session's threads may have changed (a run ended, one was renamed or
/// deleted), so the sidebar reads them again.
#[derive(Clone, Copy)]
pub struct ThreadsChanged(RwSignal<u32>);

impl ThreadsChanged {
    pub fn provide() -> ThreadsChanged {
        let changed = ThreadsChanged(RwSignal::new(0));
        provide_context(changed);
        changed
    }

    pub fn expect() -> ThreadsChanged {
        expect_context()
    }

    pub fn bump(self) {
        self.0.update(|n| *n += 1);
    }

    /// Subscribes the caller to changes.
    pub fn track(self) {
        self.0.track();
    }
}

/// Threads this tab made under `/` and has not sent anything in yet: there is nothing on the
/// server to load for them (and asking would only be a 404).
#[derive(Clone, Copy)]
pub struct FreshThreads(StoredValue<std::collections::HashSet<String>>);

impl FreshThreads {
    pub fn provide() {
        provide_context(FreshThreads(StoredValue::new(Default::default())));
    }

    pub fn expect() -> FreshThreads {
        expect_context()
    }

    pub fn add(self, id: String) {
        self.0.update_value(|ids| {
            ids.insert(id);
        });
    }

    pub fn contains(self, id: &str) -> bool {
        self.0.with_value(|ids| ids.contains(id))
    }
}
