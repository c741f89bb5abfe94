//! The Showroom browser app (Leptos, client-side rendered, built by Trunk).
//!
//! - [`app::App`]: router, theme and language around the chat.
//! - [`chat`]: the chat page: [`chat::ChatStore`] (the thread, reduced from AG-UI events),
//!   the streaming client, the thread view and the composer.
//! - [`config::AppConfig`]: `public/config.json`, read at start: which agent to talk to.
//! - [`i18n`]: the app's strings in English, Dutch and German.
//! - [`catalogue_page`]: `/catalogue`, every component in every sample state (own target).
//! - [`markdown`]: assistant text as safe markdown, rendered block by block as it streams.

pub mod app;
pub mod bench_page;
pub mod catalogue_page;
pub mod chat;
mod clipboard;
pub mod config;
pub mod i18n;
pub mod markdown;
pub mod theme;
pub mod timer;

/// Mounts the app on `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(app::App);
}
