//! Both sides of a CommonMark example as comparable HTML: our tree written out, the spec's HTML
//! read into tokens, and one normalisation for both (see the parent module for what it drops
//! and why).

use crate::markdown::safety::{self, is_safe_link};
use crate::markdown::tree::{parse, Element, Node, TEST_LABELS};

/// Our tree as HTML, our code block as cmark writes one and a task box as its source.
fn ours(node: &Node, out: &mut String) {
    let e = match node {
        Node::Text(t) => return out.push_str(&escape(t)),
        Node::Element(e) => e,
    };
    let class = e.attrs.iter().find(|(n, _)| *n == "class").map(|(_, v)| v);
    match class.map(String::as_str) {
        Some("sr-md-code") => {
            let language = e.text_content_of_class("sr-md-code__language");
            let code = e
                .children
                .iter()
                .find_map(|c| match c {
                    Node::Element(pre) if pre.tag == "pre" => Some(pre.text_content()),
                    _ => None,
                })
                .unwrap_or_default();
            out.push_str("<pre><code");
            if let Some(language) = language {
                out.push_str(&format!(" class=\"language-{}\"", escape(&language)));
            }
            out.push_str(&format!(">{}</code></pre>", escape(&code)));
        }
        Some("sr-md-task") => {
            let done = e.text_content().starts_with('☑');
            out.push_str(if done { "[x] " } else { "[ ] " });
        }
        _ => {
            out.push_str(&format!("<{}", e.tag));
            for (n, v) in &e.attrs {
                out.push_str(&format!(" {n}=\"{}\"", escape(v)));
            }
            out.push('>');
            for child in &e.children {
                ours(child, out);
            }
            out.push_str(&format!("</{}>", e.tag));
        }
    }
}

trait ClassText {
    fn text_content_of_class(&self, class: &str) -> Option<String>;
}

impl ClassText for Element {
    fn text_content_of_class(&self, class: &str) -> Option<String> {
        if self.attrs.iter().any(|(n, v)| *n == "class" && v == class) {
            return Some(self.text_content());
        }
        self.children.iter().find_map(|c| match c {
            Node::Element(e) => e.text_content_of_class(class),
            Node::Text(_) => None,
        })
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The entities cmark writes (and the numeric ones), decoded.
fn decode(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| e < 12);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                _ => {
                    let n = name.strip_prefix('#')?;
                    let code = match n.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => n.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out + rest
}

/// A URL as cmark writes an href: bytes outside its safe set percent-encoded.
fn encode_href(url: &str) -> String {
    let mut out = String::new();
    for b in url.bytes() {
        if b.is_ascii_alphanumeric() || b";/?:@&=+$,-_.!~*'()#%".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(url: &str) -> String {
    let bytes = url.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[derive(Debug, PartialEq)]
enum Token {
    Open(String, Vec<(String, String)>),
    Close(String),
    Text(String),
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "blockquote"
            | "pre"
            | "hr"
            | "table"
            | "thead"
            | "tbody"
            | "tr"
            | "th"
            | "td"
    )
}

fn is_void(tag: &str) -> bool {
    matches!(tag, "hr" | "br" | "img")
}

/// The tags markdown makes; any other in the expected HTML is raw HTML passed through.
fn is_markdown_tag(tag: &str) -> bool {
    is_block(tag) || matches!(tag, "code" | "em" | "strong" | "a" | "img" | "br" | "del")
}

/// HTML → tokens: tags with their (double-quoted) attributes, and decoded text.
fn tokens(html: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let tag = rest.strip_prefix('<').and_then(|r| {
            let (close, r) = match r.strip_prefix('/') {
                Some(r) => (true, r),
                None => (false, r),
            };
            let name_len = r
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(r.len());
            if name_len == 0 || !r.starts_with(|c: char| c.is_ascii_alphabetic()) {
                return None;
            }
            let name = r[..name_len].to_ascii_lowercase();
            let mut r = &r[name_len..];
            let mut attrs = Vec::new();
            loop {
                r = r.trim_start();
                if let Some(after) = r.strip_prefix("/>").or_else(|| r.strip_prefix('>')) {
                    let token = if close {
                        Token::Close(name)
                    } else {
                        Token::Open(name, attrs)
                    };
                    return Some((token, after));
                }
                let eq = r.find('=')?;
                let attr = r[..eq].trim().to_ascii_lowercase();
                let value = r[eq + 1..].strip_prefix('"')?;
                let end = value.find('"')?;
                attrs.push((attr, decode(&value[..end])));
                r = &value[end + 1..];
            }
        });
        match tag {
            Some((token, after)) => {
                out.push(token);
                rest = after;
            }
            None => {
                let first = rest.chars().next().map_or(1, char::len_utf8);
                let end = rest[first..].find('<').map_or(rest.len(), |e| e + first);
                let text = decode(&rest[..end]);
                match out.last_mut() {
                    Some(Token::Text(last)) => last.push_str(&text),
                    _ => out.push(Token::Text(text)),
                }
                rest = &rest[end..];
            }
        }
    }
    out
}

/// True when the expected HTML passes raw HTML through, which we never do: a comment or
/// processing instruction, a tag markdown does not make, an `<a>` left open, an `<img>`
/// without the `alt` markdown always gives it.
pub(super) fn has_raw_html(html: &str) -> bool {
    let tokens = tokens(html);
    let count = |f: &dyn Fn(&Token) -> bool| tokens.iter().filter(|t| f(t)).count();
    html.contains("<!")
        || html.contains("<?")
        || count(&|t| matches!(t, Token::Open(tag, _) | Token::Close(tag) if !is_markdown_tag(tag)))
            > 0
        || count(&|t| matches!(t, Token::Open(tag, _) if tag == "a"))
            != count(&|t| matches!(t, Token::Close(tag) if tag == "a"))
        || count(
            &|t| matches!(t, Token::Open(tag, attrs) if tag == "img" && attr(attrs, "alt").is_none()),
        ) > 0
}

/// The expected HTML with our link and image rules applied, as the tree would build it.
fn apply_our_safety(tokens: Vec<Token>) -> Vec<Token> {
    let mut out = Vec::new();
    let mut links: Vec<bool> = Vec::new();
    for token in tokens {
        match token {
            Token::Open(tag, attrs) if tag == "a" => {
                let href = attr(&attrs, "href").unwrap_or_default();
                let safe = is_safe_link(&percent_decode(&href));
                links.push(safe);
                out.push(if safe {
                    Token::Open(tag, attrs)
                } else {
                    Token::Open("span".into(), Vec::new())
                });
            }
            Token::Close(tag) if tag == "a" => {
                let safe = links.pop().unwrap_or(true);
                out.push(Token::Close(if safe { tag } else { "span".into() }));
            }
            Token::Open(tag, attrs) if tag == "img" => {
                let src = percent_decode(&attr(&attrs, "src").unwrap_or_default());
                let alt = attr(&attrs, "alt").unwrap_or_default();
                let element = safety::image(&src, alt);
                let mut html = String::new();
                ours(&Node::Element(element), &mut html);
                out.extend(self::tokens(&html));
            }
            token => out.push(token),
        }
    }
    out
}

fn attr(attrs: &[(String, String)], name: &str) -> Option<String> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
}

/// Tokens → the text both sides are compared as.
fn normalize(tokens: Vec<Token>) -> String {
    let mut out = String::new();
    let n = tokens.len();
    for (i, token) in tokens.iter().enumerate() {
        let block_at = |j: Option<usize>| {
            j.and_then(|j| tokens.get(j)).is_some_and(|t| match t {
                Token::Open(tag, _) | Token::Close(tag) => is_block(tag),
                Token::Text(_) => false,
            })
        };
        match token {
            Token::Open(tag, attrs) => {
                out.push_str(&format!("<{tag}"));
                for (name, value) in attrs {
                    let kept = match name.as_str() {
                        "href" => Some(encode_href(&percent_decode(value))),
                        "src" | "alt" | "start" => Some(value.clone()),
                        "class" if value.starts_with("language-") => Some(value.clone()),
                        _ => None,
                    };
                    if let Some(value) = kept {
                        out.push_str(&format!(" {name}=\"{}\"", escape(&value)));
                    }
                }
                out.push('>');
            }
            Token::Close(tag) if is_void(tag) => {}
            Token::Close(tag) => out.push_str(&format!("</{tag}>")),
            Token::Text(text) => {
                let mut text = text.as_str();
                let after_br = i > 0 && matches!(&tokens[i - 1], Token::Open(t, _) if t == "br");
                if block_at(i.checked_sub(1)) || after_br {
                    text = text.trim_start_matches('\n');
                }
                if block_at(Some(i + 1)) || i + 1 == n {
                    text = text.trim_end_matches('\n');
                }
                out.push_str(&escape(text));
            }
        }
    }
    out
}

/// Our parser's HTML for `markdown`, normalised.
pub(super) fn render_ours(markdown: &str) -> String {
    let mut html = String::new();
    for block in parse(markdown, &TEST_LABELS) {
        ours(&block.node, &mut html);
    }
    normalize(tokens(&html))
}

/// The spec's HTML, with our safety rules applied to it, normalised.
pub(super) fn expected(html: &str) -> String {
    normalize(apply_our_safety(tokens(html)))
}
