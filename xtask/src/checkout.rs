//! One target directory shared by checkouts at different paths (CI's cache under `$HOME`, git
//! worktrees) must not build one checkout with another's generated code.
//!
//! Cargo keys a workspace's build units by paths relative to the workspace, so a second
//! checkout reuses the first one's build-script output. Our build scripts generate code from
//! the checkout's files — two declare modules by absolute path (`protocol/build.rs`: the
//! payloads; `components/build.rs`: the views and samples), one compiles the catalogues
//! (`i18n/build.rs`) — and cargo runs them again only when a file they watch is newer than their
//! last run: in an older checkout it is not, and the build uses the other checkout's code (or
//! fails when it is gone). So before building, the target directory remembers which checkout it
//! last built, and when that changes, those packages' outputs are cleaned: the scripts run
//! again.

use crate::cmd::root;
use crate::e2e::target_dir;

type Result<T> = std::result::Result<T, String>;

/// The packages whose build scripts generate code from the checkout.
const GENERATING: &[&str] = &["showroom-protocol", "showroom-components", "showroom-i18n"];

/// Makes our build scripts run again when this target directory last built another checkout.
pub fn claim_target_dir() -> Result<()> {
    let target = target_dir()?;
    let marker = target.join("showroom-checkout");
    let here = root().canonicalize().map_err(|e| format!("{e}"))?;
    let last = std::fs::read_to_string(&marker).ok();
    if last.as_deref() == Some(here.to_string_lossy().as_ref()) {
        return Ok(());
    }
    // Unknown (a target directory from before this marker) counts as another checkout.
    println!(
        "the target directory last built {}; the generated module lists are made again for {}",
        last.as_deref().unwrap_or("an unknown checkout"),
        here.display()
    );
    // Their outputs are dropped, so cargo builds them again from this checkout.
    let mut clean = vec!["clean"];
    for package in GENERATING {
        clean.extend(["-p", package]);
    }
    let status = crate::cmd::command("cargo", &clean)
        .current_dir(&here)
        .status()
        .map_err(|e| format!("cargo clean: {e}"))?;
    if !status.success() {
        return Err(format!("cargo clean {GENERATING:?} failed"));
    }
    std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    std::fs::write(&marker, here.to_string_lossy().as_bytes())
        .map_err(|e| format!("{}: {e}", marker.display()))
}
