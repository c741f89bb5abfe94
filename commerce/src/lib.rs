//! The commerce domain: the [`Commerce`] trait every store implements, the records it answers
//! with ([`records`]), its errors and refusals, money ([`money`]) and time ([`clock`]).
//!
//! A store answers with what the shop has: products, prices, stock, orders, invoices, free
//! times, tickets, and its verdicts on a quote. It writes none of our words and knows no
//! component: the agent's presenter turns records into what a person sees, in their language.
//! Two stores implement it: `showroom-demo-store` (embedded) and `showroom-odoo-store`.
//! Every method takes the [`Viewer`] from the server-side session; a store answers only with
//! what that viewer may see.

pub mod clock;
pub mod matching;
pub mod money;
pub mod records;
pub mod rules;

use async_trait::async_trait;

pub use clock::Clock;
pub use money::{Amount, Currency, Decimal};
pub use records::*;
pub use rules::Rules;

/// Who is asking. Built by the server from the session, never from the model or the browser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Viewer {
    pub role: Role,
    /// The person signed in, when the store knows them apart from their company (a contact of
    /// the commercial partner): who attends a visit they book.
    pub contact: Option<u64>,
    /// Which of the shop's own translations to read (product names, units, attributes): the
    /// viewer's language, when the shop has it. Never used for words of ours.
    pub language: Language,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Sees published, saleable products at the public pricelist.
    Anonymous,
    /// A signed-in customer: their commercial partner id in the store.
    Customer { partner_id: u64 },
}

/// A language as a BCP 47 primary tag, lower case: `en`, `nl`, `de`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Language(String);

impl Language {
    pub fn new(tag: &str) -> Language {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Language(primary.to_ascii_lowercase())
    }

    pub fn tag(&self) -> &str {
        &self.0
    }
}

impl Viewer {
    pub fn anonymous(language: Language) -> Viewer {
        Viewer {
            role: Role::Anonymous,
            contact: None,
            language,
        }
    }

    /// The viewer a session stands for: its customer when signed in, else an anonymous shopper.
    pub fn for_customer(customer: Option<&Customer>, language: Language) -> Viewer {
        match customer {
            Some(c) => Viewer {
                role: Role::Customer {
                    partner_id: c.partner_id,
                },
                contact: c.contact_id,
                language,
            },
            None => Viewer::anonymous(language),
        }
    }

    /// The signed-in customer's commercial partner, or [`CommerceError::SignInRequired`].
    pub fn partner(&self) -> Result<u64, CommerceError> {
        match self.role {
            Role::Customer { partner_id } => Ok(partner_id),
            Role::Anonymous => Err(CommerceError::SignInRequired),
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
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
    /// The store's rules refuse it, for a reason the presenter words for the viewer.
    #[error("refused: {0}")]
    Refused(Box<Refusal>),
    /// The store answered with a value that is not what it should be (an amount that is not a
    /// number, say): shown as an error rather than guessed at. Names the field.
    #[error("the shop sent a value that could not be read ({0})")]
    BadData(String),
}

impl CommerceError {
    pub fn refused(refusal: Refusal) -> CommerceError {
        CommerceError::Refused(Box::new(refusal))
    }

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
    ) -> Result<Vec<Product>, CommerceError>;

    /// Products matching `query`, best first, at most `limit`, as [`Commerce::compare_products`]
    /// has them (price, stock, attributes): what a shopper's search shows. By default a search,
    /// then the products it found; a store that can do both in fewer round trips says so.
    async fn find_products(
        &self,
        viewer: &Viewer,
        query: &str,
        limit: usize,
    ) -> Result<Vec<Product>, CommerceError> {
        let hits = self.search_products(viewer, query, limit).await?;
        if hits.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<u64> = hits.iter().map(|h| h.id).collect();
        self.compare_products(viewer, &ids).await
    }

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
    /// volume breaks, taxes) and gives its rules' verdicts on them (margin, credit limit).
    /// Writes nothing.
    async fn price_quote(
        &self,
        _viewer: &Viewer,
        _lines: &[(u64, String)],
    ) -> Result<PricedQuote, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// Whether the store answers now (a readiness probe): the cheapest real call it has. A store
    /// with nothing to reach is always ready.
    async fn ready(&self) -> Result<(), CommerceError> {
        Ok(())
    }

    /// The signed-in customer's orders (quotations, confirmed, cancelled), newest first.
    async fn orders(&self, _viewer: &Viewer) -> Result<Vec<OrderSummary>, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// One of the signed-in customer's orders, by reference (`S00021`): its lines, what was
    /// delivered, and where it stands. Another customer's order is [`CommerceError::NotFound`].
    async fn order_status(
        &self,
        _viewer: &Viewer,
        _reference: &str,
    ) -> Result<Order, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// The signed-in customer's posted invoices, newest first, with what is still due.
    async fn invoices(&self, _viewer: &Viewer) -> Result<Invoices, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// The signed-in customer's account: pricelist, credit limit and use, recent orders, what
    /// they buy most.
    async fn account(&self, _viewer: &Viewer) -> Result<Account, CommerceError> {
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
    ) -> Result<Order, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// Free times for a showroom visit from `from`, for `days` days (anyone may look).
    async fn free_slots(
        &self,
        _viewer: &Viewer,
        _from: time::Date,
        _days: u32,
    ) -> Result<Visits, CommerceError> {
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
    ) -> Result<Booking, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// Opens a support ticket for a signed-in customer, after they approved it; `key` as for
    /// [`Commerce::place_order`]: the same key again answers with the ticket opened the first time.
    async fn open_ticket(
        &self,
        _viewer: &Viewer,
        _ticket: &NewTicket,
        _key: &str,
    ) -> Result<Ticket, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// Sends these lines to a signed-in customer as a quotation, after they approved it: made
    /// in the store as its salespeople make one, marked sent, with what the buyer wrote on it
    /// ([`QuotationNotes`]: their own reference; a discount request, put to a salesperson). `key` is the approval's idempotency key: asked again
    /// with the same key, the store answers with the quotation it made the first time and makes
    /// nothing. More than is on hand is taken as a back-order, unless the store forbids selling
    /// the product out of stock ([`Refusal::OutOfStock`]).
    async fn send_quotation(
        &self,
        _viewer: &Viewer,
        _lines: &[(u64, String)],
        _notes: &QuotationNotes,
        _key: &str,
    ) -> Result<Quotation, CommerceError> {
        Err(CommerceError::Unsupported)
    }

    /// Accepts one of the signed-in customer's sent quotations in `signer`'s name, after they
    /// approved it, when the store lets it be accepted without an online signature or payment
    /// (else [`Refusal::AcceptInPortal`]): the store confirms it as its own order flow does.
    /// Accepting an order already confirmed answers with it and changes nothing.
    async fn accept_quotation(
        &self,
        _viewer: &Viewer,
        _quotation_id: u64,
        _signer: &str,
    ) -> Result<Quotation, CommerceError> {
        Err(CommerceError::Unsupported)
    }
}

/// A signed-in customer, as the session keeps them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Customer {
    /// The commercial partner every query is scoped to.
    pub partner_id: u64,
    /// The person who signed in, when the store tells them apart from the company.
    pub contact_id: Option<u64>,
    pub name: String,
}

/// An image as the proxy serves it.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    /// One of the types the proxy passes on: PNG, JPEG, WebP, GIF or SVG.
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

/// A record a store made (an order, a ticket, a booking) to keep under its approval's key, so a
/// restart loses nothing: the demo store's memory, kept in the server's database.
#[derive(Clone, Debug, PartialEq)]
pub struct KeptRecord {
    pub kind: String,
    pub key: String,
    pub partner_id: i64,
    /// The record as JSON.
    pub data: String,
    /// Unix seconds.
    pub created: i64,
}

/// Where a store keeps what it made; the server gives it its database.
pub trait Keeper: Send + Sync {
    fn keep(&self, record: KeptRecord);
}
