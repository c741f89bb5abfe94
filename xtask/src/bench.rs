//! `cargo xtask bench <what>`: benchmarks print numbers; nothing fails on a time.

use crate::cmd::{command, step, Result};

pub fn run(args: &[String]) -> Result<()> {
    match args.first().map(String::as_str) {
        Some("protocol") => step(
            "bench protocol (native)",
            &mut command(
                "cargo",
                &[
                    "run",
                    "--release",
                    "-q",
                    "-p",
                    "showroom-protocol",
                    "--example",
                    "bench",
                ],
            ),
        ),
        _ => Err("usage: cargo xtask bench protocol".to_owned()),
    }
}
