//! Components that could not be rendered, kept until the next run reports them to the agent as
//! `context: [{ description: "showroom.renderErrors", value }]` (DESIGN "Component contract").

use leptos::prelude::*;
use serde_json::{json, Value};

/// The context entry's description.
pub const RENDER_ERRORS: &str = "showroom.renderErrors";

/// Render failures not yet reported; provided once by the app.
#[derive(Clone, Copy)]
pub struct RenderErrors(StoredValue<Vec<Value>>);

impl RenderErrors {
    pub fn provide() -> RenderErrors {
        let errors = RenderErrors(StoredValue::new(Vec::new()));
        provide_context(errors);
        errors
    }

    /// Records one failure; a component rendered again (a reload, a re-render) is kept once.
    pub fn record(&self, message_id: &str, activity_type: &str, error: &str) {
        let entry =
            json!({ "messageId": message_id, "activityType": activity_type, "error": error });
        self.0.update_value(|errors| {
            if !errors.contains(&entry) {
                errors.push(entry);
            }
        });
    }

    /// Everything recorded since the last call, as the context value (JSON text), or nothing.
    pub fn take(&self) -> Option<String> {
        let errors = self.0.try_update_value(std::mem::take).unwrap_or_default();
        (!errors.is_empty()).then(|| Value::Array(errors).to_string())
    }
}
