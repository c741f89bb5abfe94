//! Who signs in: a customer's own Odoo password, checked by Odoo, and the partners it stands
//! for (the person, and the company every query is scoped to).

use showroom_commerce::{CommerceError, Customer};

use super::values::many2one_name;
use super::OdooCommerce;

impl OdooCommerce {
    /// The customer `login` signs in as, when Odoo accepts `password`.
    pub(super) async fn signed_in(
        &self,
        login: &str,
        password: &str,
    ) -> Result<Customer, CommerceError> {
        let uid = self
            .client
            .check_user(login, password)
            .await?
            .ok_or(CommerceError::SignInRefused)?;
        let users = self
            .client
            .read("res.users", &[uid], &["partner_id"], None)
            .await?;
        let partner_id = users
            .first()
            .and_then(|u| u["partner_id"][0].as_u64())
            .ok_or(CommerceError::SignInRefused)?;
        // Every query is scoped to the commercial partner: a contact buys for their company.
        let partners = self
            .client
            .read(
                "res.partner",
                &[partner_id],
                &["commercial_partner_id"],
                None,
            )
            .await?;
        let commercial = partners
            .first()
            .map(|p| &p["commercial_partner_id"])
            .ok_or(CommerceError::SignInRefused)?;
        Ok(Customer {
            partner_id: commercial[0].as_u64().ok_or(CommerceError::SignInRefused)?,
            contact_id: Some(partner_id),
            name: many2one_name(commercial),
        })
    }
}
