use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

/// Every error the HTTP API answers with: a status, a stable `code` the client translates, and
/// a message safe to show (never a backtrace, a token or a key).
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("the request body is not valid JSON: {0}")]
    InvalidJson(String),
    #[error("the request does not have the expected shape: {0}")]
    InvalidRequest(String),
    #[error("send the body as application/json")]
    UnsupportedMediaType,
    #[error("the request body is larger than {0} bytes")]
    PayloadTooLarge(usize),
    #[error("nothing here")]
    NotFound,
    #[error("this thread is still answering; stop that run or wait for it to end")]
    RunInProgress,
    #[error("that run is not running")]
    RunNotActive,
    #[error("the messages sent do not match this thread's history; reload the thread")]
    HistoryMismatch,
    #[error("too many messages in a short time; try again in {0} s")]
    RateLimited(u64),
    #[error("too many answers are being written at once; wait for one to finish")]
    TooManyRuns,
    #[error("the app has not been built; run `cargo xtask demo`")]
    AppNotBuilt,
    #[error("the shop could not be reached; try again in a moment")]
    StoreUnavailable,
    /// The store answered with a value that could not be read (named, for the operator's log).
    #[error("the shop sent a value that could not be read ({0})")]
    StoreBadData(String),
    #[error("those credentials were not accepted")]
    SignInFailed,
    #[error("this cannot be done here yet")]
    NotSupported,
    #[error("{0} is not a quantity the shop can take")]
    BadQuantity(String),
    #[error("the message is longer than {0} characters")]
    MessageTooLong(usize),
    #[error("that action does not apply to this component")]
    ActionNotApplicable,
    #[error("sign in to do that")]
    SignInRequired,
    #[error("{0}")]
    Refused(String),
    #[error("that approval is not waiting for an answer any more")]
    InterruptNotPending,
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::InvalidJson(_)
            | ApiError::InvalidRequest(_)
            | ApiError::BadQuantity(_)
            | ApiError::MessageTooLong(_) => StatusCode::BAD_REQUEST,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::RunInProgress
            | ApiError::RunNotActive
            | ApiError::HistoryMismatch
            | ApiError::InterruptNotPending => StatusCode::CONFLICT,
            ApiError::RateLimited(_) | ApiError::TooManyRuns => StatusCode::TOO_MANY_REQUESTS,
            ApiError::AppNotBuilt | ApiError::StoreUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::StoreBadData(_) => StatusCode::BAD_GATEWAY,
            ApiError::SignInFailed | ApiError::SignInRequired => StatusCode::UNAUTHORIZED,
            ApiError::Refused(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::NotSupported => StatusCode::NOT_IMPLEMENTED,
            ApiError::ActionNotApplicable => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            ApiError::InvalidJson(_) => "invalid_json",
            ApiError::InvalidRequest(_) => "invalid_request",
            ApiError::UnsupportedMediaType => "unsupported_media_type",
            ApiError::PayloadTooLarge(_) => "payload_too_large",
            ApiError::NotFound => "not_found",
            ApiError::RunInProgress => "run_in_progress",
            ApiError::RunNotActive => "run_not_active",
            ApiError::HistoryMismatch => "history_mismatch",
            ApiError::RateLimited(_) => "rate_limited",
            ApiError::TooManyRuns => "too_many_runs",
            ApiError::AppNotBuilt => "app_not_built",
            ApiError::StoreUnavailable => "store_unavailable",
            ApiError::StoreBadData(_) => "store_bad_data",
            ApiError::SignInFailed => "sign_in_failed",
            ApiError::NotSupported => "not_supported",
            ApiError::BadQuantity(_) => "bad_quantity",
            ApiError::MessageTooLong(_) => "message_too_long",
            ApiError::ActionNotApplicable => "action_not_applicable",
            ApiError::SignInRequired => "sign_in_required",
            ApiError::Refused(_) => "refused",
            ApiError::InterruptNotPending => "interrupt_not_pending",
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({ "error": { "code": self.code(), "message": self.to_string() } });
        let mut response = (self.status(), Json(body)).into_response();
        let retry_after = match self {
            ApiError::RateLimited(seconds) => Some(seconds),
            ApiError::TooManyRuns => Some(1),
            _ => None,
        };
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

impl From<showroom_commerce::CommerceError> for ApiError {
    fn from(error: showroom_commerce::CommerceError) -> ApiError {
        use showroom_commerce::CommerceError;
        match error {
            // Not found and not yours are one answer.
            CommerceError::ProductNotFound(_) => ApiError::NotFound,
            CommerceError::Unavailable => ApiError::StoreUnavailable,
            CommerceError::SignInRefused => ApiError::SignInFailed,
            CommerceError::Unsupported => ApiError::NotSupported,
            CommerceError::BadQuantity(q) => ApiError::BadQuantity(q),
            CommerceError::SignInRequired => ApiError::SignInRequired,
            CommerceError::NotFound => ApiError::NotFound,
            CommerceError::ModelUnavailable => ApiError::StoreUnavailable,
            // The client words a refusal by its code; the message is for logs.
            CommerceError::Refused(refusal) => ApiError::Refused(refusal.to_string()),
            CommerceError::BadData(what) => ApiError::StoreBadData(what),
        }
    }
}
