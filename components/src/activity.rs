use leptos::prelude::*;
use serde_json::Value;

use crate::fallback::Fallback;
use crate::registry::{is_showroom_type, render_activity};
use crate::render_errors::RenderErrors;

crate::texts! {
    OTHER_ACTIVITY = "Activity", "Activiteit", "Aktivität";
}

/// Renders one activity message: its catalogue view, a fallback card when that fails (recorded
/// for the agent when the app provides [`RenderErrors`]), or a compact line for another agent's
/// activity type (never an error).
#[component]
pub fn Activity(
    /// The activity message's id, named when a failure is reported.
    #[prop(optional, into)]
    message_id: String,
    /// The message's `activityType`.
    #[prop(into)]
    activity_type: String,
    /// The message's `content`.
    content: Value,
) -> impl IntoView {
    if !is_showroom_type(&activity_type) {
        let label = OTHER_ACTIVITY.tr();
        return view! {
            <p class="sr-activity-other" data-testid="activity-other">
                <span class="sr-activity-other__label">{label}</span>
                ": "
                {activity_type}
            </p>
        }
        .into_any();
    }
    match render_activity(&activity_type, &content) {
        Ok(view) => view,
        Err(error) => {
            let error = error.to_string();
            if let Some(errors) = use_context::<RenderErrors>() {
                errors.record(&message_id, &activity_type, &error);
            }
            view! { <Fallback activity_type error /> }.into_any()
        }
    }
}
