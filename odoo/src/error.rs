/// An Odoo failure, typed by the exception Odoo raised. Messages are Odoo's user-facing text
/// (`error.data.message`), never the traceback.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OdooError {
    #[error("access denied: {0}")]
    Access(String),
    #[error("not valid: {0}")]
    Validation(String),
    #[error("{0}")]
    User(String),
    #[error("the record no longer exists: {0}")]
    Missing(String),
    #[error("the credentials were refused")]
    Authentication,
    #[error("Odoo failed: {0}")]
    Server(String),
    #[error("Odoo's answer could not be read: {0}")]
    Malformed(String),
}

impl OdooError {
    /// Maps Odoo's exception class (`error.data.name`) to a typed error.
    pub fn from_exception(name: &str, message: &str) -> OdooError {
        let message = message.to_owned();
        match name.rsplit('.').next().unwrap_or(name) {
            "AccessError" | "AccessDenied" => {
                if name.ends_with("AccessDenied") {
                    OdooError::Authentication
                } else {
                    OdooError::Access(message)
                }
            }
            "ValidationError" => OdooError::Validation(message),
            "UserError" | "RedirectWarning" => OdooError::User(message),
            "MissingError" => OdooError::Missing(message),
            "SessionExpiredException" => OdooError::Authentication,
            _ => OdooError::Server(message),
        }
    }

    /// A stable code the chat translates.
    pub fn code(&self) -> &'static str {
        match self {
            OdooError::Access(_) => "odoo_access",
            OdooError::Validation(_) => "odoo_validation",
            OdooError::User(_) => "odoo_user",
            OdooError::Missing(_) => "odoo_missing",
            OdooError::Authentication => "odoo_authentication",
            OdooError::Server(_) => "odoo_server",
            OdooError::Malformed(_) => "odoo_malformed",
        }
    }
}
