//! The Odoo client for Showroom.
//!
//! - [`rpc`]: the JSON-RPC 2.0 envelope of Odoo 17/18's `/jsonrpc` (`execute_kw`), and the
//!   reading of its answers into values or an [`OdooError`].
//! - [`OdooError`]: Odoo's exceptions as typed errors whose messages are safe to show; the
//!   server traceback (`error.data.debug`) is never kept.
//! - [`renames`]: field names that changed between versions, in one table.
//! - [`OdooClient`]: the HTTP side: version detection and sign-in, timeouts, a cap on calls in
//!   flight, retries for reads only ([`Call`]), a round-trip counter.
//!
//! JSON-2 for Odoo 19 and the recorded cassettes come next (see the Odoo connector issue).

mod client;
mod error;
pub mod renames;
pub mod rpc;

pub use client::{Call, OdooClient, OdooConfig};
pub use error::OdooError;
pub use renames::{field_name, OdooVersion};
