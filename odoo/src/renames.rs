//! Field names that differ between Odoo versions, kept in one table.

/// The Odoo series Showroom speaks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum OdooVersion {
    V17,
    V18,
    V19,
}

impl OdooVersion {
    /// From `common.version`'s `server_version_info[0]`.
    pub fn from_major(major: u64) -> Option<OdooVersion> {
        match major {
            17 => Some(OdooVersion::V17),
            18 => Some(OdooVersion::V18),
            19 => Some(OdooVersion::V19),
            _ => None,
        }
    }
}

/// `(model, name up to 18, name from 19)`.
const RENAMES: &[(&str, &str, &str)] = &[
    ("sale.order.line", "tax_id", "tax_ids"),
    ("sale.order.line", "product_uom", "product_uom_id"),
    ("res.users", "groups_id", "group_ids"),
];

/// The name of `field` (as spelled up to 18) on `model` in `version`.
pub fn field_name(version: OdooVersion, model: &str, field: &'static str) -> &'static str {
    if version < OdooVersion::V19 {
        return field;
    }
    RENAMES
        .iter()
        .find(|(m, old, _)| *m == model && *old == field)
        .map(|(_, _, new)| *new)
        .unwrap_or(field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_apply_from_19_only() {
        assert_eq!(
            field_name(OdooVersion::V18, "sale.order.line", "tax_id"),
            "tax_id"
        );
        assert_eq!(
            field_name(OdooVersion::V19, "sale.order.line", "tax_id"),
            "tax_ids"
        );
        assert_eq!(
            field_name(OdooVersion::V19, "res.users", "groups_id"),
            "group_ids"
        );
        assert_eq!(
            field_name(OdooVersion::V19, "sale.order", "partner_id"),
            "partner_id"
        );
        assert_eq!(OdooVersion::from_major(16), None);
    }
}
