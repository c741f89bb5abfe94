//! Running commands: timed steps, the repository root, PATH with our tools on it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

pub type Result<T> = std::result::Result<T, String>;

/// The repository root: the nearest directory, from where `cargo xtask` was run, that holds
/// `xtask/Cargo.toml`. Found at run time, not compiled in: checkouts that share a target dir
/// share the `target/debug/xtask` binary too.
pub fn root() -> PathBuf {
    let start = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    start
        .ancestors()
        .find(|dir| dir.join("xtask/Cargo.toml").is_file())
        .map(Path::to_path_buf)
        .unwrap_or(start)
}

/// PATH with cargo's bin and the npm build tools (wasm-opt) first.
pub fn tool_path() -> String {
    let home = std::env::var("HOME").unwrap_or_default();
    let npm_bin = root().join("xtask/npm/node_modules/.bin");
    let current = std::env::var("PATH").unwrap_or_default();
    format!("{}:{home}/.cargo/bin:{current}", npm_bin.display())
}

/// A command run from the repository root with our PATH.
pub fn command(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(root())
        .env("PATH", tool_path());
    command
}

/// `cargo fmt --all`, and the files it cannot find by itself: the component payloads and views,
/// declared by build scripts (`include!`), which rustfmt does not follow. `check`: only report.
pub fn fmt(check: bool) -> Command {
    let mut files: Vec<String> = Vec::new();
    for dir in ["protocol/src/payload", "components/src/views"] {
        if let Ok(entries) = std::fs::read_dir(root().join(dir)) {
            files.extend(
                entries
                    .filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .filter(|name| name.ends_with(".rs"))
                    .map(|name| format!("{dir}/{name}")),
            );
        }
    }
    files.sort();
    let mut args = vec!["fmt", "--all", "--"];
    if check {
        args.push("--check");
    }
    args.extend(files.iter().map(String::as_str));
    command("cargo", &args)
}

/// Runs a named step, printing its start and duration; fails on a non-zero exit.
pub fn step(name: &str, command: &mut Command) -> Result<()> {
    let started = announce(name);
    let status = command
        .status()
        .map_err(|e| format!("{name}: cannot start: {e}"))?;
    finish(name, started, status.success())
}

/// Like [`step`], but also hands every output line to `on_line` (the output still shows).
pub fn step_reading(
    name: &str,
    command: &mut Command,
    mut on_line: impl FnMut(&str),
) -> Result<bool> {
    let started = announce(name);
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{name}: cannot start: {e}"))?;
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
            println!("{line}");
            on_line(&line);
        }
    }
    let ok = child.wait().map_err(|e| e.to_string())?.success();
    let _ = finish(name, started, ok);
    Ok(ok)
}

pub fn announce(name: &str) -> Instant {
    println!("==> {name}");
    Instant::now()
}

pub fn finish(name: &str, started: Instant, ok: bool) -> Result<()> {
    let seconds = started.elapsed().as_secs_f64();
    if ok {
        println!("<== {name}: ok in {seconds:.1} s");
        Ok(())
    } else {
        println!("<== {name}: FAILED after {seconds:.1} s");
        Err(format!("{name} failed"))
    }
}

/// The first line a program prints for `args`, if it runs at all.
pub fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let output = command(program, args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}
