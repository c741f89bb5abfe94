//! The parts every component is built from: its context, reading payload fields, money, stock,
//! skeletons for what is still streaming, the "as of" line and action buttons.
//!
//! Components are functions `fn(data: At<'_, Payload>, cx: &Cx) -> Element` over payloads the
//! registry has already checked against their schema, read field by field through the payload
//! type (`data.subject()`), so reading a field only has to handle one that has not arrived yet
//! (a partial payload): that shows a skeleton.

use serde_json::Value;
use showroom_protocol::payload::{At, Money, Stock, StockLevel};
use showroom_protocol::Action;
use showroom_ui::{el, Element, Node};

use crate::format;
use crate::i18n::Locale;
use showroom_i18n::{kit, Text};

/// How long prices and stock are trusted before a component says they may have changed.
pub const STALE_AFTER_MINUTES: f64 = 30.0;

/// What a component is rendered for.
#[derive(Clone, Debug)]
pub struct Cx {
    pub locale: Locale,
    /// Fields may still be missing: they show as skeletons.
    pub partial: bool,
    /// Actions can be taken (a server with live actions); otherwise the component is read-only.
    pub live: bool,
    /// When the data was read (RFC 3339), from the envelope.
    pub read_at: String,
    /// Minutes since `read_at`, when known (set by the registry from `now_ms`).
    pub age_minutes: Option<f64>,
    /// The time now (ms since 1970), by the browser's clock or the gallery's fixed one.
    pub now_ms: f64,
}

impl Cx {
    pub fn t(&self, text: Text) -> &'static str {
        text.get(self.locale)
    }

    /// Controls are offered: live actions, and the payload complete.
    pub fn can_act(&self) -> bool {
        self.live && !self.partial
    }

    pub fn stale(&self) -> bool {
        self.age_minutes
            .is_some_and(|age| age > STALE_AFTER_MINUTES)
    }
}

/// A grey bar where a value is still streaming; a screen reader reads "Loading…".
pub fn skeleton(cx: &Cx) -> Element {
    el("span").class("sr-skeleton").child(
        el("span")
            .class("sr-visually-hidden")
            .text(cx.t(kit::LOADING)),
    )
}

/// A text field, or a skeleton while it has not arrived.
pub fn field(cx: &Cx, text: At<'_, String>) -> Node {
    match text.get() {
        Some(t) => t.into(),
        None => skeleton(cx).into(),
    }
}

/// A component's frame, saying when it is still loading. Not a landmark or a named group: a
/// thread may hold many of a kind; its heading or table caption names it.
pub fn card(cx: &Cx, kind: &'static str, testid: &'static str) -> Element {
    let mut card = el("div").class(format!("sr-card sr-{kind}")).testid(testid);
    if cx.partial {
        card = card.attr("aria-busy", "true");
    }
    card
}

/// The card's heading.
pub fn heading(title: impl Into<Node>) -> Element {
    el("h3").class("sr-card__title").child(title)
}

/// An amount of money (`{ amount, currency, taxIncluded }`) as the viewer writes it.
pub fn money(cx: &Cx, m: At<'_, Money>) -> Node {
    match (m.amount().get(), m.currency().get()) {
        (Some(amount), Some(currency)) => format::money(cx.locale, amount, currency).into(),
        _ => skeleton(cx).into(),
    }
}

/// "excl. tax" or "incl. tax" for an amount.
pub fn tax_note(cx: &Cx, m: At<'_, Money>) -> &'static str {
    if m.tax_included().get() == Some(true) {
        cx.t(kit::INCL_TAX)
    } else {
        cx.t(kit::EXCL_TAX)
    }
}

/// A quantity (decimal string) as the viewer writes it.
pub fn quantity(cx: &Cx, q: Option<&str>) -> Node {
    match q {
        Some(q) => format::quantity(cx.locale, q).into(),
        None => skeleton(cx).into(),
    }
}

/// A stock badge (`{ level, available }`): in stock / low / out, with the quantity.
pub fn stock(cx: &Cx, s: At<'_, Stock>) -> Node {
    if !s.is_present() {
        return skeleton(cx).into();
    }
    let level = s.level().get().unwrap_or(StockLevel::Out);
    let label = match level {
        StockLevel::InStock => cx.t(kit::IN_STOCK),
        StockLevel::Low => cx.t(kit::LOW),
        StockLevel::Out => cx.t(kit::OUT),
    };
    let mut badge = el("span")
        .class(format!("sr-stock sr-stock--{}", level.as_str()))
        .text(label);
    if level != StockLevel::Out {
        if let Some(q) = s.available().get() {
            badge = badge.text(format!(" ({})", format::quantity(cx.locale, q)));
        }
    }
    badge.into()
}

/// A pill for a state (`draft`, `paid`, …), styled by `tone`.
pub fn pill(tone: &str, label: &str) -> Element {
    el("span")
        .class(format!("sr-pill sr-pill--{tone}"))
        .text(label)
}

/// "As of 14:05"; when the data is old, that prices may have changed since then, with a button
/// to read them again.
pub fn as_of(cx: &Cx) -> Element {
    let time = format::time(cx.locale, &cx.read_at);
    if cx.stale() {
        let when = format::date_time(cx.locale, &cx.read_at);
        el("p")
            .class("sr-card__as-of sr-card__as-of--stale")
            .testid("as-of")
            .text(format!("⚠ {} {when}", cx.t(kit::STALE)))
            .children(action(
                cx,
                cx.t(kit::REFRESH),
                Action::Refresh,
                Value::Object(Default::default()),
            ))
    } else {
        el("p")
            .class("sr-card__as-of")
            .testid("as-of")
            .text(format!("{} {time}", cx.t(kit::AS_OF)))
    }
}

/// A button that takes action `name` with `args` (JSON) when pressed; nothing in read-only or
/// while the payload is still streaming.
pub fn action(cx: &Cx, label: &str, name: Action, args: Value) -> Option<Element> {
    cx.can_act()
        .then(|| action_button("sr-action", name, args).text(label))
}

/// A small button showing `glyph`, named `label` for screen readers; nothing in read-only.
pub fn icon_action(
    cx: &Cx,
    glyph: &'static str,
    label: &str,
    name: Action,
    args: Value,
) -> Option<Element> {
    cx.can_act().then(|| {
        action_button("sr-action sr-action--icon", name, args)
            .attr("aria-label", label)
            .attr("title", label)
            .text(glyph)
    })
}

fn action_button(class: &'static str, name: Action, args: Value) -> Element {
    el("button")
        .attr("type", "button")
        .class(class)
        .attr("data-action", name.as_str())
        .attr("data-args", args.to_string())
}

/// A number input that takes action `name` with `args` plus `"value"` when it changes; the
/// plain quantity in read-only.
pub fn quantity_input(cx: &Cx, label: &str, value: &str, name: Action, args: Value) -> Node {
    if !cx.can_act() {
        return quantity(cx, Some(value));
    }
    el("input")
        .attr("type", "number")
        .attr("min", "0")
        .attr("step", "any")
        .attr("inputmode", "decimal")
        .class("sr-input sr-input--quantity")
        .attr("aria-label", label)
        .attr("value", value)
        .attr("data-action", name.as_str())
        .attr("data-args", args.to_string())
        .into()
}

/// A labelled one-line text input that takes action `name` with `args` plus `"value"` when it
/// changes (on Enter or leaving it); the text itself, or nothing, in read-only.
pub fn text_input(
    cx: &Cx,
    label: &str,
    value: Option<&str>,
    max_len: usize,
    name: Action,
    args: Value,
) -> Option<Element> {
    if !cx.can_act() {
        return None;
    }
    Some(
        el("label")
            .class("sr-field")
            .child(el("span").text(label))
            .child(
                el("input")
                    .attr("type", "text")
                    .attr("maxlength", max_len.to_string())
                    .attr("autocomplete", "off")
                    .attr("enterkeyhint", "done")
                    .class("sr-input sr-input--text")
                    .attr("value", value.unwrap_or_default())
                    .attr("data-action", name.as_str())
                    .attr("data-args", args.to_string()),
            ),
    )
}

/// A box that scrolls sideways on a narrow screen, reachable by keyboard.
pub fn scroll(label: &str) -> Element {
    el("div")
        .class("sr-scroll")
        .attr("tabindex", "0")
        .attr("role", "group")
        .attr("aria-label", label)
}

/// A table with a caption read by screen readers, header cells and rows.
pub fn table(caption: &str, head: Vec<Node>, rows: Vec<Element>) -> Element {
    let head = el("tr").children(
        head.into_iter()
            .map(|h| el("th").attr("scope", "col").child(h)),
    );
    scroll(caption).child(
        el("table")
            .class("sr-table")
            .child(el("caption").class("sr-visually-hidden").text(caption))
            .child(el("thead").child(head))
            .child(el("tbody").children(rows)),
    )
}

/// A link to a page of the store (the customer portal, a PDF): only `https://`, `http://` or a
/// path on this site; anything else is not linked.
pub fn link(href: Option<&str>, label: &str) -> Option<Element> {
    let href = href?;
    let allowed = href.starts_with("https://")
        || href.starts_with("http://")
        || (href.starts_with('/') && !href.starts_with("//"));
    allowed.then(|| {
        el("a")
            .class("sr-action")
            .attr("href", href)
            .attr("target", "_blank")
            .attr("rel", "noopener noreferrer")
            .text(label)
    })
}

/// A picture through the agent's image proxy; nothing from elsewhere is ever loaded.
pub fn image(src: Option<&str>, alt: &str) -> Element {
    match src.filter(|s| s.starts_with("/api/image/") && !s.contains("..")) {
        Some(src) => el("img")
            .class("sr-image")
            .attr("src", src)
            .attr("alt", alt)
            .attr("loading", "lazy"),
        None => el("div")
            .class("sr-image sr-image--none")
            .attr("aria-hidden", "true"),
    }
}

/// Label–value pairs: `<dl>` of rows.
pub fn facts(rows: Vec<(&str, Node)>) -> Element {
    el("dl")
        .class("sr-facts")
        .children(rows.into_iter().map(|(label, value)| {
            el("div")
                .child(el("dt").text(label))
                .child(el("dd").child(value))
        }))
}

/// A paragraph shown when a list is empty.
pub fn empty(text: &str) -> Element {
    el("p").class("sr-card__empty").testid("empty").text(text)
}

/// A row of buttons and links under a card.
pub fn actions_row(items: Vec<Option<Element>>) -> Option<Element> {
    let items: Vec<Element> = items.into_iter().flatten().collect();
    (!items.is_empty()).then(|| el("div").class("sr-card__actions").children(items))
}

/// A table cell aligned for numbers.
pub fn num(content: impl Into<Node>) -> Element {
    el("td").class("sr-num").child(content)
}

/// A date (`YYYY-MM-DD` or RFC 3339) as the viewer writes it, or a skeleton.
pub fn date(cx: &Cx, d: Option<&str>) -> Node {
    match d {
        Some(d) => format::date(cx.locale, d).into(),
        None => skeleton(cx).into(),
    }
}
