//! Shared by the recorded-traffic tests.
pub mod cassette;
