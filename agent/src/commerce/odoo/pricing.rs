//! Prices from Odoo itself: an unsaved order computed by `sale.order.onchange` (the customer's
//! pricelist, discounts, taxes and totals, all lines in one round trip), nothing written.

use serde_json::{json, Map, Value};
use showroom_odoo::{Call, OdooError};

use super::OdooCommerce;

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

    /// The customer's unit prices for `ids`, one each, in one call: `(price, discount %)`.
    pub(super) async fn customer_prices(
        &self,
        partner_id: u64,
        ids: &[u64],
    ) -> Result<Vec<f64>, OdooError> {
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
        Ok(ids
            .iter()
            .map(|id| {
                lines
                    .iter()
                    .map(|l| &l[2])
                    .find(|l| l["product_id"].as_u64() == Some(*id))
                    .map(|l| {
                        let unit = l["price_unit"].as_f64().unwrap_or(0.0);
                        let discount = l["discount"].as_f64().unwrap_or(0.0);
                        unit * (1.0 - discount / 100.0)
                    })
                    .unwrap_or(f64::NAN)
            })
            .collect())
    }
}
