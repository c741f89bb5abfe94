use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::limits::RunLimits;

/// How the server runs; from flags, then environment, then defaults.
#[derive(Clone, Debug)]
pub struct Config {
    /// `--addr` / `SHOWROOM_ADDR`, or `--port` / `PORT` on 127.0.0.1; default 127.0.0.1:8080.
    pub addr: SocketAddr,
    /// `--dist` / `SHOWROOM_DIST`: the built app (Trunk's output); default `dist`.
    pub dist: PathBuf,
    /// `--token-delay-ms` / `SHOWROOM_TOKEN_DELAY_MS`: pause between streamed tokens of the
    /// built-in planner, so text arrives as a person would see a model type; default 12.
    pub token_delay: Duration,
    /// `SHOWROOM_RUNS_PER_MINUTE`, `SHOWROOM_RUN_BURST`, `SHOWROOM_CONCURRENT_RUNS`: what one
    /// session may ask; defaults 30 a minute, bursts of 10, 3 at once.
    pub limits: RunLimits,
    /// `--database` / `DATABASE_URL`: where sessions and threads are kept (`sqlite://FILE`
    /// or `postgres://…`); default `sqlite://showroom.db`; `--database none` keeps nothing.
    pub database: Option<String>,
    /// `ODOO_URL`, `ODOO_DB`, `ODOO_LOGIN`, `ODOO_KEY` (the bot user's API key): the store is
    /// that Odoo instead of the embedded demo store.
    pub odoo: Option<showroom_odoo::OdooConfig>,
    /// `--bench-script FILE`: answer every run by replaying the AG-UI load benchmark's
    /// `script.json` instead of planning (`cargo xtask bench agent` only).
    pub bench_script: Option<PathBuf>,
    /// `LLM_BASE_URL`, `LLM_MODEL`, `LLM_API_KEY`: plan with that OpenAI-compatible model
    /// instead of the built-in planner.
    pub llm: Option<crate::planner::LlmConfig>,
    /// `--clock` / `SHOWROOM_CLOCK` (RFC 3339): the time the server starts at, running on from
    /// there, for tests and demos that must see the same days on any date; default the
    /// machine's clock.
    pub clock: showroom_commerce::clock::Clock,
    /// Price rules the shop adds on top of its store's prices (`SHOWROOM_MAX_DISCOUNT_PERCENT`,
    /// `SHOWROOM_MIN_MARGIN_PERCENT`); none by default.
    pub rules: showroom_commerce::Rules,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            dist: PathBuf::from("dist"),
            token_delay: Duration::from_millis(12),
            limits: RunLimits::default(),
            database: Some("sqlite://showroom.db".to_owned()),
            odoo: None,
            bench_script: None,
            llm: None,
            clock: showroom_commerce::clock::Clock::system(),
            rules: showroom_commerce::Rules::default(),
        }
    }
}

impl Config {
    pub fn from_env_and_args(args: impl Iterator<Item = String>) -> Config {
        let mut config = Config::default();
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        if let Some(port) = env("PORT").and_then(|p| p.parse::<u16>().ok()) {
            config.addr.set_port(port);
        }
        if let Some(addr) = env("SHOWROOM_ADDR").and_then(|a| a.parse().ok()) {
            config.addr = addr;
        }
        if let Some(dist) = env("SHOWROOM_DIST") {
            config.dist = dist.into();
        }
        if let Some(n) = env("SHOWROOM_RUNS_PER_MINUTE").and_then(|n| n.parse().ok()) {
            config.limits.per_minute = n;
        }
        if let Some(n) = env("SHOWROOM_RUN_BURST").and_then(|n| n.parse().ok()) {
            config.limits.burst = n;
        }
        if let Some(n) = env("SHOWROOM_CONCURRENT_RUNS").and_then(|n| n.parse().ok()) {
            config.limits.concurrent = n;
        }
        config.llm = crate::planner::LlmConfig::from_env();
        if let Some(url) = env("ODOO_URL") {
            let need =
                |name: &str| env(name).unwrap_or_else(|| usage(&format!("ODOO_URL needs {name}")));
            config.odoo = Some(showroom_odoo::OdooConfig {
                url,
                db: need("ODOO_DB"),
                login: need("ODOO_LOGIN"),
                api_key: need("ODOO_KEY"),
                timeout: Duration::from_secs(15),
                max_concurrent: 8,
            });
        }
        if let Some(url) = env("DATABASE_URL") {
            config.database = Some(url);
        }
        if let Some(start) = env("SHOWROOM_CLOCK") {
            config.clock = clock_at(&start);
        }
        let percent = |name: &str| {
            env(name).map(|v| {
                showroom_commerce::money::parse(&v)
                    .filter(|p| !p.is_sign_negative())
                    .unwrap_or_else(|| {
                        usage(&format!("{name} takes a percentage such as 15, not {v:?}"))
                    })
            })
        };
        config.rules.max_discount_percent = percent("SHOWROOM_MAX_DISCOUNT_PERCENT");
        config.rules.min_margin_percent = percent("SHOWROOM_MIN_MARGIN_PERCENT");
        if let Some(ms) = env("SHOWROOM_TOKEN_DELAY_MS").and_then(|m| m.parse().ok()) {
            config.token_delay = Duration::from_millis(ms);
        }
        let mut args = args.peekable();
        while let Some(flag) = args.next() {
            let mut value = || {
                args.next()
                    .unwrap_or_else(|| usage(&format!("{flag} needs a value")))
            };
            match flag.as_str() {
                "--port" => config
                    .addr
                    .set_port(value().parse().unwrap_or_else(|_| usage("bad --port"))),
                "--addr" => config.addr = value().parse().unwrap_or_else(|_| usage("bad --addr")),
                "--dist" => config.dist = value().into(),
                "--database" => {
                    let url = value();
                    config.database = (url != "none").then_some(url);
                }
                "--token-delay-ms" => {
                    let ms = value()
                        .parse()
                        .unwrap_or_else(|_| usage("bad --token-delay-ms"));
                    config.token_delay = Duration::from_millis(ms);
                }
                "--bench-script" => config.bench_script = Some(value().into()),
                "--clock" => config.clock = clock_at(&value()),
                "--help" | "-h" => usage(""),
                other => usage(&format!("unknown argument {other}")),
            }
        }
        config
    }
}

/// The clock `--clock` or `SHOWROOM_CLOCK` names, or a usage error.
fn clock_at(start: &str) -> showroom_commerce::clock::Clock {
    showroom_commerce::clock::Clock::parse_start(start).unwrap_or_else(|| {
        usage(&format!(
            "--clock takes an RFC 3339 time such as 2026-11-27T09:00:00Z, not {start:?}"
        ))
    })
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("showroom-agent: {problem}");
    }
    eprintln!(
        "usage: showroom-agent [--port N | --addr IP:PORT] [--dist DIR] [--database URL|none] [--token-delay-ms N] [--bench-script FILE] [--clock RFC3339]"
    );
    std::process::exit(if problem.is_empty() { 0 } else { 2 });
}
