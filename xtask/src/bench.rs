//! `cargo xtask bench <what>`: benchmarks print numbers; nothing fails on a time.

use crate::cmd::{command, root, step, Result};
use crate::{e2e, tools};

pub fn run(args: &[String]) -> Result<()> {
    match args.first().map(String::as_str) {
        Some("protocol") => protocol(),
        _ => Err("usage: cargo xtask bench protocol".to_owned()),
    }
}

/// Decode + reduce, natively and as wasm in Chromium, printed side by side in one run.
fn protocol() -> Result<()> {
    step(
        "bench protocol, native",
        &mut command("cargo", &["run", "--release", "-q", "-p", "showroom-bench"]),
    )?;
    tools::ensure_build_tools()?;
    tools::ensure_browser_test_tools()?;
    step(
        "build the bench as wasm",
        &mut command(
            "cargo",
            &[
                "build",
                "--release",
                "--lib",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "showroom-bench",
            ],
        ),
    )?;
    let wasm = e2e::target_dir()?.join("wasm32-unknown-unknown/release/showroom_bench.wasm");
    let out = root().join("target/bench-wasm");
    step(
        "wasm-bindgen the bench",
        command(
            "wasm-bindgen",
            &["--target", "web", "--no-typescript", "--out-dir"],
        )
        .arg(&out)
        .arg(&wasm),
    )?;
    step(
        "bench protocol, wasm in Chromium",
        command("node", &["bench/protocol-wasm.mjs"])
            .arg(&out)
            .current_dir(root().join("tests")),
    )
}
