//! The audit log: every commitment tried (who, what, when, which record, how it ended), kept in
//! the store beside the threads and printed as one line to standard error.

use crate::store::{AuditEntry, Op, Writer};
use showroom_commerce::{Role, Viewer};

/// Where one session's commitments are logged.
#[derive(Clone, Debug, Default)]
pub struct Audit {
    store: Option<Writer>,
    session: String,
}

impl Audit {
    pub fn new(store: Option<Writer>, session: &str) -> Audit {
        Audit {
            store,
            session: session.to_owned(),
        }
    }

    /// Logs one commitment: the tool, its idempotency key, the record, and how it ended.
    pub fn record(
        &self,
        at: time::OffsetDateTime,
        viewer: &Viewer,
        action: &str,
        key: &str,
        record: Option<String>,
        outcome: &str,
    ) {
        let partner_id = match viewer.role {
            Role::Customer { partner_id } => Some(partner_id as i64),
            Role::Anonymous => None,
        };
        let at = at.unix_timestamp_nanos() / 1_000_000;
        let entry = AuditEntry {
            at: at as i64,
            session: self.session.clone(),
            partner_id,
            action: action.to_owned(),
            key: key.to_owned(),
            record,
            outcome: outcome.to_owned(),
        };
        eprintln!(
            "audit: at={} session={} partner={:?} action={} key={} record={:?} outcome={:?}",
            entry.at,
            entry.session,
            entry.partner_id,
            entry.action,
            entry.key,
            entry.record,
            entry.outcome
        );
        if let Some(store) = &self.store {
            store.send(Op::Audit(Box::new(entry)));
        }
    }
}
