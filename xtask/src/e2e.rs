//! `demo` and `test`: the agent serving the built app, and the browser tests against it.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use crate::build::{ensure_app, ensure_app_built};
use crate::cmd::{command, root, step, step_reading, Result};
use crate::{interop, size, tools};

/// `cargo xtask demo [--port N]`: build what is missing, then become the agent (Ctrl-C stops it).
pub fn demo(args: &[String]) -> Result<()> {
    let port = match args {
        [] => std::env::var("PORT").unwrap_or_else(|_| "8080".to_owned()),
        [flag, port] if flag == "--port" => port.clone(),
        _ => return Err("usage: cargo xtask demo [--port N]".to_owned()),
    };
    crate::checkout::claim_target_dir()?;
    let (dist, built) = ensure_app_built()?;
    if built {
        size::report(&dist)?;
    }
    step(
        "build the agent (release)",
        &mut command("cargo", &["build", "--release", "-p", "showroom-agent"]),
    )?;
    let agent = target_dir()?.join("release/showroom-agent");
    println!("\nShowroom runs on the embedded demo store: open http://127.0.0.1:{port}/  (Ctrl-C stops it)\n");
    let mut agent = Command::new(agent);
    agent.args(["--port", &port, "--dist"]).arg(&dist);
    exec(agent)
}

#[cfg(unix)]
fn exec(mut command: Command) -> Result<()> {
    use std::os::unix::process::CommandExt;
    Err(format!("cannot start the agent: {}", command.exec()))
}

#[cfg(not(unix))]
fn exec(mut command: Command) -> Result<()> {
    let status = command.status().map_err(|e| e.to_string())?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| "the agent failed".to_owned())
}

/// Test counts from every runner, and steps that failed outright.
#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
    broken_steps: Vec<String>,
}

impl Tally {
    fn step(&mut self, result: Result<()>) -> bool {
        match result {
            Ok(()) => true,
            Err(message) => {
                self.broken_steps.push(message);
                false
            }
        }
    }

    /// Reads cargo's `test result: ok. 3 passed; 0 failed; ...` and TAP's `# pass 3` / `# fail 0`.
    fn read(&mut self, line: &str) {
        let number_before = |word: &str| {
            line.split([';', '.']).find_map(|part| {
                part.trim()
                    .strip_suffix(word)
                    .and_then(|n| n.trim().parse::<u64>().ok())
            })
        };
        if line.starts_with("test result:") {
            self.passed += number_before(" passed").unwrap_or(0);
            self.failed += number_before(" failed").unwrap_or(0);
        } else if let Some(n) = line.strip_prefix("# pass ") {
            self.passed += n.trim().parse::<u64>().unwrap_or(0);
        } else if let Some(n) = line.strip_prefix("# fail ") {
            self.failed += n.trim().parse::<u64>().unwrap_or(0);
        }
    }
}

/// `cargo xtask test [--shift-clock OFFSET]`: every check, every test; one closing line
/// `N passed, N failed`.
pub fn test(args: &[String]) -> Result<()> {
    let shift = match args {
        [] => None,
        [flag, offset] if flag == "--shift-clock" => Some(ClockShift::new(offset)?),
        _ => return Err("usage: cargo xtask test [--shift-clock OFFSET]".to_owned()),
    };
    crate::checkout::claim_target_dir()?;
    let started = Instant::now();
    let mut tally = Tally::default();
    tally.step(step(
        "cargo fmt --check (and the modules build scripts declare)",
        &mut crate::cmd::fmt(true),
    ));
    tally.step(step(
        "cargo clippy --all-targets -D warnings",
        &mut command(
            "cargo",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ),
    ));
    // The browser-only code (`cfg(target_arch = "wasm32")`) is linted where it is compiled.
    tally.step(step(
        "cargo clippy --target wasm32-unknown-unknown -D warnings (the app and its crates)",
        &mut command(
            "cargo",
            &[
                "clippy",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "showroom",
                "-p",
                "showroom-components",
                "-p",
                "showroom-protocol",
                "-p",
                "showroom-ui",
                "--lib",
                "--bins",
                "--",
                "-D",
                "warnings",
            ],
        ),
    ));
    tally.step(crate::deny::check());
    // Every test binary runs, so the closing line counts every test, not those before the first
    // binary that failed.
    let mut unit = command("cargo", &["test", "--workspace", "--no-fail-fast"]);
    if let Some(shift) = &shift {
        shift.run_test_binaries(&mut unit);
    }
    let ok = step_reading("cargo test (unit and integration)", &mut unit, |line| {
        tally.read(line)
    })?;
    if !ok && tally.failed == 0 {
        tally
            .broken_steps
            .push("cargo test did not build or run".to_owned());
    }
    let browser = browser_tests(&mut tally, shift.as_ref());
    tally.step(browser);
    for broken in &tally.broken_steps {
        println!("failed step: {broken}");
    }
    let failed = tally.failed + tally.broken_steps.len() as u64;
    println!("xtask test took {:.0} s", started.elapsed().as_secs_f64());
    println!("{} passed, {} failed", tally.passed, failed);
    if failed > 0 {
        return Err("some checks failed".to_owned());
    }
    Ok(())
}

fn browser_tests(tally: &mut Tally, shift: Option<&ClockShift>) -> Result<()> {
    let dist = ensure_app()?;
    tally.step(size::report(&dist).map(|_| ()));
    step(
        "build the agent",
        &mut command("cargo", &["build", "-p", "showroom-agent"]),
    )?;
    tools::ensure_browser_test_tools()?;
    let python = interop::ensure_python()?;
    let agent = Agent::start(&target_dir()?.join("debug/showroom-agent"), &dist, shift)?;
    let screenshots = root().join("target/e2e");
    std::fs::create_dir_all(&screenshots).map_err(|e| e.to_string())?;
    let node_args = [
        "--test",
        "--test-reporter=tap",
        "--test-concurrency=1",
        "e2e/",
        "interop/",
    ];
    let mut node = match shift {
        Some(shift) => shift.command("node", &node_args),
        None => command("node", &node_args),
    };
    node.current_dir(root().join("tests"))
        .env("BASE_URL", &agent.url)
        .env("CHROMIUM", tools::chromium())
        .env("AGUI_PYTHON", &python)
        .env("SCREENSHOT_DIR", &screenshots)
        .env("TEST_NOW", TEST_NOW);
    let ok = step_reading(
        "browser and interop tests (Playwright on Chromium, @ag-ui/client)",
        &mut node,
        |line| tally.read(line),
    )?;
    match interop::validate(&agent.url) {
        Ok((passed, failed)) => {
            tally.passed += passed;
            tally.failed += failed;
        }
        Err(message) => tally.broken_steps.push(message),
    }
    drop(agent);
    if ok {
        Ok(())
    } else {
        Err("browser tests".to_owned())
    }
}

/// When the browser tests take place: the agent's clock starts here (`--clock`) and the pages'
/// clocks stand here (`TEST_NOW`, read by `tests/e2e/support/browser.mjs`), so "december 8" is
/// a coming Tuesday and nothing in the suite depends on the day it runs. A Friday morning.
pub const TEST_NOW: &str = "2026-11-27T09:00:00Z";

/// The agent on a free loopback port, stopped when dropped.
pub struct Agent {
    child: Child,
    database: PathBuf,
    pub url: String,
}

impl Agent {
    pub fn start(binary: &Path, dist: &Path, shift: Option<&ClockShift>) -> Result<Agent> {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("no free port: {e}"))?
            .port();
        // A store of its own for each start, so every run begins empty.
        let database = target_dir()?.join(format!("agent-{port}.db"));
        remove_database(&database);
        let binary = binary.to_string_lossy();
        let mut agent = match shift {
            Some(shift) => shift.command(&binary, &[]),
            None => Command::new(&*binary),
        };
        let child = agent
            .args(["--port", &port.to_string(), "--dist"])
            .arg(dist)
            .arg("--database")
            .arg(format!("sqlite://{}", database.display()))
            // Slow enough that a browser test can stop an answer mid-sentence without racing it.
            .args(["--token-delay-ms", "30"])
            // The same days on any date the tests run: see `TEST_NOW`.
            .args(["--clock", TEST_NOW])
            .spawn()
            .map_err(|e| format!("cannot start {binary}: {e}"))?;
        let agent = Agent {
            child,
            database,
            url: format!("http://127.0.0.1:{port}"),
        };
        agent.wait_healthy()?;
        Ok(agent)
    }

    fn wait_healthy(&self) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(30);
        let address = self.url.trim_start_matches("http://").to_owned();
        while Instant::now() < deadline {
            if let Ok(mut stream) = std::net::TcpStream::connect(&address) {
                use std::io::{Read, Write};
                let _ = write!(
                    stream,
                    "GET /api/health HTTP/1.0\r\nHost: {address}\r\n\r\n"
                );
                let mut answer = String::new();
                let _ = stream.read_to_string(&mut answer);
                if answer.starts_with("HTTP/1.0 200") || answer.starts_with("HTTP/1.1 200") {
                    return Ok(());
                }
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(format!(
            "the agent did not answer on {} within 30 s",
            self.url
        ))
    }
}

impl Drop for Agent {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        remove_database(&self.database);
    }
}

/// `--shift-clock OFFSET`: the test programs (test binaries, the agent, node and the Chromium it
/// starts) run under libfaketime with the machine's clock moved by OFFSET (its syntax: `+365d`,
/// `-30d`), while compilers run on the real clock: rustc and rustdoc hang under libfaketime.
/// Monotonic clocks are left alone (timeouts and pacing stay real). Set `TZ` beside it to run in
/// another time zone as well.
pub struct ClockShift {
    offset: String,
}

impl ClockShift {
    fn new(offset: &str) -> Result<ClockShift> {
        let valid = offset.len() > 2
            && offset.starts_with(['+', '-'])
            && offset.ends_with(['s', 'm', 'h', 'd', 'y'])
            && offset[1..offset.len() - 1]
                .chars()
                .all(|c| c.is_ascii_digit());
        if !valid {
            return Err(format!(
                "--shift-clock takes an offset such as +365d or -30d, not {offset:?}"
            ));
        }
        if crate::cmd::output_of("faketime", &["--version"]).is_none() {
            return Err("--shift-clock needs libfaketime: apt-get install faketime".to_owned());
        }
        Ok(ClockShift {
            offset: offset.to_owned(),
        })
    }

    /// `program args` under the moved clock.
    fn command(&self, program: &str, args: &[&str]) -> Command {
        let mut faked = command("faketime", &["-f", &self.offset, program]);
        faked.args(args).env("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        faked
    }

    /// Makes `cargo test` run each test binary under the moved clock.
    fn run_test_binaries(&self, cargo: &mut Command) {
        cargo
            .env(
                "CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUNNER",
                format!("faketime -f {}", self.offset),
            )
            .env("FAKETIME_DONT_FAKE_MONOTONIC", "1");
    }
}

/// Removes an SQLite database with the journal files WAL mode leaves beside it.
pub fn remove_database(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        let _ = std::fs::remove_file(file);
    }
}

/// Cargo's target directory (honours CARGO_TARGET_DIR and config).
pub fn target_dir() -> Result<PathBuf> {
    let output = command("cargo", &["metadata", "--format-version", "1", "--no-deps"])
        .output()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    metadata["target_directory"]
        .as_str()
        .map(PathBuf::from)
        .ok_or_else(|| "cargo metadata has no target_directory".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tally_reads_cargo_and_tap_summaries() {
        let mut tally = Tally::default();
        tally.read("test result: ok. 26 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s");
        tally.read("test result: FAILED. 3 passed; 2 failed; 0 ignored");
        tally.read("# pass 4");
        tally.read("# fail 1");
        tally.read("not a summary: 9 passed");
        assert_eq!((tally.passed, tally.failed), (33, 3));
    }
}
