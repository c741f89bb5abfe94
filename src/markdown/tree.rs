//! Markdown source → a tree of safe elements, one tree per top-level block.
//!
//! Safe by construction: the tree only has the tags and attributes this file writes. Raw HTML is
//! text; a link keeps its `href` only for http, https, mailto and tel; an image is loaded only
//! through the agent's same-origin image proxy, any other image becomes a link to it.

use std::ops::Range;

use pulldown_cmark::{Alignment, CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// A piece of the rendered message: an element we chose, or text.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

impl Element {
    fn new(tag: &'static str) -> Element {
        Element {
            tag,
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    fn attr(mut self, name: &'static str, value: impl Into<String>) -> Element {
        self.attrs.push((name, value.into()));
        self
    }

    fn child(mut self, node: Node) -> Element {
        self.children.push(node);
        self
    }

    /// The element's text, as a screen reader or a copy would have it.
    pub fn text(&self) -> String {
        let mut out = String::new();
        collect_text(&self.children, &mut out);
        out
    }
}

fn collect_text(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::Element(e) => collect_text(&e.children, out),
        }
    }
}

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

/// Where an image may be loaded from: the agent's image proxy, same origin.
pub const IMAGE_PROXY: &str = "/api/image/";

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// True for a link target we let a person open.
pub fn is_safe_link(url: &str) -> bool {
    let url = url.trim();
    if url.chars().any(char::is_control) {
        return false;
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return false;
    };
    let scheme = scheme.to_ascii_lowercase();
    match scheme.as_str() {
        "http" | "https" => rest.starts_with("//") && rest.len() > 2,
        "mailto" | "tel" => !rest.is_empty(),
        _ => false,
    }
}

/// True for an image source the page may load: a path under the image proxy, nothing else.
pub fn is_proxied_image(url: &str) -> bool {
    url.starts_with(IMAGE_PROXY) && !url.contains("..") && !url.contains("//")
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
            Tag::Heading { level, .. } => Element::new(heading(level as usize)),
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
                let alt = element.text();
                let src = target.unwrap_or_default();
                element = image(&src, alt);
            }
            TagEnd::CodeBlock => element = code_block(element, self.labels),
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

fn heading(level: usize) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][level.clamp(1, 6) - 1]
}

fn link(href: &str) -> Element {
    Element::new("a")
        .attr("href", href)
        .attr("target", "_blank")
        .attr("rel", "noopener noreferrer nofollow")
}

/// An image from the image proxy is shown; any other is a link to it, never loaded.
fn image(src: &str, alt: String) -> Element {
    if is_proxied_image(src) {
        Element::new("img")
            .attr("src", src)
            .attr("alt", alt)
            .attr("loading", "lazy")
    } else {
        let words = if alt.trim().is_empty() {
            src.to_owned()
        } else {
            alt
        };
        let element = if is_safe_link(src) {
            link(src.trim())
        } else {
            Element::new("span")
        };
        element
            .attr("class", "sr-md-image-link")
            .child(Node::Text(words))
    }
}

/// A code block: its language, a copy button, and the code.
fn code_block(pre: Element, labels: &Labels) -> Element {
    let language = pre
        .attrs
        .iter()
        .find(|(name, _)| *name == "data-language")
        .map(|(_, value)| value.clone())
        .unwrap_or_default();
    let code = Element {
        tag: "code",
        attrs: Vec::new(),
        children: pre.children,
    };
    let mut bar = Element::new("div").attr("class", "sr-md-code__bar");
    if !language.is_empty() {
        bar = bar.child(Node::Element(
            Element::new("span")
                .attr("class", "sr-md-code__language")
                .child(Node::Text(language)),
        ));
    }
    bar = bar.child(Node::Element(
        Element::new("button")
            .attr("type", "button")
            .attr("class", "sr-md-code__copy")
            .attr("data-copy", "code")
            .child(Node::Text(labels.copy_code.to_owned())),
    ));
    Element::new("div")
        .attr("class", "sr-md-code")
        .child(Node::Element(bar))
        .child(Node::Element(
            Element::new("pre").child(Node::Element(code)),
        ))
}

/// Labels for unit tests, in English.
#[cfg(test)]
pub const TEST_LABELS: Labels = Labels {
    copy_code: "Copy",
    done: "done",
    not_done: "to do",
};

#[cfg(test)]
mod tests {
    use super::*;

    const LABELS: Labels = TEST_LABELS;

    fn html(node: &Node) -> String {
        match node {
            Node::Text(t) => t.replace('<', "&lt;"),
            Node::Element(e) => {
                let attrs: String = e
                    .attrs
                    .iter()
                    .map(|(n, v)| format!(" {n}=\"{v}\""))
                    .collect();
                let inner: String = e.children.iter().map(html).collect();
                format!("<{}{attrs}>{inner}</{}>", e.tag, e.tag)
            }
        }
    }

    fn render(source: &str) -> String {
        parse(source, &LABELS)
            .iter()
            .map(|b| html(&b.node))
            .collect()
    }

    #[test]
    fn blocks_are_top_level_with_their_start() {
        let blocks = parse("# Title\n\nSome *text*.\n\n- a\n- b\n", &LABELS);
        assert_eq!(blocks.len(), 3);
        assert_eq!(blocks[0].start, 0);
        assert_eq!(blocks[1].start, 9);
        assert_eq!(blocks[2].start, 23);
        assert_eq!(html(&blocks[1].node), "<p>Some <em>text</em>.</p>");
    }

    #[test]
    fn tables_strikethrough_and_task_lists() {
        let table = render("| a | b |\n|:-|-:|\n| 1 | 2 |\n");
        assert_eq!(
            table,
            "<table><thead><tr><th scope=\"col\">a</th><th scope=\"col\" class=\"sr-md-right\">b</th></tr></thead>\
             <tbody><tr><td>1</td><td class=\"sr-md-right\">2</td></tr></tbody></table>"
        );
        assert_eq!(render("~~old~~ new"), "<p><del>old</del> new</p>");
        let tasks = render("- [x] paid\n- [ ] shipped\n");
        assert!(tasks.contains("☑"), "{tasks}");
        assert!(tasks.contains("(done) "), "{tasks}");
        assert!(tasks.contains("(to do) "), "{tasks}");
    }

    #[test]
    fn a_table_with_only_a_head_has_no_empty_body() {
        assert_eq!(
            render("| a |\n|---|\n"),
            "<table><thead><tr><th scope=\"col\">a</th></tr></thead></table>"
        );
    }

    #[test]
    fn code_blocks_have_a_language_and_a_copy_button() {
        let out = render("```rust\nfn main() {}\n```\n");
        assert_eq!(
            out,
            "<div class=\"sr-md-code\"><div class=\"sr-md-code__bar\">\
             <span class=\"sr-md-code__language\">rust</span>\
             <button type=\"button\" class=\"sr-md-code__copy\" data-copy=\"code\">Copy</button></div>\
             <pre><code>fn main() {}\n</code></pre></div>"
        );
        assert!(!render("    indented\n").contains("sr-md-code__language"));
    }

    #[test]
    fn raw_html_is_text() {
        let out = render("<script>alert(1)</script>\n\nHi <b onclick=x>there</b>");
        assert!(!out.contains("<script>"), "{out}");
        assert!(!out.contains("<b "), "{out}");
        assert!(out.starts_with("<p class=\"sr-md-raw\">&lt;script>alert(1)&lt;/script>"));
        let blocks = parse("Hi <b onclick=x>there</b>", &LABELS);
        let Node::Element(p) = &blocks[0].node else {
            panic!("a paragraph")
        };
        assert_eq!(
            p.children,
            vec![Node::Text("Hi <b onclick=x>there</b>".into())]
        );
    }

    #[test]
    fn only_safe_links_are_links() {
        for url in [
            "https://example.com/a",
            "HTTP://example.com",
            "mailto:sales@example.com",
            "tel:+31201234567",
        ] {
            assert!(is_safe_link(url), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "/relative",
            "#top",
            "https:",
            "http:/x",
            "java\nscript:alert(1)",
            "",
        ] {
            assert!(!is_safe_link(url), "{url}");
        }
        let out = render("[shop](https://shop.example) and [bad](javascript:alert(1))");
        assert_eq!(
            out,
            "<p><a href=\"https://shop.example\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">shop</a> and <span>bad</span></p>"
        );
        // Autolinks go through the same check.
        assert!(render("<https://a.example>").contains("href=\"https://a.example\""));
    }

    #[test]
    fn images_load_only_through_the_proxy() {
        assert_eq!(
            render("![Chair](/api/image/product/7)"),
            "<p><img src=\"/api/image/product/7\" alt=\"Chair\" loading=\"lazy\"></img></p>"
        );
        let external = render("![Chair](https://cdn.example/chair.png)");
        assert!(!external.contains("<img"), "{external}");
        assert!(external.contains("href=\"https://cdn.example/chair.png\""));
        assert!(external.contains(">Chair<"));
        let tricky = render("![x](/api/image/../secret) ![y](/api/image//evil.example/a)");
        assert!(!tricky.contains("<img"), "{tricky}");
        assert!(!tricky.contains("href"), "{tricky}");
    }
}
