//! `showroom.invoice_list`: posted invoices and credit notes with their dates, amounts and
//! payment state, links to each, and the total outstanding net of the credit notes. A credit
//! note is named as one beside its number, its amounts are credits (negative), and its state
//! says how much of the credit is used rather than paid.

use showroom_protocol::payload::{At, Invoice, InvoiceKind, InvoiceList, PaymentState};
use showroom_ui::{el, Element, Node};

use crate::format;
use crate::kit::{
    as_of, card, date, empty, field, heading, link, money, num, pill, table, tax_note, Cx,
};
use showroom_i18n::invoicelist;

fn is_credit_note(invoice: At<'_, Invoice>) -> bool {
    invoice.kind().get() == Some(InvoiceKind::CreditNote)
}

fn state(cx: &Cx, invoice: At<'_, Invoice>) -> Element {
    if is_credit_note(invoice) {
        // A credit note is not paid but used against invoices; it is never overdue.
        let (tone, label) = match invoice.payment_state().get() {
            Some(PaymentState::Paid | PaymentState::InPayment) => {
                ("good", cx.t(invoicelist::CREDIT_USED))
            }
            Some(PaymentState::Partial) => ("info", cx.t(invoicelist::CREDIT_PARTIAL)),
            Some(PaymentState::Reversed) => ("info", cx.t(invoicelist::REVERSED)),
            Some(PaymentState::NotPaid) | None => ("info", cx.t(invoicelist::CREDIT_OPEN)),
        };
        return pill(tone, label);
    }
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
    let credit_notes = invoices.iter().any(is_credit_note);
    let title = if credit_notes {
        cx.t(invoicelist::INVOICES_AND_CREDIT_NOTES)
    } else {
        cx.t(invoicelist::INVOICES)
    };
    let mut body = card(cx, "invoices", "invoice-list").child(heading(title));
    if invoices.is_empty() && !cx.partial {
        body = body.child(empty(cx.t(invoicelist::NONE)));
    } else {
        let rows = invoices
            .iter()
            .map(|invoice| {
                let links = el("td")
                    .children(link(invoice.pdf_url().get(), cx.t(invoicelist::PDF)))
                    .children(link(invoice.portal_url().get(), cx.t(invoicelist::PORTAL)));
                let number = el("th")
                    .attr("scope", "row")
                    .child(field(cx, invoice.number()));
                let (testid, number) = if is_credit_note(invoice) {
                    let label = pill("info", cx.t(invoicelist::CREDIT_NOTE)).testid("credit-note");
                    ("credit-note", number.text(" ").child(label))
                } else {
                    ("invoice", number)
                };
                el("tr")
                    .testid(testid)
                    .child(number)
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
        body = body.child(table(title, head, rows));
    }
    let outstanding = if credit_notes {
        cx.t(invoicelist::OUTSTANDING_NET)
    } else {
        cx.t(invoicelist::OUTSTANDING)
    };
    body.child(
        el("p")
            .class("sr-totals__total")
            .testid("outstanding")
            .text(format!("{outstanding} "))
            .child(el("strong").child(money(cx, data.outstanding())))
            .text(format!(" {}", tax_note(cx, data.outstanding()))),
    )
    .child(as_of(cx))
}
