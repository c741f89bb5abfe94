//! Orders in Odoo: an approved quote placed as a `sale.order` with its lines in one call (one
//! transaction), our idempotency key stored in `client_order_ref` and searched first, then
//! `action_confirm` (which reserves stock on the delivery). Every step is scoped to the
//! customer's commercial partner.

use serde_json::{json, Map, Value};
use showroom_commerce::money::{from_json, parse};

use crate::{Call, OdooError, OdooVersion};

use showroom_commerce::{CommerceError, Order, PlacedOrder, Refusal, Role, Viewer};

use super::OdooCommerce;

/// What the customer sees of an order they placed.
const ORDER_FIELDS: &[&str] = &["name", "state", "access_url"];

/// Odoo's judgement on a write (a rule it enforces) is shown as it says it; anything else means
/// the shop could not be reached and nothing may be assumed.
fn refused_or_unavailable(error: OdooError) -> CommerceError {
    match error {
        OdooError::User(message) | OdooError::Validation(message) => {
            CommerceError::refused(Refusal::Stated(message))
        }
        OdooError::Access(_) | OdooError::Missing(_) => CommerceError::refused(Refusal::NotAllowed),
        _ => CommerceError::Unavailable,
    }
}

impl OdooCommerce {
    pub(super) async fn place(
        &self,
        viewer: &Viewer,
        lines: &[(u64, String)],
        key: &str,
    ) -> Result<PlacedOrder, CommerceError> {
        let Role::Customer { partner_id } = viewer.role else {
            return Err(CommerceError::SignInRequired);
        };
        // The same approval again finds the order it made (confirmed, or created and not yet
        // confirmed when the confirmation failed): never a second one.
        let found = self
            .client
            .search_read(
                "sale.order",
                json!([
                    ["client_order_ref", "=", key],
                    ["partner_id", "=", partner_id]
                ]),
                &["state"],
                Some(1),
                None,
                None,
            )
            .await?;
        let id = match found.first() {
            Some(order) => {
                let id = order["id"].as_u64().ok_or(CommerceError::Unavailable)?;
                if order["state"] == "sale" || order["state"] == "done" {
                    return self.placed(id).await;
                }
                id
            }
            None => {
                self.check_stock(lines).await?;
                let order_line: Vec<Value> = lines
                    .iter()
                    .map(|(product, quantity)| {
                        let qty: f64 = quantity.parse().unwrap_or(0.0);
                        json!([0, 0, {"product_id": product, "product_uom_qty": qty}])
                    })
                    .collect();
                let values = json!({
                    "partner_id": partner_id,
                    "client_order_ref": key,
                    "order_line": order_line,
                });
                let ids = self
                    .client
                    .create("sale.order", vec![values], None)
                    .await
                    .map_err(refused_or_unavailable)?;
                *ids.first().ok_or(CommerceError::Unavailable)?
            }
        };
        self.client
            .call(
                "sale.order",
                "action_confirm",
                Some(&[id]),
                Map::new(),
                None,
                Call::Write,
            )
            .await
            .map_err(refused_or_unavailable)?;
        self.placed(id).await
    }

    /// Sets a line of one of the viewer's confirmed orders to `quantity` while nothing of it has
    /// shipped (checked on the order as Odoo has it now), then reads the order again.
    pub(super) async fn change(
        &self,
        viewer: &Viewer,
        reference: &str,
        line_id: u64,
        quantity: &str,
    ) -> Result<Order, CommerceError> {
        let status = self.order_status_of(viewer, reference).await?;
        let line = status
            .lines
            .iter()
            .find(|l| l.id == line_id)
            .ok_or(CommerceError::NotFound)?;
        if !line.changeable {
            return Err(CommerceError::refused(Refusal::LineOnItsWay));
        }
        let qty: f64 = quantity
            .parse()
            .ok()
            .filter(|q: &f64| q.is_finite() && *q >= 0.0)
            .ok_or_else(|| CommerceError::BadQuantity(quantity.to_owned()))?;
        self.client
            .write(
                "sale.order.line",
                &[line_id],
                json!({ "product_uom_qty": qty }),
                None,
            )
            .await
            .map_err(refused_or_unavailable)?;
        self.order_status_of(viewer, reference).await
    }

    /// Refuses lines asking for more of a storable product than is free now.
    async fn check_stock(&self, lines: &[(u64, String)]) -> Result<(), CommerceError> {
        let ids: Vec<u64> = lines.iter().map(|(id, _)| *id).collect();
        // Odoo 17 marks storable products by type; 18 on has `is_storable`.
        let storable_field = match self.client.version() {
            OdooVersion::V17 => "type",
            _ => "is_storable",
        };
        let products = self
            .client
            .read(
                "product.product",
                &ids,
                &["name", "free_qty", storable_field],
                None,
            )
            .await?;
        for (id, quantity) in lines {
            let product = products
                .iter()
                .find(|p| p["id"].as_u64() == Some(*id))
                .ok_or(CommerceError::ProductNotFound(*id))?;
            let storable = product[storable_field] == true || product[storable_field] == "product";
            let free = from_json(&product["free_qty"], "free_qty")?;
            let wanted = parse(quantity).unwrap_or_default();
            if storable && wanted > free {
                return Err(CommerceError::refused(Refusal::OutOfStock {
                    product: product["name"].as_str().unwrap_or_default().to_owned(),
                    available: free.normalize(),
                    uom: None,
                    wanted: wanted.normalize(),
                }));
            }
        }
        Ok(())
    }

    /// The order as placed: its reference and where the customer sees it in Odoo's portal.
    async fn placed(&self, id: u64) -> Result<PlacedOrder, CommerceError> {
        let orders = self
            .client
            .read("sale.order", &[id], ORDER_FIELDS, None)
            .await?;
        let order = orders.first().ok_or(CommerceError::Unavailable)?;
        let portal_url = order["access_url"]
            .as_str()
            .filter(|path| path.starts_with('/'))
            .map(|path| format!("{}{path}", self.base_url));
        Ok(PlacedOrder {
            id,
            reference: order["name"].as_str().unwrap_or_default().to_owned(),
            portal_url,
        })
    }
}
