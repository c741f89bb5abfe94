//! What a planner may do. Each tool has a class (read / draft / commit, see DESIGN "Writes and
//! approvals") and always acts as the session's [`Viewer`], never as anyone the input names.

use std::sync::Arc;

use serde_json::Value;
use showroom_commerce::clock::Clock;
use showroom_commerce::{Commerce, CommerceError, Product, Viewer};
use showroom_protocol::events::{
    ActivitySnapshot, ToolCallArgs, ToolCallEnd, ToolCallResult, ToolCallStart,
};
use showroom_protocol::payload::{
    AccountSummary, Envelope, InvoiceList, OrderStatus, Payload, ProductComparator, ProductGrid,
};

use crate::audit::Audit;
use crate::locale::Locale;
use crate::present;
use crate::run::RunWriter;

/// Whether a tool writes, and how much a person must agree to first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToolClass {
    /// No write anywhere.
    Read,
    /// Writes a draft the customer owns and can discard; idempotent, no approval.
    Draft,
    /// Confirms, books, cancels: only after an approved interrupt.
    Commit,
}

/// A tool as a planner or a model sees it.
#[derive(Clone, Copy, Debug)]
pub struct ToolSpec {
    pub name: &'static str,
    pub class: ToolClass,
    pub description: &'static str,
    /// The JSON Schema of its arguments, as a model is given it.
    pub parameters: &'static str,
}

/// A tool that takes no arguments.
pub const NO_PARAMETERS: &str = r#"{"type":"object","properties":{},"additionalProperties":false}"#;

pub const COMPARE_PRODUCTS: ToolSpec = ToolSpec {
    name: "compare_products",
    class: ToolClass::Read,
    description:
        "Compare 2 to 6 products side by side: price for this customer, stock, attributes.",
    parameters: r#"{"type":"object","properties":{"productIds":{"type":"array","items":{"type":"integer"},"minItems":2,"maxItems":6}},"required":["productIds"]}"#,
};

pub const ADD_TO_QUOTE: ToolSpec = ToolSpec {
    name: "add_to_quote",
    class: ToolClass::Draft,
    description: "Add a quantity of a product to this thread's draft quote (or start one), priced for this customer.",
    parameters: r#"{"type":"object","properties":{"productId":{"type":"integer"},"quantity":{"type":"string","description":"a positive decimal, e.g. \"10\" or \"2.5\""}},"required":["productId","quantity"]}"#,
};

pub const SET_QUOTE_LINE: ToolSpec = ToolSpec {
    name: "set_quote_line",
    class: ToolClass::Draft,
    description: "Set a product's quantity in this thread's draft quote; 0 removes the line.",
    parameters: r#"{"type":"object","properties":{"productId":{"type":"integer"},"quantity":{"type":"string","description":"a decimal, \"0\" to remove"}},"required":["productId","quantity"]}"#,
};

pub const SEARCH_PRODUCTS: ToolSpec = ToolSpec {
    name: "search_products",
    class: ToolClass::Read,
    description: "Find products by name or kind: price for this customer, stock, pictures.",
    parameters: r#"{"type":"object","properties":{"query":{"type":"string"},"limit":{"type":"integer","minimum":1,"maximum":12}},"required":["query"]}"#,
};

pub const PRODUCT_DETAILS: ToolSpec = ToolSpec {
    name: "product_details",
    class: ToolClass::Read,
    description: "One product with this customer's price, stock and attributes (weight, colour, material, size, warranty).",
    parameters: r#"{"type":"object","properties":{"productId":{"type":"integer"}},"required":["productId"]}"#,
};

pub const ORDER_STATUS: ToolSpec = ToolSpec {
    name: "order_status",
    class: ToolClass::Read,
    description: "Where one of this customer's orders stands, by reference (e.g. S00021): lines, delivery, invoice.",
    parameters: r#"{"type":"object","properties":{"reference":{"type":"string","description":"e.g. S00021"}},"required":["reference"]}"#,
};

pub const LIST_INVOICES: ToolSpec = ToolSpec {
    name: "list_invoices",
    class: ToolClass::Read,
    description: "This customer's posted invoices with their payment state and what is still due.",
    parameters: NO_PARAMETERS,
};

pub const ACCOUNT_OVERVIEW: ToolSpec = ToolSpec {
    name: "account_overview",
    class: ToolClass::Read,
    description: "This customer's account: pricelist, credit limit and use, recent orders, most bought products.",
    parameters: NO_PARAMETERS,
};

/// What a tool returns: raw data for the model, and the component a person sees.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolOutput {
    pub result: Value,
    pub component: Option<(&'static str, Value)>,
}

impl ToolOutput {
    /// A component's payload: the data goes to the model, the envelope to the person.
    pub fn component<T: Payload>(envelope: &Envelope<T>) -> ToolOutput {
        ToolOutput {
            result: serde_json::to_value(&envelope.data).unwrap_or(Value::Null),
            component: Some((T::ACTIVITY_TYPE, envelope.to_value())),
        }
    }
}

/// The tools bound to one viewer: what they read from the store comes back presented in the
/// viewer's language.
#[derive(Clone)]
pub struct Tools {
    commerce: Arc<dyn Commerce>,
    viewer: Viewer,
    locale: Locale,
    audit: Audit,
    clock: Clock,
}

impl Tools {
    pub fn new(commerce: Arc<dyn Commerce>, viewer: Viewer, clock: Clock) -> Tools {
        let locale = Locale::from_tag(viewer.language.tag()).unwrap_or_default();
        Tools {
            commerce,
            viewer,
            locale,
            audit: Audit::default(),
            clock,
        }
    }

    /// The same tools for a viewer reading `tag`'s language (the planner corpus reads each
    /// utterance so).
    pub fn in_language(&self, tag: &str) -> Tools {
        let mut viewer = self.viewer.clone();
        viewer.language = showroom_commerce::Language::new(tag);
        Tools::new(self.commerce.clone(), viewer, self.clock.clone())
    }

    /// The same tools, logging commitments to `audit`.
    pub fn audited(self, audit: Audit) -> Tools {
        Tools { audit, ..self }
    }

    pub fn audit(&self) -> &Audit {
        &self.audit
    }

    pub fn viewer(&self) -> &Viewer {
        &self.viewer
    }

    /// The language the viewer reads.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// `data`, read now.
    pub fn envelope<T: Payload>(&self, data: T) -> Envelope<T> {
        Envelope::complete(self.clock.now_rfc3339(), data)
    }

    pub fn commerce(&self) -> &dyn Commerce {
        self.commerce.as_ref()
    }

    /// What time it is for these tools (when data was read, what "today" is).
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Products matching `query`, best first, at most `limit`, as the store has them (for the
    /// planner to filter and rank before they are presented).
    pub async fn find(&self, query: &str, limit: usize) -> Result<Vec<Product>, CommerceError> {
        self.commerce
            .find_products(&self.viewer, query, limit)
            .await
    }

    /// These products as the store has them for this viewer, in the order given.
    pub async fn products(&self, ids: &[u64]) -> Result<Vec<Product>, CommerceError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        self.commerce.compare_products(&self.viewer, ids).await
    }

    /// Products matching `query`, best first, as a grid with this viewer's prices and stock.
    pub async fn search_products(
        &self,
        query: &str,
        limit: usize,
    ) -> Result<Envelope<ProductGrid>, CommerceError> {
        let products = self.find(query, limit).await?;
        Ok(self.envelope(present::grid(query, products)))
    }

    /// One of this viewer's orders, by reference.
    pub async fn order_status(
        &self,
        reference: &str,
    ) -> Result<Envelope<OrderStatus>, CommerceError> {
        let order = self.commerce.order_status(&self.viewer, reference).await?;
        Ok(self.envelope(present::order_status(order)))
    }

    pub async fn invoices(&self) -> Result<Envelope<InvoiceList>, CommerceError> {
        let invoices = self.commerce.invoices(&self.viewer).await?;
        Ok(self.envelope(present::invoice_list(invoices)))
    }

    pub async fn account(&self) -> Result<Envelope<AccountSummary>, CommerceError> {
        let account = self.commerce.account(&self.viewer).await?;
        Ok(self.envelope(present::account_summary(self.locale, account)))
    }

    /// One product's card for this viewer, with its attributes in the result (what a sentence
    /// may cite beyond the card), and the product as the store has it.
    pub async fn product_details(&self, id: u64) -> Result<(Product, ToolOutput), CommerceError> {
        let product = (self.products(&[id]).await?.into_iter().next())
            .ok_or(CommerceError::ProductNotFound(id))?;
        let attributes = product.attributes.clone();
        let card = self.envelope(showroom_protocol::payload::ProductCard {
            product: present::product_summary(product.clone()),
        });
        let output = ToolOutput {
            result: serde_json::json!({ "product": card.data.product, "attributes": attributes }),
            component: ToolOutput::component(&card).component,
        };
        Ok((product, output))
    }

    /// Free times for a showroom visit from `from`, for `days` days, as the booking widget.
    pub async fn visits(
        &self,
        from: time::Date,
        days: u32,
    ) -> Result<showroom_protocol::payload::BookingWidget, CommerceError> {
        let visits = self.commerce.free_slots(&self.viewer, from, days).await?;
        Ok(present::visits(self.locale, visits))
    }

    pub async fn compare_products(
        &self,
        ids: &[u64],
    ) -> Result<Envelope<ProductComparator>, CommerceError> {
        let products = self.commerce.compare_products(&self.viewer, ids).await?;
        Ok(self.envelope(present::comparator(products)))
    }
}

/// How long a read may take before the person sees its component as a skeleton meanwhile.
pub const SKELETON_AFTER: std::time::Duration = std::time::Duration::from_millis(150);

/// Reads with `read`. When it is not done within [`SKELETON_AFTER`] (an Odoo across the
/// network), the component it will fill is shown at once as a skeleton (`status: partial`,
/// nothing in it yet). Returns what was read, and the message the skeleton is shown under, for
/// [`emit_tool_call_into`] to complete in place.
pub async fn read_showing<T: Payload, R>(
    out: &mut RunWriter,
    read: impl std::future::Future<Output = Result<R, CommerceError>>,
) -> (Result<R, CommerceError>, Option<String>) {
    let mut read = std::pin::pin!(read);
    tokio::select! {
        done = &mut read => return (done, None),
        _ = tokio::time::sleep(SKELETON_AFTER) => {}
    }
    let message_id = out.new_id("ui");
    let skeleton = serde_json::json!({
        "v": T::VERSION, "status": "partial", "readAt": out.now_rfc3339(), "data": {}
    });
    out.emit(ActivitySnapshot {
        message_id: message_id.clone(),
        activity_type: T::ACTIVITY_TYPE.to_owned(),
        content: skeleton,
        ..Default::default()
    })
    .await;
    (read.await, Some(message_id))
}

/// Streams a finished tool call as AG-UI events: the call, its result and its component.
/// Returns the tool call's id.
pub async fn emit_tool_call(
    out: &mut RunWriter,
    parent_message_id: &str,
    spec: ToolSpec,
    args: &Value,
    output: &ToolOutput,
) -> String {
    emit_tool_call_into(out, parent_message_id, spec, args, output, None).await
}

/// [`emit_tool_call`], its component completing the skeleton shown as `skeleton` when there is
/// one ([`read_showing`]).
pub async fn emit_tool_call_into(
    out: &mut RunWriter,
    parent_message_id: &str,
    spec: ToolSpec,
    args: &Value,
    output: &ToolOutput,
    skeleton: Option<String>,
) -> String {
    let tool_call_id = out.new_id("call");
    out.emit(ToolCallStart {
        tool_call_id: tool_call_id.clone(),
        tool_call_name: spec.name.to_owned(),
        parent_message_id: Some(parent_message_id.to_owned()),
        ..Default::default()
    })
    .await;
    out.emit(ToolCallArgs {
        tool_call_id: tool_call_id.clone(),
        delta: args.to_string(),
        ..Default::default()
    })
    .await;
    out.emit(ToolCallEnd {
        tool_call_id: tool_call_id.clone(),
        ..Default::default()
    })
    .await;
    let result_id = out.new_id("result");
    out.emit(ToolCallResult {
        message_id: result_id,
        tool_call_id: tool_call_id.clone(),
        content: Value::String(output.result.to_string()),
        role: Some("tool".into()),
        ..Default::default()
    })
    .await;
    match (&output.component, skeleton) {
        (Some((activity_type, content)), Some(message_id)) => {
            out.emit(crate::quotes::replaced(&message_id, activity_type, content))
                .await;
        }
        (Some((activity_type, content)), None) => {
            let message_id = out.new_id("ui");
            out.emit(ActivitySnapshot {
                message_id,
                activity_type: (*activity_type).to_owned(),
                content: content.clone(),
                ..Default::default()
            })
            .await;
        }
        _ => {}
    }
    tool_call_id
}
