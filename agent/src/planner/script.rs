//! A bench-only planner: every run replays the AG-UI load benchmark's script
//! (`../shared/bench/agui-load/script.json`: text in chunks, a tool call, an activity), through
//! the whole stack (session, thread log, persistence, the run writer's pacing), so our server is
//! measured on exactly the events the reference servers send. `cargo xtask bench agent` uses it.

use async_trait::async_trait;
use serde::Deserialize;
use serde_json::Value;

use super::{Planner, Turn};
use crate::run::RunWriter;
use crate::tools::{emit_tool_call, ToolOutput, COMPARE_PRODUCTS};
use showroom_commerce::CommerceError;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Script {
    text: String,
    chunk_chars: usize,
    tool: ScriptTool,
    activity: ScriptActivity,
}

#[derive(Debug, Deserialize)]
struct ScriptTool {
    args: String,
    result: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ScriptActivity {
    activity_type: String,
    content: Value,
}

pub struct ScriptPlanner {
    script: Script,
    activity_type: &'static str,
    /// The tool's arguments and result, read once (a model's would differ per run).
    args: Value,
    result: Value,
}

impl ScriptPlanner {
    pub fn load(path: &std::path::Path) -> std::io::Result<ScriptPlanner> {
        let text = std::fs::read_to_string(path)?;
        let script: Script = serde_json::from_str(&text)
            .map_err(|e| std::io::Error::other(format!("{}: {e}", path.display())))?;
        // Leaked once at start: a component's type is `&'static str` in a tool's output.
        let activity_type = Box::leak(script.activity.activity_type.clone().into_boxed_str());
        let args = serde_json::from_str(&script.tool.args).unwrap_or(Value::Null);
        let result = serde_json::from_str(&script.tool.result).unwrap_or(Value::Null);
        Ok(ScriptPlanner {
            script,
            activity_type,
            args,
            result,
        })
    }
}

#[async_trait]
impl Planner for ScriptPlanner {
    async fn respond(&self, _turn: &Turn, out: &mut RunWriter) -> Result<(), CommerceError> {
        let text = &self.script.text;
        let step = self.script.chunk_chars.max(1);
        let pieces = (0..text.len())
            .step_by(step)
            .map(|at| &text[at..(at + step).min(text.len())]);
        let message_id = out.say_in(pieces).await;
        let output = ToolOutput {
            result: self.result.clone(),
            component: Some((self.activity_type, self.script.activity.content.clone())),
        };
        emit_tool_call(out, &message_id, COMPARE_PRODUCTS, &self.args, &output).await;
        Ok(())
    }
}
