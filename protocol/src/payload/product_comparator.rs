use serde::{Deserialize, Serialize};

use super::{At, Money, Payload};

/// `showroom.product_comparator`: 2–6 products side by side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ProductComparator {
    #[cfg_attr(feature = "schemars", schemars(length(min = 2, max = 6)))]
    pub products: Vec<ComparedProduct>,
}

/// One column of the comparator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ComparedProduct {
    pub id: u64,
    #[cfg_attr(feature = "schemars", schemars(length(min = 1)))]
    pub name: String,
    /// The price this viewer pays (their pricelist, or the public one).
    pub price: Money,
    /// The list price, when it differs from `price`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_price: Option<Money>,
    /// Unit of measure the price is for, e.g. "Units".
    pub uom: String,
    pub stock: Stock,
    /// Attribute name → value, in display order; rows are aligned by name across products.
    #[serde(default)]
    pub attributes: Vec<(String, String)>,
}

/// Available quantity (`free_qty` in Odoo) and what it means for a buyer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Stock {
    pub level: StockLevel,
    /// Decimal string; the quantity free to sell now.
    #[cfg_attr(
        feature = "schemars",
        schemars(regex(pattern = r"^-?[0-9]+(\.[0-9]+)?$"), extend("format" = "decimal"))
    )]
    pub available: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, At)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StockLevel {
    InStock,
    Low,
    Out,
}

impl StockLevel {
    /// Below this many units a product counts as low in stock.
    pub const LOW_BELOW: f64 = 10.0;

    pub fn from_quantity(available: f64) -> StockLevel {
        if available <= 0.0 {
            StockLevel::Out
        } else if available < Self::LOW_BELOW {
            StockLevel::Low
        } else {
            StockLevel::InStock
        }
    }
}

impl Payload for ProductComparator {
    const ACTIVITY_TYPE: &'static str = "showroom.product_comparator";
    const VERSION: u32 = 1;
}

impl ProductComparator {
    /// Attribute names across all products, first-seen order, each once: the aligned rows.
    pub fn attribute_rows(&self) -> Vec<&str> {
        let mut rows: Vec<&str> = Vec::new();
        for (name, _) in self.products.iter().flat_map(|p| &p.attributes) {
            if !rows.contains(&name.as_str()) {
                rows.push(name);
            }
        }
        rows
    }
}

impl ComparedProduct {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payload::Envelope;
    use serde_json::json;

    fn product(id: u64, attrs: &[(&str, &str)]) -> ComparedProduct {
        ComparedProduct {
            id,
            name: format!("P{id}"),
            price: Money::new("10.00", "EUR", false),
            list_price: None,
            uom: "Units".into(),
            stock: Stock {
                level: StockLevel::InStock,
                available: "12".into(),
            },
            attributes: attrs
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
        }
    }

    #[test]
    fn rows_align_across_products_in_first_seen_order() {
        let c = ProductComparator {
            products: vec![
                product(1, &[("Color", "Black"), ("Legs", "Steel")]),
                product(2, &[("Height", "40 cm"), ("Color", "White")]),
            ],
        };
        assert_eq!(c.attribute_rows(), vec!["Color", "Legs", "Height"]);
        assert_eq!(c.products[1].attribute("Legs"), None);
    }

    #[test]
    fn envelope_round_trips_and_validates() {
        let c = ProductComparator {
            products: vec![product(1, &[]), product(2, &[])],
        };
        let value = Envelope::complete("2026-01-01T00:00:00Z", c.clone()).to_value();
        assert_eq!(value["status"], json!("complete"));
        assert_eq!(value["readAt"], json!("2026-01-01T00:00:00Z"));
        assert_eq!(
            Envelope::<ProductComparator>::parse(&value).unwrap().data,
            c
        );
    }

    #[test]
    fn a_version_this_build_does_not_know_is_refused() {
        let mut v = Envelope::complete(
            "t",
            ProductComparator {
                products: vec![product(1, &[]), product(2, &[])],
            },
        )
        .to_value();
        v["v"] = json!(9);
        assert_eq!(
            Envelope::<ProductComparator>::parse(&v),
            Err(crate::payload::PayloadError::UnknownVersion(9))
        );
    }

    #[test]
    fn stock_levels_follow_quantity() {
        assert_eq!(StockLevel::from_quantity(0.0), StockLevel::Out);
        assert_eq!(StockLevel::from_quantity(3.0), StockLevel::Low);
        assert_eq!(StockLevel::from_quantity(40.0), StockLevel::InStock);
    }
}
