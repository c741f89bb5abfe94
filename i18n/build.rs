//! Reads the Fluent catalogues in `locales/` (one file per language) and writes `messages.rs`:
//! one module per message group (the part of an id before its first `-`), and in it a `Text`
//! constant for each message without variables and a function for each message with them, whose
//! parameters are the message's variables. A message the code names that a catalogue lacks is
//! then a compile error, and so is a variable renamed in English but not at the call.
//!
//! What the other languages lack or get wrong (a message missing, a variable English does not
//! have) is listed in `GAPS`, which a test requires to be empty; until then English stands in.
//!
//! Only what chat strings need of Fluent is taken: text, `{ $variable }` and string literals
//! (`{" "}` for a leading space). Selectors, terms and attributes stop the build with the reason.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use fluent_syntax::ast;

/// A message in one language: text pieces and variables, in order.
#[derive(Clone, Debug)]
enum Piece {
    Text(String),
    Var(String),
}

type Catalogue = BTreeMap<String, Vec<Piece>>;

fn read(path: &Path) -> Catalogue {
    let source = std::fs::read_to_string(path).expect("a readable catalogue");
    let file = path.display();
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
        panic!("{file}: not Fluent: {errors:?}");
    });
    let mut messages = Catalogue::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.to_owned();
                assert!(
                    message.attributes.is_empty(),
                    "{file}: {id}: attributes are not used here"
                );
                let pattern = message
                    .value
                    .unwrap_or_else(|| panic!("{file}: {id} has no text"));
                let pieces = pattern
                    .elements
                    .into_iter()
                    .map(|element| piece(element, &id, &file.to_string()))
                    .collect();
                assert!(
                    messages.insert(id.clone(), pieces).is_none(),
                    "{file}: {id} is there twice"
                );
            }
            ast::Entry::Term(term) => panic!("{file}: -{}: terms are not used here", term.id.name),
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
            ast::Entry::Junk { content } => panic!("{file}: cannot read {content:?}"),
        }
    }
    messages
}

fn piece(element: ast::PatternElement<&str>, id: &str, file: &str) -> Piece {
    match element {
        ast::PatternElement::TextElement { value } => Piece::Text(value.to_owned()),
        ast::PatternElement::Placeable { expression } => match expression {
            ast::Expression::Inline(ast::InlineExpression::VariableReference { id: var }) => {
                Piece::Var(var.name.to_owned())
            }
            ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                Piece::Text(unescape(value))
            }
            other => panic!(
                "{file}: {id}: only {{ $variable }} and {{\"text\"}} are used here, not {other:?}"
            ),
        },
    }
}

/// A Fluent string literal's escapes: `\"`, `\\`, `\u0041`.
fn unescape(literal: &str) -> String {
    let mut out = String::new();
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                let code = u32::from_str_radix(&hex, 16).expect("\\uXXXX");
                out.push(char::from_u32(code).expect("a character"));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The variables of a message, in the order they first appear.
fn variables(pieces: &[Piece]) -> Vec<String> {
    let mut vars: Vec<String> = Vec::new();
    for p in pieces {
        if let Piece::Var(v) = p {
            if !vars.contains(v) {
                vars.push(v.clone());
            }
        }
    }
    vars
}

/// Fluent ids (`booking-none-free`) as Rust names: group `booking`, item `none_free`.
fn split_id(id: &str) -> (String, String) {
    let (group, item) = id
        .split_once('-')
        .unwrap_or_else(|| panic!("{id}: name it <group>-<message>, e.g. booking-{id}"));
    (group.replace('-', "_"), item.replace('-', "_"))
}

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let dir = Path::new("locales");
    let mut files: Vec<(String, Catalogue)> = std::fs::read_dir(dir)
        .expect("i18n/locales")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| {
            let tag = p.file_stem().unwrap().to_string_lossy().into_owned();
            (tag, read(&p))
        })
        .collect();
    // English first: the source language, which the others are checked against and fall back to.
    files.sort_by_key(|(tag, _)| (tag != "en", tag.clone()));
    assert!(
        files.first().is_some_and(|(tag, _)| tag == "en"),
        "locales/en.ftl is the source catalogue"
    );
    let english = &files[0].1;

    let mut gaps = Vec::new();
    for (tag, catalogue) in &files[1..] {
        for (id, pieces) in english {
            match catalogue.get(id) {
                None => gaps.push(format!("{tag}: {id} is missing")),
                Some(theirs) => {
                    let ours = variables(pieces);
                    for var in variables(theirs) {
                        if !ours.contains(&var) {
                            gaps.push(format!("{tag}: {id} uses ${var}, which English does not"));
                        }
                    }
                    for var in &ours {
                        if !variables(theirs).contains(var) {
                            gaps.push(format!("{tag}: {id} leaves out ${var}"));
                        }
                    }
                }
            }
        }
        for id in catalogue.keys().filter(|id| !english.contains_key(*id)) {
            gaps.push(format!("{tag}: {id} is not in English (en.ftl)"));
        }
    }

    let mut code = String::new();
    let tags: Vec<String> = files.iter().map(|(t, _)| format!("{t:?}")).collect();
    writeln!(
        code,
        "/// The catalogues' languages, English first: the order of a [`Text`]'s strings."
    )
    .unwrap();
    writeln!(
        code,
        "pub const LANGUAGES: [&str; {}] = [{}];",
        files.len(),
        tags.join(", ")
    )
    .unwrap();
    writeln!(
        code,
        "/// What a catalogue lacks or gets wrong; English stands in meanwhile. A test wants none."
    )
    .unwrap();
    writeln!(code, "pub const GAPS: &[&str] = &{gaps:?};").unwrap();

    let mut groups: BTreeMap<String, Vec<(&String, String)>> = BTreeMap::new();
    for id in english.keys() {
        let (group, item) = split_id(id);
        groups.entry(group).or_default().push((id, item));
    }
    for (group, items) in groups {
        writeln!(code, "\npub mod {group} {{").unwrap();
        writeln!(
            code,
            "    #[allow(unused_imports)]\n    use crate::{{Locale, Piece, Text}};"
        )
        .unwrap();
        for (id, item) in items {
            let vars = variables(&english[id]);
            // Each language's version, English where it has none.
            let versions: Vec<&Vec<Piece>> = files
                .iter()
                .map(|(_, c)| c.get(id).unwrap_or(&english[id]))
                .collect();
            writeln!(code, "    /// `{id}`: {:?}", render(&english[id])).unwrap();
            if vars.is_empty() {
                let texts: Vec<String> = versions
                    .iter()
                    .map(|p| format!("{:?}", render(p)))
                    .collect();
                writeln!(
                    code,
                    "    pub const {}: Text = Text([{}]);",
                    item.to_uppercase(),
                    texts.join(", ")
                )
                .unwrap();
                continue;
            }
            let patterns: Vec<String> = versions
                .iter()
                .map(|pieces| {
                    let parts: Vec<String> = pieces
                        .iter()
                        .map(|p| match p {
                            Piece::Text(t) => format!("Piece::Text({t:?})"),
                            Piece::Var(v) => match vars.iter().position(|x| x == v) {
                                Some(i) => format!("Piece::Arg({i})"),
                                // A variable English lacks (listed in GAPS) says nothing.
                                None => "Piece::Text(\"\")".to_owned(),
                            },
                        })
                        .collect();
                    format!("&[{}]", parts.join(", "))
                })
                .collect();
            let params: Vec<String> = vars
                .iter()
                .map(|v| format!("{}: &str", v.replace('-', "_")))
                .collect();
            let args: Vec<String> = vars.iter().map(|v| v.replace('-', "_")).collect();
            writeln!(
                code,
                "    pub fn {item}(locale: Locale, {}) -> String {{\n        const PATTERNS: [&[Piece]; {}] = [{}];\n        crate::fill(PATTERNS[crate::index(locale)], &[{}])\n    }}",
                params.join(", "),
                files.len(),
                patterns.join(", "),
                args.join(", ")
            )
            .unwrap();
        }
        writeln!(code, "}}").unwrap();
    }
    let out = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out).join("messages.rs"), code).unwrap();
}

/// A message's text with its variables as `{name}`, for the doc line.
fn render(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.clone(),
            Piece::Var(v) => format!("{{{v}}}"),
        })
        .collect()
}
