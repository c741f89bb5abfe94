//! Emphasis, strong and strikethrough: CommonMark's delimiter-run algorithm over the parsed
//! items, and the nodes the items finally are.

use super::Item;
use crate::markdown::tree::{Element, Node};

/// CommonMark's "process emphasis": pairs closers with the nearest possible openers from
/// `bottom` on, innermost first, wrapping what lies between.
pub(super) fn emphasis(items: &mut Vec<Item>, bottom: usize) {
    let mut closer = bottom;
    while closer < items.len() {
        let Item::Delim {
            ch,
            count: close_count,
            can_open: close_opens,
            can_close: true,
        } = items[closer]
        else {
            closer += 1;
            continue;
        };
        let opener = (bottom..closer).rev().find(|&i| match items[i] {
            Item::Delim {
                ch: c,
                count,
                can_open: true,
                can_close: open_closes,
            } if c == ch => {
                if ch == '~' {
                    return count == close_count;
                }
                // The rule of three.
                let odd = (open_closes || close_opens)
                    && (count + close_count) % 3 == 0
                    && !(count % 3 == 0 && close_count % 3 == 0);
                !odd
            }
            _ => false,
        });
        let Some(opener) = opener else {
            closer += 1;
            continue;
        };
        let Item::Delim {
            count: open_count, ..
        } = items[opener]
        else {
            unreachable!()
        };
        let used = if ch == '~' {
            open_count
        } else if open_count >= 2 && close_count >= 2 {
            2
        } else {
            1
        };
        let tag = match (ch, used) {
            ('~', _) => "del",
            (_, 2) => "strong",
            _ => "em",
        };
        let inner: Vec<Item> = items.drain(opener + 1..closer).collect();
        let element = Element {
            tag,
            attrs: Vec::new(),
            children: finish(inner),
        };
        items.insert(opener + 1, Item::Node(Node::Element(element)));
        let mut closer_at = opener + 2;
        if let Item::Delim { count, .. } = &mut items[opener] {
            *count -= used;
        }
        if let Item::Delim { count, .. } = &mut items[closer_at] {
            *count -= used;
        }
        if matches!(items[closer_at], Item::Delim { count: 0, .. }) {
            items.remove(closer_at);
        }
        if matches!(items[opener], Item::Delim { count: 0, .. }) {
            items.remove(opener);
            closer_at -= 1;
        }
        // The closer again (if some of it is left), or what follows it.
        closer = closer_at;
    }
}

/// The nodes of resolved items: unmatched delimiters and brackets are the text they were.
pub(super) fn finish(items: Vec<Item>) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    for item in items {
        let node = match item {
            Item::Node(node) => node,
            Item::Delim { ch, count, .. } => Node::Text(std::iter::repeat_n(ch, count).collect()),
            Item::Bracket { image, .. } => Node::Text(if image { "![" } else { "[" }.to_owned()),
        };
        match (node, out.last_mut()) {
            (Node::Text(text), Some(Node::Text(last))) => last.push_str(&text),
            (Node::Text(text), _) if text.is_empty() => {}
            (node, _) => out.push(node),
        }
    }
    out
}
