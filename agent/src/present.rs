//! The presenter: the one place where the store's records become what a person sees — component
//! payloads and sentences, in the viewer's language.
//!
//! A store answers with records ([`showroom_commerce::records`]): the shop's own words (product
//! names, units) and typed facts (states, verdicts, refusals, amounts). Here they are written
//! for a [`Locale`]: our words from the Fluent catalogues, amounts as the payloads carry them,
//! states and refusals in words. The planner and the approval flow call it; the stores never do,
//! so the demo store and Odoo cannot word the same thing two ways.

use showroom_commerce::{
    Account, Amount, Booking, Decimal, InvoiceKind, Invoices, Order, OrderState, OrderSummary,
    OverCredit, Payment, PricedQuote, Product, Refusal, Stage, Ticket, TicketStatus, Verdict,
    Visits,
};
use showroom_i18n::{order, store};
use showroom_protocol::payload::{
    self, AccountSummary, BookingState, BookingWidget, BoughtProduct, ComparedProduct, Invoice,
    InvoiceList, Milestone, Money, OrderLine, OrderStatus, PaymentState, ProductComparator,
    ProductGrid, ProductSummary, QuoteCard, QuoteLine, QuoteState, RecentOrder, Slot, Step, Stock,
    StockLevel, TicketCard, Warning, WarningKind,
};

use crate::locale::{format_money, Locale};

/// An amount as the payloads carry it: a decimal string at its currency's decimals.
pub fn money(amount: &Amount) -> Money {
    Money::new(
        amount.to_string(),
        amount.currency().code(),
        amount.tax_included(),
    )
}

/// An amount as people of `locale` write it: €1,799.50, 1.799,50 €.
pub fn amount_in_words(locale: Locale, amount: &Amount) -> String {
    format_money(locale, &money(amount))
}

/// A quantity as a decimal string, without trailing zeros: 24, 2.5.
fn quantity(value: Decimal) -> String {
    value.normalize().to_string()
}

/// A quantity in a sentence, with the locale's decimal sign: 2.5, 2,5.
pub fn quantity_in_words(locale: Locale, value: Decimal) -> String {
    let text = quantity(value);
    match locale {
        Locale::En => text,
        Locale::Nl | Locale::De => text.replace('.', ","),
    }
}

/// What is free to sell, and what it means for a buyer.
fn stock(available: Decimal) -> Stock {
    Stock {
        level: StockLevel::from_quantity(f64::try_from(available).unwrap_or(0.0)),
        available: quantity(available),
    }
}

/// A product as a shopper sees it in a grid or on a card, its picture through the image proxy.
pub fn product_summary(product: Product) -> ProductSummary {
    ProductSummary {
        image: Some(format!("/api/image/product/{}", product.id)),
        id: product.id,
        name: product.name,
        price: money(&product.price),
        list_price: product.list_price.as_ref().map(money),
        uom: product.uom,
        stock: stock(product.available),
        variants: Vec::new(),
    }
}

/// Products found for `query`.
pub fn grid(query: &str, products: Vec<Product>) -> ProductGrid {
    ProductGrid {
        query: Some(query.to_owned()),
        products: products.into_iter().map(product_summary).collect(),
        total: None,
    }
}

/// Products side by side.
pub fn comparator(products: Vec<Product>) -> ProductComparator {
    let products = products
        .into_iter()
        .map(|p| ComparedProduct {
            id: p.id,
            name: p.name,
            price: money(&p.price),
            list_price: p.list_price.as_ref().map(money),
            uom: p.uom,
            stock: stock(p.available),
            attributes: p.attributes,
        })
        .collect();
    ProductComparator { products }
}

/// A quote as priced, as a draft card valid until `valid_until` (YYYY-MM-DD).
pub fn quote_card(locale: Locale, quote: PricedQuote, valid_until: Option<String>) -> QuoteCard {
    let lines = quote
        .lines
        .into_iter()
        .map(|l| QuoteLine {
            id: l.product_id,
            product_id: l.product_id,
            name: l.name,
            quantity: quantity(l.quantity),
            uom: l.uom,
            unit_price: money(&l.unit_price),
            discount: l.discount.map(|d| format!("{d:.2}")),
            subtotal: money(&l.subtotal),
            flagged: l.flagged,
        })
        .collect();
    QuoteCard {
        id: None,
        reference: None,
        state: QuoteState::Draft,
        customer: quote
            .customer
            .unwrap_or_else(|| store::GUEST.get(locale).to_owned()),
        lines,
        untaxed: money(&quote.untaxed),
        tax: money(&quote.tax),
        total: money(&quote.total),
        valid_until,
        warnings: quote.verdicts.iter().map(|v| warning(locale, v)).collect(),
        portal_url: None,
        pdf_url: None,
        customer_reference: None,
        discount_request: None,
        acceptance: None,
        expected_date: None,
    }
}

/// A verdict as the quote card shows it.
pub fn warning(locale: Locale, verdict: &Verdict) -> Warning {
    let kind = match verdict {
        Verdict::OutsidePriceRules { .. } => WarningKind::Margin,
        Verdict::OverCreditLimit(_) => WarningKind::CreditLimit,
    };
    Warning {
        kind,
        message: verdict_in_words(locale, verdict),
    }
}

/// What a verdict says, in `locale`.
pub fn verdict_in_words(locale: Locale, verdict: &Verdict) -> String {
    match verdict {
        // Never in terms of cost: the buyer is told a salesperson decides.
        Verdict::OutsidePriceRules { product } => store::margin(locale, product),
        Verdict::OverCreditLimit(OverCredit::Stated(said)) => said.clone(),
        Verdict::OverCreditLimit(OverCredit::Figures {
            total,
            due,
            customer,
            limit,
        }) => {
            let [total, limit] = [total, limit].map(|m| amount_in_words(locale, m));
            match due.as_ref().map(|due| amount_in_words(locale, due)) {
                None => store::over_credit_limit(locale, &total, customer, &limit),
                Some(due) => {
                    store::over_credit_limit_with_due(locale, &total, &due, customer, &limit)
                }
            }
        }
    }
}

/// Why the store refused, in `locale`.
pub fn refusal(locale: Locale, refusal: &Refusal) -> String {
    match refusal {
        Refusal::Rule(verdict) => verdict_in_words(locale, verdict),
        Refusal::OutOfStock {
            product,
            available,
            uom,
            wanted,
        } => {
            let [available, wanted] = [available, wanted].map(|q| quantity_in_words(locale, *q));
            match uom {
                Some(uom) => store::out_of_stock(locale, &available, uom, product, &wanted),
                None => store::out_of_stock_count(locale, &available, product, &wanted),
            }
        }
        Refusal::NoMoreInStock {
            product,
            available,
            uom,
        } => store::no_more_in_stock(locale, &quantity_in_words(locale, *available), uom, product),
        Refusal::ChangeOverCreditLimit {
            added,
            customer,
            limit,
        } => {
            let [added, limit] = [added, limit].map(|m| amount_in_words(locale, m));
            store::change_over_credit_limit(locale, &added, customer, &limit)
        }
        Refusal::LineOnItsWay => store::LINE_ON_ITS_WAY.get(locale).to_owned(),
        Refusal::NotATime => store::NOT_A_TIME.get(locale).to_owned(),
        Refusal::SlotTaken => store::SLOT_TAKEN.get(locale).to_owned(),
        Refusal::UnknownApproval => store::UNKNOWN_APPROVAL.get(locale).to_owned(),
        Refusal::NotAllowed => store::NOT_ALLOWED.get(locale).to_owned(),
        Refusal::AcceptInPortal => store::ACCEPT_IN_PORTAL.get(locale).to_owned(),
        Refusal::QuotationClosed => store::QUOTATION_CLOSED.get(locale).to_owned(),
        // The shop's own sentence (Odoo's), as it said it.
        Refusal::Stated(said) => said.clone(),
    }
}

/// An order's state in words.
pub fn order_state(locale: Locale, state: OrderState) -> &'static str {
    match state {
        OrderState::Quotation | OrderState::QuotationSent => order::QUOTATION.get(locale),
        OrderState::SalesOrder => order::SALES_ORDER.get(locale),
        OrderState::Locked => order::LOCKED.get(locale),
        OrderState::Cancelled => order::CANCELLED.get(locale),
    }
}

fn recent_order(locale: Locale, order: OrderSummary) -> RecentOrder {
    RecentOrder {
        id: order.id,
        reference: order.reference,
        date: order.date,
        total: money(&order.total),
        state: order_state(locale, order.state).to_owned(),
    }
}

/// Where an order stands, as the timeline shows it.
pub fn order_status(order: Order) -> OrderStatus {
    let step = |stage: Stage| match stage {
        Stage::Quotation => Step::Quotation,
        Stage::Confirmed => Step::Confirmed,
        Stage::Picking => Step::Picking,
        Stage::Delivered => Step::Delivered,
        Stage::Invoiced => Step::Invoiced,
    };
    OrderStatus {
        id: order.id,
        reference: order.reference,
        timeline: order
            .stages
            .into_iter()
            .map(|(stage, at)| Milestone {
                step: step(stage),
                at,
            })
            .collect(),
        tracking: order.tracking,
        lines: order
            .lines
            .into_iter()
            .map(|l| OrderLine {
                id: l.id,
                name: l.name,
                quantity: quantity(l.quantity),
                delivered: quantity(l.delivered),
                uom: l.uom,
                subtotal: money(&l.subtotal),
                changeable: l.changeable,
            })
            .collect(),
        total: money(&order.total),
    }
}

pub fn invoice_list(invoices: Invoices) -> InvoiceList {
    let payment_state = |payment: Payment| match payment {
        Payment::NotPaid => PaymentState::NotPaid,
        Payment::Partial => PaymentState::Partial,
        Payment::InPayment => PaymentState::InPayment,
        Payment::Paid => PaymentState::Paid,
        Payment::Reversed => PaymentState::Reversed,
    };
    InvoiceList {
        invoices: invoices
            .invoices
            .into_iter()
            .map(|i| Invoice {
                id: i.id,
                kind: match i.kind {
                    InvoiceKind::Invoice => payload::InvoiceKind::Invoice,
                    InvoiceKind::CreditNote => payload::InvoiceKind::CreditNote,
                },
                number: i.number,
                date: i.date,
                due: i.due,
                amount: money(&i.amount),
                residual: money(&i.residual),
                payment_state: payment_state(i.payment),
                pdf_url: i.pdf_url,
                portal_url: i.portal_url,
            })
            .collect(),
        outstanding: money(&invoices.outstanding),
    }
}

pub fn account_summary(locale: Locale, account: Account) -> AccountSummary {
    AccountSummary {
        company: account.company,
        pricelist: account.pricelist,
        credit_limit: account.credit_limit.as_ref().map(money),
        credit_used: money(&account.credit_used),
        recent_orders: account
            .recent_orders
            .into_iter()
            .map(|o| recent_order(locale, o))
            .collect(),
        top_products: account
            .top_products
            .into_iter()
            .map(|b| BoughtProduct {
                product_id: b.product_id,
                name: b.name,
                quantity: quantity(b.quantity),
                uom: b.uom,
            })
            .collect(),
    }
}

fn slot(slot: showroom_commerce::Slot) -> Slot {
    Slot {
        start: slot.start,
        end: slot.end,
    }
}

/// The visit's name: the shop's own, or ours.
fn service(locale: Locale, named: Option<String>) -> String {
    named.unwrap_or_else(|| store::VISIT.get(locale).to_owned())
}

/// Free times to choose from.
pub fn visits(locale: Locale, visits: Visits) -> BookingWidget {
    BookingWidget {
        service: service(locale, visits.service),
        duration_minutes: visits.duration_minutes,
        state: BookingState::Choosing,
        slots: visits.slots.into_iter().map(slot).collect(),
        chosen: None,
        reference: None,
        location: visits.location,
        time_zone: visits.time_zone,
    }
}

/// A visit booked (or held as a request).
pub fn booked(locale: Locale, booking: Booking) -> BookingWidget {
    BookingWidget {
        service: service(locale, booking.service),
        duration_minutes: booking.duration_minutes,
        state: match booking.requested {
            true => BookingState::Requested,
            false => BookingState::Confirmed,
        },
        slots: Vec::new(),
        chosen: Some(slot(booking.slot)),
        reference: Some(booking.reference),
        location: booking.location,
        time_zone: booking.time_zone,
    }
}

pub fn ticket_card(ticket: Ticket) -> TicketCard {
    use showroom_protocol::payload::TicketStatus as Status;
    TicketCard {
        reference: ticket.reference,
        subject: ticket.subject,
        status: match ticket.status {
            TicketStatus::New => Status::New,
            TicketStatus::InProgress => Status::InProgress,
            TicketStatus::Waiting => Status::Waiting,
            TicketStatus::Solved => Status::Solved,
        },
        created: ticket.created,
        order: ticket.order,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use showroom_commerce::Currency;

    fn eur(text: &str) -> Amount {
        Currency::new("EUR").amount(text.parse().unwrap(), false)
    }

    #[test]
    fn credit_limits_are_told_with_the_amounts_written_as_people_read_them() {
        let over = |due| {
            Verdict::OverCreditLimit(OverCredit::Figures {
                total: eur("16250"),
                due,
                customer: "Gemini".into(),
                limit: eur("15000"),
            })
        };
        assert_eq!(
            verdict_in_words(Locale::En, &over(Some(eur("1042.17")))),
            "This quote (€16,250.00) with €1,042.17 still due is over Gemini's credit limit of \
             €15,000.00."
        );
        assert_eq!(
            verdict_in_words(Locale::De, &over(None)),
            "Dieses Angebot (16.250,00 €) überschreitet das Kreditlimit von Gemini (15.000,00 €)."
        );
        let outside = Verdict::OutsidePriceRules {
            product: "Bureaustoel".into(),
        };
        let said = warning(Locale::Nl, &outside).message;
        assert!(said.contains("Bureaustoel"), "{said}");
        for locale in [Locale::En, Locale::Nl, Locale::De] {
            let said = verdict_in_words(locale, &outside).to_lowercase();
            for cost in ["cost", "kost", "einstand", "marge", "margin"] {
                assert!(!said.contains(cost), "{said}");
            }
        }
    }

    #[test]
    fn every_refusal_is_worded_in_each_language_and_the_shops_own_words_pass_as_they_are() {
        let refusals = [
            Refusal::OutOfStock {
                product: "Bureaustoel".into(),
                available: Decimal::from(4),
                uom: Some("Stuks".into()),
                wanted: Decimal::from(10),
            },
            Refusal::NoMoreInStock {
                product: "Bureaustoel".into(),
                available: Decimal::new(25, 1),
                uom: "Stuks".into(),
            },
            Refusal::ChangeOverCreditLimit {
                added: eur("100"),
                customer: "Gemini".into(),
                limit: eur("15000"),
            },
            Refusal::LineOnItsWay,
            Refusal::NotATime,
            Refusal::SlotTaken,
            Refusal::UnknownApproval,
            Refusal::NotAllowed,
            Refusal::AcceptInPortal,
            Refusal::QuotationClosed,
        ];
        for r in &refusals {
            let [en, nl, de] = [Locale::En, Locale::Nl, Locale::De].map(|l| refusal(l, r));
            assert!(
                en != nl && en != de && nl != de,
                "{r:?}: {en} / {nl} / {de}"
            );
        }
        assert_eq!(
            refusal(Locale::Nl, &refusals[1]),
            "Er zijn nog maar 2,5 Stuks Bureaustoel extra op voorraad."
        );
        let odoo = Refusal::Stated("Le client a dépassé sa limite.".into());
        assert_eq!(refusal(Locale::De, &odoo), "Le client a dépassé sa limite.");
    }

    #[test]
    fn a_quote_card_names_a_guest_in_the_viewers_language_and_writes_discounts_to_the_hundredth() {
        let line = showroom_commerce::PricedLine {
            product_id: 1,
            name: "Bürostuhl".into(),
            quantity: Decimal::new(100, 1),
            uom: "Stück".into(),
            unit_price: eur("114.48"),
            discount: Some(Decimal::new(5, 0)),
            subtotal: eur("1144.80"),
            flagged: false,
        };
        let quote = PricedQuote {
            customer: None,
            lines: vec![line],
            untaxed: eur("1144.80"),
            tax: eur("240.41"),
            total: eur("1385.21"),
            verdicts: Vec::new(),
        };
        let card = quote_card(Locale::De, quote, None);
        assert_eq!(card.customer, "Gast");
        assert_eq!(card.lines[0].quantity, "10");
        assert_eq!(card.lines[0].discount.as_deref(), Some("5.00"));
        assert_eq!(card.total, Money::new("1385.21", "EUR", false));
    }
}
