use serde::{Deserialize, Serialize};

use super::At;

/// An amount of money as Odoo computed it: a decimal string, never a float.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Money {
    /// A decimal string such as `"89.00"`.
    #[cfg_attr(
        feature = "schemars",
        schemars(regex(pattern = r"^-?[0-9]+(\.[0-9]+)?$"), extend("format" = "decimal"))
    )]
    pub amount: String,
    /// ISO 4217 code such as `"EUR"`.
    #[cfg_attr(
        feature = "schemars",
        schemars(regex(pattern = r"^[A-Z]{3}$"), extend("format" = "currency"))
    )]
    pub currency: String,
    pub tax_included: bool,
}

impl Money {
    pub fn new(
        amount: impl Into<String>,
        currency: impl Into<String>,
        tax_included: bool,
    ) -> Money {
        Money {
            amount: amount.into(),
            currency: currency.into(),
            tax_included,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_form_is_camel_case() {
        let json = serde_json::to_value(Money::new("1.00", "EUR", true)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"amount": "1.00", "currency": "EUR", "taxIncluded": true})
        );
    }
}
