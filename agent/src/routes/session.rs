//! `/api/session`: who am I (`GET`), sign in (`POST`), sign out (`DELETE`). The customer lives in
//! the server-side session only; the browser holds nothing but the HttpOnly cookie.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;

use super::json::ValidJson;
use super::AppState;
use crate::ApiError;
use showroom_commerce::Customer;

/// The longest login or password taken.
const MAX_CREDENTIAL_CHARS: usize = 256;

fn describe(customer: Option<&Customer>) -> serde_json::Value {
    match customer {
        Some(c) => json!({ "signedIn": true, "customer": { "id": c.partner_id, "name": c.name } }),
        None => json!({ "signedIn": false }),
    }
}

/// Adds the session cookie to a response when the session is new.
fn with_cookie(mut response: Response, cookie: Option<header::HeaderValue>) -> Response {
    if let Some(cookie) = cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

pub async fn who(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (session, cookie) = state.sessions.resolve(&headers);
    let customer = state.sessions.customer(&session);
    with_cookie(Json(describe(customer.as_ref())).into_response(), cookie)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    login: String,
    #[serde(default)]
    password: String,
}

pub async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    ValidJson(body): ValidJson<SignIn>,
) -> Result<Response, ApiError> {
    if body.login.trim().is_empty()
        || body.login.chars().count() > MAX_CREDENTIAL_CHARS
        || body.password.chars().count() > MAX_CREDENTIAL_CHARS
    {
        return Err(ApiError::InvalidRequest(format!(
            "login must be 1 to {MAX_CREDENTIAL_CHARS} characters, password at most as many"
        )));
    }
    let (session, cookie) = state.sessions.resolve(&headers);
    // Sign-in attempts count against the same budget as runs: no guessing at speed.
    let _slot = state
        .limiter
        .admit(&session)
        .map_err(|refusal| match refusal {
            crate::limits::Refusal::TooFast { retry_after } => {
                ApiError::RateLimited(retry_after.as_secs().max(1))
            }
            crate::limits::Refusal::TooMany => ApiError::TooManyRuns,
        })?;
    let customer = state.commerce.sign_in(&body.login, &body.password).await?;
    state
        .sessions
        .set_customer(&session, Some(customer.clone()));
    Ok(with_cookie(
        Json(describe(Some(&customer))).into_response(),
        cookie,
    ))
}

pub async fn sign_out(State(state): State<AppState>, headers: HeaderMap) -> StatusCode {
    let (session, _) = state.sessions.resolve(&headers);
    state.sessions.set_customer(&session, None);
    StatusCode::NO_CONTENT
}
