//! Planners decide what to say and which tools to call for one turn.

mod account;
pub mod corpus;
pub mod dates;
pub mod intent;
pub mod llm;
pub(crate) mod phrases;
pub mod reading;
mod rules;
mod script;
mod vocabulary;

pub use llm::{LlmConfig, LlmPlanner};
pub use rules::RulesPlanner;
pub use script::ScriptPlanner;

use async_trait::async_trait;

use crate::locale::Locale;
use crate::run::RunWriter;
use crate::tools::Tools;
use showroom_commerce::CommerceError;

/// One turn: what the person said, in which language, and the tools bound to their session.
pub struct Turn {
    pub text: String,
    pub locale: Locale,
    pub tools: Tools,
    /// The thread as it stood before this turn (its components: a draft quote to add to).
    pub thread: showroom_protocol::reducer::Thread,
    /// Answers to the approvals the thread was waiting on, checked against it; a new message
    /// while one waits answers it `cancelled`.
    pub resume: Vec<showroom_protocol::input::Resume>,
    /// What the person did in a component that needs a run (choosing a time to book): from
    /// `forwardedProps.showroom.action`, checked against the thread.
    pub action: Option<ComponentAction>,
}

/// A control used in a component, carried by a run because it leads to an approval.
#[derive(Clone, Debug, PartialEq)]
pub struct ComponentAction {
    pub name: showroom_protocol::Action,
    pub message_id: String,
    pub args: serde_json::Value,
}

impl Turn {
    /// True when the person said something this turn (a turn may only answer an approval).
    pub fn has_text(&self) -> bool {
        !self.text.trim().is_empty()
    }
}

#[async_trait]
pub trait Planner: Send + Sync {
    /// Writes the answer to `turn` (text, tool calls, components) into `out`.
    async fn respond(&self, turn: &Turn, out: &mut RunWriter) -> Result<(), CommerceError>;
}
