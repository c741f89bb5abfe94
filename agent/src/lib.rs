//! The Showroom agent server: one axum binary that serves the app and acts for the shopper.
//!
//! - [`app`] builds the [`axum::Router`] from an [`AppState`]; [`serve`] binds it.
//! - [`routes`]: `/api/health`, `POST /api/agent` (AG-UI 1.0 over SSE), the app's files.
//! - [`planner::Planner`]: decides what to say and which tools to call; [`planner::RulesPlanner`]
//!   is the built-in, offline default.
//! - [`showroom_commerce::Commerce`]: the store behind the tools (its own crate, with the records
//!   it answers with); `showroom-demo-store` is embedded, `showroom-odoo` has the Odoo store.
//! - [`present`]: the one presenter, records into components and sentences in the viewer's
//!   language.
//! - [`tools`]: what a planner may do, with the customer taken from the session, never the input.
//! - [`threads::ThreadLog`]: every event of every thread, numbered, reduced with the shared reducer,
//!   owned by the session that created it; each event kept once, as its [`frame::Frame`].
//! - [`session::Sessions`]: the HttpOnly session cookie; [`runs::RunRegistry`]: runs in progress
//!   and their explicit cancel.
//! - [`showroom_commerce::Clock`]: what time it is, handed to the server and both stores (tests
//!   fix it).
//! - [`store::Store`]: sessions and threads kept in SQLite or PostgreSQL (sqlx), written
//!   through in order from one background thread, read back at start.

pub mod approvals;
pub mod audit;
mod config;
pub mod descriptors;
mod error;
pub mod frame;
pub mod limits;
pub mod locale;
pub mod planner;
pub mod present;
pub mod quotes;
pub mod routes;
mod run;
pub mod runs;
pub mod runtime;
pub mod session;
pub mod store;
pub mod threads;
pub mod tools;
pub mod turn;

pub use config::Config;
pub use error::ApiError;
pub use routes::{app, AppState};

use axum::serve::ListenerExt;

/// Binds the configured address and serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> std::io::Result<()> {
    let listener = listen(config.addr)?;
    let state = AppState::open(&config).await?;
    println!(
        "showroom-agent listening on http://{}",
        listener.local_addr()?
    );
    serve_until(listener, state, shutdown_signal()).await
}

/// Binds `addr` with room for a burst of connections: the default backlog (1,024) drops the
/// SYNs of a larger burst, and each dropped one costs its client a second.
fn listen(addr: std::net::SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(4096)
}

/// Serves until `stop` completes, then shuts down gracefully: runs in progress finish on their
/// streams, and streams that follow a thread (which never end by themselves) are closed.
pub async fn serve_until(
    listener: tokio::net::TcpListener,
    state: AppState,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let shutting_down = state.shutting_down.clone();
    let store = state.store.clone();
    let stop = async move {
        stop.await;
        shutting_down.cancel();
    };
    // Events are small writes: Nagle's algorithm would hold each behind the last one's ACK.
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    // As a make-service the router is shared by every connection; served directly, each
    // connection would get a deep copy of it (every route's boxed service).
    let served = axum::serve(listener, app(state).into_make_service())
        .with_graceful_shutdown(stop)
        .await;
    // Whatever the last runs wrote is on disk before the process ends.
    if let Some(store) = store {
        store.flush().await;
    }
    served
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    println!("showroom-agent stopping");
}
