//! `/signin`: the account page, a plain HTML form served by the agent (no script, so it costs the
//! chat's first load nothing and works with any browser and screen reader). `GET` shows who the
//! session is signed in as, or the form; `POST` signs in or out and goes back to the chat (or to
//! `next`, when that is a path on this site). Sign-in attempts share the run rate limit, as
//! `/api/session` does; the SameSite=Strict cookie keeps other sites from posting here.

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde::Deserialize;
use showroom_i18n::signin;

use super::AppState;
use crate::locale::{self, Locale};

#[derive(Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    next: Option<String>,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    lang: Option<String>,
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: Option<String>,
    /// `out` signs out; anything else signs in.
    #[serde(default)]
    action: String,
}

/// The longest login or password taken.
const MAX_CREDENTIAL_CHARS: usize = 256;

/// Where to go afterwards: a path on this site only (never `//elsewhere` or a full URL).
fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path
        }
        _ => "/",
    }
}

fn locale_of(headers: &HeaderMap, lang: Option<&str>) -> Locale {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    locale::negotiate(lang, accept)
}

pub async fn page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<PageQuery>,
) -> Response {
    let locale = locale_of(&headers, query.lang.as_deref());
    let (session, cookie) = state.sessions.resolve(&headers);
    let customer = state.sessions.customer(&session);
    let next = safe_next(query.next.as_deref());
    let body = match &customer {
        Some(c) => format!(
            "<p role=\"status\" data-testid=\"signed-in-as\">{} <strong>{}</strong>.</p>\
             <form method=\"post\" action=\"/signin\">\
             <input type=\"hidden\" name=\"action\" value=\"out\">\
             <input type=\"hidden\" name=\"next\" value=\"{}\">\
             <button type=\"submit\" data-testid=\"sign-out\">{}</button></form>",
            signin::SIGNED_IN_AS.get(locale),
            escape(&c.name),
            escape(next),
            signin::SIGN_OUT.get(locale)
        ),
        None => {
            let error = match query.error.as_deref() {
                Some("rate_limited") => {
                    format!("<p role=\"alert\">{}</p>", signin::TOO_FAST.get(locale))
                }
                Some("unavailable") => {
                    format!("<p role=\"alert\">{}</p>", signin::UNAVAILABLE.get(locale))
                }
                Some(_) => format!(
                    "<p role=\"alert\" data-testid=\"sign-in-error\">{}</p>",
                    signin::REFUSED.get(locale)
                ),
                None => String::new(),
            };
            let demo = state.commerce.demo_logins();
            let hint = match demo.is_empty() {
                true => String::new(),
                false => format!(
                    "<p class=\"hint\">{} <code>{}</code></p>",
                    signin::DEMO.get(locale),
                    demo.join("</code>, <code>")
                ),
            };
            format!(
                "{error}<form method=\"post\" action=\"/signin\">\
                 <input type=\"hidden\" name=\"next\" value=\"{}\">\
                 <label for=\"login\">{}</label>\
                 <input id=\"login\" name=\"login\" autocomplete=\"username\" required maxlength=\"256\" autofocus>\
                 <label for=\"password\">{}</label>\
                 <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" maxlength=\"256\">\
                 <button type=\"submit\" data-testid=\"sign-in\">{}</button></form>{hint}",
                escape(next),
                signin::LOGIN.get(locale),
                signin::PASSWORD.get(locale),
                signin::SIGN_IN.get(locale)
            )
        }
    };
    let nonce = uuid::Uuid::new_v4().simple().to_string();
    let html = format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} · Showroom</title><style nonce=\"{nonce}\">{STYLE}</style></head>\
         <body><main><h1>{}</h1>{body}<p><a href=\"{}\">{}</a></p></main></body></html>",
        locale.as_str(),
        signin::TITLE.get(locale),
        signin::TITLE.get(locale),
        escape(next),
        signin::BACK.get(locale)
    );
    let csp = format!(
        "default-src 'none'; style-src 'nonce-{nonce}'; form-action 'self'; base-uri 'none'; \
         frame-ancestors 'none'"
    );
    let mut response = (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8".to_owned()),
            (header::CONTENT_SECURITY_POLICY, csp),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        html,
    )
        .into_response();
    if let Some(cookie) = cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

pub async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Response {
    let (session, cookie) = state.sessions.resolve(&headers);
    let next = safe_next(form.next.as_deref()).to_owned();
    let back = |error: Option<&str>| {
        let target = match error {
            None => next.clone(),
            Some(code) => format!("/signin?error={code}&next={}", percent_encode(&next)),
        };
        let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, target)]).into_response();
        if let Some(cookie) = cookie.clone() {
            response.headers_mut().append(header::SET_COOKIE, cookie);
        }
        response
    };
    if form.action == "out" {
        state.sessions.set_customer(&session, None);
        return back(None);
    }
    if form.login.trim().is_empty()
        || form.login.chars().count() > MAX_CREDENTIAL_CHARS
        || form.password.chars().count() > MAX_CREDENTIAL_CHARS
    {
        return back(Some("invalid"));
    }
    let Ok(_slot) = state.limiter.admit(&session) else {
        return back(Some("rate_limited"));
    };
    match state.commerce.sign_in(&form.login, &form.password).await {
        Ok(customer) => {
            state.sessions.set_customer(&session, Some(customer));
            back(None)
        }
        Err(showroom_commerce::CommerceError::Unavailable) => back(Some("unavailable")),
        Err(_) => back(Some("refused")),
    }
}

/// Text for HTML, in content and in attribute values.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A path as a query value.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f7f7f8;color:#1b1b1f}\
main{max-width:24rem;margin:10vh auto;padding:1.5rem;box-sizing:border-box;width:calc(100% - 2rem);background:#fff;border:1px solid #d6d6dc;border-radius:12px}\
h1{font-size:1.4rem;margin:0 0 1rem}label{display:block;margin:.75rem 0 .25rem;font-weight:600}\
input{box-sizing:border-box;width:100%;padding:.55rem .6rem;font:inherit;border:1px solid #8a8a94;border-radius:8px}\
button{margin-top:1rem;padding:.55rem 1rem;font:inherit;font-weight:600;color:#fff;background:#3451b2;border:0;border-radius:8px;cursor:pointer}\
:focus-visible{outline:3px solid #7b93e8;outline-offset:2px}[role=alert]{color:#a4161a;font-weight:600}\
.hint{color:#555;font-size:.9rem}a{color:#3451b2}\
@media (prefers-color-scheme:dark){body{background:#151518;color:#ececf1}main{background:#1f1f24;border-color:#3a3a42}\
input{background:#151518;color:#ececf1;border-color:#6a6a74}.hint{color:#b4b4bd}a{color:#9db1f5}[role=alert]{color:#ff8a8a}}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert_eq!(safe_next(Some("/t/abc")), "/t/abc");
        for bad in ["//evil.example", "https://evil.example", "/\\evil", "t/abc"] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
        assert_eq!(percent_encode("/t/a b&c"), "/t/a%20b%26c");
    }
}
