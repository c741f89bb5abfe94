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
//! - [`json2`]: Odoo 19's JSON-2 API (`/json/2/<model>/<method>`, bearer key, named
//!   parameters, HTTP status codes); the client speaks it to 19 and JSON-RPC to 17/18.
//! - [`store`]: Odoo as Showroom's store, [`OdooCommerce`]: the `Commerce` operations as calls
//!   through the client, answered with the commerce domain's records.

mod client;
mod error;
pub mod json2;
pub mod renames;
pub mod rpc;
pub mod store;

pub use client::{Call, OdooClient, OdooConfig};
pub use error::OdooError;
pub use renames::{field_name, OdooVersion};
pub use store::OdooCommerce;
