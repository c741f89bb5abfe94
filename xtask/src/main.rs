//! `cargo xtask <command>`: the project's own build and test driver.
//!
//! - `demo`: installs what is missing, builds the app, serves it on the demo store.
//! - `test`: formatting, lints, unit tests, a release app build, browser tests; ends with one
//!   line `N passed, N failed`. `--shift-clock +365d` runs the test programs with the machine's
//!   clock moved (libfaketime), to show that no test depends on the day it runs.
//! - `size`: the brotli size of the shopper's first load.
//! - `bench <what>`: benchmarks that print numbers (never timed assertions).
//! - `schemas`: writes the component payloads' JSON Schemas to `components/schemas/` (a test
//!   does it too).
//! - `fmt`: `cargo fmt --all`, plus the payload and view modules that build scripts declare.
//!
//! Each step prints what it does and how long it took.

mod bench;
mod bench_agent;
mod build;
mod checkout;
mod cmd;
mod deny;
mod e2e;
mod interop;
mod size;
mod stalls;
mod tools;

use std::process::ExitCode;

const USAGE: &str =
    "usage: cargo xtask <demo [--port N] | test [--shift-clock OFFSET] | size | fmt | schemas | bench protocol|render|chat|agent|planner|odoo>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("demo") => e2e::demo(&args[1..]),
        Some("test") => e2e::test(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("fmt") => cmd::step(
            "cargo fmt --all (and the modules build scripts declare)",
            &mut cmd::fmt(false),
        ),
        Some("schemas") => cmd::step(
            "export the payload schemas to components/schemas/",
            cmd::command(
                "cargo",
                &[
                    "run",
                    "-q",
                    "-p",
                    "showroom-protocol",
                    "--features",
                    "schemars",
                    "--example",
                    "export_schemas",
                    "--",
                    "components/schemas",
                ],
            )
            .current_dir(cmd::root()),
        ),
        Some("size") => build::ensure_app()
            .and_then(|dist| size::report(&dist))
            .map(|_| ()),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
