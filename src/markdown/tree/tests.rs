use super::*;
use crate::markdown::safety::is_safe_link;

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
