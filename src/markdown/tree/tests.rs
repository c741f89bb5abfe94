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

/// Documents as models write them: our parser builds the same tree as pulldown-cmark did.
#[test]
fn agrees_with_pulldown_cmark() {
    let documents = [
        "Plain text.",
        "Two\nlines, one paragraph.\n\nAnother.",
        "# Title\n## Sub *emph*\n### Three ###\n\nText",
        "Setext\n===\n\nTwo\n---",
        "**Bold**, *em*, _em_, __bold__, ***both***, ~~gone~~, `code`, ``a ` b``.",
        "snake_case_word and 2*3*4 and a * b * c",
        "*unclosed and **mixed* bold**",
        "**The Office Chair** costs **€120.50** and the *lamp* €40.",
        "- a\n- b\n- c",
        "* one\n* two\n\n* loose",
        "1. first\n2. second\n3. third",
        "3. three\n4. four",
        "1) paren\n2) style",
        "- outer\n  - inner\n    - deepest\n  - inner two\n- outer two",
        "1. step\n   ```sh\n   run\n   ```\n2. next",
        "- item\n\n  continued paragraph\n- next",
        "- [x] paid\n- [ ] shipped\n- plain",
        "> quoted *text*\n> more\n\n> second",
        "> - list in quote\n> - two",
        "| Product | Price | Stock |\n|:--|--:|:-:|\n| Chair | €120 | 24 |\n| Lamp | €40 | 3 |",
        "Here is a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |",
        "| a | b |\n|---|---|\n| only one |\n| 1 | 2 | 3 |",
        "```rust\nfn main() {\n    println!(\"hi\");\n}\n```",
        "~~~\ntilde fence\n~~~",
        "````\n```\nnested\n```\n````",
        "    indented code\n    two",
        "---\n***\n___",
        "Line with two spaces  \nbreak and backslash\\\nbreak.",
        "[link](https://shop.example) and [titled](https://a.example \"Title\") and <https://auto.example>",
        "[ref link][shop] and [shop] and [Shop][]\n\n[shop]: https://shop.example",
        "[bad](javascript:alert(1)) [rel](/relative) [mail](mailto:a@b.example)",
        "![Chair](/api/image/product/1) and ![ext](https://cdn.example/x.png)",
        "[**bold link**](https://a.example) and [`code`](https://b.example)",
        "Escapes: \\*not em\\* \\_ \\# \\[x\\]",
        "Entities: &amp; &lt;tag&gt; &copy; &#169; &#x1F600; &nbsp;x",
        "Brackets [not a link] and [x](<https://a.example/with space>)",
        "A line\n# Heading right after",
        "para\n- list right after\n- two",
        "para\n2. not a list",
        "Price: 1 * 2 = 2 and snake_case_here",
        "**Offer**\n\n| Qty | Price |\n|---|---|\n| 1–9 | €120.50 |\n| 10+ | €108.45 |\n\nAsk me anything.",
        "Nested *emphasis with **strong** inside* ok",
        "_under_score_ and *star*word",
        "a **b** c **d**",
        "`` `tick` ``",
        "1. one\n\n2. two",
        "- a\n-\n- c",
        "> quote\ncontinues lazily",
        "text\n    not code",
        "Hello <b>raw</b> inline",
        "Trailing spaces   \n",
        "Unicode: naïve café — “quotes” 日本語",
        "<div>\nhtml\n</div>\n\nafter",
        "* a\n+ b\n- c",
        "- a\n - b\n  - c\n   - d",
        "10. ten\n11. eleven",
        "**a*b**c*",
        "*a **b** c*",
        "__a__b and a__b__",
        "[a [b](https://x.example) c](https://y.example)",
        "![a *b*](/api/image/product/1)",
        "***\n- a\n***",
        "> # heading in quote\n> text",
        "- a\n\n\n- b",
        "Term: `x | y` in | table?\n|---|---|\n| 1 | 2 |",
        "| a |\n| --- |\n| `x \\| y` |",
        "  para indented\n\n   # heading indented\n\n  > quote",
        "Visit https://bare.example or www.example.com",
        "Hello\r\nWindows\r\n\r\n- a\r\n- b",
        "* * *\n- - -",
        "1. a\n1. b\n1. c",
        "- a\n  1. nested ordered\n  2. two",
        "Intro:\n1. one\n2. two",
        "Intro:\n- one\n- two",
        "```\ncode with trailing fence\n```   \nafter",
        "    \n    code after blank indented",
        "# \n\n#",
        "*",
        "-",
        "1.",
        ">",
        "[",
        "![",
        "`",
        "&",
        "<",
        "a\\",
    ];
    let mut failed = 0;
    for doc in documents.iter().chain(TRICKY) {
        let ours: Vec<Block> = parse(doc, &LABELS);
        let theirs: Vec<Block> = super::oracle::parse(doc, &LABELS);
        let render = |blocks: &[Block]| blocks.iter().map(|b| html(&b.node)).collect::<String>();
        let starts = |blocks: &[Block]| blocks.iter().map(|b| b.start).collect::<Vec<_>>();
        if render(&ours) != render(&theirs) || starts(&ours) != starts(&theirs) {
            failed += 1;
            println!(
                "DOC {doc:?}\n ours   {:?} {:?}\n theirs {:?} {:?}",
                render(&ours),
                starts(&ours),
                render(&theirs),
                starts(&theirs)
            );
        }
    }
    assert_eq!(failed, 0);
}

#[test]
fn a_blank_line_inside_a_nested_item_keeps_the_outer_list_tight() {
    assert_eq!(
        render("- a\n  - b\n\n    c\n- d"),
        "<ul><li>a<ul><li><p>b</p><p>c</p></li></ul></li><li>d</li></ul>"
    );
    // Two blocks of the item itself apart: loose.
    assert_eq!(
        render("- a\n\n  b\n- c"),
        "<ul><li><p>a</p><p>b</p></li><li><p>c</p></li></ul>"
    );
}

#[test]
fn a_block_right_after_a_link_definition_is_that_block() {
    assert_eq!(
        render("[shop]: https://shop.example\n> quoted\n- item"),
        "<blockquote><p>quoted</p></blockquote><ul><li>item</li></ul>"
    );
}

#[test]
fn escaped_parentheses_stay_inside_a_link_destination() {
    assert_eq!(
        render("[x](https://a.example/\\(b\\))"),
        "<p><a href=\"https://a.example/(b)\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">x</a></p>"
    );
}

#[test]
fn an_escaped_quote_stays_inside_a_link_title() {
    assert_eq!(
        render("[x](https://a.example \"say \\\"hi\\\"\")"),
        "<p><a href=\"https://a.example\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">x</a></p>"
    );
}

#[test]
fn a_no_break_space_does_not_end_a_link_destination() {
    // Only ASCII whitespace ends it: `\u{a0}"t"` is part of the destination, as in CommonMark.
    let blocks = parse("[x](https://a.example/\u{a0}\"t\")", &LABELS);
    let Node::Element(p) = &blocks[0].node else {
        panic!("a paragraph")
    };
    let [Node::Element(a)] = p.children.as_slice() else {
        panic!("one link: {:?}", p.children)
    };
    assert_eq!(a.tag, "a");
    assert_eq!(a.attrs[0], ("href", "https://a.example/\u{a0}\"t\"".into()));
}

#[test]
fn an_autolink_email_has_only_email_characters() {
    assert!(render("<sales@shop.example>").contains("href=\"mailto:sales@shop.example\""));
    assert_eq!(
        render("<a\\+b@shop.example>"),
        "<p>&lt;a+b@shop.example></p>"
    );
}
