//! The app's files (Trunk's `dist/`) and its client-side routes.

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use super::AppState;
use crate::ApiError;

/// The paths the app routes itself; each serves `index.html`. Anything else is a file or 404.
const APP_ROUTES: &[&str] = &["/", "/t/{thread_id}"];

pub fn router(state: &AppState) -> Router<AppState> {
    let mut router = Router::new();
    for path in APP_ROUTES {
        router = router.route(path, get(index));
    }
    let files = ServeDir::new(&state.dist)
        .call_fallback_on_method_not_allowed(true)
        .fallback(axum::routing::any(not_found).with_state(()));
    router
        .fallback_service(files)
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
}

async fn index(State(state): State<AppState>) -> Response {
    match &state.index_html {
        Some(html) => (
            [(header::CACHE_CONTROL, "no-cache")],
            Html(html.to_string()),
        )
            .into_response(),
        None => ApiError::AppNotBuilt.into_response(),
    }
}

pub async fn not_found() -> ApiError {
    ApiError::NotFound
}
