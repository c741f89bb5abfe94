//! Planners decide what to say and which tools to call for one turn.

mod account;
pub mod corpus;
mod cues;
pub mod dates;
mod filters;
pub mod intent;
pub mod lexicon;
pub mod llm;
mod numbers;
pub(crate) mod phrases;
mod products;
pub mod reading;
mod rules;
mod script;
pub mod slots;
mod vocabulary;

pub use llm::{LlmConfig, LlmPlanner};
pub use rules::RulesPlanner;
pub use script::ScriptPlanner;

use async_trait::async_trait;
use showroom_commerce::CommerceError;

use crate::run::RunWriter;
pub use crate::turn::{ComponentAction, Turn};

#[async_trait]
pub trait Planner: Send + Sync {
    /// Writes the answer to `turn` (text, tool calls, components) into `out`.
    async fn respond(&self, turn: &Turn, out: &mut RunWriter) -> Result<(), CommerceError>;
}
