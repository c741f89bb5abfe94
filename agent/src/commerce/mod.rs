//! The store behind the tools: the [`Commerce`] trait and what it speaks in.
//!
//! Two implementations: Odoo (through `showroom-odoo`) and the embedded [`DemoStore`].
//! Every method takes the [`Viewer`] from the server-side session; an implementation answers only
//! with what that viewer may see.

mod demo;
pub(crate) mod matching;
mod messages;
mod odoo;

pub use demo::DemoStore;
pub use odoo::OdooCommerce;

use async_trait::async_trait;
use showroom_protocol::payload::{
    AccountSummary, BookingWidget, ComparedProduct, InvoiceList, Money, OrderStatus, QuoteLine,
    RecentOrder, TicketCard, Warning, WarningKind,
};

use crate::locale::Locale;
use crate::money::Decimal;

/// Who is asking. Built by the server from the session, never from the model or the browser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Viewer {
    pub role: Role,
    pub locale: Locale,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Sees published, saleable products at the public pricelist.
    Anonymous,
    /// A signed-in customer: their commercial partner id in the store.
    Customer { partner_id: u64 },
}

impl Viewer {
    pub fn anonymous(locale: Locale) -> Viewer {
        Viewer {
            role: Role::Anonymous,
            locale,
        }
    }

    /// The viewer a session stands for: its customer when signed in, else an anonymous shopper.
    pub fn for_customer(customer: Option<&Customer>, locale: Locale) -> Viewer {
        match customer {
            Some(c) => Viewer {
                role: Role::Customer {
                    partner_id: c.partner_id,
                },
                locale,
            },
            None => Viewer::anonymous(locale),
        }
    }
}

/// A product found by a search: enough to name it and decide what to do next.
#[derive(Clone, Debug, PartialEq)]
pub struct ProductHit {
    pub id: u64,
    pub name: String,
    pub price: Money,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CommerceError {
    /// The product does not exist or this viewer may not see it (the two are not told apart).
    #[error("product {0} not found")]
    ProductNotFound(u64),
    #[error("the store is not reachable right now")]
    Unavailable,
    /// Unknown login or wrong password (the two are not told apart).
    #[error("those credentials were not accepted")]
    SignInRefused,
    /// This store cannot do that (yet).
    #[error("this shop cannot do that here")]
    Unsupported,
    /// A quantity that is not a positive decimal.
    #[error("{0} is not a quantity")]
    BadQuantity(String),
    /// An order, invoice or other record that does not exist or is not this viewer's (the two
    /// are not told apart).
    #[error("not found")]
    NotFound,
    /// Only a signed-in customer may do that.
    #[error("sign in to do that")]
    SignInRequired,
    /// The language model behind the LLM planner could not be reached or failed.
    #[error("the assistant's language model is not available right now")]
    ModelUnavailable,
    /// The store's rules refuse it; the reason is safe to show (credit limit, stock, margin).
    #[error("{0}")]
    Refused(String),
    /// The store answered with a value that is not what it should be (an amount that is not a
    /// number, say): shown as an error rather than guessed at. Names the field.
    #[error("the shop sent a value that could not be read ({0})")]
    BadData(String),
}

impl CommerceError {
    /// The stable code a client translates.
    pub fn code(&self) -> &'static str {
        match self {
            CommerceError::ProductNotFound(_) => "product_not_found",
            CommerceError::Unavailable => "store_unavailable",
            CommerceError::SignInRefused => "sign_in_failed",
            CommerceError::Unsupported => "not_supported",
            CommerceError::BadQuantity(_) => "bad_quantity",
            CommerceError::SignInRequired => "sign_in_required",
            CommerceError::NotFound => "not_found",
            CommerceError::ModelUnavailable => "model_unavailable",
            CommerceError::Refused(_) => "refused",
            CommerceError::BadData(_) => "store_bad_data",
        }
    }
}

#[async_trait]
pub trait Commerce: Send + Sync {
    /// Products whose name matches `query`, best first, at most `limit`.
    async fn search_products(
        &self,
        viewer: &Viewer,
        query: &str,
        limit: usize,
    ) -> Result<Vec<ProductHit>, CommerceError>;

    /// Products side by side with the viewer's price, stock and attributes, in the order asked.
    async fn compare_products(
        &self,
        viewer: &Viewer,
        ids: &[u64],
    ) -> Result<Vec<ComparedProduct>, CommerceError>;

    /// Signs a customer in. Odoo checks a portal user's own login and password (never stored);
    /// the demo store lets anyone be one of its demo customers, by login, without a password.
    async fn sign_in(&self, login: &str, password: &str) -> Result<Customer, CommerceError>;

    /// Logins anyone may sign in as without a password (the demo store's customers), shown on
    /// the sign-in page; none for a real store.
    fn demo_logins(&self) -> Vec<String> {
        Vec::new()
    }

    /// A product's picture, for the agent's same-origin image proxy (the browser never loads an
    /// image from anywhere else).
    async fn product_image(&self, viewer: &Viewer, id: u64) -> Result<Image, CommerceError>;

    /// Prices quote lines `(product id, quantity)` for this viewer as the store would (pricelist,
    /// volume breaks, taxes) and says what its rules think of them (margin, credit limit).
    /// Writes nothing.
    async fn price_quote(
        &self,
        _viewer: &Viewer,
        _lines: &[(u64, String)],
    ) -> Result<PricedQuote, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// The signed-in customer's orders (quotations, confirmed, cancelled), newest first.
    async fn orders(&self, _viewer: &Viewer) -> Result<Vec<RecentOrder>, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// One of the signed-in customer's orders, by reference (`S00021`): its lines, what was
    /// delivered, and where it stands. Another customer's order is [`CommerceError::NotFound`].
    async fn order_status(
        &self,
        _viewer: &Viewer,
        _reference: &str,
    ) -> Result<OrderStatus, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// The signed-in customer's posted invoices, newest first, with what is still due.
    async fn invoices(&self, _viewer: &Viewer) -> Result<InvoiceList, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// The signed-in customer's account: pricelist, credit limit and use, recent orders, what
    /// they buy most.
    async fn account(&self, _viewer: &Viewer) -> Result<AccountSummary, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// Sets a line of one of the signed-in customer's confirmed orders to `quantity` (`0`
    /// cancels the line), after they approved it, where the store still allows it; answers with
    /// the order as it stands. `key` as for [`Commerce::place_order`].
    async fn change_order(
        &self,
        _viewer: &Viewer,
        _reference: &str,
        _line_id: u64,
        _quantity: &str,
        _key: &str,
    ) -> Result<OrderStatus, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// Free times for a showroom visit from `from`, for `days` days, as the booking widget
    /// shows them (anyone may look).
    async fn free_slots(
        &self,
        _viewer: &Viewer,
        _from: time::Date,
        _days: u32,
    ) -> Result<BookingWidget, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// Books the visit starting at `start` (RFC 3339) for a signed-in customer, or holds it as a
    /// request for a shopper who is not, after they approved it, if it is still free; `key` as
    /// for [`Commerce::place_order`].
    async fn book(
        &self,
        _viewer: &Viewer,
        _start: &str,
        _key: &str,
    ) -> Result<BookingWidget, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// Opens a support ticket for a signed-in customer, after they approved it; `key` as for
    /// [`Commerce::place_order`]: the same key again answers with the ticket opened the first time.
    async fn open_ticket(
        &self,
        _viewer: &Viewer,
        _ticket: &NewTicket,
        _key: &str,
    ) -> Result<TicketCard, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// Places and confirms an order for these lines, for a signed-in customer, after they
    /// approved it. `key` is the approval's idempotency key: asked again with the same key, the
    /// store answers with the order it placed the first time and places nothing. Checks stock
    /// before reserving it; the approval has already checked prices against the rules.
    async fn place_order(
        &self,
        _viewer: &Viewer,
        _lines: &[(u64, String)],
        _key: &str,
    ) -> Result<PlacedOrder, CommerceError> {
        Err(CommerceError::Unsupported)
    }
}

/// A support ticket to open: what about, in the customer's words, and the order it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewTicket {
    pub subject: String,
    pub description: String,
    pub order: Option<String>,
}

/// An order the store placed and confirmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacedOrder {
    pub id: u64,
    /// The store's reference, e.g. `S00042`.
    pub reference: String,
    /// Where the customer sees it in the store's own portal, when it has one.
    pub portal_url: Option<String>,
}

/// Margin rules: a line may not be discounted more than this (percent of the list price)…
pub const MAX_DISCOUNT_PERCENT: Decimal = Decimal::from_parts(20, 0, 0, false, 0);
/// …nor sell at less than this margin over cost (percent).
pub const MIN_MARGIN_PERCENT: Decimal = Decimal::from_parts(10, 0, 0, false, 0);

/// True when a unit price breaks the margin rules: more than the maximum discount off the list
/// price, or under cost plus the minimum margin.
pub fn breaks_margin(unit: Decimal, list: Decimal, cost: Decimal) -> bool {
    let off = crate::money::percent_below(unit, list);
    let floor = cost * (Decimal::ONE_HUNDRED + MIN_MARGIN_PERCENT) / Decimal::ONE_HUNDRED;
    off > MAX_DISCOUNT_PERCENT || unit < floor
}

/// Quote lines as the store prices them, with totals and the rules' warnings.
#[derive(Clone, Debug, PartialEq)]
pub struct PricedQuote {
    /// Who the quote is for: the customer's company, or a guest.
    pub customer: String,
    pub lines: Vec<QuoteLine>,
    pub untaxed: Money,
    pub tax: Money,
    pub total: Money,
    pub warnings: Vec<Warning>,
}

/// A signed-in customer, as the session keeps them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Customer {
    /// The commercial partner every query is scoped to.
    pub partner_id: u64,
    pub name: String,
}

/// An image as the proxy serves it.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    /// One of the types the proxy passes on: PNG, JPEG, WebP, GIF or SVG.
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}
