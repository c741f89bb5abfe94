//! `cargo xtask bench agent`: our agent under AG-UI load beside the references, in one run.
//!
//! The load generator and the reference servers are `../shared/bench/agui-load` (see its
//! README): the bare axum server streaming `script.json` (the stack's limit), the Python AG-UI
//! reference server (ag-ui-protocol on FastAPI, one uvicorn worker), our full stack (session,
//! thread log, SQLite persistence) replaying the same script through its bench-only planner, and
//! our built-in planner answering a comparison on the demo store. Server and client are pinned to
//! one core each. Two loads: unpaced at 1,000 concurrent runs, and 2,000 runs paced at 25 ms per
//! token with a 2 s ramp. Each server takes each load three times, freshly started, and the
//! median is reported. Prints events/s, runs/s, time to first event and peak RSS, then the
//! goals; nothing fails on a figure. Each paced run's line also names its worst stalls
//! ([`crate::stalls`]): where its slow first events came from.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::cmd::{command, root, step, Result};
use crate::{e2e, stalls};

/// A server under load; killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> Result<u16> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port: {e}"))
}

/// Starts `program` on core 1 and waits until `health` on its port answers 200.
fn serve(
    program: &Path,
    args: &[String],
    env: &[(&str, String)],
    port: u16,
    health: &str,
) -> Result<Server> {
    let mut cmd = Command::new("taskset");
    cmd.arg("-c")
        .arg("1")
        .arg(program)
        .args(args)
        .current_dir(root());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    let child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
    let server = Server { child, port };
    let deadline = Instant::now() + Duration::from_secs(60);
    let address = format!("127.0.0.1:{port}");
    while Instant::now() < deadline {
        if let Ok(mut stream) = std::net::TcpStream::connect(&address) {
            use std::io::{Read, Write};
            let _ = write!(stream, "GET {health} HTTP/1.0\r\nHost: {address}\r\n\r\n");
            let mut answer = String::new();
            let _ = stream.read_to_string(&mut answer);
            if answer.contains(" 200 ") {
                return Ok(server);
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(format!("{} did not answer on {port}", program.display()))
}

/// One load against one server: aguiload's JSON line.
fn load(
    aguiload: &Path,
    server: &Server,
    path: &str,
    body: &Path,
    load: &Load,
    expect: Option<u64>,
) -> Result<Value> {
    let url = format!("http://127.0.0.1:{}{path}", server.port);
    let mut args: Vec<String> = vec![
        "-c".into(),
        "0".into(),
        aguiload.display().to_string(),
        url,
        "-c".into(),
        load.concurrency.to_string(),
        "-n".into(),
        load.runs.to_string(),
        "-d".into(),
        "60".into(),
        "-b".into(),
        body.display().to_string(),
        "--pid".into(),
        server.child.id().to_string(),
        "--ramp".into(),
        load.ramp.to_string(),
        "--quiet".into(),
    ];
    if let Some(n) = expect {
        args.push("--expect-events".into());
        args.push(n.to_string());
    }
    // Paced, each run's first event is kept, to show the stalls behind a p99.
    let runs_csv = e2e::target_dir()?.join(format!("bench-runs-{}.csv", server.port));
    if load.ramp > 0.0 {
        args.push("--runs-csv".into());
        args.push(runs_csv.display().to_string());
    }
    let output = Command::new("taskset")
        .args(&args)
        .current_dir(root())
        .output()
        .map_err(|e| format!("aguiload: {e}"))?;
    let mut result: Value = serde_json::from_slice(&output.stdout).map_err(|e| {
        format!(
            "aguiload said no JSON ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    })?;
    if let Ok(csv) = std::fs::read_to_string(&runs_csv) {
        let _ = std::fs::remove_file(&runs_csv);
        result["stalls"] = stalls::worst(stalls::stalls(&csv), 3).into();
    }
    Ok(result)
}

struct Load {
    name: &'static str,
    concurrency: usize,
    runs: usize,
    delay_ms: u64,
    ramp: f64,
}

const LOADS: [Load; 2] = [
    Load {
        name: "unpaced, 1,000 concurrent",
        concurrency: 1000,
        runs: 10_000,
        delay_ms: 0,
        ramp: 0.0,
    },
    Load {
        name: "25 ms per token, 2,000 runs, 2 s ramp",
        concurrency: 2000,
        runs: 2000,
        delay_ms: 25,
        ramp: 2.0,
    },
];

fn shared() -> PathBuf {
    root().join("../shared/bench/agui-load")
}

fn python_reference() -> Result<PathBuf> {
    let venv = root().join("target/venv-ref");
    let python = venv.join("bin/python");
    if !venv.join("bin/uvicorn").is_file() {
        step(
            "a venv for the Python reference server",
            &mut command("python3", &["-m", "venv", "target/venv-ref"]),
        )?;
        step(
            "install ag-ui-protocol, fastapi, uvicorn",
            &mut command(
                &python.display().to_string(),
                &[
                    "-m",
                    "pip",
                    "install",
                    "-q",
                    "ag-ui-protocol==1.0.*",
                    "fastapi",
                    "uvicorn[standard]",
                ],
            ),
        )?;
    }
    Ok(venv.join("bin/uvicorn"))
}

pub fn run() -> Result<()> {
    let shared = shared();
    if !shared.join("script.json").is_file() {
        return Err(format!("the load generator is not at {}", shared.display()));
    }
    for manifest in ["aguiload", "refserver"] {
        step(
            &format!("build {manifest} (release)"),
            &mut command(
                "cargo",
                &[
                    "build",
                    "--release",
                    "-q",
                    "--manifest-path",
                    &shared
                        .join(manifest)
                        .join("Cargo.toml")
                        .display()
                        .to_string(),
                    "--target-dir",
                    "target/agui-load",
                ],
            ),
        )?;
    }
    step(
        "build the agent (release)",
        &mut command(
            "cargo",
            &["build", "--release", "-q", "-p", "showroom-agent"],
        ),
    )?;
    let uvicorn = python_reference()?;
    let bin = root().join("target/agui-load/release");
    let (aguiload, refserver) = (bin.join("aguiload"), bin.join("agui-refserver"));
    let agent = e2e::target_dir()?.join("release/showroom-agent");
    let script = shared.join("script.json");
    let run_body = shared.join("bodies/run.json");
    let compare_body = root().join("bench/agent/compare.json");

    let mut rows: Vec<(String, &'static str, Value)> = Vec::new();
    for load_spec in &LOADS {
        let delay = load_spec.delay_ms.to_string();
        println!("==> load: {}", load_spec.name);
        // The bare axum server: the stack's limit.
        let bare = || {
            let port = free_port()?;
            let server = serve(
                &refserver,
                &[
                    "--addr".into(),
                    format!("127.0.0.1:{port}"),
                    "--script".into(),
                    script.display().to_string(),
                    "--delay-ms".into(),
                    delay.clone(),
                ],
                &[],
                port,
                "/health",
            )?;
            load(&aguiload, &server, "/agent", &run_body, load_spec, Some(69))
        };
        // The Python AG-UI reference server.
        let python = || {
            let port = free_port()?;
            let server = serve(
                &uvicorn,
                &[
                    "ref_server:app".into(),
                    "--app-dir".into(),
                    shared.join("py").display().to_string(),
                    "--host".into(),
                    "127.0.0.1".into(),
                    "--port".into(),
                    port.to_string(),
                    "--no-access-log".into(),
                ],
                &[
                    ("AGUI_SCRIPT", script.display().to_string()),
                    ("AGUI_DELAY_MS", delay.clone()),
                ],
                port,
                "/health",
            )?;
            load(&aguiload, &server, "/agent", &run_body, load_spec, Some(69))
        };
        // Ours, with `planner_args`: sessions, the thread log and SQLite on.
        let ours = |planner_args: &[String], body: &Path, expect: Option<u64>| {
            let port = free_port()?;
            let database = e2e::target_dir()?.join(format!("bench-agent-{port}.db"));
            e2e::remove_database(&database);
            let mut args = vec![
                "--port".into(),
                port.to_string(),
                "--dist".into(),
                "target/no-app".into(),
                "--database".into(),
                format!("sqlite://{}", database.display()),
                "--token-delay-ms".into(),
                delay.clone(),
            ];
            args.extend(planner_args.iter().cloned());
            // The load comes from one address: lift the per-session limits (each run is a new
            // session anyway) so they are not what is measured.
            let env = [
                ("SHOWROOM_RUNS_PER_MINUTE", "1000000".to_owned()),
                ("SHOWROOM_RUN_BURST", "1000000".to_owned()),
            ];
            let server = serve(&agent, &args, &env, port, "/api/health")?;
            let result = load(&aguiload, &server, "/api/agent", body, load_spec, expect);
            drop(server);
            e2e::remove_database(&database);
            result
        };
        let script_args = ["--bench-script".to_owned(), script.display().to_string()];
        let contenders: [(&str, &dyn Fn() -> Result<Value>); 4] = [
            ("bare axum (reference)", &bare),
            ("Python ag-ui-protocol + FastAPI", &python),
            // The same script through our whole stack.
            ("Showroom, full stack, same script", &|| {
                ours(&script_args, &run_body, Some(69))
            }),
            ("Showroom, built-in planner, demo store", &|| {
                ours(&[], &compare_body, None)
            }),
        ];
        for (label, runs) in interleaved(&contenders)? {
            rows.push((label.into(), load_spec.name, runs));
        }
    }
    report(&rows);
    Ok(())
}

/// How many times each server takes each load, each time freshly started (a repeated run must
/// not find the last one's threads, nor its peak memory): this machine's figures vary from run
/// to run, the reference servers' too, so each is the median of these.
const REPEATS: usize = 3;

/// Each contender's load [`REPEATS`] times, in turns (the first run of each, then the second of
/// each, ...): this machine goes through quieter and busier minutes, and taking turns spreads
/// them over every server instead of giving one server the quiet ones. Per contender: runs
/// summed, every other figure the median.
fn interleaved<'a>(
    contenders: &[(&'a str, &dyn Fn() -> Result<Value>)],
) -> Result<Vec<(&'a str, Value)>> {
    let mut runs: Vec<Vec<Value>> = vec![Vec::new(); contenders.len()];
    for n in 1..=REPEATS {
        for ((label, once), runs) in contenders.iter().zip(&mut runs) {
            let run = once()?;
            let stalls = match run["stalls"].as_str() {
                Some(stalls) if !stalls.is_empty() => {
                    format!("; runs slower than 10 ms to a first event, by stall: {stalls}")
                }
                _ => String::new(),
            };
            println!(
                "    {label}, run {n}/{REPEATS}: {} events/s, first event p99 {} ms, peak RSS {:.0} MiB{stalls}",
                run["events_per_s"],
                run["ttfe_ms"]["p99"],
                run["server"]["peak_rss_kib_vmhwm_sum"]
                    .as_f64()
                    .unwrap_or(0.0)
                    / 1024.0
            );
            runs.push(run);
        }
    }
    Ok(contenders
        .iter()
        .zip(runs)
        .map(|((label, _), runs)| (*label, summary(&runs)))
        .collect())
}

/// Runs summed, every other figure the median.
fn summary(runs: &[Value]) -> Value {
    let median = |pointer: &str| {
        let mut values: Vec<f64> = runs
            .iter()
            .filter_map(|r| r.pointer(pointer).and_then(Value::as_f64))
            .collect();
        values.sort_by(f64::total_cmp);
        values.get(values.len() / 2).copied().unwrap_or(0.0)
    };
    let sum = |key: &str| runs.iter().filter_map(|r| r[key].as_u64()).sum::<u64>();
    serde_json::json!({
        "runs_ok": sum("runs_ok"),
        "runs_failed": sum("runs_failed"),
        "events_per_s": median("/events_per_s"),
        "runs_per_s": median("/runs_per_s"),
        "ttfe_ms": { "p50": median("/ttfe_ms/p50"), "p99": median("/ttfe_ms/p99") },
        "server": { "peak_rss_kib_vmhwm_sum": median("/server/peak_rss_kib_vmhwm_sum") },
    })
}

fn report(rows: &[(String, &'static str, Value)]) {
    println!();
    println!("Each figure is the median of {REPEATS} runs, each server freshly started, the servers taking turns (runs are summed).");
    println!();
    println!("| server | load | runs ok / failed | events/s | runs/s | first event p50 / p99 ms | peak RSS MiB |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    for (server, load, r) in rows {
        let rss = r["server"]["peak_rss_kib_vmhwm_sum"]
            .as_f64()
            .unwrap_or(0.0)
            / 1024.0;
        println!(
            "| {server} | {load} | {} / {} | {} | {} | {} / {} | {rss:.0} |",
            r["runs_ok"],
            r["runs_failed"],
            r["events_per_s"],
            r["runs_per_s"],
            r["ttfe_ms"]["p50"],
            r["ttfe_ms"]["p99"],
        );
    }
    let find = |server: &str, load: &str| {
        rows.iter()
            .find(|(s, l, _)| s.starts_with(server) && *l == load)
            .map(|(_, _, r)| r)
    };
    println!();
    println!("Goals (agent issue):");
    let unpaced = LOADS[0].name;
    if let (Some(ours), Some(bare), Some(py)) = (
        find("Showroom, full", unpaced),
        find("bare axum", unpaced),
        find("Python", unpaced),
    ) {
        let eps = |r: &Value| r["events_per_s"].as_f64().unwrap_or(0.0);
        let share = eps(ours) / eps(bare).max(1.0);
        println!(
            "- unpaced at 1,000: ≥ 50 % of the bare axum server's events/s: {:.0} vs {:.0} = {:.0} % — {}; {:.1}x the Python server",
            eps(ours), eps(bare), share * 100.0, if share >= 0.5 { "met" } else { "NOT met" }, eps(ours) / eps(py).max(1.0)
        );
    }
    let paced = LOADS[1].name;
    if let Some(ours) = find("Showroom, full", paced) {
        let p99 = ours["ttfe_ms"]["p99"].as_f64().unwrap_or(f64::INFINITY);
        let rss = ours["server"]["peak_rss_kib_vmhwm_sum"]
            .as_f64()
            .unwrap_or(0.0)
            / 1024.0;
        println!(
            "- 2,000 paced runs: first event p99 < 50 ms: {p99:.1} ms — {}",
            if p99 < 50.0 { "met" } else { "NOT met" }
        );
        println!(
            "- 2,000 paced runs: peak RSS ≤ 80 MiB: {rss:.0} MiB — {}",
            if rss <= 80.0 { "met" } else { "NOT met" }
        );
    }
}
