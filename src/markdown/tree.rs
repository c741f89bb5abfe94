//! Markdown source → a tree of safe elements, one tree per top-level block.
//!
//! Safe by construction: the tree only has the tags and attributes this module and
//! [`super::inline`] write, all in [`safety::ALLOWED`]. Raw HTML is text; links and images go
//! through [`super::safety`].

pub use showroom_ui::{Element, Node};

use super::block::{self, Align};
use super::inline::{self, Definitions};
use super::safety;

/// The words the tree needs, in the viewer's language.
#[derive(Clone, Copy, Debug)]
pub struct Labels {
    /// The copy button of a code block.
    pub copy_code: &'static str,
    /// Read after a task list item's box: done or not.
    pub done: &'static str,
    pub not_done: &'static str,
}

/// A top-level block: where it starts in the source, and its element.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub start: usize,
    pub node: Node,
}

/// Parses `source` into its top-level blocks, each held to [`safety::check`] by its guard.
pub fn parse(source: &str, labels: &Labels) -> Vec<Block> {
    build(source, labels)
        .into_iter()
        .map(|b| Block {
            node: safety::guard(b.node),
            ..b
        })
        .collect()
}

/// The blocks as the parser builds them, before the guard: what the fuzz target checks.
pub(super) fn build(source: &str, labels: &Labels) -> Vec<Block> {
    let (blocks, defs) = block::parse(source);
    blocks
        .into_iter()
        .map(|b| Block {
            start: b.start(),
            node: Node::Element(element(b, &defs, labels)),
        })
        .collect()
}

fn inline(tag: &'static str, text: &str, defs: &Definitions) -> Element {
    Element {
        tag,
        attrs: Vec::new(),
        children: inline::parse(text, defs),
    }
}

fn element(block: block::Block, defs: &Definitions, labels: &Labels) -> Element {
    use block::Block as B;
    match block {
        B::Paragraph { text, .. } => inline("p", &text, defs),
        B::Heading { level, text, .. } => inline(heading(level), &text, defs),
        B::Code { language, code, .. } => code_block(language, code, labels),
        B::Html { text, .. } => Element::new("p")
            .attr("class", "sr-md-raw")
            .child(Node::Text(text)),
        B::Rule { .. } => Element::new("hr"),
        B::Quote { children, .. } => Element::new("blockquote").children(
            children
                .into_iter()
                .map(|b| Node::Element(element(b, defs, labels))),
        ),
        B::List {
            first,
            tight,
            items,
            ..
        } => {
            let list = match first {
                Some(1) => Element::new("ol"),
                Some(n) => Element::new("ol").attr("start", n.to_string()),
                None => Element::new("ul"),
            };
            list.children(
                items
                    .into_iter()
                    .map(|item| list_item(item, tight, defs, labels)),
            )
        }
        B::Table {
            align, head, rows, ..
        } => {
            let row = |cells: Vec<String>, tag: &'static str| {
                Element::new("tr").children(cells.iter().zip(&align).map(|(cell, align)| {
                    let mut cell_element = inline(tag, cell, defs);
                    if tag == "th" {
                        cell_element.attrs.push(("scope", "col".into()));
                    }
                    match align {
                        Align::Center => cell_element.attr("class", "sr-md-center"),
                        Align::Right => cell_element.attr("class", "sr-md-right"),
                        _ => cell_element,
                    }
                }))
            };
            let table = Element::new("table").child(Element::new("thead").child(row(head, "th")));
            if rows.is_empty() {
                table
            } else {
                table.child(Element::new("tbody").children(rows.into_iter().map(|r| row(r, "td"))))
            }
        }
    }
}

/// A list item: a tight list's paragraphs are not wrapped; a task item starts with its box.
fn list_item(
    blocks: Vec<block::Block>,
    tight: bool,
    defs: &Definitions,
    labels: &Labels,
) -> Element {
    let mut li = Element::new("li");
    for (index, block) in blocks.into_iter().enumerate() {
        let mut block = block;
        if index == 0 {
            if let block::Block::Paragraph { text, .. } = &mut block {
                let done = match text.get(..4) {
                    Some("[ ] ") => Some(false),
                    Some("[x] " | "[X] ") => Some(true),
                    _ => None,
                };
                if let Some(done) = done {
                    li = li.child(task_mark(done, labels));
                    text.replace_range(..4, "");
                }
            }
        }
        match block {
            block::Block::Paragraph { text, .. } if tight => {
                li.children.extend(inline::parse(&text, defs));
            }
            block => li = li.child(element(block, defs, labels)),
        }
    }
    li
}

/// A task list item's box, with its state in words for screen readers.
fn task_mark(done: bool, labels: &Labels) -> Element {
    let (glyph, word) = if done {
        ("☑", labels.done)
    } else {
        ("☐", labels.not_done)
    };
    Element::new("span")
        .attr("class", "sr-md-task")
        .child(Element::new("span").attr("aria-hidden", "true").text(glyph))
        .child(
            Element::new("span")
                .attr("class", "sr-visually-hidden")
                .text(format!("({word}) ")),
        )
}

fn heading(level: usize) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][level.clamp(1, 6) - 1]
}

/// A code block: its language, a copy button, and the code.
fn code_block(language: String, code: String, labels: &Labels) -> Element {
    let mut bar = Element::new("div").attr("class", "sr-md-code__bar");
    if !language.is_empty() {
        bar = bar.child(
            Element::new("span")
                .attr("class", "sr-md-code__language")
                .text(language),
        );
    }
    bar = bar.child(
        Element::new("button")
            .attr("type", "button")
            .attr("class", "sr-md-code__copy")
            .attr("data-copy", "code")
            .text(labels.copy_code),
    );
    Element::new("div")
        .attr("class", "sr-md-code")
        .child(bar)
        .child(Element::new("pre").child(Element::new("code").text(code)))
}

/// Sources where a block's kind depends on lines around it: the stream tests write them a
/// character at a time, and our parser must agree with pulldown-cmark on them.
#[cfg(test)]
pub const TRICKY: &[&str] = &[
    "para\n---\nafter",
    "para\n- item\n  more\n\n  loose\n- next",
    "1. one\n2. two\n\n   still two\n3. three",
    "  - indented\n    continued\n\nout",
    "> quote\ncontinues lazily\n\n> again",
    "```\nunclosed fence\n\nstill code",
    "a | b\n--|--\n1 | 2\nc",
    "text\n    not code\n\n    code",
    "| a |\n|---|\n| 1 |\n|\n\nafter",
    "> quote\n#x\n# heading",
    "para\n#x\n\n#\n",
    "para\n- x\n---\n",
    "intro\na | b\n--|--x\n",
];

/// Labels for unit tests and the fuzz target, in English.
#[cfg(any(test, feature = "fuzzing"))]
pub const TEST_LABELS: Labels = Labels {
    copy_code: "Copy",
    done: "done",
    not_done: "to do",
};

#[cfg(test)]
mod commonmark;
#[cfg(test)]
mod oracle;
#[cfg(test)]
mod tests;
