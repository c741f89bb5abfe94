//! `/api/session`: sign in as a demo customer, see their prices in a comparison, sign out; the
//! customer always comes from the session, never from the input.

mod common;

use std::time::Duration;

use common::{post, session_cookie, start};
use serde_json::{json, Value};
use showroom_protocol::{Event, SseDecoder};

async fn who(base: &str, cookie: &str) -> Value {
    let response = reqwest::Client::new()
        .get(format!("{base}/api/session"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
}

/// Compares the office chair and lamp on a new thread; the comparator's first product.
async fn chair_price(base: &str, cookie: &str, forwarded: Value) -> Value {
    let body = json!({
        "threadId": format!("t-{}", uuid::Uuid::new_v4()), "runId": "r",
        "messages": [{"id": "u", "role": "user", "content": "compare the office chair and the office lamp"}],
        "forwardedProps": forwarded,
    });
    let response = post(base, "/api/agent", body.to_string(), Some(cookie)).await;
    assert_eq!(response.status(), 200);
    let mut decoder = SseDecoder::default();
    let bytes = response.bytes().await.unwrap();
    for frame in decoder.push(&bytes) {
        if let Ok(Event::ActivitySnapshot(a)) = Event::from_json(&frame.unwrap().data) {
            return a.content["data"]["products"][0].clone();
        }
    }
    panic!("no comparator");
}

#[tokio::test]
async fn a_demo_customer_signs_in_sees_their_prices_and_signs_out() {
    let base = start(Duration::ZERO).await;
    let response = reqwest::Client::new()
        .get(format!("{base}/api/session"))
        .send()
        .await
        .unwrap();
    let cookie = session_cookie(&response);
    let me: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
    assert_eq!(me, json!({"signedIn": false}));
    let anonymous = chair_price(&base, &cookie, json!({})).await;
    assert_eq!(anonymous["price"]["amount"], "120.50");
    assert!(anonymous.get("listPrice").is_none_or(Value::is_null));

    // A wrong login: 401, and still anonymous.
    let refused = post(
        &base,
        "/api/session",
        json!({"login": "nobody"}).to_string(),
        Some(&cookie),
    )
    .await;
    assert_eq!(refused.status(), 401);
    let body: Value = serde_json::from_slice(&refused.bytes().await.unwrap()).unwrap();
    assert_eq!(body["error"]["code"], "sign_in_failed");
    assert_eq!(who(&base, &cookie).await["signedIn"], false);

    let signed = post(
        &base,
        "/api/session",
        json!({"login": "deco"}).to_string(),
        Some(&cookie),
    )
    .await;
    assert_eq!(signed.status(), 200);
    let me = who(&base, &cookie).await;
    assert_eq!(me["customer"]["name"], "Deco Addict");
    let deco = chair_price(&base, &cookie, json!({})).await;
    assert_eq!(deco["price"]["amount"], "108.45", "Benelux B2B: 10 % off");
    assert_eq!(deco["listPrice"]["amount"], "120.50");

    // Nothing the browser sends can name another customer.
    let forged = chair_price(
        &base,
        &cookie,
        json!({"showroom": {"partnerId": 12, "customer": "azure"}}),
    )
    .await;
    assert_eq!(forged["price"]["amount"], "108.45");
    // Another session is not signed in.
    let other = reqwest::Client::new()
        .get(format!("{base}/api/session"))
        .send()
        .await
        .unwrap();
    let other = session_cookie(&other);
    assert_eq!(who(&base, &other).await["signedIn"], false);

    let out = reqwest::Client::new()
        .delete(format!("{base}/api/session"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 204);
    assert_eq!(who(&base, &cookie).await["signedIn"], false);
    assert_eq!(
        chair_price(&base, &cookie, json!({})).await["price"]["amount"],
        "120.50"
    );
}

#[tokio::test]
async fn bad_sign_in_bodies_are_clear_errors() {
    let base = start(Duration::ZERO).await;
    for body in [
        json!({}),
        json!({"login": ""}),
        json!({"login": "x".repeat(300)}),
        json!({"login": "deco", "partnerId": 10}),
    ] {
        let response = post(&base, "/api/session", body.to_string(), None).await;
        assert_eq!(response.status(), 400, "{body}");
    }
}

/// The account page: a plain form, no script; signs in and out and goes back only to this site.
#[tokio::test]
async fn the_account_page_signs_in_and_out_without_script() {
    let base = start(Duration::ZERO).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = client
        .get(format!("{base}/signin?next=/t/abc"))
        .header("accept-language", "nl")
        .send()
        .await
        .unwrap();
    let cookie = session_cookie(&page);
    let csp = page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("default-src 'none'") && !csp.contains("script-src"),
        "{csp}"
    );
    let html = page.text().await.unwrap();
    assert!(
        html.contains("<html lang=\"nl\">") && html.contains("Aanmelden"),
        "{html}"
    );
    assert!(html.contains("name=\"next\" value=\"/t/abc\""));
    assert!(
        html.contains("<code>deco</code>"),
        "the demo customers are named"
    );
    assert!(!html.contains("<script"));

    let submit = |form: &'static str| {
        client
            .post(format!("{base}/signin"))
            .header("cookie", &cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form)
            .send()
    };
    let refused = submit("login=nobody&password=x&next=%2Ft%2Fabc")
        .await
        .unwrap();
    assert_eq!(refused.status(), 303);
    assert_eq!(
        refused.headers()["location"],
        "/signin?error=refused&next=/t/abc"
    );
    let signed = submit("login=deco&password=&next=%2Ft%2Fabc")
        .await
        .unwrap();
    assert_eq!(signed.status(), 303);
    assert_eq!(signed.headers()["location"], "/t/abc");
    let who = client
        .get(format!("{base}/api/session"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(
        who.json::<serde_json::Value>().await.unwrap()["customer"]["name"],
        "Deco Addict"
    );
    let html = client
        .get(format!("{base}/signin"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("<strong>Deco Addict</strong>"), "{html}");
    // Never sent anywhere but this site.
    let out = submit("action=out&next=%2F%2Fevil.example").await.unwrap();
    assert_eq!(out.headers()["location"], "/");
    let who = client
        .get(format!("{base}/api/session"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(
        who.json::<serde_json::Value>().await.unwrap()["signedIn"],
        false
    );
}
