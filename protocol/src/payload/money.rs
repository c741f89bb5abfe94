use serde::{Deserialize, Serialize};

use super::{At, PayloadError};

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

    /// The amount as a number, for comparison and display only; never for arithmetic on prices.
    pub fn as_f64(&self) -> f64 {
        self.amount.parse().unwrap_or(f64::NAN)
    }

    pub fn validate(&self) -> Result<(), PayloadError> {
        if !super::check::is_decimal(&self.amount) {
            return Err(PayloadError::Invalid(format!(
                "amount {:?} is not a decimal",
                self.amount
            )));
        }
        if self.currency.len() != 3 || !self.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(PayloadError::Invalid(format!(
                "currency {:?} is not ISO 4217",
                self.currency
            )));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_strings_and_iso_codes_are_checked() {
        assert!(Money::new("89.00", "EUR", false).validate().is_ok());
        assert!(Money::new("-1.5", "USD", true).validate().is_ok());
        for bad in ["", "1e3", "89,00", ".5", "NaN"] {
            assert!(Money::new(bad, "EUR", false).validate().is_err(), "{bad}");
        }
        assert!(Money::new("1", "eur", false).validate().is_err());
        assert!(Money::new("1", "EURO", false).validate().is_err());
    }

    #[test]
    fn wire_form_is_camel_case() {
        let json = serde_json::to_value(Money::new("1.00", "EUR", true)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"amount": "1.00", "currency": "EUR", "taxIncluded": true})
        );
    }
}
