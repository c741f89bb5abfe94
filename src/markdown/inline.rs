//! Inline markdown: a paragraph's text → nodes. CommonMark's rules for code spans, emphasis
//! (the delimiter-run algorithm), links and images (inline and by reference), autolinks,
//! backslash escapes, entities and line breaks, with GFM strikethrough. Raw HTML is not
//! recognised: it is text, as everything else that is not markdown.

use std::collections::HashMap;

use super::safety::{is_safe_link, link};
use super::tree::{Element, Node};
use emphasis::{emphasis, finish};
use escape::{decode_entity, unescape};

mod emphasis;
mod escape;

/// Link reference definitions: normalised label → destination.
pub type Definitions = HashMap<String, String>;

/// A label as references match it: case-insensitive, inner whitespace collapsed.
pub fn normalize_label(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Parses `text` (a paragraph's lines joined by `\n`) into inline nodes.
pub fn parse(text: &str, defs: &Definitions) -> Vec<Node> {
    let mut p = Inline {
        src: text,
        pos: 0,
        items: Vec::new(),
        defs,
    };
    p.run();
    let mut items = p.items;
    emphasis(&mut items, 0);
    finish(items)
}

/// A piece of inline content while it is being parsed.
pub(super) enum Item {
    Node(Node),
    /// A run of `*`, `_` or `~` that may open or close emphasis.
    Delim {
        ch: char,
        count: usize,
        can_open: bool,
        can_close: bool,
    },
    /// `[` or `![` that may begin a link or an image; `active` until a link is made inside.
    Bracket {
        image: bool,
        active: bool,
    },
}

struct Inline<'a> {
    src: &'a str,
    pos: usize,
    items: Vec<Item>,
    defs: &'a Definitions,
}

/// Punctuation for emphasis flanking: ASCII's, and the common Unicode punctuation and symbol
/// blocks (Latin-1, general punctuation, currency, arrows, CJK), without Unicode's full tables.
fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32, 0xA1..=0xBF | 0xD7 | 0xF7 | 0x2010..=0x2027 | 0x2030..=0x205E
            | 0x20A0..=0x20CF | 0x2190..=0x21FF | 0x3001..=0x303F | 0xFF01..=0xFF0F)
}

impl Inline<'_> {
    fn rest(&self) -> &str {
        &self.src[self.pos..]
    }

    fn text(&mut self, text: &str) {
        if let Some(Item::Node(Node::Text(last))) = self.items.last_mut() {
            last.push_str(text);
        } else {
            self.items.push(Item::Node(Node::Text(text.to_owned())));
        }
    }

    fn run(&mut self) {
        while let Some(c) = self.rest().chars().next() {
            match c {
                '\\' => self.backslash(),
                '`' => self.code_span(),
                '*' | '_' | '~' => self.delimiter(c),
                '[' => {
                    self.pos += 1;
                    self.items.push(Item::Bracket {
                        image: false,
                        active: true,
                    });
                }
                '!' if self.rest().starts_with("![") => {
                    self.pos += 2;
                    self.items.push(Item::Bracket {
                        image: true,
                        active: true,
                    });
                }
                ']' => self.close_bracket(),
                '<' => self.autolink(),
                '&' => self.entity(),
                '\n' => self.line_break(),
                _ => {
                    let end = self
                        .rest()
                        .find(['\\', '`', '*', '_', '~', '[', '!', ']', '<', '&', '\n'])
                        .map_or(self.src.len(), |i| self.pos + i.max(c.len_utf8()));
                    let text = &self.src[self.pos..end];
                    self.pos = end;
                    self.text(text);
                }
            }
        }
    }

    fn backslash(&mut self) {
        let next = self.src[self.pos + 1..].chars().next();
        match next {
            Some('\n') => {
                self.pos += 2;
                self.items
                    .push(Item::Node(Node::Element(Element::new("br"))));
            }
            Some(c) if c.is_ascii_punctuation() => {
                self.pos += 2;
                self.text(&c.to_string());
            }
            _ => {
                self.pos += 1;
                self.text("\\");
            }
        }
    }

    fn code_span(&mut self) {
        let run = self.rest().len() - self.rest().trim_start_matches('`').len();
        let after = self.pos + run;
        // The closing run: the same number of backticks, not part of a longer run.
        let mut search = after;
        while let Some(found) = self.src[search..].find('`') {
            let start = search + found;
            let len = self.src[start..].len() - self.src[start..].trim_start_matches('`').len();
            if len == run {
                let content = self.src[after..start].replace('\n', " ");
                let content = match content.strip_prefix(' ').and_then(|c| c.strip_suffix(' ')) {
                    Some(inner) if !inner.trim().is_empty() => inner.to_owned(),
                    _ => content,
                };
                self.pos = start + len;
                self.items.push(Item::Node(Node::Element(
                    Element::new("code").child(Node::Text(content)),
                )));
                return;
            }
            search = start + len;
        }
        self.pos = after;
        let ticks = "`".repeat(run);
        self.text(&ticks);
    }

    fn delimiter(&mut self, ch: char) {
        let count = self.rest().len() - self.rest().trim_start_matches(ch).len();
        let before = self.src[..self.pos].chars().next_back();
        let after = self.src[self.pos + count..].chars().next();
        self.pos += count;
        let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
        let punct = |c: Option<char>| c.is_some_and(is_punct);
        let left = !space(after) && (!punct(after) || space(before) || punct(before));
        let right = !space(before) && (!punct(before) || space(after) || punct(after));
        let (can_open, can_close) = match ch {
            '_' => (
                left && (!right || punct(before)),
                right && (!left || punct(after)),
            ),
            _ => (left, right),
        };
        if ch == '~' && count > 2 {
            self.text(&"~".repeat(count));
            return;
        }
        self.items.push(Item::Delim {
            ch,
            count,
            can_open,
            can_close,
        });
    }

    fn line_break(&mut self) {
        self.pos += 1;
        // Two spaces at the end of a line make a hard break; other trailing spaces go.
        if let Some(Item::Node(Node::Text(last))) = self.items.last_mut() {
            let trimmed = last.trim_end_matches(' ').len();
            let hard = last.len() - trimmed >= 2;
            last.truncate(trimmed);
            if hard {
                self.items
                    .push(Item::Node(Node::Element(Element::new("br"))));
                self.skip_spaces();
                return;
            }
        }
        self.text("\n");
        self.skip_spaces();
    }

    fn skip_spaces(&mut self) {
        self.pos = self.src.len() - self.rest().trim_start_matches([' ', '\t']).len();
    }

    fn autolink(&mut self) {
        let src = self.src;
        let rest = &src[self.pos..];
        if let Some(end) = rest.find('>') {
            let inner = &rest[1..end];
            let scheme_ok = inner.split_once(':').is_some_and(|(scheme, _)| {
                (2..=32).contains(&scheme.len())
                    && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                    && scheme
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
            });
            let email = inner.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty()
                    && user
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c))
                    && host.contains('.')
                    && !host.starts_with('.')
                    && host
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
            });
            if !inner.contains([' ', '<', '\n']) && (scheme_ok || email) {
                self.pos += end + 1;
                let target = if email {
                    format!("mailto:{inner}")
                } else {
                    inner.to_owned()
                };
                let words = Node::Text(inner.to_owned());
                let node = if is_safe_link(&target) {
                    link(&target).child(words)
                } else {
                    Element::new("span").child(words)
                };
                self.items.push(Item::Node(Node::Element(node)));
                return;
            }
        }
        self.pos += 1;
        self.text("<");
    }

    fn entity(&mut self) {
        let src = self.src;
        let rest = &src[self.pos..];
        if let Some(end) = rest[1..].find(';').map(|i| i + 1).filter(|&i| i <= 33) {
            if let Some(c) = decode_entity(&rest[1..end]) {
                self.pos += end + 1;
                self.text(&c.to_string());
                return;
            }
        }
        self.pos += 1;
        self.text("&");
    }

    fn close_bracket(&mut self) {
        self.pos += 1;
        // The nearest bracket opener; an inactive one (a link inside a link) is only text.
        let Some(opener) = self
            .items
            .iter()
            .rposition(|i| matches!(i, Item::Bracket { .. }))
        else {
            self.text("]");
            return;
        };
        let Item::Bracket { image, active } = self.items[opener] else {
            unreachable!()
        };
        if !active {
            self.items[opener] = bracket_text(image);
            self.text("]");
            return;
        }
        let label_text = self.label_since(opener);
        let target = self.inline_target().or_else(|| self.reference(&label_text));
        let Some(target) = target else {
            self.items[opener] = bracket_text(image);
            self.text("]");
            return;
        };
        // The content: everything after the bracket, emphasis resolved.
        let mut content: Vec<Item> = self.items.split_off(opener + 1);
        self.items.truncate(opener);
        emphasis(&mut content, 0);
        let children = finish(content);
        let node = if image {
            let alt = Element {
                tag: "span",
                attrs: Vec::new(),
                children,
            }
            .text_content();
            super::safety::image(&target, alt)
        } else {
            // No link inside a link: earlier openers become text.
            for item in &mut self.items {
                if let Item::Bracket {
                    image: false,
                    active,
                } = item
                {
                    *active = false;
                }
            }
            let element = if is_safe_link(&target) {
                link(target.trim())
            } else {
                // Not a link we let anyone open: its words stay, as text.
                Element::new("span")
            };
            Element {
                children,
                ..element
            }
        };
        self.items.push(Item::Node(Node::Element(node)));
    }

    /// The raw text between an opener and here, for a reference label.
    fn label_since(&self, opener: usize) -> String {
        let mut out = String::new();
        for item in &self.items[opener + 1..] {
            match item {
                Item::Node(Node::Text(t)) => out.push_str(t),
                Item::Node(Node::Element(e)) => out.push_str(&e.text_content()),
                Item::Delim { ch, count, .. } => out.extend(std::iter::repeat_n(*ch, *count)),
                Item::Bracket { .. } => {}
            }
        }
        out
    }

    /// `(destination "title")` right after `]`.
    fn inline_target(&mut self) -> Option<String> {
        let src = self.src;
        let rest = src[self.pos..].strip_prefix('(')?;
        let body = rest.trim_start_matches([' ', '\t', '\n']);
        let (dest, after) = if let Some(angled) = body.strip_prefix('<') {
            let end = angled.find(['>', '\n'])?;
            (angled[..end].to_owned(), &angled[end + 1..])
        } else {
            let mut depth = 0usize;
            let mut end = body.len();
            let mut escaped = false;
            for (i, c) in body.char_indices() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '(' => depth += 1,
                    ')' if depth == 0 => {
                        end = i;
                        break;
                    }
                    ')' => depth -= 1,
                    c if c.is_ascii_whitespace() || c.is_ascii_control() => {
                        end = i;
                        break;
                    }
                    _ => {}
                }
            }
            (unescape(&body[..end]), &body[end..])
        };
        let after = after.trim_start_matches([' ', '\t', '\n']);
        let after = match after.chars().next() {
            Some(q @ ('"' | '\'' | '(')) => {
                let close = if q == '(' { ')' } else { q };
                let end = closing(&after[1..], close)? + 1;
                after[end + 1..].trim_start_matches([' ', '\t', '\n'])
            }
            _ => after,
        };
        let after = after.strip_prefix(')')?;
        self.pos = self.src.len() - after.len();
        Some(dest)
    }

    /// `[label]`, `[]` or nothing after `]`, looked up in the definitions.
    fn reference(&mut self, text: &str) -> Option<String> {
        let src = self.src;
        let rest = &src[self.pos..];
        if let Some(inner) = rest.strip_prefix('[') {
            let end = inner.find(']')?;
            let label = if inner[..end].trim().is_empty() {
                text
            } else {
                &inner[..end]
            };
            let target = self.defs.get(&normalize_label(label))?.clone();
            self.pos += end + 2;
            return Some(target);
        }
        self.defs.get(&normalize_label(text)).cloned()
    }
}

/// Where `close` is in `text`, not escaped by a backslash.
fn closing(text: &str, close: char) -> Option<usize> {
    let mut escaped = false;
    text.char_indices().find_map(|(i, c)| {
        let found = c == close && !escaped;
        escaped = c == '\\' && !escaped;
        found.then_some(i)
    })
}

/// A bracket that did not become a link: the text it was.
fn bracket_text(image: bool) -> Item {
    Item::Node(Node::Text(if image { "![" } else { "[" }.to_owned()))
}
