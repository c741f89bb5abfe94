//! One person chatting in one thread over a real socket, and what to read from a run's events.
#![allow(dead_code)] // each test file uses some of it

use serde_json::{json, Value};
use showroom_protocol::{Event, RunOutcome, SseDecoder};

use super::post;

/// One person in one thread.
pub struct Chat {
    pub base: String,
    pub cookie: String,
    pub thread: String,
    /// Sent as `forwardedProps.showroom.locale` when set.
    pub locale: Option<&'static str>,
    runs: usize,
}

impl Chat {
    /// A session signed in as the demo customer `login` (none: anonymous).
    pub async fn open(base: &str, login: Option<&str>) -> Chat {
        let response = reqwest::get(format!("{base}/api/session")).await.unwrap();
        let cookie = super::session_cookie(&response);
        if let Some(login) = login {
            let body = json!({ "login": login, "password": "" }).to_string();
            let signed = post(base, "/api/session", body, Some(&cookie)).await;
            assert_eq!(signed.status(), 200, "sign in as {login}");
        }
        Chat {
            base: base.to_owned(),
            cookie,
            thread: format!("t-{}", uuid::Uuid::new_v4()),
            locale: None,
            runs: 0,
        }
    }

    pub async fn run(&mut self, body: Value) -> (u16, Vec<Event>) {
        self.runs += 1;
        let mut body = body;
        body["threadId"] = json!(self.thread);
        body["runId"] = json!(format!("r{}", self.runs));
        if let Some(locale) = self.locale {
            body["forwardedProps"] = json!({ "showroom": { "locale": locale } });
        }
        let response = post(
            &self.base,
            "/api/agent",
            body.to_string(),
            Some(&self.cookie),
        )
        .await;
        let status = response.status().as_u16();
        let bytes = response.bytes().await.unwrap();
        let mut decoder = SseDecoder::default();
        let events = decoder
            .push(&bytes)
            .into_iter()
            .filter_map(|f| Event::from_json(&f.ok()?.data).ok())
            .collect();
        (status, events)
    }

    pub async fn say(&mut self, text: &str) -> Vec<Event> {
        let id = format!("u{}", self.runs + 1);
        let (status, events) = self
            .run(json!({ "messages": [{ "id": id, "role": "user", "content": text }] }))
            .await;
        assert_eq!(status, 200, "{text}");
        events
    }

    pub async fn resume(&mut self, interrupt: &str, status: &str) -> (u16, Vec<Event>) {
        self.run(
            json!({ "messages": [], "resume": [{ "interruptId": interrupt, "status": status }] }),
        )
        .await
    }
}

/// The interrupt a run ended on.
pub fn interrupt(events: &[Event]) -> Option<String> {
    events.iter().find_map(|e| match e {
        Event::RunFinished(f) => match &f.outcome {
            Some(RunOutcome::Interrupt { interrupts }) => Some(interrupts[0].id.clone()),
            _ => None,
        },
        _ => None,
    })
}

pub fn outcome_is_success(events: &[Event]) -> bool {
    events.iter().any(|e| {
        matches!(e, Event::RunFinished(f) if matches!(f.outcome, Some(RunOutcome::Success { .. })))
    })
}

pub fn text(events: &[Event]) -> String {
    events
        .iter()
        .filter_map(|e| match e {
            Event::TextMessageContent(c) => Some(c.delta.as_str()),
            _ => None,
        })
        .collect()
}

/// The last value a component of `activity_type` was given at `path` (a snapshot or a patch).
pub fn last_value(events: &[Event], activity_type: &str, field: &str) -> Option<Value> {
    events.iter().rev().find_map(|e| match e {
        Event::ActivitySnapshot(s) if s.activity_type == activity_type => {
            Some(s.content["data"][field].clone())
        }
        Event::ActivityDelta(d) if d.activity_type == activity_type => d
            .patch
            .iter()
            .find(|op| op["path"] == "/data")
            .map(|op| op["value"][field].clone()),
        _ => None,
    })
}

/// The message id of the first component of `activity_type` the run showed.
pub fn component_id(events: &[Event], activity_type: &str) -> Option<String> {
    events.iter().find_map(|e| match e {
        Event::ActivitySnapshot(s) if s.activity_type == activity_type => {
            Some(s.message_id.clone())
        }
        _ => None,
    })
}
