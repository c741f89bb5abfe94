//! `showroom.invoice_list`: posted invoices with their dates, amounts and payment state, links
//! to each, and the total outstanding.

use showroom_protocol::payload::{At, Invoice, InvoiceList, PaymentState};
use showroom_ui::{el, Element, Node};

use crate::format;
use crate::kit::{as_of, card, date, empty, field, heading, link, money, num, pill, table, Cx};
use showroom_i18n::invoicelist;

fn state(cx: &Cx, invoice: At<'_, Invoice>) -> Element {
    let (tone, label) = match invoice.payment_state().get() {
        Some(PaymentState::Paid) => ("good", cx.t(invoicelist::PAID)),
        Some(PaymentState::InPayment) => ("info", cx.t(invoicelist::IN_PAYMENT)),
        Some(PaymentState::Partial) => ("warn", cx.t(invoicelist::PARTIAL)),
        Some(PaymentState::Reversed) => ("info", cx.t(invoicelist::REVERSED)),
        Some(PaymentState::NotPaid) | None => {
            let overdue = invoice
                .due()
                .get()
                .and_then(|due| format::age_minutes(due, cx.now_ms))
                .is_some_and(|age| age > 24.0 * 60.0);
            if overdue {
                ("bad", cx.t(invoicelist::OVERDUE))
            } else {
                ("warn", cx.t(invoicelist::NOT_PAID))
            }
        }
    };
    pill(tone, label)
}

pub fn view(data: At<'_, InvoiceList>, cx: &Cx) -> Element {
    let invoices = data.invoices();
    let mut body = card(cx, "invoices", "invoice-list").child(heading(cx.t(invoicelist::INVOICES)));
    if invoices.is_empty() && !cx.partial {
        body = body.child(empty(cx.t(invoicelist::NONE)));
    } else {
        let rows = invoices
            .iter()
            .map(|invoice| {
                let links = el("td")
                    .children(link(invoice.pdf_url().get(), cx.t(invoicelist::PDF)))
                    .children(link(invoice.portal_url().get(), cx.t(invoicelist::PORTAL)));
                el("tr")
                    .testid("invoice")
                    .child(
                        el("th")
                            .attr("scope", "row")
                            .child(field(cx, invoice.number())),
                    )
                    .child(el("td").child(date(cx, invoice.date().get())))
                    .child(el("td").child(match invoice.due().get() {
                        Some(due) => date(cx, Some(due)),
                        None => Node::from("—"),
                    }))
                    .child(num(money(cx, invoice.amount())))
                    .child(el("td").child(state(cx, invoice)))
                    .child(links)
            })
            .collect();
        let head = [
            invoicelist::NUMBER,
            invoicelist::DATE,
            invoicelist::DUE,
            invoicelist::AMOUNT,
            invoicelist::STATE,
            invoicelist::LINKS,
        ]
        .iter()
        .map(|t| Node::from(cx.t(*t)))
        .collect();
        body = body.child(table(cx.t(invoicelist::INVOICES), head, rows));
    }
    body.child(
        el("p")
            .class("sr-totals__total")
            .testid("outstanding")
            .text(format!("{} ", cx.t(invoicelist::OUTSTANDING)))
            .child(el("strong").child(money(cx, data.outstanding()))),
    )
    .child(as_of(cx))
}
