//! `cargo xtask bench <what>`: benchmarks print numbers; nothing fails on a time.

use crate::cmd::{command, root, step, Result};
use crate::{e2e, tools};

pub fn run(args: &[String]) -> Result<()> {
    match args.first().map(String::as_str) {
        Some("protocol") => protocol(),
        Some("render") => render(),
        Some("chat") => chat(),
        Some("agent") => crate::bench_agent::run(),
        Some("planner") => planner(),
        Some("odoo") => odoo(),
        _ => Err("usage: cargo xtask bench protocol|render|chat|agent|planner|odoo".to_owned()),
    }
}

/// The built-in planner's intent and slot accuracy per language on the tuned corpus and on the
/// held-out part, side by side, with the time per utterance.
fn planner() -> Result<()> {
    let corpus = root().join("bench/planner/corpus.json");
    let held_out = root().join("bench/planner/held_out.json");
    step(
        "bench planner",
        &mut command(
            "cargo",
            &[
                "run",
                "--release",
                "-q",
                "-p",
                "showroom-agent",
                "--example",
                "planner_bench",
                "--",
                &corpus.to_string_lossy(),
                &held_out.to_string_lossy(),
            ],
        ),
    )
}

/// Each Odoo store tool against the live Odoo in `ODOO_*` (writes only against the big copy of
/// `odoo/live/odoo18-big.sh`): round trips, median and p95 time. Without one it says so.
fn odoo() -> Result<()> {
    step(
        "bench odoo",
        &mut command(
            "cargo",
            &[
                "run",
                "--release",
                "-q",
                "-p",
                "showroom-odoo",
                "--example",
                "odoo_bench",
            ],
        ),
    )
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

/// Builds the app and the `/bench` page and starts the agent serving both.
fn bench_page() -> Result<e2e::Agent> {
    let dist = crate::build::ensure_app()?;
    tools::ensure_browser_test_tools()?;
    // After the app: its build empties dist/, this one fills dist/bench/.
    step(
        "build the /bench page (trunk build bench.html --release)",
        &mut command(
            "trunk",
            &[
                "build",
                "bench.html",
                "--release",
                "--dist",
                "dist/bench",
                "--public-url",
                "/bench/",
            ],
        ),
    )?;
    step(
        "build the agent (release)",
        &mut command("cargo", &["build", "--release", "-p", "showroom-agent"]),
    )?;
    e2e::Agent::start(
        &e2e::target_dir()?.join("release/showroom-agent"),
        &dist,
        None,
    )
}

/// Streaming markdown in Chromium: our `/bench` page and the React anchor's pages
/// (react-markdown, streamdown) in one interleaved run, then our real batched path and the goals.
fn render() -> Result<()> {
    let anchor_source = root().join("../shared/bench/react-anchor");
    if !anchor_source.is_dir() {
        return Err(format!(
            "the React anchor is not at {} (it comes with the shared bench folder)",
            anchor_source.display()
        ));
    }
    // The shared folder may be read-only: the anchor runs from a copy.
    let anchor = root().join("target/react-anchor");
    if !anchor.join("stream-bench/node_modules").is_dir() {
        step(
            "copy the React anchor",
            command("cp", &["-r"])
                .arg(&anchor_source)
                .arg(root().join("target")),
        )?;
        step(
            "install the React anchor (npm run setup)",
            command("npm", &["run", "setup"]).current_dir(&anchor),
        )?;
    }
    let agent = bench_page()?;
    let bench_url = format!("{}/bench/", agent.url);
    let stream_json = anchor.join("results/stream.json");
    step(
        "render bench: react-markdown, streamdown and Showroom, interleaved",
        command(
            "node",
            &[
                "tools/run-stream.mjs",
                "--repeats",
                "3",
                "--texts",
                "1,10,50",
                "--target",
                &format!("showroom={bench_url}"),
                "--out",
            ],
        )
        .arg(&stream_json)
        .env("CHROMIUM_PATH", tools::chromium())
        .current_dir(&anchor),
    )?;
    step(
        "render bench: Showroom's batched path, and the goals",
        command("node", &["bench/render-report.mjs", &bench_url])
            .arg(anchor.join("fixtures"))
            .arg(&stream_json)
            .env("CHROMIUM", tools::chromium())
            .current_dir(root().join("tests")),
    )
}

/// A 1,000-message thread opened and scrolled on `/bench`: open time, longest task, frame gaps.
fn chat() -> Result<()> {
    let agent = bench_page()?;
    step(
        "chat bench: a long thread, opened and scrolled",
        command(
            "node",
            &["bench/chat.mjs", &format!("{}/bench/", agent.url)],
        )
        .env("CHROMIUM", tools::chromium())
        .current_dir(root().join("tests")),
    )
}
