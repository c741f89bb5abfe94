//! The markdown parser we had before our own: pulldown-cmark, with the same mapping to our
//! tree. A test oracle only: our parser must agree with it on the documents in the tests.

use std::ops::Range;

use pulldown_cmark::{Alignment, CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

use super::{Block, Element, Labels, Node};
use crate::markdown::safety::{image, is_safe_link, link};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// Parses `source` into its top-level blocks.
pub fn parse(source: &str, labels: &Labels) -> Vec<Block> {
    let mut builder = Builder {
        labels,
        stack: Vec::new(),
        blocks: Vec::new(),
        alignments: Vec::new(),
        cell: 0,
        in_head: false,
    };
    for (event, range) in Parser::new_ext(source, options()).into_offset_iter() {
        builder.event(event, range);
    }
    builder.blocks
}

/// An element being built, with what it needs when it closes.
struct Open {
    element: Element,
    start: usize,
    /// For an image or a link whose target is not allowed: the target, shown or linked at the end.
    target: Option<String>,
}

struct Builder<'a> {
    labels: &'a Labels,
    stack: Vec<Open>,
    blocks: Vec<Block>,
    alignments: Vec<Alignment>,
    cell: usize,
    in_head: bool,
}

impl Builder<'_> {
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range.start),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text),
            Event::Code(code) => {
                self.push(Node::Element(
                    Element::new("code").child(Node::Text(code.into_string())),
                ));
            }
            // Raw HTML is never markup here: it is shown as the text it is.
            Event::Html(html) | Event::InlineHtml(html) => self.text(&html),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.text(&text),
            Event::FootnoteReference(label) => self.text(&format!("[^{label}]")),
            Event::SoftBreak => self.text("\n"),
            Event::HardBreak => self.push(Node::Element(Element::new("br"))),
            Event::Rule => self.close(Element::new("hr"), range.start),
            Event::TaskListMarker(done) => {
                let (glyph, word) = if done {
                    ("☑", self.labels.done)
                } else {
                    ("☐", self.labels.not_done)
                };
                let mark = Element::new("span")
                    .attr("class", "sr-md-task")
                    .child(Node::Element(
                        Element::new("span")
                            .attr("aria-hidden", "true")
                            .child(Node::Text(glyph.into())),
                    ))
                    .child(Node::Element(
                        Element::new("span")
                            .attr("class", "sr-visually-hidden")
                            .child(Node::Text(format!("({word}) "))),
                    ));
                self.push(Node::Element(mark));
            }
        }
    }

    fn open(&mut self, element: Element, start: usize) {
        self.stack.push(Open {
            element,
            start,
            target: None,
        });
    }

    fn start(&mut self, tag: Tag<'_>, start: usize) {
        let element = match tag {
            Tag::Paragraph => Element::new("p"),
            Tag::Heading { level, .. } => Element::new(super::heading(level as usize)),
            Tag::BlockQuote(_) => Element::new("blockquote"),
            Tag::CodeBlock(kind) => {
                let language = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_owned()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                Element::new("pre").attr("data-language", language)
            }
            Tag::HtmlBlock => Element::new("p").attr("class", "sr-md-raw"),
            Tag::List(Some(first)) if first != 1 => {
                Element::new("ol").attr("start", first.to_string())
            }
            Tag::List(Some(_)) => Element::new("ol"),
            Tag::List(None) => Element::new("ul"),
            Tag::Item => Element::new("li"),
            Tag::Table(alignments) => {
                self.alignments = alignments;
                Element::new("table")
            }
            Tag::TableHead => {
                self.in_head = true;
                self.cell = 0;
                self.open(Element::new("thead"), start);
                Element::new("tr")
            }
            Tag::TableRow => {
                self.cell = 0;
                Element::new("tr")
            }
            Tag::TableCell => {
                let mut cell = Element::new(if self.in_head { "th" } else { "td" });
                if self.in_head {
                    cell = cell.attr("scope", "col");
                }
                let align = match self.alignments.get(self.cell) {
                    Some(Alignment::Center) => Some("sr-md-center"),
                    Some(Alignment::Right) => Some("sr-md-right"),
                    _ => None,
                };
                self.cell += 1;
                match align {
                    Some(class) => cell.attr("class", class),
                    None => cell,
                }
            }
            Tag::Emphasis => Element::new("em"),
            Tag::Strong => Element::new("strong"),
            Tag::Strikethrough => Element::new("del"),
            Tag::Superscript => Element::new("sup"),
            Tag::Subscript => Element::new("sub"),
            Tag::Link { dest_url, .. } => {
                if is_safe_link(&dest_url) {
                    link(dest_url.trim())
                } else {
                    // Not a link we let anyone open: its words stay, as text.
                    Element::new("span")
                }
            }
            Tag::Image { dest_url, .. } => {
                self.stack.push(Open {
                    element: Element::new("img"),
                    start,
                    target: Some(dest_url.into_string()),
                });
                return;
            }
            Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::MetadataBlock(_) => Element::new("div"),
        };
        self.open(element, start);
    }

    fn end(&mut self, tag: TagEnd) {
        let Some(open) = self.stack.pop() else {
            return;
        };
        let Open {
            mut element,
            start,
            target,
        } = open;
        match tag {
            TagEnd::TableHead => {
                self.in_head = false;
                // The row closes here, then its thead, and the body rows go into a tbody.
                self.attach(element);
                if let Some(head) = self.stack.pop() {
                    self.attach(head.element);
                }
                self.open(Element::new("tbody"), start);
                return;
            }
            TagEnd::Table => {
                // The tbody opened after the head closes first.
                if element.tag == "tbody" {
                    let body = element;
                    let Some(table) = self.stack.pop() else {
                        return;
                    };
                    element = table.element;
                    if !body.children.is_empty() {
                        element.children.push(Node::Element(body));
                    }
                }
                self.alignments.clear();
                self.close(element, start);
                return;
            }
            TagEnd::Image => {
                let alt = element.text_content();
                let src = target.unwrap_or_default();
                element = image(&src, alt);
            }
            TagEnd::CodeBlock => {
                let language = element.get("data-language").unwrap_or_default().to_owned();
                element = super::code_block(language, element.text_content(), self.labels)
            }
            _ => {}
        }
        self.close(element, start);
    }

    /// Closes an element: into its parent, or as a top-level block.
    fn close(&mut self, element: Element, start: usize) {
        if self.stack.is_empty() {
            self.blocks.push(Block {
                start,
                node: Node::Element(element),
            });
        } else {
            self.attach(element);
        }
    }

    fn attach(&mut self, element: Element) {
        self.push(Node::Element(element));
    }

    fn push(&mut self, node: Node) {
        match self.stack.last_mut() {
            Some(open) => {
                // Adjacent text is one node: fewer DOM nodes, and equal trees compare equal.
                if let (Node::Text(text), Some(Node::Text(last))) =
                    (&node, open.element.children.last_mut())
                {
                    last.push_str(text);
                } else {
                    open.element.children.push(node);
                }
            }
            // Text outside any block does not happen in CommonMark; keep it rather than lose it.
            None => self.blocks.push(Block { start: 0, node }),
        }
    }

    fn text(&mut self, text: &str) {
        self.push(Node::Text(text.to_owned()));
    }
}
