//! [`At`]: a payload read where it lies in its JSON, through its Rust type.
//!
//! A component renders a payload the browser has checked against the type's JSON Schema, and
//! renders it while it is still streaming (`partial`, fields missing). Deserialising it into the
//! type would do neither well: a missing field fails the whole value, and serde's generated code
//! for every payload type costs the wasm ~28 KiB. `At<'a, T>` is a borrowed `&Value` tagged with
//! the type `T` it holds: `#[derive(At)]` gives `At<'a, Struct>` one method per field, returning
//! the field's own `At`, and the leaves read the JSON (`At<'a, String>::get() -> Option<&str>`).
//! So a view reads `data.subject().get()`, and renaming `subject` in the type fails to compile
//! in the view; a field not there yet reads as `None` and shows a skeleton.

use std::marker::PhantomData;

use serde_json::Value;

/// The JSON of a `T` (or of nothing yet: a field still streaming), read through `T`'s fields.
pub struct At<'a, T> {
    /// `None` when the field is absent or `null`.
    value: Option<&'a Value>,
    of: PhantomData<fn() -> T>,
}

impl<T> Clone for At<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for At<'_, T> {}

impl<'a, T> At<'a, T> {
    /// `value` read as a `T` (the payload's `data`, already checked against `T`'s schema).
    pub fn new(value: &'a Value) -> At<'a, T> {
        At::wrap(Some(value))
    }

    fn wrap(value: Option<&'a Value>) -> At<'a, T> {
        At {
            value: value.filter(|v| !v.is_null()),
            of: PhantomData,
        }
    }

    /// Whether there is a value here (not absent, not `null`).
    pub fn is_present(self) -> bool {
        self.value.is_some()
    }

    /// The field `name` of this object, as a `U` (what `derive(At)` generates calls).
    pub(crate) fn field<U>(self, name: &str) -> At<'a, U> {
        At::wrap(self.value.and_then(|v| v.get(name)))
    }

    /// The text here, if it is text (a string leaf or a unit variant's name).
    pub(crate) fn text(self) -> Option<&'a str> {
        self.value.and_then(Value::as_str)
    }
}

macro_rules! leaf {
    ($($ty:ty => $out:ty, $read:expr;)*) => {$(
        impl<'a> At<'a, $ty> {
            /// The value, when it is there.
            pub fn get(self) -> Option<$out> {
                self.value.and_then($read)
            }
        }

        impl<'a> At<'a, Option<$ty>> {
            /// The value, when it is given (`None` when absent, `null` or still streaming).
            pub fn get(self) -> Option<$out> {
                self.value.and_then($read)
            }
        }
    )*};
}

leaf! {
    String => &'a str, Value::as_str;
    u64 => u64, Value::as_u64;
    u32 => u32, |v: &Value| v.as_u64().and_then(|n| u32::try_from(n).ok());
    bool => bool, Value::as_bool;
}

impl<'a, T> At<'a, Option<T>> {
    /// The `T`, when there is one.
    pub fn some(self) -> Option<At<'a, T>> {
        self.is_present().then(|| At::wrap(self.value))
    }
}

impl<'a, T: 'a> At<'a, Vec<T>> {
    /// The items, each read as a `T` (none while the list has not arrived).
    pub fn iter(
        self,
    ) -> impl ExactSizeIterator<Item = At<'a, T>> + DoubleEndedIterator + Clone + 'a {
        self.items().iter().map(|item| At::wrap(Some(item)))
    }

    pub fn len(self) -> usize {
        self.items().len()
    }

    pub fn is_empty(self) -> bool {
        self.items().is_empty()
    }

    fn items(self) -> &'a [Value] {
        self.value
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

impl<'a, A, B> At<'a, (A, B)> {
    /// Both halves of a pair (a JSON array of two).
    pub fn pair(self) -> (At<'a, A>, At<'a, B>) {
        let half = |i: usize| self.value.and_then(|v| v.get(i));
        (At::wrap(half(0)), At::wrap(half(1)))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::payload::{
        BookingState, BookingWidget, ComparedProduct, Money, QuoteCard, StockLevel, TicketCard,
    };

    use super::*;

    #[test]
    fn fields_read_by_their_wire_names() {
        let money = json!({ "amount": "89.00", "currency": "EUR", "taxIncluded": true });
        let money = At::<Money>::new(&money);
        assert_eq!(money.amount().get(), Some("89.00"));
        assert_eq!(money.currency().get(), Some("EUR"));
        assert_eq!(money.tax_included().get(), Some(true));
    }

    #[test]
    fn a_missing_or_null_field_reads_as_none() {
        let data = json!({ "reference": "#12", "order": null });
        let ticket = At::<TicketCard>::new(&data);
        assert_eq!(ticket.reference().get(), Some("#12"));
        assert_eq!(ticket.subject().get(), None);
        assert!(!ticket.order().is_present());
        assert_eq!(ticket.order().get(), None);
        assert_eq!(ticket.status().get(), None);
    }

    #[test]
    fn unit_variants_read_by_their_wire_names() {
        let data = json!({ "state": "awaiting_approval" });
        assert_eq!(
            At::<BookingWidget>::new(&data).state().get(),
            Some(BookingState::AwaitingApproval)
        );
        let data = json!({ "state": "lost" });
        assert_eq!(At::<BookingWidget>::new(&data).state().get(), None);
        assert_eq!(StockLevel::InStock.as_str(), "in_stock");
    }

    #[test]
    fn lists_options_and_pairs() {
        let data = json!({
            "lines": [{ "id": 7, "quantity": "2" }, { "id": 8 }],
            "untaxed": { "amount": "1.00" },
        });
        let quote = At::<QuoteCard>::new(&data);
        let ids: Vec<Option<u64>> = quote.lines().iter().map(|l| l.id().get()).collect();
        assert_eq!(ids, vec![Some(7), Some(8)]);
        assert_eq!(quote.lines().len(), 2);
        assert!(quote.warnings().is_empty());
        assert_eq!(quote.untaxed().amount().get(), Some("1.00"));
        assert!(quote.id().some().is_none());

        let product = json!({ "attributes": [["Color", "Black"]], "listPrice": null });
        let product = At::<ComparedProduct>::new(&product);
        let (name, value) = product.attributes().iter().next().unwrap().pair();
        assert_eq!((name.get(), value.get()), (Some("Color"), Some("Black")));
        assert!(product.list_price().some().is_none());
    }
}
