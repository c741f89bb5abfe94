//! A tree of plain elements: what markdown and every catalogue component are built as before
//! they become DOM nodes.
//!
//! - [`Element`] and [`Node`], built with [`el`]: `el("td").class("sr-num").text("€ 12")`.
//! - [`dom::Mount`]: shows a list of nodes in a DOM element and patches only what changed.
//!
//! One generic tree instead of a view per component keeps the shopper's download small (each
//! `view!` is compiled into its own code), and makes a component a pure function of its payload
//! that a native test can read. Only the tags and attributes a builder writes exist in it, so
//! nothing from a payload or a message is ever markup.

pub mod dom;

/// A node: an element, or text.
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

/// A new element: `el("td").class("sr-price").text("€ 12")`.
pub fn el(tag: &'static str) -> Element {
    Element::new(tag)
}

impl Element {
    pub fn new(tag: &'static str) -> Element {
        Element {
            tag,
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Element {
        self.attrs.push((name, value.into()));
        self
    }

    /// Adds a class (to those the element has).
    pub fn class(mut self, class: impl Into<String>) -> Element {
        let class = class.into();
        match self.attrs.iter_mut().find(|(name, _)| *name == "class") {
            Some((_, classes)) => {
                classes.push(' ');
                classes.push_str(&class);
                self
            }
            None => self.attr("class", class),
        }
    }

    /// `data-testid`, the name browser tests find an element by.
    pub fn testid(self, id: &'static str) -> Element {
        self.attr("data-testid", id)
    }

    pub fn child(mut self, node: impl Into<Node>) -> Element {
        self.children.push(node.into());
        self
    }

    pub fn text(self, text: impl Into<String>) -> Element {
        self.child(Node::Text(text.into()))
    }

    /// Appends each node; `None`s are skipped, so optional parts read as `.children(opt)`.
    pub fn children<N: Into<Node>>(mut self, nodes: impl IntoIterator<Item = N>) -> Element {
        self.children.extend(nodes.into_iter().map(Into::into));
        self
    }

    /// The value of attribute `name`, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The element's text, as a screen reader or a copy would have it.
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        collect_text(&self.children, &mut out);
        out
    }

    /// Every element in the tree (this one first) with its descendants, depth first.
    pub fn find_all<'a>(&'a self, pred: &dyn Fn(&Element) -> bool, out: &mut Vec<&'a Element>) {
        if pred(self) {
            out.push(self);
        }
        for child in &self.children {
            if let Node::Element(e) = child {
                e.find_all(pred, out);
            }
        }
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

impl From<Element> for Node {
    fn from(e: Element) -> Node {
        Node::Element(e)
    }
}

impl From<String> for Node {
    fn from(text: String) -> Node {
        Node::Text(text)
    }
}

impl From<&str> for Node {
    fn from(text: &str) -> Node {
        Node::Text(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_add_up_and_missing_children_are_skipped() {
        let cell = el("td")
            .class("sr-num")
            .class("sr-total")
            .children(None::<Element>)
            .children(Some(el("strong").text("€ 12")))
            .text(" incl.");
        assert_eq!(cell.get("class"), Some("sr-num sr-total"));
        assert_eq!(cell.children.len(), 2);
        assert_eq!(cell.text_content(), "€ 12 incl.");
    }

    #[test]
    fn find_all_walks_depth_first() {
        let list = el("ul")
            .child(el("li").testid("a").child(el("b").testid("b")))
            .child(el("li").testid("c"));
        let mut found = Vec::new();
        list.find_all(&|e| e.get("data-testid").is_some(), &mut found);
        let ids: Vec<_> = found.iter().filter_map(|e| e.get("data-testid")).collect();
        assert_eq!(ids, ["a", "b", "c"]);
    }
}
