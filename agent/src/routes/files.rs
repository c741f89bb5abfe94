//! The app's files (Trunk's `dist/`) and its client-side routes.
//!
//! `index.html` is served with a fresh nonce in place of Trunk's placeholder and a strict CSP
//! naming it, so the one inline loader runs and nothing else inline can. Hashed assets are
//! cached for good; everything else is revalidated.

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower_http::services::ServeDir;

use super::AppState;
use crate::ApiError;

/// The paths the app routes itself; each serves `index.html`. Anything else is a file or 404.
const APP_ROUTES: &[&str] = &["/", "/t/{thread_id}"];

/// Trunk's nonce placeholder (`create_nonce` in Trunk.toml).
const NONCE_PLACEHOLDER: &str = "{{__TRUNK NONCE__}}";

/// DESIGN "Security rules" 5, with the loader's nonce added to script-src.
fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'nonce-{nonce}'; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'self'"
    )
}

pub fn router(state: &AppState) -> Router<AppState> {
    let mut router = Router::new();
    for path in APP_ROUTES {
        router = router.route(path, get(index));
    }
    // Pages that are Trunk targets of their own: the render benchmark (`cargo xtask bench
    // render`) and the component gallery.
    router = router
        .route("/bench", get(bench))
        .route("/bench/", get(bench))
        .route("/catalogue", get(catalogue))
        .route("/catalogue/", get(catalogue));
    let files = ServeDir::new(&state.dist)
        .call_fallback_on_method_not_allowed(true)
        .fallback(axum::routing::any(not_found).with_state(()));
    router
        .fallback_service(files)
        .layer(middleware::from_fn(caching))
}

async fn index(State(state): State<AppState>) -> Response {
    let Some(html) = &state.index_html else {
        return ApiError::AppNotBuilt.into_response();
    };
    page(html)
}

/// `/bench`, read when asked: it is built only for benchmarks, after the agent may have started.
async fn bench(State(state): State<AppState>) -> Response {
    own_target(&state, "bench")
}

/// `/catalogue`, the component gallery for designers.
async fn catalogue(State(state): State<AppState>) -> Response {
    own_target(&state, "catalogue")
}

fn own_target(state: &AppState, dir: &str) -> Response {
    match std::fs::read_to_string(state.dist.join(dir).join("index.html")) {
        Ok(html) => page(&html),
        Err(_) => ApiError::NotFound.into_response(),
    }
}

/// An HTML page of the app with a fresh nonce for its loader and the CSP naming it.
fn page(html: &str) -> Response {
    let nonce = uuid::Uuid::new_v4().simple().to_string();
    let html = html.replace(NONCE_PLACEHOLDER, &nonce);
    let csp = content_security_policy(&nonce);
    (
        [
            (header::CACHE_CONTROL, "no-cache".to_owned()),
            (header::CONTENT_SECURITY_POLICY, csp),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            (header::REFERRER_POLICY, "same-origin".to_owned()),
        ],
        Html(html),
    )
        .into_response()
}

/// True for Trunk's content-hashed file names, e.g. `showroom-0123456789abcdef_bg.wasm` (the
/// hash is a hex u64, so it can have fewer than 16 digits).
fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or("");
    let stem = name.split('.').next().unwrap_or("").trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (8..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

async fn caching(request: Request, next: Next) -> Response {
    let hashed = is_hashed(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if !headers.contains_key(header::CACHE_CONTROL) {
        let policy = if hashed {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

pub async fn not_found() -> ApiError {
    ApiError::NotFound
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_hashed_names_are_recognised() {
        assert!(is_hashed("/showroom-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("/showroom-0123456789abcdef.js"));
        assert!(is_hashed("/tokens-a1b2c3d4e5f60718.css"));
        assert!(is_hashed("/showroom-25420ae13370fb1_bg.wasm"));
        assert!(!is_hashed("/config.json"));
        assert!(!is_hashed("/favicon.svg"));
        assert!(!is_hashed("/my-file.js"));
    }
}
