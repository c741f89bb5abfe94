//! The HTTP side of the client: JSON-RPC to Odoo 17/18 and JSON-2 to 19, behind one call API
//! with parameters by name, a timeout, a cap on calls in flight, retries for reads only, and a
//! count of round trips (tests assert on it).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Map, Value};
use tokio::sync::Semaphore;

use crate::rpc::{self, Credentials};
use crate::{json2, OdooError, OdooVersion};

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

/// How calls travel: JSON-RPC's `execute_kw` up to 18, JSON-2 from 19.
enum Transport {
    JsonRpc {
        endpoint: String,
        credentials: Credentials,
    },
    Json2 {
        base: String,
        db: String,
        api_key: String,
    },
}

/// One HTTP request, ready to send (again, for a read).
enum Request<'a> {
    JsonRpc(&'a str, Value),
    Json2(&'a str, &'a str, &'a str, Value),
}

/// A connected Odoo client.
pub struct OdooClient {
    http: reqwest::Client,
    transport: Transport,
    version: OdooVersion,
    in_flight: Arc<Semaphore>,
    round_trips: AtomicU64,
    next_id: AtomicU64,
}

/// Methods whose values go by position over JSON-RPC: `(method, parameter)`.
const POSITIONAL: &[(&str, &str)] = &[("create", "vals_list"), ("write", "vals")];

impl OdooClient {
    /// Detects the version (`common.version`; `/web/version` where `/jsonrpc` is gone) and
    /// checks the bot user's API key: `common.authenticate` up to 18, a call with the key as
    /// bearer token from 19. Two round trips.
    pub async fn connect(config: &OdooConfig) -> Result<OdooClient, OdooError> {
        let http = reqwest::Client::builder()
            .timeout(config.timeout)
            .user_agent(concat!("showroom/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|_| OdooError::Unreachable)?;
        let base = config.url.trim_end_matches('/').to_owned();
        let mut client = OdooClient {
            http,
            transport: Transport::JsonRpc {
                endpoint: format!("{base}/jsonrpc"),
                credentials: Credentials {
                    db: config.db.clone(),
                    uid: 0,
                    api_key: config.api_key.clone(),
                },
            },
            version: OdooVersion::V18,
            in_flight: Arc::new(Semaphore::new(config.max_concurrent.max(1))),
            round_trips: AtomicU64::new(0),
            next_id: AtomicU64::new(1),
        };
        let (major, label) = match client.service("common", "version", json!([])).await {
            Ok(info) => (
                info.pointer("/server_version_info/0")
                    .and_then(Value::as_u64),
                info["server_version"].as_str().unwrap_or("?").to_owned(),
            ),
            Err(OdooError::Http(404)) => client.web_version(&base).await?,
            Err(error) => return Err(error),
        };
        client.version = major
            .and_then(OdooVersion::from_major)
            .ok_or(OdooError::UnsupportedVersion(label))?;
        if client.version >= OdooVersion::V19 {
            client.transport = Transport::Json2 {
                base,
                db: config.db.clone(),
                api_key: config.api_key.clone(),
            };
            // Any call checks the key; this one reads nothing of note.
            client
                .call(
                    "res.users",
                    "context_get",
                    None,
                    Map::new(),
                    None,
                    Call::Read,
                )
                .await?;
        } else {
            let args = json!([config.db, config.login, config.api_key, {}]);
            let uid = client.service("common", "authenticate", args).await?;
            if let Transport::JsonRpc { credentials, .. } = &mut client.transport {
                credentials.uid = uid.as_u64().ok_or(OdooError::Authentication)?;
            }
        }
        Ok(client)
    }

    /// `GET /web/version`: `{"version_info": [19, 0, ...], "version": "19.0"}`.
    async fn web_version(&self, base: &str) -> Result<(Option<u64>, String), OdooError> {
        self.round_trips.fetch_add(1, Ordering::Relaxed);
        let response = self
            .http
            .get(format!("{base}/web/version"))
            .send()
            .await
            .map_err(transport_error)?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await.map_err(transport_error)?;
        let info = json2::read_answer(status, &bytes)?;
        Ok((
            info.pointer("/version_info/0").and_then(Value::as_u64),
            info["version"].as_str().unwrap_or("?").to_owned(),
        ))
    }

    pub fn version(&self) -> OdooVersion {
        self.version
    }

    /// How many HTTP requests this client has made.
    pub fn round_trips(&self) -> u64 {
        self.round_trips.load(Ordering::Relaxed)
    }

    /// `model.method` as the bot user: on the records `ids` (none for a model method), with
    /// `params` by name and `context`. The same call on every version.
    pub async fn call(
        &self,
        model: &str,
        method: &str,
        ids: Option<&[u64]>,
        params: Map<String, Value>,
        context: Option<Map<String, Value>>,
        call: Call,
    ) -> Result<Value, OdooError> {
        match &self.transport {
            Transport::JsonRpc {
                endpoint,
                credentials,
            } => {
                let mut kwargs = params;
                // Over execute_kw the records go first, then these methods' values by position:
                // overrides rename them (sale.order.line's `write(values)`) and `create`
                // (`api.model_create_multi`) fails by name with an IndexError on Odoo 18.
                let mut args: Vec<Value> = ids.map(|ids| json!(ids)).into_iter().collect();
                if let Some((_, name)) = POSITIONAL.iter().find(|(m, _)| *m == method) {
                    if let Some(values) = kwargs.remove(*name) {
                        args.push(values);
                    }
                }
                let args = Value::Array(args);
                if let Some(context) = context {
                    kwargs.insert("context".into(), Value::Object(context));
                }
                let id = self.next_id.fetch_add(1, Ordering::Relaxed);
                let body = rpc::execute_kw(id, credentials, model, method, args, kwargs);
                self.send(Request::JsonRpc(endpoint, body), call).await
            }
            Transport::Json2 { base, db, api_key } => {
                let url = format!("{base}{}", json2::path(model, method));
                let body = json2::body(ids, params, context);
                self.send(Request::Json2(&url, db, api_key, body), call)
                    .await
            }
        }
    }

    /// `search_read`: the records matching `domain`, with `fields`.
    pub async fn search_read(
        &self,
        model: &str,
        domain: Value,
        fields: &[&str],
        limit: Option<u32>,
        order: Option<&str>,
        context: Option<Map<String, Value>>,
    ) -> Result<Vec<Value>, OdooError> {
        let mut params = Map::new();
        params.insert("domain".into(), domain);
        params.insert("fields".into(), json!(fields));
        if let Some(limit) = limit {
            params.insert("limit".into(), json!(limit));
        }
        if let Some(order) = order {
            params.insert("order".into(), json!(order));
        }
        let records = self
            .call(model, "search_read", None, params, context, Call::Read)
            .await?;
        list(records)
    }

    /// `read`: `fields` of the records `ids`.
    pub async fn read(
        &self,
        model: &str,
        ids: &[u64],
        fields: &[&str],
        context: Option<Map<String, Value>>,
    ) -> Result<Vec<Value>, OdooError> {
        let mut params = Map::new();
        params.insert("fields".into(), json!(fields));
        let records = self
            .call(model, "read", Some(ids), params, context, Call::Read)
            .await?;
        list(records)
    }

    /// `create`: one record per value map, in one call (a record and its lines together, as
    /// one2many commands, are created whole or not at all).
    pub async fn create(
        &self,
        model: &str,
        values: Vec<Value>,
        context: Option<Map<String, Value>>,
    ) -> Result<Vec<u64>, OdooError> {
        let mut params = Map::new();
        params.insert("vals_list".into(), Value::Array(values));
        let ids = self
            .call(model, "create", None, params, context, Call::Write)
            .await?;
        match ids {
            Value::Array(ids) => ids
                .iter()
                .map(|id| id.as_u64().ok_or_else(|| malformed("an id")))
                .collect(),
            Value::Number(id) => Ok(vec![id.as_u64().ok_or_else(|| malformed("an id"))?]),
            _ => Err(malformed("the new ids")),
        }
    }

    /// `write`: `values` on the records `ids`.
    pub async fn write(
        &self,
        model: &str,
        ids: &[u64],
        values: Value,
        context: Option<Map<String, Value>>,
    ) -> Result<(), OdooError> {
        let mut params = Map::new();
        params.insert("vals".into(), values);
        self.call(model, "write", Some(ids), params, context, Call::Write)
            .await
            .map(drop)
    }

    /// Checks a person's own Odoo login and password (a portal user signing in): their user
    /// id, or `None` when Odoo refuses them. The password is sent once and never kept.
    /// Up to 18 through `common.authenticate`; on 19 through a web session, since JSON-2 takes
    /// API keys only and a portal user has none (see [`OdooClient::web_session_user`]).
    pub async fn check_user(&self, login: &str, password: &str) -> Result<Option<u64>, OdooError> {
        let checked = match &self.transport {
            Transport::JsonRpc { credentials, .. } => {
                let args = json!([credentials.db, login, password, {}]);
                self.service("common", "authenticate", args)
                    .await
                    .map(|uid| uid.as_u64())
            }
            Transport::Json2 { base, db, .. } => {
                self.web_session_user(base, db, login, password).await
            }
        };
        match checked {
            Ok(uid) => Ok(uid.filter(|&uid| uid > 0)),
            Err(OdooError::Authentication) => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// Odoo 19 signs a person in as its web client does: `/web/session/authenticate` with the
    /// database, login and password checks them (a wrong one is `AccessDenied`) and opens a
    /// session. The agent keeps acting as the bot for the customer it now knows, so that session
    /// is closed again at once (`/web/session/destroy` with its cookie): none is left open in
    /// the person's name. Closing it is best effort; the answer stands either way.
    async fn web_session_user(
        &self,
        base: &str,
        db: &str,
        login: &str,
        password: &str,
    ) -> Result<Option<u64>, OdooError> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let params = json!({"db": db, "login": login, "password": password});
        let url = format!("{base}/web/session/authenticate");
        let (info, session) = self.web_route(&url, rpc::web(id, params), None).await?;
        if let Some(session) = session {
            let id = self.next_id.fetch_add(1, Ordering::Relaxed);
            let url = format!("{base}/web/session/destroy");
            let _ = self
                .web_route(&url, rpc::web(id, json!({})), Some(&session))
                .await;
        }
        Ok(info["uid"].as_u64())
    }

    /// A web client route (JSON-RPC, errors as HTTP 200), sent once, with the session `cookie`
    /// if given: its result, and the session cookie Odoo set (`session_id=…`), if any.
    async fn web_route(
        &self,
        url: &str,
        body: Value,
        cookie: Option<&str>,
    ) -> Result<(Value, Option<String>), OdooError> {
        let _permit = self
            .in_flight
            .acquire()
            .await
            .map_err(|_| OdooError::Unreachable)?;
        self.round_trips.fetch_add(1, Ordering::Relaxed);
        let mut request = self.http.post(url).json(&body);
        if let Some(cookie) = cookie {
            request = request.header(reqwest::header::COOKIE, cookie);
        }
        let response = request.send().await.map_err(transport_error)?;
        let status = response.status();
        if !status.is_success() {
            return Err(OdooError::Http(status.as_u16()));
        }
        let session = response
            .headers()
            .get_all(reqwest::header::SET_COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .filter_map(|value| value.split(';').next())
            .find(|pair| pair.starts_with("session_id="))
            .map(str::to_owned);
        let bytes = response.bytes().await.map_err(transport_error)?;
        Ok((rpc::read_answer(&bytes)?, session))
    }

    /// A JSON-RPC service call (`common.version`, `common.authenticate`).
    async fn service(&self, service: &str, method: &str, args: Value) -> Result<Value, OdooError> {
        let Transport::JsonRpc { endpoint, .. } = &self.transport else {
            return Err(OdooError::Rejected(format!(
                "{service}.{method} is JSON-RPC only"
            )));
        };
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let body = rpc::call(id, service, method, args);
        self.send(Request::JsonRpc(endpoint, body), Call::Read)
            .await
    }

    async fn send(&self, request: Request<'_>, call: Call) -> Result<Value, OdooError> {
        let mut delays = READ_RETRIES.iter();
        loop {
            match self.send_once(&request).await {
                Err(error) if call == Call::Read && error.is_transient() => match delays.next() {
                    Some(delay) => tokio::time::sleep(*delay).await,
                    None => return Err(error),
                },
                result => return result,
            }
        }
    }

    async fn send_once(&self, request: &Request<'_>) -> Result<Value, OdooError> {
        let _permit = self
            .in_flight
            .acquire()
            .await
            .map_err(|_| OdooError::Unreachable)?;
        self.round_trips.fetch_add(1, Ordering::Relaxed);
        match request {
            Request::JsonRpc(endpoint, body) => {
                let response = self
                    .http
                    .post(*endpoint)
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
            Request::Json2(url, db, api_key, body) => {
                let response = self
                    .http
                    .post(*url)
                    // As the documentation writes it (schemes are case-insensitive anyway).
                    .header("Authorization", format!("bearer {api_key}"))
                    .header("X-Odoo-Database", *db)
                    .json(body)
                    .send()
                    .await
                    .map_err(transport_error)?;
                let status = response.status().as_u16();
                let bytes = response.bytes().await.map_err(transport_error)?;
                json2::read_answer(status, &bytes)
            }
        }
    }
}

fn list(value: Value) -> Result<Vec<Value>, OdooError> {
    match value {
        Value::Array(records) => Ok(records),
        _ => Err(malformed("a list of records")),
    }
}

fn malformed(what: &str) -> OdooError {
    OdooError::Malformed(format!("expected {what}"))
}

fn transport_error(error: reqwest::Error) -> OdooError {
    if error.is_timeout() {
        OdooError::Timeout
    } else {
        OdooError::Unreachable
    }
}
