//! Runtime configuration: `/config.json`, never a query parameter (a link must not re-point a
//! shopper's chat).

use leptos::prelude::*;
use serde::Deserialize;

/// What the app may use of the agent it talks to.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Features {
    #[serde(default)]
    pub threads: bool,
    #[serde(default)]
    pub actions: bool,
    #[serde(default)]
    pub session: bool,
}

/// The contents of `/config.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct AppConfig {
    pub agent_url: String,
    #[serde(default = "Features::none")]
    pub features: Features,
}

impl Features {
    fn none() -> Features {
        Features {
            threads: false,
            actions: false,
            session: false,
        }
    }
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            agent_url: "/api/agent".to_owned(),
            features: Features::none(),
        }
    }
}

impl AppConfig {
    /// Reads `/config.json`; on any failure the built-in agent at `/api/agent` is used.
    pub async fn load() -> AppConfig {
        let response = gloo_net::http::Request::get("/config.json").send().await;
        match response {
            Ok(r) if r.ok() => r.json().await.unwrap_or_default(),
            _ => AppConfig::default(),
        }
    }

    pub fn provide(self) {
        provide_context(self);
    }

    pub fn expect() -> AppConfig {
        expect_context::<AppConfig>()
    }
}
