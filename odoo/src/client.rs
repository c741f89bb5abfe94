//! The HTTP side of the client: JSON-RPC calls to Odoo 17/18 with a timeout, a cap on calls in
//! flight, retries for reads only, and a count of round trips (tests assert on it).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Map, Value};
use tokio::sync::Semaphore;

use crate::rpc::{self, Credentials};
use crate::{OdooError, OdooVersion};

/// Where Odoo is and who the calls are made as (a dedicated bot user and its API key).
#[derive(Clone, Debug)]
pub struct OdooConfig {
    /// e.g. `http://127.0.0.1:8069`
    pub url: String,
    pub db: String,
    pub login: String,
    pub api_key: String,
    /// How long one call may take before it is reported as [`OdooError::Timeout`].
    pub timeout: Duration,
    /// How many calls may be in flight at once.
    pub max_concurrent: usize,
}

/// Whether a call may be sent again after a transient failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    /// Reads: retried on network failures, timeouts and HTTP 5xx.
    Read,
    /// Writes: sent once. A write that may have happened is never repeated blindly; callers
    /// use an idempotency key on the record and search for it instead.
    Write,
}

/// Delays before the second and third try of a read.
const READ_RETRIES: [Duration; 2] = [Duration::from_millis(100), Duration::from_millis(300)];

/// A connected Odoo client.
pub struct OdooClient {
    http: reqwest::Client,
    endpoint: String,
    credentials: Credentials,
    version: OdooVersion,
    in_flight: Arc<Semaphore>,
    round_trips: AtomicU64,
    next_id: AtomicU64,
}

impl OdooClient {
    /// Detects the version (`common.version`) and signs the bot user in with its API key
    /// (`common.authenticate`): two round trips.
    pub async fn connect(config: &OdooConfig) -> Result<OdooClient, OdooError> {
        let http = reqwest::Client::builder()
            .timeout(config.timeout)
            .build()
            .map_err(|_| OdooError::Unreachable)?;
        let mut client = OdooClient {
            http,
            endpoint: format!("{}/jsonrpc", config.url.trim_end_matches('/')),
            credentials: Credentials {
                db: config.db.clone(),
                uid: 0,
                api_key: config.api_key.clone(),
            },
            version: OdooVersion::V18,
            in_flight: Arc::new(Semaphore::new(config.max_concurrent.max(1))),
            round_trips: AtomicU64::new(0),
            next_id: AtomicU64::new(1),
        };
        let info = client
            .call("common", "version", json!([]), Call::Read)
            .await?;
        let major = info
            .pointer("/server_version_info/0")
            .and_then(Value::as_u64)
            .unwrap_or(0);
        client.version = OdooVersion::from_major(major).ok_or_else(|| {
            OdooError::UnsupportedVersion(info["server_version"].as_str().unwrap_or("?").to_owned())
        })?;
        let args = json!([config.db, config.login, config.api_key, {}]);
        let uid = client
            .call("common", "authenticate", args, Call::Read)
            .await?;
        client.credentials.uid = uid.as_u64().ok_or(OdooError::Authentication)?;
        Ok(client)
    }

    pub fn version(&self) -> OdooVersion {
        self.version
    }

    /// How many HTTP requests this client has made.
    pub fn round_trips(&self) -> u64 {
        self.round_trips.load(Ordering::Relaxed)
    }

    /// `model.method(*args, **kwargs)` as the bot user.
    pub async fn execute_kw(
        &self,
        model: &str,
        method: &str,
        args: Value,
        kwargs: Map<String, Value>,
        call: Call,
    ) -> Result<Value, OdooError> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let body = rpc::execute_kw(id, &self.credentials, model, method, args, kwargs);
        self.send(&body, call).await
    }

    async fn call(
        &self,
        service: &str,
        method: &str,
        args: Value,
        call: Call,
    ) -> Result<Value, OdooError> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        self.send(&rpc::call(id, service, method, args), call).await
    }

    async fn send(&self, body: &Value, call: Call) -> Result<Value, OdooError> {
        let mut delays = READ_RETRIES.iter();
        loop {
            match self.send_once(body).await {
                Err(error) if call == Call::Read && error.is_transient() => match delays.next() {
                    Some(delay) => tokio::time::sleep(*delay).await,
                    None => return Err(error),
                },
                result => return result,
            }
        }
    }

    async fn send_once(&self, body: &Value) -> Result<Value, OdooError> {
        let _permit = self
            .in_flight
            .acquire()
            .await
            .map_err(|_| OdooError::Unreachable)?;
        self.round_trips.fetch_add(1, Ordering::Relaxed);
        let response = self
            .http
            .post(&self.endpoint)
            .json(body)
            .send()
            .await
            .map_err(transport_error)?;
        let status = response.status();
        if !status.is_success() {
            return Err(OdooError::Http(status.as_u16()));
        }
        let bytes = response.bytes().await.map_err(transport_error)?;
        rpc::read_answer(&bytes)
    }
}

fn transport_error(error: reqwest::Error) -> OdooError {
    if error.is_timeout() {
        OdooError::Timeout
    } else {
        OdooError::Unreachable
    }
}
