//! Prices from Odoo itself: an unsaved order computed by `sale.order.onchange` (the customer's
//! pricelist, discounts, taxes and totals, all lines in one round trip), nothing written.

use crate::{Call, OdooError};
use serde_json::{json, Map, Value};

use super::OdooCommerce;
use showroom_commerce::money::{self, from_json, Decimal};
use showroom_commerce::CommerceError;

impl OdooCommerce {
    /// Odoo computes an unsaved order (`sale.order.onchange`: pricelist, taxes, totals) for
    /// `values`, answering the fields in `fields`, its messages in `context`'s language;
    /// nothing is written.
    pub(super) async fn onchange_order(
        &self,
        values: Value,
        fields: Value,
        context: Option<Map<String, Value>>,
    ) -> Result<Value, OdooError> {
        let mut params = Map::new();
        params.insert("values".into(), values);
        params.insert("field_names".into(), json!([]));
        params.insert("fields_spec".into(), fields);
        self.client
            .call(
                "sale.order",
                "onchange",
                Some(&[]),
                params,
                context,
                Call::Read,
            )
            .await
    }

    /// The customer's unit prices for `ids`, one each, in one call, after the line's discount;
    /// `None` for a product Odoo did not price.
    pub(super) async fn customer_prices(
        &self,
        partner_id: u64,
        ids: &[u64],
    ) -> Result<Vec<Option<Decimal>>, CommerceError> {
        let values = json!({
            "partner_id": partner_id,
            "order_line": ids.iter().map(|id| json!([0, 0, {"product_id": id, "product_uom_qty": 1}])).collect::<Vec<_>>(),
        });
        let fields =
            json!({"order_line": {"fields": {"product_id": {}, "price_unit": {}, "discount": {}}}});
        // Prices only, no words: in Odoo's own language.
        let answer = self.onchange_order(values, fields, None).await?;
        let lines = answer["value"]["order_line"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        ids.iter()
            .map(|id| {
                lines
                    .iter()
                    .map(|l| &l[2])
                    .find(|l| l["product_id"].as_u64() == Some(*id))
                    .map(net_unit_price)
                    .transpose()
            })
            .collect()
    }
}

/// What one unit of an order line costs after its discount, as Odoo priced it (`price_unit`
/// less `discount` %), unrounded.
pub(super) fn net_unit_price(line: &Value) -> Result<Decimal, CommerceError> {
    let unit = from_json(&line["price_unit"], "price_unit")?;
    // Odoo sends 0.0 for no discount; a line without the field has none.
    let discount = match &line["discount"] {
        Value::Null => Decimal::ZERO,
        other => from_json(other, "discount")?,
    };
    Ok(money::less_percent(unit, discount))
}

#[cfg(test)]
mod tests {
    use super::*;
    use showroom_commerce::money::parse;

    #[test]
    fn a_lines_unit_price_is_less_its_discount_and_a_value_that_is_no_number_is_an_error() {
        let line = json!({"price_unit": 120.5, "discount": 5.0});
        assert_eq!(net_unit_price(&line), Ok(parse("114.475").unwrap()));
        assert_eq!(
            net_unit_price(&json!({"price_unit": 40})),
            Ok(Decimal::from(40))
        );
        assert_eq!(
            net_unit_price(&json!({"price_unit": false})),
            Err(CommerceError::BadData("price_unit".into()))
        );
        assert_eq!(
            net_unit_price(&json!({"price_unit": 1.0, "discount": "5"})),
            Err(CommerceError::BadData("discount".into()))
        );
    }
}
