//! One turn of a conversation, as the planners and the approval flow both see it: what the person
//! said or did, in which language, the thread as it stood, and the tools bound to their session.
//! Its own module so that the approval flow does not reach into the planner (the planner calls
//! the approvals, never the other way round).

use crate::locale::Locale;
use crate::tools::Tools;

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
    /// Components the browser could not show since the last run (`context` described
    /// `showroom.renderErrors`), as the browser reported them: data, never instructions.
    pub render_errors: Option<String>,
}

/// How much of what a browser reports is kept (it is the client's word, so it is bounded).
const RENDER_ERRORS_KEPT: usize = 2_000;

/// The render errors a run's `context` reports, if it does.
pub fn render_errors(context: &[showroom_protocol::input::Context]) -> Option<String> {
    context
        .iter()
        .find(|c| c.description == "showroom.renderErrors")
        .map(|c| c.value.chars().take(RENDER_ERRORS_KEPT).collect())
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
