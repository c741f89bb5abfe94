//! `GET /api/image/product/{id}`: product pictures, same-origin, for the session's viewer. The
//! browser loads no image from anywhere else (DESIGN "Security rules"); what is served here
//! cannot run anything even when opened on its own.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};

use super::AppState;
use crate::locale;
use crate::ApiError;
use showroom_commerce::Viewer;

/// The image types passed on; anything else a store gives is refused.
const ALLOWED: &[&str] = &[
    "image/png",
    "image/jpeg",
    "image/webp",
    "image/gif",
    "image/svg+xml",
];

pub async fn product(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let id: u64 = id.parse().map_err(|_| ApiError::NotFound)?;
    // Signing in comes with the session work; until then every viewer is an anonymous shopper.
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let viewer = Viewer::anonymous(locale::language(locale::negotiate(None, accept)));
    let image = state.commerce.product_image(&viewer, id).await?;
    if !ALLOWED.contains(&image.content_type) {
        return Err(ApiError::NotFound);
    }
    Ok((
        [
            (header::CONTENT_TYPE, image.content_type),
            // An SVG opened on its own runs no script and loads nothing.
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; sandbox",
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::CACHE_CONTROL, "private, max-age=300"),
        ],
        image.bytes,
    )
        .into_response())
}
