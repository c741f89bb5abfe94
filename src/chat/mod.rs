//! The chat: a page made of the thread view and the composer, fed by the streaming client.

mod client;
mod composer;
mod page;
mod store;
mod thread_view;

pub use client::{follow_thread, stream_run, ClientError};
pub use composer::Composer;
pub use page::ChatPage;
pub use store::{ChatStore, MessageView, RunView};
pub use thread_view::ThreadView;
