//! Installs what a fresh machine lacks, and skips what is there.

use std::path::Path;

use crate::cmd::{command, output_of, root, step, Result};

const TRUNK_REQUIREMENT: &str = "^0.21";
const WASM_OPT_VERSION: &str = "version_132";
const CHROMIUM: &str = "/usr/bin/chromium";

/// Everything the release app build needs.
pub fn ensure_build_tools() -> Result<()> {
    ensure_wasm_target()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()?;
    ensure_wasm_opt()
}

fn ensure_wasm_target() -> Result<()> {
    let installed = output_of("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    step(
        "install rustup target wasm32-unknown-unknown",
        &mut command("rustup", &["target", "add", "wasm32-unknown-unknown"]),
    )
}

fn ensure_trunk() -> Result<()> {
    if output_of("trunk", &["--version"]).is_some_and(|v| v.starts_with("trunk 0.21.")) {
        return Ok(());
    }
    step(
        "install trunk ^0.21 (compiles for about 10 to 20 minutes, once)",
        &mut command(
            "cargo",
            &[
                "install",
                "trunk",
                "--version",
                TRUNK_REQUIREMENT,
                "--locked",
            ],
        ),
    )
}

/// The wasm-bindgen version Cargo.lock pins; the CLI must be exactly that.
pub fn locked_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".to_owned())
}

fn ensure_wasm_bindgen() -> Result<()> {
    let version = locked_wasm_bindgen()?;
    if output_of("wasm-bindgen", &["--version"])
        .is_some_and(|v| v == format!("wasm-bindgen {version}"))
    {
        return Ok(());
    }
    // Not --locked: wasm-bindgen-cli's own lock file does not build on current toolchains.
    step(
        &format!("install wasm-bindgen-cli {version} (compiles for a few minutes, once)"),
        &mut command(
            "cargo",
            &[
                "install",
                "wasm-bindgen-cli",
                "--version",
                &version,
                "--force",
            ],
        ),
    )
}

fn ensure_wasm_opt() -> Result<()> {
    let wasm_opt = root().join("xtask/npm/node_modules/.bin/wasm-opt");
    let path = wasm_opt.to_string_lossy();
    if output_of(&path, &["--version"]).is_some_and(|v| v.contains(WASM_OPT_VERSION)) {
        return Ok(());
    }
    ensure_node()?;
    step(
        "install wasm-opt (npm binaryen 132)",
        command("npm", &["ci", "--no-audit", "--no-fund"]).current_dir(root().join("xtask/npm")),
    )
}

fn ensure_node() -> Result<()> {
    if output_of("npm", &["--version"]).is_some() {
        return Ok(());
    }
    apt_install(&["nodejs", "npm"])
}

/// Chromium for the browser tests, and the test runner's npm packages.
pub fn ensure_browser_test_tools() -> Result<()> {
    if !Path::new(CHROMIUM).exists() {
        apt_install(&["chromium", "chromium-driver"])?;
    }
    ensure_node()?;
    let tests = root().join("tests");
    if !needs_npm_ci(&tests) {
        return Ok(());
    }
    step(
        "install test packages (npm ci in tests/)",
        command("npm", &["ci", "--no-audit", "--no-fund"]).current_dir(tests),
    )
}

/// True when `dir/node_modules` is missing or older than `dir/package-lock.json`.
fn needs_npm_ci(dir: &Path) -> bool {
    let modified = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let installed = modified(&dir.join("node_modules/.package-lock.json"));
    let locked = modified(&dir.join("package-lock.json"));
    match (installed, locked) {
        (Some(installed), Some(locked)) => installed < locked,
        _ => true,
    }
}

fn apt_install(packages: &[&str]) -> Result<()> {
    let is_root = output_of("id", &["-u"]).as_deref() == Some("0");
    if !is_root {
        return Err(format!(
            "please install the Debian packages {} (needs root)",
            packages.join(" ")
        ));
    }
    step("apt-get update", &mut command("apt-get", &["update", "-q"]))?;
    let mut args = vec!["install", "-y", "-q", "--no-install-recommends"];
    args.extend_from_slice(packages);
    step(
        &format!("install {}", packages.join(" ")),
        command("apt-get", &args).env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

pub fn chromium() -> &'static str {
    CHROMIUM
}
