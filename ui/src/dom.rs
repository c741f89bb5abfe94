//! [`Element`](crate::Element) trees made into DOM nodes, touching only what changed: a streaming
//! paragraph grows its text node, a re-priced quote changes the cells whose text changed.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::Node;

/// The nodes shown in one element, mirrored so a node equal to what is shown is left alone.
pub struct Mount {
    root: Element,
    shown: Vec<Node>,
}

impl Mount {
    pub fn new(root: Element) -> Mount {
        // Whatever the element held before is ours to replace.
        root.set_text_content(None);
        Mount {
            root,
            shown: Vec::new(),
        }
    }

    /// Shows `nodes` from index `from` on: each that differs from what is shown there is
    /// patched; nodes after the last given are removed.
    pub fn show(&mut self, from: usize, nodes: Vec<Node>) {
        let Some(document) = self.root.owner_document() else {
            return;
        };
        let children = self.root.children();
        let end = from + nodes.len();
        for (index, node) in (from..).zip(nodes) {
            if self.shown.get(index) == Some(&node) {
                continue;
            }
            match (children.item(index as u32), self.shown.get(index)) {
                (Some(element), Some(old @ Node::Element(_))) => {
                    patch(&document, &element, old, &node)
                }
                (Some(element), Some(_)) => {
                    let _ = self.root.replace_child(&build(&document, &node), &element);
                }
                _ => {
                    let _ = self.root.append_child(&build(&document, &node));
                }
            }
            if index < self.shown.len() {
                self.shown[index] = node;
            } else {
                self.shown.push(node);
            }
        }
        while self.shown.len() > end {
            self.shown.pop();
            if let Some(last) = self.root.last_element_child() {
                last.remove();
            }
        }
    }
}

/// Makes `dom` (built from `old`) show `new`, touching as little as it can: text that changed
/// is set (or appended to), an element with the same tag and attributes keeps itself and has
/// its children patched, anything else is built again in place.
fn patch(document: &Document, dom: &web_sys::Node, old: &Node, new: &Node) {
    match (old, new) {
        (Node::Text(before), Node::Text(after)) => {
            if before != after {
                if let Some(text) = dom.dyn_ref::<web_sys::Text>() {
                    match after.strip_prefix(before.as_str()) {
                        Some(added) => {
                            let _ = text.append_data(added);
                        }
                        None => text.set_data(after),
                    }
                }
            }
        }
        (Node::Element(before), Node::Element(after))
            if before.tag == after.tag && before.attrs == after.attrs =>
        {
            let children = dom.child_nodes();
            for (i, child) in after.children.iter().enumerate() {
                match (children.item(i as u32), before.children.get(i)) {
                    (Some(node), Some(old)) if old != child => patch(document, &node, old, child),
                    (Some(_), Some(_)) => {}
                    _ => {
                        let _ = dom.append_child(&build_node(document, child));
                    }
                }
            }
            for _ in after.children.len()..before.children.len() {
                if let Some(last) = dom.last_child() {
                    let _ = dom.remove_child(&last);
                }
            }
        }
        _ => {
            if let Some(parent) = dom.parent_node() {
                let _ = parent.replace_child(&build(document, new), dom);
            }
        }
    }
}

/// One DOM node for a tree node. A top-level text is wrapped in a paragraph so every node
/// shown is an element.
fn build(document: &Document, node: &Node) -> web_sys::Node {
    match node {
        Node::Element(_) => build_node(document, node),
        Node::Text(_) => {
            let p = document.create_element("p").expect("p is a valid tag");
            let _ = p.append_child(&build_node(document, node));
            p.unchecked_into()
        }
    }
}

fn build_node(document: &Document, node: &Node) -> web_sys::Node {
    match node {
        Node::Text(text) => document.create_text_node(text).unchecked_into(),
        Node::Element(e) => {
            let element = document
                .create_element(e.tag)
                .expect("the tree only has valid tags");
            for (name, value) in &e.attrs {
                let _ = element.set_attribute(name, value);
            }
            for child in &e.children {
                let _ = element.append_child(&build_node(document, child));
            }
            element.unchecked_into()
        }
    }
}
