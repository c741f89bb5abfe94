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
//! last built, and when that changes, the watched files are touched: the scripts run again.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::cmd::root;
use crate::e2e::target_dir;

type Result<T> = std::result::Result<T, String>;

/// What our build scripts watch.
const WATCHED: &[&str] = &[
    "protocol/src/payload",
    "components/src/views",
    "components/samples",
    "i18n/locales",
];

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
    for dir in WATCHED {
        touch_all(&here.join(dir)).map_err(|e| format!("touching {dir}: {e}"))?;
    }
    std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    std::fs::write(&marker, here.to_string_lossy().as_bytes())
        .map_err(|e| format!("{}: {e}", marker.display()))
}

/// Sets the modification time of every file below `dir` to now.
fn touch_all(dir: &Path) -> std::io::Result<()> {
    let now = SystemTime::now();
    let mut pending: Vec<PathBuf> = vec![dir.to_owned()];
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path)? {
                pending.push(entry?.path());
            }
        } else {
            std::fs::File::options()
                .write(true)
                .open(&path)?
                .set_modified(now)?;
        }
    }
    Ok(())
}
