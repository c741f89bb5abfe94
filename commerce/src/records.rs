//! What a store answers with: the shop's records as the shop has them, for one viewer.
//!
//! Names, units and attribute values are the shop's words (in the viewer's language when the
//! shop has it). Nothing here is worded by us: states are enums, a refusal is a [`Refusal`], and
//! amounts are [`Amount`]s. The agent's presenter turns these into components and sentences.

use serde::{Deserialize, Serialize};

use crate::money::{Amount, Decimal};

/// A product found by a search: enough to name it and decide what to do next.
#[derive(Clone, Debug, PartialEq)]
pub struct ProductHit {
    pub id: u64,
    pub name: String,
    pub price: Amount,
}

/// A product with what this viewer pays for it, what is free to sell, and its attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct Product {
    pub id: u64,
    pub name: String,
    /// The price this viewer pays for one unit (their pricelist, or the public one).
    pub price: Amount,
    /// The list price, when it differs from `price`.
    pub list_price: Option<Amount>,
    /// The unit the price is for, e.g. "Units".
    pub uom: String,
    /// The quantity free to sell now (Odoo's `free_qty`).
    pub available: Decimal,
    /// Attribute name and value, in the shop's order.
    pub attributes: Vec<(String, String)>,
}

/// Quote lines as the store prices them, with totals and its rules' verdicts.
#[derive(Clone, Debug, PartialEq)]
pub struct PricedQuote {
    /// The customer's company; `None` for a shopper who is not signed in.
    pub customer: Option<String>,
    pub lines: Vec<PricedLine>,
    pub untaxed: Amount,
    pub tax: Amount,
    pub total: Amount,
    pub verdicts: Vec<Verdict>,
}

impl PricedQuote {
    /// The first verdict that stops this quote from being placed as it is, if any.
    pub fn blocked_by(&self) -> Option<&Verdict> {
        self.verdicts.first()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PricedLine {
    pub product_id: u64,
    pub name: String,
    pub quantity: Decimal,
    pub uom: String,
    /// After the pricelist (volume breaks included), before tax.
    pub unit_price: Amount,
    /// Percent off the list price, to the hundredth, when there is any.
    pub discount: Option<Decimal>,
    pub subtotal: Amount,
    /// This line breaks a rule (see the quote's verdicts).
    pub flagged: bool,
}

/// What a store's rules say about a quote; each one stops it from being placed as it is.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// The line of `product` is priced outside the rules the shop configured (a discount
    /// ceiling, a margin floor): a salesperson decides.
    OutsidePriceRules { product: String },
    /// The quote takes the customer over their credit limit.
    OverCreditLimit(OverCredit),
}

/// How a store tells that a customer's credit limit is exceeded.
#[derive(Clone, Debug, PartialEq)]
pub enum OverCredit {
    /// The figures, for the presenter to word: the quote's `total`, what is still `due`, the
    /// customer and their `limit`.
    Figures {
        total: Amount,
        due: Option<Amount>,
        customer: String,
        limit: Amount,
    },
    /// The store's own sentence (Odoo's `partner_credit_warning`, in the viewer's language).
    Stated(String),
}

/// Why a store refuses a commitment. The presenter words it; the store never does.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// One of the quote's verdicts, found again when it was to be placed.
    Rule(Verdict),
    /// More of `product` than is free: `available` (in `uom`, when the store said), `wanted`
    /// asked for.
    OutOfStock {
        product: String,
        available: Decimal,
        uom: Option<String>,
        wanted: Decimal,
    },
    /// An order line raised by more than is free: only `available` `uom` more of `product`.
    NoMoreInStock {
        product: String,
        available: Decimal,
        uom: String,
    },
    /// An order change that adds `added` takes `customer` over their `limit`.
    ChangeOverCreditLimit {
        added: Amount,
        customer: String,
        limit: Amount,
    },
    /// The line has shipped (or is being picked): it can no longer change.
    LineOnItsWay,
    /// What was chosen is not a time.
    NotATime,
    /// The time chosen is no longer free.
    SlotTaken,
    /// The approval's key belongs to someone else's record.
    UnknownApproval,
    /// The store's access rules do not let this be done.
    NotAllowed,
    /// The quotation must be signed or paid on the store's portal page to be accepted.
    AcceptInPortal,
    /// The quotation is no longer open: expired, cancelled, or replaced.
    QuotationClosed,
    /// The store refused in its own words (an Odoo `UserError` or `ValidationError`).
    Stated(String),
}

impl Refusal {
    /// A stable name for logs and the audit.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::Rule(Verdict::OutsidePriceRules { .. }) => "price_rules",
            Refusal::Rule(Verdict::OverCreditLimit(_)) => "credit_limit",
            Refusal::OutOfStock { .. } => "out_of_stock",
            Refusal::NoMoreInStock { .. } => "no_more_in_stock",
            Refusal::ChangeOverCreditLimit { .. } => "change_over_credit_limit",
            Refusal::LineOnItsWay => "line_on_its_way",
            Refusal::NotATime => "not_a_time",
            Refusal::SlotTaken => "slot_taken",
            Refusal::UnknownApproval => "unknown_approval",
            Refusal::AcceptInPortal => "accept_in_portal",
            Refusal::QuotationClosed => "quotation_closed",
            Refusal::NotAllowed => "not_allowed",
            Refusal::Stated(_) => "stated",
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Stated(said) => write!(f, "{}: {said}", self.code()),
            _ => f.write_str(self.code()),
        }
    }
}

/// A quotation the customer was sent (and, once accepted, their confirmed order), as Odoo's
/// quotation flow has it: a salesperson sees it, the customer opens it by its tokenised portal
/// link without signing in, and accepts it as the shop's settings say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    pub id: u64,
    /// The store's reference, e.g. `S00042`.
    pub reference: String,
    /// [`OrderState::QuotationSent`] until accepted, then [`OrderState::SalesOrder`].
    pub state: OrderState,
    /// The customer's own reference (their purchase order number), when they gave one.
    pub customer_reference: Option<String>,
    /// The quotation in the store's portal, opening without a sign-in (it carries its token).
    pub portal_url: Option<String>,
    /// The quotation as a PDF, by the same token.
    pub pdf_url: Option<String>,
    /// How the customer may accept it.
    pub acceptance: Acceptance,
    /// Until when it may be accepted (`YYYY-MM-DD`), when the store says.
    pub valid_until: Option<String>,
    /// When the goods are expected, when the store knows (`YYYY-MM-DD`).
    pub expected_date: Option<String>,
    /// Lines asking for more than is on hand: taken, and delivered when stock comes in.
    pub back_orders: Vec<BackOrder>,
    /// The discount the buyer asked for in their words, put to a salesperson: the shop decides.
    pub discount_request: Option<String>,
}

/// What the buyer wrote on a quote before it was sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuotationNotes {
    /// Their own reference (a purchase order number).
    pub customer_reference: Option<String>,
    /// A discount asked for, in their words: a request for a salesperson, never a price.
    pub discount_request: Option<String>,
}

/// How a sent quotation may be accepted, by the shop's settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Acceptance {
    /// In the chat, in the signed-in buyer's name.
    InChat,
    /// The shop asks for an online signature: only on its portal page.
    SignInPortal,
    /// The shop asks for an online payment: only on its portal page.
    PayInPortal,
}

/// More of `product` asked for than is on hand (`available`): the store takes the order and
/// delivers the rest later.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackOrder {
    pub product: String,
    pub wanted: Decimal,
    pub available: Decimal,
}

/// An order in a list: the customer's orders, the account's recent ones.
#[derive(Clone, Debug, PartialEq)]
pub struct OrderSummary {
    pub id: u64,
    pub reference: String,
    /// The day it was ordered, `YYYY-MM-DD`.
    pub date: String,
    pub total: Amount,
    pub state: OrderState,
}

/// Where a sale order is in Odoo's flow (`sale.order.state`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderState {
    /// `draft`: a quotation.
    Quotation,
    /// `sent`: a quotation sent to the customer.
    QuotationSent,
    /// `sale`: a confirmed sales order.
    SalesOrder,
    /// `done`: locked (Odoo 16 and before).
    Locked,
    /// `cancel`.
    Cancelled,
}

impl OrderState {
    /// From Odoo's code; `None` for a code Odoo does not have.
    pub fn from_odoo(code: &str) -> Option<OrderState> {
        Some(match code {
            "draft" => OrderState::Quotation,
            "sent" => OrderState::QuotationSent,
            "sale" => OrderState::SalesOrder,
            "done" => OrderState::Locked,
            "cancel" => OrderState::Cancelled,
            _ => return None,
        })
    }
}

/// One order with its lines, what was delivered, and where it stands.
#[derive(Clone, Debug, PartialEq)]
pub struct Order {
    pub id: u64,
    pub reference: String,
    /// Each stage in order, with when it was reached (RFC 3339), if it was.
    pub stages: Vec<(Stage, Option<String>)>,
    /// The carrier's tracking reference, once shipped.
    pub tracking: Option<String>,
    pub lines: Vec<OrderLine>,
    pub total: Amount,
}

impl Order {
    /// The last stage the order reached.
    pub fn reached(&self) -> Stage {
        self.stages
            .iter()
            .rev()
            .find(|(_, at)| at.is_some())
            .map_or(Stage::Quotation, |(stage, _)| *stage)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Quotation,
    Confirmed,
    Picking,
    Delivered,
    Invoiced,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OrderLine {
    pub id: u64,
    /// The product ordered, to order it again (none for a line without one).
    pub product_id: Option<u64>,
    pub name: String,
    pub quantity: Decimal,
    pub delivered: Decimal,
    pub uom: String,
    pub subtotal: Amount,
    /// The store still lets this line's quantity change or the line be cancelled.
    pub changeable: bool,
}

/// The customer's posted invoices and credit notes, newest first, and what is still to pay on
/// them: the invoices' residual less the credit notes' unused credit, as the customer's
/// receivable in the shop's books (Odoo's `credit` on the partner) has it. Negative when the
/// customer is in credit.
#[derive(Clone, Debug, PartialEq)]
pub struct Invoices {
    pub invoices: Vec<Invoice>,
    pub outstanding: Amount,
}

/// A posted invoice or credit note. A credit note's amounts are negative (credits), so that
/// summing the residuals of a list gives what the customer owes.
#[derive(Clone, Debug, PartialEq)]
pub struct Invoice {
    pub id: u64,
    pub kind: InvoiceKind,
    pub number: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub due: Option<String>,
    /// Tax included; negative for a credit note.
    pub amount: Amount,
    /// What is left to pay (an invoice) or left to use (a credit note, negative).
    pub residual: Amount,
    pub payment: Payment,
    pub pdf_url: Option<String>,
    pub portal_url: Option<String>,
}

/// Odoo's `account.move.move_type` of a customer's document: `out_invoice` or `out_refund`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceKind {
    #[default]
    Invoice,
    CreditNote,
}

impl InvoiceKind {
    /// Odoo's `move_type`: `out_invoice`, `out_refund`; any other is not a customer's document.
    pub fn from_odoo(move_type: &str) -> Option<InvoiceKind> {
        match move_type {
            "out_invoice" => Some(InvoiceKind::Invoice),
            "out_refund" => Some(InvoiceKind::CreditNote),
            _ => None,
        }
    }

    /// The sign its amounts carry in a list: a credit note's are credits.
    pub fn sign(self) -> Decimal {
        match self {
            InvoiceKind::Invoice => Decimal::ONE,
            InvoiceKind::CreditNote => Decimal::NEGATIVE_ONE,
        }
    }
}

/// Odoo's `account.move.payment_state`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Payment {
    NotPaid,
    Partial,
    InPayment,
    Paid,
    Reversed,
}

/// A customer's account: pricelist, credit, recent orders, what they buy most.
#[derive(Clone, Debug, PartialEq)]
pub struct Account {
    pub company: String,
    pub pricelist: String,
    /// `None` when no limit applies.
    pub credit_limit: Option<Amount>,
    /// Unpaid invoices and confirmed orders not invoiced yet.
    pub credit_used: Amount,
    pub recent_orders: Vec<OrderSummary>,
    pub top_products: Vec<Bought>,
}

/// A product the customer bought, and how much of it in all.
#[derive(Clone, Debug, PartialEq)]
pub struct Bought {
    pub product_id: u64,
    pub name: String,
    pub quantity: Decimal,
    pub uom: String,
}

/// A stretch of time (RFC 3339 instants, UTC).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    pub start: String,
    pub end: String,
}

/// Free times for a showroom visit.
#[derive(Clone, Debug, PartialEq)]
pub struct Visits {
    /// The shop's name for the visit, when it has one of its own; else the presenter names it.
    pub service: Option<String>,
    pub duration_minutes: u32,
    pub slots: Vec<Slot>,
    pub location: Option<String>,
    /// The shop's time zone (IANA name) its hours are kept in.
    pub time_zone: Option<String>,
}

/// A visit booked, or held as a request for a shopper who is not signed in.
#[derive(Clone, Debug, PartialEq)]
pub struct Booking {
    pub service: Option<String>,
    pub duration_minutes: u32,
    pub slot: Slot,
    pub reference: String,
    /// Held for the shop to confirm (nobody signed in), not booked.
    pub requested: bool,
    pub location: Option<String>,
    /// The shop's time zone (IANA name), when the store said.
    pub time_zone: Option<String>,
}

/// A support ticket to open: what about, in the customer's words, and the order it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewTicket {
    pub subject: String,
    pub description: String,
    pub order: Option<String>,
}

/// A support ticket opened in the store. Serialized as the demo store keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ticket {
    pub reference: String,
    pub subject: String,
    pub status: TicketStatus,
    /// RFC 3339.
    pub created: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketStatus {
    New,
    InProgress,
    Waiting,
    Solved,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_credit_note_is_odoos_out_refund_and_counts_as_a_credit() {
        assert_eq!(
            InvoiceKind::from_odoo("out_invoice"),
            Some(InvoiceKind::Invoice)
        );
        assert_eq!(
            InvoiceKind::from_odoo("out_refund"),
            Some(InvoiceKind::CreditNote)
        );
        // A vendor bill or a journal entry is not a customer's document.
        assert_eq!(InvoiceKind::from_odoo("in_invoice"), None);
        assert_eq!(InvoiceKind::from_odoo("entry"), None);
        let residuals = [
            (InvoiceKind::Invoice, Decimal::new(15000, 2)),
            (InvoiceKind::CreditNote, Decimal::new(12000, 2)),
        ];
        let owed: Decimal = residuals.iter().map(|(k, r)| k.sign() * r).sum();
        assert_eq!(owed, Decimal::new(3000, 2));
    }
}
