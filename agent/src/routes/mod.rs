//! The HTTP surface: [`app`] builds the router from an [`AppState`].

mod actions;
mod agent;
mod files;
mod follow;
mod images;
mod json;
mod runs;
mod session;
mod signin;
mod sse;
mod threads;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;

use crate::limits::Limiter;
use crate::planner::{Planner, RulesPlanner};
use crate::runs::RunRegistry;
use crate::session::Sessions;
use crate::threads::ThreadLog;
use crate::Config;
use showroom_commerce::Commerce;
use showroom_demo_store::DemoStore;

/// The largest request body accepted anywhere (a chat message is far smaller).
pub const MAX_BODY: usize = 256 * 1024;

/// Everything a request handler may use.
#[derive(Clone)]
pub struct AppState {
    pub commerce: Arc<dyn Commerce>,
    pub planner: Arc<dyn Planner>,
    pub threads: Arc<ThreadLog>,
    pub sessions: Arc<Sessions>,
    pub runs: Arc<RunRegistry>,
    pub limiter: Arc<Limiter>,
    /// Cancelled when the server stops: ends the streams that follow threads.
    pub shutting_down: tokio_util::sync::CancellationToken,
    pub dist: PathBuf,
    /// The app's `index.html`, read once at start; `None` when the app is not built.
    pub index_html: Option<Arc<str>>,
    pub token_delay: Duration,
    /// Where changes are kept, when there is a store: flushed before the server exits.
    pub store: Option<crate::store::Writer>,
    /// Live actions' answers by idempotency key.
    pub answered: Arc<actions::Answered>,
    /// What time it is, for the server and its store.
    pub clock: showroom_commerce::clock::Clock,
}

impl AppState {
    /// The default set-up: the embedded demo store, and the built-in planner (or the LLM planner
    /// when one is configured).
    pub fn from_config(config: &Config) -> std::io::Result<AppState> {
        let index_html = std::fs::read_to_string(config.dist.join("index.html"))
            .ok()
            .map(Arc::from);
        if index_html.is_none() {
            eprintln!(
                "showroom-agent: no app in {} (run `cargo xtask demo`); serving /api only",
                config.dist.display()
            );
        }
        Ok(AppState {
            commerce: Arc::new(
                DemoStore::new(config.clock.clone()).with_rules(config.rules.clone()),
            ),
            planner: match &config.llm {
                Some(llm) => Arc::new(crate::planner::LlmPlanner::new(llm.clone())),
                None => Arc::new(RulesPlanner),
            },
            threads: Arc::new(ThreadLog::new(config.clock.clone())),
            sessions: Arc::new(Sessions::new(config.clock.clone())),
            runs: Arc::new(RunRegistry::default()),
            limiter: Arc::new(Limiter::new(config.limits)),
            shutting_down: tokio_util::sync::CancellationToken::new(),
            dist: config.dist.clone(),
            index_html,
            token_delay: config.token_delay,
            store: None,
            answered: Arc::default(),
            clock: config.clock.clone(),
        })
    }

    /// The set-up with the store `config.database` names (SQLite by default): sessions and
    /// threads come back from it, and every change goes to it.
    pub async fn open(config: &Config) -> std::io::Result<AppState> {
        let mut state = AppState::from_config(config)?;
        if let Some(script) = &config.bench_script {
            state.planner = Arc::new(crate::planner::ScriptPlanner::load(script)?);
        }
        if let Some(odoo) = &config.odoo {
            let store = showroom_odoo::OdooCommerce::connect(odoo, config.clock.clone())
                .await
                .map_err(|error| std::io::Error::other(format!("Odoo at {}: {error}", odoo.url)))?;
            state.commerce = Arc::new(store.with_rules(config.rules.clone()));
        }
        let Some(url) = &config.database else {
            return Ok(state);
        };
        let failed = |error: sqlx::Error| {
            std::io::Error::other(format!(
                "the database {} cannot be used: {error}",
                redact(url)
            ))
        };
        let store = crate::store::Store::open(url).await.map_err(failed)?;
        let threads = store.threads().await.map_err(failed)?;
        let sessions = store.sessions().await.map_err(failed)?;
        let writer = store.writer()?;
        if config.odoo.is_none() {
            // What people placed in the demo store comes back with the threads.
            let records = store.records().await.map_err(failed)?;
            state.commerce = Arc::new(
                DemoStore::restored(&records, Arc::new(writer.clone()), config.clock.clone())
                    .with_rules(config.rules.clone()),
            );
        }
        state.threads = Arc::new(ThreadLog::restored(
            threads,
            writer.clone(),
            store.clone(),
            config.clock.clone(),
        ));
        state.sessions = Arc::new(Sessions::restored(
            sessions,
            writer.clone(),
            config.clock.clone(),
        ));
        state.store = Some(writer);
        Ok(state)
    }
}

/// A database URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            let user = credentials.split(':').next().unwrap_or_default();
            format!("{}{user}:***{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_owned(),
    }
}

/// The whole server: `/api/*`, the app's routes and its files.
pub fn app(state: AppState) -> Router {
    let api = Router::new()
        .route("/health", get(health))
        .route("/ready", get(ready))
        .route("/agent", post(agent::run))
        .route("/actions/{action}", post(actions::take))
        .route(
            "/session",
            get(session::who)
                .post(session::sign_in)
                .delete(session::sign_out),
        )
        .route("/threads", get(threads::list).post(threads::create))
        .route(
            "/threads/{thread_id}",
            get(threads::snapshot)
                .patch(threads::rename)
                .delete(threads::delete),
        )
        .route("/threads/{thread_id}/rewind", post(threads::rewind))
        .route("/image/product/{id}", get(images::product))
        .route("/threads/{thread_id}/events", get(follow::events))
        .route(
            "/threads/{thread_id}/runs/{run_id}/cancel",
            post(runs::cancel),
        )
        .fallback(files::not_found);
    Router::new()
        .nest("/api", api)
        .route("/signin", get(signin::page).post(signin::submit))
        .merge(files::router(&state))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

/// Liveness: the process answers.
async fn health() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

/// How long the readiness probe waits for the store.
const READY_WAIT: Duration = Duration::from_secs(3);

/// Readiness: the store (Odoo) answers. 503 with the stable code when it does not, or not in
/// time, so a load balancer stops sending shoppers to an instance that cannot serve them.
async fn ready(State(state): State<AppState>) -> (StatusCode, Json<serde_json::Value>) {
    let answered = tokio::time::timeout(READY_WAIT, state.commerce.ready()).await;
    match answered {
        Ok(Ok(())) => (
            StatusCode::OK,
            Json(json!({ "status": "ready", "store": "ok" })),
        ),
        Ok(Err(error)) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "not_ready", "store": error.code() })),
        ),
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "not_ready", "store": "store_timeout" })),
        ),
    }
}
