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
    #[error("Odoo cannot be reached")]
    Unreachable,
    #[error("Odoo did not answer in time")]
    Timeout,
    #[error("Odoo answered HTTP {0}")]
    Http(u16),
    #[error("Odoo refused the call: {0}")]
    Rejected(String),
    #[error("Odoo {0} is not a supported version (17, 18 or 19)")]
    UnsupportedVersion(String),
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

    /// True for failures worth one more try on a read: the network, not Odoo's judgement.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            OdooError::Unreachable | OdooError::Timeout | OdooError::Http(500..=599)
        )
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
            OdooError::Unreachable => "odoo_unreachable",
            OdooError::Timeout => "odoo_timeout",
            OdooError::Http(_) => "odoo_http",
            OdooError::Rejected(_) => "odoo_rejected",
            OdooError::UnsupportedVersion(_) => "odoo_version",
        }
    }
}
