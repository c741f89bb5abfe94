//! What a message may link to and load: links only to http, https, mailto and tel, opened
//! apart from the page; images only from the agent's same-origin image proxy, any other image
//! a link to it, never loaded.

use super::tree::{Element, Node};

/// Where an image may be loaded from: the agent's image proxy, same origin.
pub const IMAGE_PROXY: &str = "/api/image/";

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
