//! What a message may have, link to and load: only the elements and attributes in [`ALLOWED`];
//! links only to http, https, mailto and tel, opened apart from the page; images only from the
//! agent's same-origin image proxy, any other image a link to it, never loaded.
//!
//! The tree builds only such elements; [`guard`] holds every block to it once more before it is
//! shown, so a mistake in the parser shows text rather than markup.

use super::tree::{Element, Node};

/// Where an image may be loaded from: the agent's image proxy, same origin.
pub const IMAGE_PROXY: &str = "/api/image/";

/// Every element markdown may render, with the attributes it may carry: all of them, and the
/// only list of them ([`check`] reads it).
pub const ALLOWED: &[(&str, &[&str])] = &[
    ("p", &["class"]),
    ("h1", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("h5", &[]),
    ("h6", &[]),
    ("hr", &[]),
    ("blockquote", &[]),
    ("ul", &[]),
    ("ol", &["start"]),
    ("li", &[]),
    ("table", &[]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tr", &[]),
    ("th", &["scope", "class"]),
    ("td", &["class"]),
    ("div", &["class"]),
    ("pre", &[]),
    ("code", &[]),
    ("button", &["type", "class", "data-copy"]),
    ("span", &["class", "aria-hidden"]),
    ("em", &[]),
    ("strong", &[]),
    ("del", &[]),
    ("br", &[]),
    // URLs: `href` only where `is_safe_link` holds, `src` only where `is_proxied_image` does.
    ("a", &["href", "target", "rel", "class"]),
    ("img", &["src", "alt", "loading"]),
];

/// Why `node` may not be shown: the first element, attribute or URL outside what is allowed.
pub fn check(node: &Node) -> Result<(), String> {
    let Node::Element(element) = node else {
        return Ok(());
    };
    let Some((_, attributes)) = ALLOWED.iter().find(|(tag, _)| *tag == element.tag) else {
        return Err(format!("element <{}>", element.tag));
    };
    for (name, value) in &element.attrs {
        let allowed = attributes.contains(name)
            && match *name {
                "href" => is_safe_link(value),
                "src" => is_proxied_image(value),
                _ => true,
            };
        if !allowed {
            return Err(format!("<{} {name}=\"{value}\">", element.tag));
        }
    }
    element.children.iter().try_for_each(check)
}

/// `node` if [`check`] allows it, else its words as a paragraph. Never taken: the fuzz target
/// `markdown` holds the tree to [`check`] before this guard (and debug builds panic here).
pub fn guard(node: Node) -> Node {
    match check(&node) {
        Ok(()) => node,
        Err(why) => {
            debug_assert!(false, "markdown rendered {why}");
            let words = match &node {
                Node::Element(element) => element.text_content(),
                Node::Text(text) => text.clone(),
            };
            Node::Element(Element::new("p").text(words))
        }
    }
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

/// A link a person may open, in a new tab that cannot reach back into the page.
pub fn link(href: &str) -> Element {
    Element::new("a")
        .attr("href", href)
        .attr("target", "_blank")
        .attr("rel", "noopener noreferrer nofollow")
}

/// An image from the image proxy is shown; any other is a link to it, never loaded.
pub fn image(src: &str, alt: String) -> Element {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_refuses_elements_attributes_and_urls_outside_the_list() {
        let fine = Element::new("p")
            .child(link("https://shop.example").text("shop"))
            .child(image("/api/image/product/7/128", "chair".into()));
        assert_eq!(check(&fine.into()), Ok(()));
        for (node, why) in [
            (Element::new("script"), "element <script>"),
            (Element::new("p").attr("onclick", "x"), "<p onclick=\"x\">"),
            (
                Element::new("img").attr("alt", "x").attr("class", "y"),
                "<img class=\"y\">",
            ),
            (
                link("javascript:alert(1)"),
                "<a href=\"javascript:alert(1)\">",
            ),
            (
                Element::new("img").attr("src", "https://cdn.example/x.png"),
                "<img src=\"https://cdn.example/x.png\">",
            ),
            (
                Element::new("ul").child(Element::new("li").child(Element::new("iframe"))),
                "element <iframe>",
            ),
        ] {
            assert_eq!(check(&node.into()), Err(why.to_owned()));
        }
    }
}
