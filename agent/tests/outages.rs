//! The store going down in the middle of an approval (issue #20, "Faults"): a message sent while
//! a quote waits for approval answers that approval `cancelled` and puts the quote back to draft;
//! with the store down the quote cannot be priced, and it must still come back as a draft (its
//! old prices, read when they were) with its button, never stay "awaiting approval" with none.

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use common::chat::{interrupt, last_value, Chat};
use serde_json::json;
use showroom_commerce::{
    Commerce, CommerceError, Customer, Image, PricedQuote, Product, ProductHit, Viewer,
};
use showroom_demo_store::DemoStore;
use showroom_protocol::Event;

/// The demo store, with a switch that takes its prices down as an unreachable Odoo would.
struct Flaky {
    store: DemoStore,
    down: Arc<AtomicBool>,
}

#[async_trait::async_trait]
impl Commerce for Flaky {
    async fn search_products(
        &self,
        viewer: &Viewer,
        query: &str,
        limit: usize,
    ) -> Result<Vec<ProductHit>, CommerceError> {
        self.store.search_products(viewer, query, limit).await
    }

    async fn compare_products(
        &self,
        viewer: &Viewer,
        ids: &[u64],
    ) -> Result<Vec<Product>, CommerceError> {
        self.store.compare_products(viewer, ids).await
    }

    async fn product_image(&self, viewer: &Viewer, id: u64) -> Result<Image, CommerceError> {
        self.store.product_image(viewer, id).await
    }

    async fn ready(&self) -> Result<(), CommerceError> {
        match self.down.load(Ordering::SeqCst) {
            true => Err(CommerceError::Unavailable),
            false => Ok(()),
        }
    }

    async fn sign_in(&self, login: &str, password: &str) -> Result<Customer, CommerceError> {
        self.store.sign_in(login, password).await
    }

    async fn price_quote(
        &self,
        viewer: &Viewer,
        lines: &[(u64, String)],
    ) -> Result<PricedQuote, CommerceError> {
        if self.down.load(Ordering::SeqCst) {
            return Err(CommerceError::Unavailable);
        }
        self.store.price_quote(viewer, lines).await
    }
}

/// When the quote card in `events` (the first met) says its prices were read.
fn quote_read_at<'a>(mut events: impl Iterator<Item = &'a Event>) -> Option<serde_json::Value> {
    events.find_map(|e| match e {
        Event::ActivityDelta(d) if d.activity_type == "showroom.quote_card" => d
            .patch
            .iter()
            .find(|op| op["path"] == "/readAt")
            .map(|op| op["value"].clone()),
        _ => None,
    })
}

#[tokio::test]
async fn a_message_during_an_outage_leaves_the_quote_a_draft_with_its_button() {
    let config = common::config();
    let down = Arc::new(AtomicBool::new(false));
    let mut state = showroom_agent::AppState::from_config(&config).unwrap();
    state.commerce = Arc::new(Flaky {
        store: DemoStore::new(config.clock.clone()),
        down: down.clone(),
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        axum::serve(listener, showroom_agent::app(state))
            .await
            .unwrap()
    });
    let mut chat = Chat::open(&base, Some("deco")).await;
    chat.say("add 2 office lamps to my quote").await;
    let asked = chat.say("submit my quote").await;
    assert!(interrupt(&asked).is_some());
    let read_at = quote_read_at(asked.iter()).unwrap();

    down.store(true, Ordering::SeqCst);
    let said = chat.say("add 1 office chair to my quote").await;
    assert_eq!(
        last_value(&said, "showroom.approval_card", "state"),
        Some(json!("rejected"))
    );
    assert_eq!(
        last_value(&said, "showroom.quote_card", "state"),
        Some(json!("draft")),
        "back to draft, so it can be submitted again"
    );
    let restored = quote_read_at(said.iter().rev()).unwrap();
    assert_eq!(
        restored, read_at,
        "its prices as read then, not as if read now"
    );
    let lines = last_value(&said, "showroom.quote_card", "lines").unwrap();
    assert_eq!(
        lines.as_array().unwrap().len(),
        1,
        "nothing added while down"
    );
    let code = said.iter().find_map(|e| match e {
        Event::RunError(e) => e.code.clone(),
        _ => None,
    });
    assert_eq!(code.as_deref(), Some("store_unavailable"));

    // The readiness probe says so, with the store's stable code; the process itself is alive.
    let ready = reqwest::get(format!("{base}/api/ready")).await.unwrap();
    assert_eq!(ready.status(), 503);
    let body: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(
        body,
        json!({ "status": "not_ready", "store": "store_unavailable" })
    );
    let alive = reqwest::get(format!("{base}/api/health")).await.unwrap();
    assert_eq!(alive.status(), 200);

    // Back up: ready again, and the same quote is submitted again.
    down.store(false, Ordering::SeqCst);
    let ready = reqwest::get(format!("{base}/api/ready")).await.unwrap();
    assert_eq!(ready.status(), 200);
    let again = chat.say("submit my quote").await;
    assert!(
        interrupt(&again).is_some(),
        "asked again once the store is back"
    );
}
