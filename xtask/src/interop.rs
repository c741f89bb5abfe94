//! The Python side of the interop tests, in a venv under `target/` pinned by
//! `tests/interop/requirements.txt`: `ag-ui-validate` (PyPI), the AG-UI conformance validator, run
//! against the live agent and a recorded stream of ours; and pydantic-ai, whose AG-UI server the
//! browser tests point the app at.

use std::path::PathBuf;

use crate::cmd::{command, root, step, Result};

fn venv() -> PathBuf {
    root().join("target/interop-venv")
}

/// The venv's Python, with the requirements installed (again when they changed).
pub fn ensure_python() -> Result<PathBuf> {
    let venv = venv();
    let python = venv.join("bin/python");
    let requirements = root().join("tests/interop/requirements.txt");
    let stamp = venv.join(".installed");
    let modified = |path: &PathBuf| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    if python.exists() && modified(&stamp) >= modified(&requirements) {
        return Ok(python);
    }
    step(
        "create a Python venv for the interop tests",
        command("python3", &["-m", "venv"]).arg(&venv),
    )?;
    step(
        "install ag-ui-validate and pydantic-ai (PyPI)",
        command(
            &venv.join("bin/pip").to_string_lossy(),
            &["install", "-q", "-r"],
        )
        .arg(&requirements),
    )?;
    std::fs::write(&stamp, b"").map_err(|e| format!("{}: {e}", stamp.display()))?;
    Ok(python)
}

/// Validates the live agent at `base_url` and the recorded stream; returns (passed, failed).
pub fn validate(base_url: &str) -> Result<(u64, u64)> {
    let validator = venv().join("bin/ag-ui-validate");
    let validator = validator.to_string_lossy();
    let targets = [
        format!("{base_url}/api/agent"),
        root()
            .join("protocol/tests/streams/compare.sse")
            .to_string_lossy()
            .into_owned(),
    ];
    let (mut passed, mut failed) = (0, 0);
    for target in &targets {
        let ok = step(
            &format!("ag-ui-validate {target}"),
            &mut command(&validator, &["--no-color", target]),
        )
        .is_ok();
        if ok {
            passed += 1;
        } else {
            failed += 1;
        }
    }
    Ok((passed, failed))
}
