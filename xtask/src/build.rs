//! The release build of the browser app and its `/catalogue` page, skipped when nothing they
//! are built from changed.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::cmd::{command, root, step, Result};
use crate::tools;

/// What the app is built from: a change to any of these rebuilds it.
const INPUTS: &[&str] = &[
    "src",
    "components",
    "protocol",
    "ui",
    "style",
    "public",
    "index.html",
    "catalogue.html",
    "Trunk.toml",
    "Cargo.toml",
    "Cargo.lock",
];

const STAMP: &str = ".xtask-build-stamp";

/// Builds the app in release (wasm-opt included) unless `dist/` is newer than every input.
pub fn ensure_app() -> Result<PathBuf> {
    ensure_app_built().map(|(dist, _)| dist)
}

/// Like [`ensure_app`], and says whether it built (false: `dist/` was up to date).
pub fn ensure_app_built() -> Result<(PathBuf, bool)> {
    let dist = root().join("dist");
    let stamp = dist.join(STAMP);
    if let (Ok(built), Some(newest)) = (modified(&stamp), newest_input()) {
        if built >= newest {
            println!("==> app build: dist/ is up to date, skipped");
            return Ok((dist, false));
        }
    }
    tools::ensure_build_tools()?;
    step(
        "build the app (trunk build --release, wasm-opt -Oz)",
        &mut command("trunk", &["build", "--release"]),
    )?;
    // After the app: its build empties dist/. The gallery is a target of its own (DESIGN "Size").
    step(
        "build the /catalogue page (trunk build catalogue.html --release)",
        &mut command(
            "trunk",
            &[
                "build",
                "catalogue.html",
                "--release",
                "--dist",
                "dist/catalogue",
                "--public-url",
                "/catalogue/",
            ],
        ),
    )?;
    std::fs::write(&stamp, b"").map_err(|e| format!("{}: {e}", stamp.display()))?;
    Ok((dist, true))
}

fn modified(path: &Path) -> std::io::Result<SystemTime> {
    std::fs::metadata(path)?.modified()
}

fn newest_input() -> Option<SystemTime> {
    let root = root();
    INPUTS
        .iter()
        .filter_map(|input| newest_below(&root.join(input)))
        .max()
}

fn newest_below(path: &Path) -> Option<SystemTime> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name == "target" || name == "node_modules" || name.starts_with('.') {
        return None;
    }
    std::fs::read_dir(path)
        .ok()?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| newest_below(&entry.path()))
        .chain(meta.modified().ok())
        .max()
}
