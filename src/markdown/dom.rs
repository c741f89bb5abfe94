//! The safe tree made into DOM nodes, block by block, touching only the blocks that changed.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use super::stream::Update;
use super::tree::Node;

/// The blocks shown in one element, mirrored so a block equal to what is shown is left alone.
pub struct BlockList {
    root: Element,
    shown: Vec<Node>,
}

impl BlockList {
    pub fn new(root: Element) -> BlockList {
        // Whatever the element held before is ours to replace.
        root.set_text_content(None);
        BlockList {
            root,
            shown: Vec::new(),
        }
    }

    /// Shows `update`: each block from `update.from` on is built again only if it differs from
    /// what is shown there; blocks after the update's last are removed.
    pub fn show(&mut self, update: Update) {
        let Some(document) = self.root.owner_document() else {
            return;
        };
        let children = self.root.children();
        let end = update.from + update.blocks.len();
        for (index, node) in (update.from..).zip(update.blocks) {
            if self.shown.get(index) == Some(&node) {
                continue;
            }
            let built = build(&document, &node);
            match children.item(index as u32) {
                Some(old) => {
                    let _ = self.root.replace_child(&built, &old);
                }
                None => {
                    let _ = self.root.append_child(&built);
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

/// One DOM node for a tree node. A top-level text (which CommonMark does not produce) is
/// wrapped in a paragraph so every block is an element.
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
