//! A quotation half made in Odoo — created, then marking it sent failed — is finished by the
//! next approval of the same quote, never created twice: the connector searches its key
//! (`origin`) before creating. Against a small fake speaking Odoo 18's JSON-RPC whose first
//! `action_quotation_sent` fails.

use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};
use showroom_commerce::{Commerce, CommerceError, Customer, Language, QuotationNotes, Viewer};
use showroom_odoo::OdooCommerce;

/// What the fake holds: the order once created, and how many creates and "mark sent" calls it
/// saw.
#[derive(Default)]
struct Fake {
    order: Option<(String, &'static str)>,
    creates: usize,
    marks: usize,
}

type Shared = Arc<Mutex<Fake>>;

fn ok(id: &Value, result: Value) -> Json<Value> {
    Json(json!({ "jsonrpc": "2.0", "id": id, "result": result }))
}

async fn rpc(State(fake): State<Shared>, Json(body): Json<Value>) -> Json<Value> {
    let id = body["id"].clone();
    let args = &body["params"]["args"];
    match body["params"]["method"].as_str().unwrap_or_default() {
        "version" => {
            return ok(
                &id,
                json!({ "server_version_info": [18, 0, 0, "final", 0, ""], "server_version": "18.0" }),
            )
        }
        "authenticate" => return ok(&id, json!(8)),
        _ => {}
    }
    let (model, method) = (
        args[3].as_str().unwrap_or_default(),
        args[4].as_str().unwrap_or_default(),
    );
    let mut fake = fake.lock().unwrap();
    match (model, method) {
        ("res.company", "search_read") => ok(&id, json!([{ "id": 1, "currency_id": [1, "EUR"] }])),
        ("sale.order", "search_read") => match &fake.order {
            Some((key, state)) if args[6]["domain"][0][2] == key.as_str() => {
                ok(&id, json!([{ "id": 50, "state": state }]))
            }
            _ => ok(&id, json!([])),
        },
        ("product.product", "read") => ok(
            &id,
            json!([{ "id": 45, "name": "Customizable Desk", "free_qty": 10.0, "is_storable": true }]),
        ),
        ("sale.order", "create") => {
            fake.creates += 1;
            let key = args[5][0][0]["origin"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            fake.order = Some((key, "draft"));
            ok(&id, json!([50]))
        }
        ("sale.order", "action_quotation_sent") => {
            fake.marks += 1;
            if fake.marks == 1 {
                // The first call fails (a lock timeout on Odoo's side, say).
                return Json(json!({ "jsonrpc": "2.0", "id": id, "error": { "code": 200,
                    "message": "Odoo Server Error",
                    "data": { "name": "psycopg2.errors.LockNotAvailable", "message": "could not obtain lock", "debug": "Traceback …" } } }));
            }
            if let Some(order) = &mut fake.order {
                order.1 = "sent";
            }
            ok(&id, Value::Null)
        }
        ("sale.order", "get_portal_url") => ok(&id, json!("/my/orders/50?access_token=t0k3n")),
        ("sale.order", "read") => ok(
            &id,
            json!([{ "id": 50, "name": "S00050", "state": "sent", "client_order_ref": false,
                "require_signature": true, "require_payment": false, "validity_date": "2026-12-27",
                "expected_date": "2026-11-30 09:00:00", "is_expired": false }]),
        ),
        _ => ok(&id, json!(false)),
    }
}

#[tokio::test]
async fn a_half_made_quotation_is_finished_not_made_again() {
    let fake: Shared = Arc::default();
    let app = Router::new()
        .route("/jsonrpc", post(rpc))
        .with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let store = OdooCommerce::connect(
        &showroom_odoo::OdooConfig {
            url,
            db: "demo".into(),
            login: "showroom-bot".into(),
            api_key: "key".into(),
            timeout: std::time::Duration::from_secs(5),
            max_concurrent: 4,
        },
        showroom_commerce::clock::Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC)),
    )
    .await
    .unwrap();
    let viewer = Viewer::for_customer(
        Some(&Customer {
            partner_id: 8,
            contact_id: None,
            name: "Joel Willis".into(),
        }),
        Language::new("en"),
    );
    let lines = [(45, "2".to_owned())];

    let first = store
        .send_quotation(&viewer, &lines, &QuotationNotes::default(), "approval-1")
        .await;
    assert!(
        matches!(
            first,
            Err(CommerceError::Unavailable) | Err(CommerceError::Refused(_))
        ),
        "{first:?}"
    );
    // The approval is given again (it stayed pending): the draft is found and marked sent.
    let again = store
        .send_quotation(&viewer, &lines, &QuotationNotes::default(), "approval-1")
        .await
        .unwrap();
    assert_eq!(again.reference, "S00050");
    assert_eq!(again.state, showroom_commerce::OrderState::QuotationSent);
    assert_eq!(
        again.acceptance,
        showroom_commerce::Acceptance::SignInPortal
    );
    assert!(again
        .portal_url
        .as_deref()
        .is_some_and(|u| u.ends_with("/my/orders/50?access_token=t0k3n")));
    let fake = fake.lock().unwrap();
    assert_eq!(
        (fake.creates, fake.marks),
        (1, 2),
        "one quotation, marked sent on the second try"
    );
}
