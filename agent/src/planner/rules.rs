//! The built-in planner: deterministic, offline, in English, Dutch and German.

use async_trait::async_trait;
use serde_json::json;
use showroom_i18n::planner;

use super::intent::Intent;
use super::reading::read;
use super::{phrases, Planner, Turn};
use crate::run::RunWriter;
use crate::tools::{
    emit_tool_call, emit_tool_call_into, ToolOutput, ADD_TO_QUOTE, COMPARE_PRODUCTS, SET_QUOTE_LINE,
};
use showroom_commerce::{CommerceError, ProductHit};
use showroom_protocol::payload::ProductComparator;

/// At most this many products side by side.
const MAX_COMPARED: usize = 6;

/// The built-in planner.
#[derive(Clone, Copy, Debug, Default)]
pub struct RulesPlanner;

impl RulesPlanner {
    async fn compare(
        &self,
        turn: &Turn,
        out: &mut RunWriter,
        products: &[ProductHit],
    ) -> Result<(), CommerceError> {
        let locale = turn.locale;
        let products = &products[..products.len().min(MAX_COMPARED)];
        let names: Vec<&str> = products.iter().map(|p| p.name.as_str()).collect();
        let ids: Vec<u64> = products.iter().map(|p| p.id).collect();
        let (comparison, skeleton) = crate::tools::read_showing::<ProductComparator, _>(
            out,
            turn.tools.compare_products(&ids),
        )
        .await;
        let comparison = comparison?;
        let message_id = out
            .say(&planner::comparing(
                locale,
                &phrases::join_names(locale, &names),
            ))
            .await;
        let output = ToolOutput::component(&comparison);
        let args = json!({ "productIds": ids });
        emit_tool_call_into(out, &message_id, COMPARE_PRODUCTS, &args, &output, skeleton).await;

        let compared = &comparison.data.products;
        let mut summary = String::new();
        if let Some(cheapest) = compared
            .iter()
            .filter_map(|p| Some((showroom_commerce::money::parse(&p.price.amount)?, p)))
            .min_by_key(|(price, _)| *price)
            .map(|(_, p)| p)
        {
            summary.push_str(&phrases::cheapest(locale, &cheapest.name, &cheapest.price));
            summary.push_str(phrases::tax_note(locale, cheapest.price.tax_included));
        }
        for product in compared
            .iter()
            .filter(|p| p.stock.available.parse::<f64>().unwrap_or(0.0) <= 0.0)
        {
            summary.push_str(&planner::out_of_stock(locale, &product.name));
        }
        out.say(&summary).await;
        Ok(())
    }
}

impl RulesPlanner {
    /// "Change the chairs to 5", "remove the lamp": the draft quote's line set, or why not.
    async fn change_quote(
        &self,
        turn: &Turn,
        out: &mut RunWriter,
        reading: &super::reading::Reading,
    ) -> Result<(), CommerceError> {
        let locale = turn.locale;
        let (Some(hit), Some(quantity)) = (reading.products.first(), &reading.quantity) else {
            out.say(planner::WHICH_LINE.get(locale)).await;
            return Ok(());
        };
        if crate::quotes::draft_in(&turn.thread).is_none() {
            out.say(showroom_i18n::quote::NO_QUOTE.get(locale)).await;
            return Ok(());
        }
        let Some(event) = crate::quotes::set(&turn.tools, &turn.thread, hit.id, quantity).await?
        else {
            out.say(&planner::not_in_quote(locale, &hit.name)).await;
            return Ok(());
        };
        let said = match quantity.as_str() {
            "0" => planner::removed(locale, &hit.name),
            _ => planner::changed(locale, &hit.name, quantity),
        };
        let message_id = out.say(&said).await;
        let args = json!({ "productId": hit.id, "quantity": quantity });
        let output = ToolOutput {
            result: json!({ "set": { "productId": hit.id, "quantity": quantity } }),
            component: None,
        };
        emit_tool_call(out, &message_id, SET_QUOTE_LINE, &args, &output).await;
        out.emit(event).await;
        Ok(())
    }
}

#[async_trait]
impl Planner for RulesPlanner {
    async fn respond(&self, turn: &Turn, out: &mut RunWriter) -> Result<(), CommerceError> {
        let locale = turn.locale;
        let reading = read(&turn.text, &turn.tools).await?;
        match reading.intent {
            Intent::Compare => {
                let products = reading.products;
                if products.len() >= 2 {
                    return self.compare(turn, out, &products).await;
                }
                let names: Vec<&str> = products.iter().map(|p| p.name.as_str()).collect();
                out.say(&phrases::need_two(locale, &names)).await;
            }
            Intent::Submit => crate::approvals::request(turn, out).await?,
            Intent::Ticket => {
                let text = turn.text.trim();
                let ticket = showroom_commerce::NewTicket {
                    subject: text.chars().take(120).collect(),
                    description: text.to_owned(),
                    order: reading.reference.clone(),
                };
                crate::approvals::request_ticket(turn, out, ticket).await?
            }
            Intent::Booking => {
                crate::approvals::show_slots(turn, out, reading.date, reading.part_of_day).await?
            }
            Intent::Orders => super::account::orders(turn, out).await?,
            Intent::Invoices => super::account::invoices(turn, out, reading.invoice_state).await?,
            Intent::Account => super::account::account(turn, out).await?,
            Intent::Help => {
                out.say(planner::HELP.get(locale)).await;
            }
            Intent::ChangeQuote => self.change_quote(turn, out, &reading).await?,
            Intent::Reorder => {
                super::account::reorder(turn, out, reading.reference.clone()).await?
            }
            Intent::Discount => crate::approvals::ask_discount(turn, out, &turn.text).await?,
            Intent::Greeting => {
                out.say(planner::GREETING.get(locale)).await;
            }
            Intent::Price | Intent::Stock | Intent::ProductInfo => {
                super::products::about(turn, out, &reading).await?
            }
            Intent::Browse => super::products::browse(turn, out, &reading).await?,
            Intent::Quote | Intent::Reserve => {
                let reserve = reading.intent == Intent::Reserve;
                if reading.lines.is_empty() {
                    out.say(planner::NAME_A_PRODUCT.get(locale)).await;
                    return Ok(());
                }
                let lines: Vec<(u64, String)> = (reading.lines.iter())
                    .map(|(hit, quantity)| (hit.id, quantity.clone()))
                    .collect();
                let event = match crate::quotes::add_all(&turn.tools, &turn.thread, &lines).await {
                    Ok(event) => event,
                    Err(CommerceError::Unavailable) => return Err(CommerceError::Unavailable),
                    Err(_) => {
                        out.say(planner::NAME_A_PRODUCT.get(locale)).await;
                        return Ok(());
                    }
                };
                let added: Vec<String> = (reading.lines.iter())
                    .map(|(hit, quantity)| format!("{quantity} × {}", hit.name))
                    .collect();
                let added: Vec<&str> = added.iter().map(String::as_str).collect();
                let said = planner::added(locale, &phrases::join_names(locale, &added));
                let message_id = out.say(&said).await;
                for (hit, quantity) in &reading.lines {
                    let args = json!({ "productId": hit.id, "quantity": quantity });
                    let output = ToolOutput {
                        result: json!({ "added": { "productId": hit.id, "quantity": quantity } }),
                        component: None,
                    };
                    emit_tool_call(out, &message_id, ADD_TO_QUOTE, &args, &output).await;
                }
                out.emit(event).await;
                // Reserving is confirming: the quote goes up for approval at once.
                if reserve {
                    crate::approvals::request(turn, out).await?;
                }
            }
        }
        Ok(())
    }
}
