//! Block markdown: source lines → blocks (CommonMark's paragraphs, headings, code, quotes,
//! lists and thematic breaks, GFM tables), each with where it starts in the source. Quotes and
//! list items are parsed again from their own lines with their prefixes taken off. Link
//! reference definitions are collected for the inline pass.

mod line;

use super::inline::{normalize_label, Definitions};
use line::{
    atx, cells, fence, interrupts_paragraph, is_html, is_quote, is_rule, list_marker, setext,
    table_start, Line, Marker,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    None,
    Left,
    Center,
    Right,
}

#[derive(Debug, PartialEq)]
pub enum Block {
    Paragraph {
        start: usize,
        text: String,
    },
    Heading {
        start: usize,
        level: usize,
        text: String,
    },
    Code {
        start: usize,
        language: String,
        code: String,
    },
    /// Raw HTML: shown as the text it is.
    Html {
        start: usize,
        text: String,
    },
    Rule {
        start: usize,
    },
    Quote {
        start: usize,
        children: Vec<Block>,
    },
    List {
        start: usize,
        /// The first number of an ordered list.
        first: Option<u64>,
        tight: bool,
        items: Vec<Vec<Block>>,
    },
    Table {
        start: usize,
        align: Vec<Align>,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

impl Block {
    pub fn start(&self) -> usize {
        match self {
            Block::Paragraph { start, .. }
            | Block::Heading { start, .. }
            | Block::Code { start, .. }
            | Block::Html { start, .. }
            | Block::Rule { start }
            | Block::Quote { start, .. }
            | Block::List { start, .. }
            | Block::Table { start, .. } => *start,
        }
    }
}

/// Parses `source` into top-level blocks and the link definitions found anywhere in it.
pub fn parse(source: &str) -> (Vec<Block>, Definitions) {
    let mut at = 0;
    let lines: Vec<Line> = source
        .split('\n')
        .map(|text| {
            let line = Line {
                text: text.strip_suffix('\r').unwrap_or(text),
                at,
            };
            at += text.len() + 1;
            line
        })
        .collect();
    let mut defs = Definitions::new();
    let blocks = Parser {
        defs: &mut defs,
        end: source.len(),
    }
    .blocks(&lines);
    (blocks, defs)
}

struct Parser<'d> {
    defs: &'d mut Definitions,
    /// The source's length: its last line has no line end yet.
    end: usize,
}

impl Parser<'_> {
    fn blocks(&mut self, lines: &[Line]) -> Vec<Block> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            if line.blank() {
                i += 1;
                continue;
            }
            let start = line.content().at;
            if line.indent() >= 4 {
                i = self.indented_code(lines, i, &mut out);
            } else if let Some((c, len, language)) = fence(&line) {
                i = self.fenced_code(lines, i, (c, len), language, &mut out);
            } else if let Some((level, text)) = atx(&line) {
                out.push(Block::Heading { start, level, text });
                i += 1;
            } else if is_rule(&line) {
                out.push(Block::Rule { start });
                i += 1;
            } else if is_quote(&line) {
                i = self.quote(lines, i, &mut out);
            } else if let Some(marker) = list_marker(&line) {
                i = self.list(lines, i, marker, &mut out);
            } else if let Some(align) = table_start(lines, i) {
                i = table(lines, i, align, &mut out);
            } else if is_html(&line) {
                let end = (i..lines.len())
                    .find(|&j| lines[j].blank())
                    .unwrap_or(lines.len());
                let text: Vec<&str> = lines[i..end].iter().map(|l| l.text).collect();
                out.push(Block::Html {
                    start,
                    text: text.join("\n") + "\n",
                });
                i = end;
            } else {
                i = self.paragraph(lines, i, &mut out);
            }
        }
        out
    }

    fn indented_code(&mut self, lines: &[Line], i: usize, out: &mut Vec<Block>) -> usize {
        let mut end = i;
        let mut last = i;
        while end < lines.len() && (lines[end].blank() || lines[end].indent() >= 4) {
            if !lines[end].blank() {
                last = end;
            }
            end += 1;
        }
        let mut code = String::new();
        for line in &lines[i..=last] {
            self.code_line(&mut code, line.dedent(4));
        }
        out.push(Block::Code {
            start: lines[i].dedent(4).at,
            language: String::new(),
            code,
        });
        last + 1
    }

    fn quote(&mut self, lines: &[Line], i: usize, out: &mut Vec<Block>) -> usize {
        let start = lines[i].content().at;
        let mut inner: Vec<Line> = Vec::new();
        let mut j = i;
        while j < lines.len() {
            let line = lines[j];
            if is_quote(&line) {
                let content = line.content().skip(1);
                inner.push(if content.text.starts_with(' ') {
                    content.skip(1)
                } else {
                    content
                });
            } else if !line.blank()
                && inner
                    .last()
                    .is_some_and(|l| !l.blank() && fence(l).is_none())
                && !interrupts_paragraph(&line)
                && !is_html(&line)
            {
                // A lazy continuation of the quote's paragraph.
                inner.push(line);
            } else {
                break;
            }
            j += 1;
        }
        let children = self.blocks(&inner);
        out.push(Block::Quote { start, children });
        j
    }

    fn list(&mut self, lines: &[Line], i: usize, first: Marker, out: &mut Vec<Block>) -> usize {
        // A list starts where its first line does, indentation included (as pulldown-cmark).
        let start = lines[i].at;
        let mut items = Vec::new();
        let mut tight = true;
        let mut j = i;
        let mut marker = Some(first);
        let kind = marker.as_ref().map(|m| m.kind);
        let number = marker.as_ref().and_then(|m| m.number);
        while let Some(m) = marker.take() {
            // The item's lines: its first after the marker, then those indented to its content.
            let line = lines[j];
            let gap = m.width - line.indent() - m.len;
            let mut inner = vec![line.content().skip(m.len).dedent(gap)];
            j += 1;
            let mut blank_before = false;
            while j < lines.len() {
                let line = lines[j];
                if line.blank() {
                    blank_before = true;
                    inner.push(line);
                } else if line.indent() >= m.width {
                    blank_before = false;
                    inner.push(line.dedent(m.width));
                } else if !blank_before
                    && inner
                        .last()
                        .is_some_and(|l| !l.blank() && fence(l).is_none())
                    && !interrupts_paragraph(&line)
                    && list_marker(&line).is_none()
                    && table_start(lines, j).is_none()
                {
                    // A lazy continuation of the item's paragraph.
                    inner.push(line);
                } else {
                    break;
                }
                j += 1;
            }
            while inner.last().is_some_and(Line::blank) {
                inner.pop();
            }
            let blocks = self.blocks(&inner);
            // Two of the item's own blocks with a blank line between them: a loose list
            // (a blank line inside a nested list or a code block does not count).
            let apart = |b: &Block| {
                let first = inner.iter().rposition(|l| l.at <= b.start());
                first.is_some_and(|k| k > 0 && inner[k - 1].blank())
            };
            if blocks.iter().skip(1).any(apart) {
                tight = false;
            }
            items.push(blocks);
            // The next item, if the list goes on with the same kind of marker.
            if j < lines.len() {
                let next = list_marker(&lines[j]).filter(|n| Some(n.kind) == kind);
                if let Some(next) = next.filter(|_| !is_rule(&lines[j])) {
                    if blank_before {
                        tight = false;
                    }
                    marker = Some(next);
                }
            }
        }
        out.push(Block::List {
            start,
            first: number,
            tight,
            items,
        });
        j
    }

    fn paragraph(&mut self, lines: &[Line], i: usize, out: &mut Vec<Block>) -> usize {
        let mut j = i;
        // Link reference definitions at the start of a paragraph are taken out.
        while j < lines.len() && self.definition(&lines[j]) {
            j += 1;
        }
        if j > i {
            // What follows the definitions starts a block of its own (a quote, a list…).
            return j;
        }
        let start = lines[j].content().at;
        let mut text: Vec<&str> = vec![lines[j].content().text];
        j += 1;
        while j < lines.len() {
            let line = lines[j];
            if let Some(level) = setext(&line) {
                let text = text.join("\n").trim_end().to_owned();
                out.push(Block::Heading { start, level, text });
                return j + 1;
            }
            if interrupts_paragraph(&line) || table_start(lines, j).is_some() {
                break;
            }
            text.push(line.content().text);
            j += 1;
        }
        out.push(Block::Paragraph {
            start,
            text: text.join("\n").trim_end().to_owned(),
        });
        j
    }

    /// `[label]: destination "title"` on one line: recorded, and true.
    fn definition(&mut self, line: &Line) -> bool {
        if line.indent() >= 4 {
            return false;
        }
        let text = line.content().text;
        let Some(rest) = text.strip_prefix('[') else {
            return false;
        };
        let Some((label, rest)) = rest.split_once("]:") else {
            return false;
        };
        let mut parts = rest.split_whitespace();
        let (Some(dest), title) = (parts.next(), parts.collect::<Vec<_>>().join(" ")) else {
            return false;
        };
        let title_ok = title.is_empty()
            || (title.len() >= 2
                && matches!(
                    (title.chars().next(), title.chars().last()),
                    (Some('"'), Some('"')) | (Some('\''), Some('\'')) | (Some('('), Some(')'))
                ));
        if label.trim().is_empty() || !title_ok {
            return false;
        }
        let dest = dest
            .strip_prefix('<')
            .and_then(|d| d.strip_suffix('>'))
            .unwrap_or(dest);
        // The first definition of a label wins.
        self.defs
            .entry(normalize_label(label))
            .or_insert_with(|| dest.to_owned());
        true
    }
}

impl Parser<'_> {
    /// A line of code with its line end (the source's last line has none yet).
    fn code_line(&self, code: &mut String, line: Line) {
        code.push_str(line.text);
        if line.at + line.text.len() < self.end {
            code.push('\n');
        }
    }

    fn fenced_code(
        &self,
        lines: &[Line],
        i: usize,
        (c, len): (char, usize),
        language: String,
        out: &mut Vec<Block>,
    ) -> usize {
        let indent = lines[i].indent();
        let mut j = i + 1;
        let mut code = String::new();
        while j < lines.len() {
            let line = lines[j];
            if let Some((close, close_len, info)) = fence(&line) {
                if close == c && close_len >= len && info.is_empty() {
                    j += 1;
                    out.push(Block::Code {
                        start: lines[i].content().at,
                        language,
                        code,
                    });
                    return j;
                }
            }
            self.code_line(&mut code, line.dedent(indent));
            j += 1;
        }
        // An unclosed fence runs to the end.
        out.push(Block::Code {
            start: lines[i].content().at,
            language,
            code,
        });
        j
    }
}

fn table(lines: &[Line], i: usize, align: Vec<Align>, out: &mut Vec<Block>) -> usize {
    let width = align.len();
    let fit = |mut row: Vec<String>| {
        row.resize(width, String::new());
        row
    };
    let head = fit(cells(lines[i].text));
    let mut rows = Vec::new();
    let mut j = i + 2;
    while j < lines.len() {
        let line = lines[j];
        // A line of only `|` is not a row (pulldown-cmark and GitHub agree).
        let bare_pipe = line.text.trim() == "|";
        if line.blank() || bare_pipe || (interrupts_paragraph(&line) && !line.text.contains('|')) {
            break;
        }
        rows.push(fit(cells(line.text)));
        j += 1;
    }
    out.push(Block::Table {
        start: lines[i].content().at,
        align,
        head,
        rows,
    });
    j
}
