//! `cargo deny` in `cargo xtask test`: every dependency's licence is one we accept, and a crate
//! compiled in two versions is one we know of (each costs build time, and in the browser app,
//! bytes). The licence and ban checks read Cargo.lock and the crates' manifests only; the
//! advisory database (fetched from the network) is not consulted.

use crate::cmd::{command, output_of, step, Result};

const CARGO_DENY_REQUIREMENT: &str = "^0.20";

/// Installs cargo-deny when missing, then checks licences and duplicate versions (`deny.toml`).
pub fn check() -> Result<()> {
    if !output_of("cargo", &["deny", "--version"])
        .is_some_and(|v| v.starts_with("cargo-deny 0.20."))
    {
        step(
            "install cargo-deny ^0.20 (compiles for a few minutes, once)",
            &mut command(
                "cargo",
                &[
                    "install",
                    "cargo-deny",
                    "--version",
                    CARGO_DENY_REQUIREMENT,
                    "--locked",
                ],
            ),
        )?;
    }
    // cargo-deny reads every crate's manifest for every platform (Windows-only crates too),
    // which a build for this machine never downloads: fetch them first from crates.io (a no-op
    // once they are here), then check offline.
    step(
        "cargo fetch --locked (every platform's crates, for their manifests)",
        &mut command("cargo", &["fetch", "--locked"]),
    )?;
    step(
        "cargo deny check licenses bans",
        &mut command("cargo", &["deny", "--offline", "check", "licenses", "bans"]),
    )
}
