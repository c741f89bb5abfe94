//! A JSON body extractor whose every failure is a clear [`ApiError`].

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use super::MAX_BODY;
use crate::ApiError;

/// `Json<T>`, but bad input answers 400 / 413 / 415 with our error body.
pub struct ValidJson<T>(pub T);

impl<S, T> FromRequest<S> for ValidJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(ValidJson(value)),
            Err(rejection) => Err(match rejection {
                JsonRejection::MissingJsonContentType(_) => ApiError::UnsupportedMediaType,
                JsonRejection::JsonSyntaxError(e) => ApiError::InvalidJson(e.body_text()),
                JsonRejection::JsonDataError(e) => ApiError::InvalidRequest(e.body_text()),
                other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    ApiError::PayloadTooLarge(MAX_BODY)
                }
                other => ApiError::InvalidRequest(other.body_text()),
            }),
        }
    }
}
