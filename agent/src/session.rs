//! Sessions: who is asking, from an HttpOnly cookie the browser cannot read. Anonymous for now;
//! signing in attaches a customer to the same session (the session issue).

use std::collections::HashMap;
use std::sync::Mutex;

use axum::http::{header, HeaderMap, HeaderValue};

use showroom_commerce::Customer;

/// The cookie that names the session.
pub const COOKIE: &str = "showroom_session";

/// An unguessable session id (128 random bits).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SessionId(String);

impl SessionId {
    /// A session id as given, for tests and for sessions restored from a store.
    pub fn new(id: impl Into<String>) -> SessionId {
        SessionId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Every live session and who it is signed in as; with a store, both are kept, so a restart
/// keeps people's threads and their sign-in.
#[derive(Default)]
pub struct Sessions {
    known: Mutex<HashMap<String, Option<Customer>>>,
    store: Option<crate::store::Writer>,
    /// When a session was made.
    clock: showroom_commerce::clock::Clock,
}

impl Sessions {
    /// No sessions yet, in memory only, stamped by `clock`.
    pub fn new(clock: showroom_commerce::clock::Clock) -> Sessions {
        Sessions {
            clock,
            ..Sessions::default()
        }
    }

    /// The sessions a store kept, keeping new ones there too.
    pub fn restored(
        sessions: Vec<crate::store::StoredSession>,
        store: crate::store::Writer,
        clock: showroom_commerce::clock::Clock,
    ) -> Sessions {
        let known = sessions
            .into_iter()
            .map(|(id, customer)| {
                let customer = customer.map(|(partner_id, name, contact)| Customer {
                    partner_id: partner_id as u64,
                    contact_id: contact.map(|c| c as u64),
                    name,
                });
                (id, customer)
            })
            .collect();
        Sessions {
            known: Mutex::new(known),
            store: Some(store),
            clock,
        }
    }

    /// Who the session is signed in as, if anyone.
    pub fn customer(&self, session: &SessionId) -> Option<Customer> {
        let known = self.known.lock().unwrap_or_else(|e| e.into_inner());
        known.get(session.as_str()).cloned().flatten()
    }

    /// Signs the session in as `customer`, or out with `None`.
    pub fn set_customer(&self, session: &SessionId, customer: Option<Customer>) {
        let mut known = self.known.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(store) = &self.store {
            store.send(crate::store::Op::SessionCustomer {
                id: session.as_str().to_owned(),
                customer: customer.as_ref().map(|c| {
                    (
                        c.partner_id as i64,
                        c.name.clone(),
                        c.contact_id.map(|p| p as i64),
                    )
                }),
            });
        }
        known.insert(session.as_str().to_owned(), customer);
    }

    /// The session the request's cookie names, or a new one with the `Set-Cookie` to send.
    /// An unknown id (forged, or from before a restart) gets a new session, never adoption.
    pub fn resolve(&self, headers: &HeaderMap) -> (SessionId, Option<HeaderValue>) {
        let mut known = self.known.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(id) = cookie(headers, COOKIE).filter(|id| known.contains_key(*id)) {
            return (SessionId(id.to_owned()), None);
        }
        let id = uuid::Uuid::new_v4().simple().to_string();
        known.insert(id.clone(), None);
        if let Some(store) = &self.store {
            let created = self.clock.now().unix_timestamp();
            store.send(crate::store::Op::Session {
                id: id.clone(),
                created,
            });
        }
        let set_cookie = format!("{COOKIE}={id}; Path=/; HttpOnly; SameSite=Strict");
        (SessionId(id), HeaderValue::from_str(&set_cookie).ok())
    }
}

/// The value of cookie `name` in the request's `Cookie` headers.
fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_cookie(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn a_known_cookie_keeps_its_session_and_an_unknown_one_gets_a_new_one() {
        let sessions = Sessions::default();
        let (first, set) = sessions.resolve(&HeaderMap::new());
        let set = set.unwrap().to_str().unwrap().to_owned();
        assert!(
            set.contains("HttpOnly") && set.contains("SameSite=Strict"),
            "{set}"
        );
        let again = sessions.resolve(&with_cookie(&format!(
            "other=1; {COOKIE}={}",
            first.as_str()
        )));
        assert_eq!(again, (first.clone(), None));
        let (forged, set) = sessions.resolve(&with_cookie(&format!("{COOKIE}=made-up")));
        assert_ne!(forged, first);
        assert!(set.is_some());
    }
}
