//! What one source line is: its indentation and content, and which block it starts (a list
//! item, a fence, a heading, a rule, a quote, HTML, a table's head, a setext underline).

use super::Align;

/// A line without its end: its text and where that text starts in the source.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line<'a> {
    pub(super) text: &'a str,
    pub(super) at: usize,
}

impl<'a> Line<'a> {
    pub(super) fn blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Columns of indentation (a tab counts to the next multiple of 4).
    pub(super) fn indent(&self) -> usize {
        let mut col = 0;
        for c in self.text.chars() {
            match c {
                ' ' => col += 1,
                '\t' => col += 4 - col % 4,
                _ => break,
            }
        }
        col
    }

    /// The line with up to `cols` columns of indentation taken off.
    pub(super) fn dedent(&self, cols: usize) -> Line<'a> {
        let mut col = 0;
        let mut bytes = 0;
        for c in self.text.chars() {
            if col >= cols {
                break;
            }
            match c {
                ' ' => col += 1,
                '\t' => col += 4 - col % 4,
                _ => break,
            }
            bytes += 1;
        }
        self.skip(bytes)
    }

    pub(super) fn skip(&self, bytes: usize) -> Line<'a> {
        let bytes = bytes.min(self.text.len());
        Line {
            text: &self.text[bytes..],
            at: self.at + bytes,
        }
    }

    /// The text after the indentation, and where it starts.
    pub(super) fn content(&self) -> Line<'a> {
        let trimmed = self.text.trim_start_matches([' ', '\t']);
        self.skip(self.text.len() - trimmed.len())
    }
}

/// A list item's marker: bullet char or ordered delimiter, its number, and the content column.
pub(super) struct Marker {
    pub(super) kind: char,
    pub(super) number: Option<u64>,
    /// The marker's bytes (`-`, `12.`).
    pub(super) len: usize,
    pub(super) width: usize,
    pub(super) empty: bool,
}

pub(super) fn list_marker(line: &Line) -> Option<Marker> {
    if line.indent() >= 4 {
        return None;
    }
    let content = line.content();
    let text = content.text;
    let indent = line.indent();
    let (kind, number, len) = match text.chars().next()? {
        c @ ('-' | '+' | '*') => (c, None, 1),
        c if c.is_ascii_digit() => {
            let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 9 {
                return None;
            }
            let delim = text[digits..].chars().next()?;
            if delim != '.' && delim != ')' {
                return None;
            }
            (delim, text[..digits].parse().ok(), digits + 1)
        }
        _ => return None,
    };
    let after = &text[len..];
    if !(after.is_empty() || after.starts_with([' ', '\t'])) {
        return None;
    }
    let spaces = after.len() - after.trim_start_matches(' ').len();
    let empty = after.trim().is_empty();
    let gap = if empty || spaces > 4 {
        1
    } else {
        spaces.max(1)
    };
    Some(Marker {
        kind,
        number,
        len,
        width: indent + len + gap,
        empty,
    })
}

pub(super) fn is_rule(line: &Line) -> bool {
    if line.indent() >= 4 {
        return false;
    }
    let text: String = line.text.chars().filter(|c| !c.is_whitespace()).collect();
    text.len() >= 3
        && ['-', '*', '_']
            .iter()
            .any(|&c| text.chars().all(|t| t == c))
}

pub(super) fn atx(line: &Line) -> Option<(usize, String)> {
    if line.indent() >= 4 {
        return None;
    }
    let text = line.content().text;
    let level = text.len() - text.trim_start_matches('#').len();
    let rest = &text[level..];
    if !(1..=6).contains(&level) || !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let mut title = rest.trim();
    // A closing run of # after a space is not part of the title.
    let without = title.trim_end_matches('#');
    if without.is_empty() || without.ends_with([' ', '\t']) {
        title = without.trim_end();
    }
    Some((level, title.to_owned()))
}

pub(super) fn fence(line: &Line) -> Option<(char, usize, String)> {
    if line.indent() >= 4 {
        return None;
    }
    let text = line.content().text;
    let c = text.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = text.len() - text.trim_start_matches(c).len();
    let info = text[len..].trim();
    if len < 3 || (c == '`' && info.contains('`')) {
        return None;
    }
    Some((
        c,
        len,
        info.split_whitespace().next().unwrap_or("").to_owned(),
    ))
}

pub(super) fn is_quote(line: &Line) -> bool {
    line.indent() < 4 && line.content().text.starts_with('>')
}

/// A line that starts with an HTML tag (`<div`, `</p>`, `<!--`, `<?`): an HTML block, which
/// we show as text. An autolink (`<https://…>`) is not a tag.
pub(super) fn is_html(line: &Line) -> bool {
    let text = line.content().text;
    let Some(rest) = text.strip_prefix('<') else {
        return false;
    };
    if line.indent() >= 4 || !text.contains('>') {
        return false;
    }
    if rest.starts_with(['!', '?']) {
        return true;
    }
    let name = rest.strip_prefix('/').unwrap_or(rest);
    let len = name.len()
        - name
            .trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-')
            .len();
    len > 0
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name[len..].starts_with([' ', '\t', '>', '/'])
}

/// `=` or `-` underlining the paragraph above: a heading of level 1 or 2.
pub(super) fn setext(line: &Line) -> Option<usize> {
    if line.indent() >= 4 {
        return None;
    }
    let text = line.content().text.trim_end();
    if !text.is_empty() && text.chars().all(|c| c == '=') {
        Some(1)
    } else if !text.is_empty() && text.chars().all(|c| c == '-') {
        Some(2)
    } else {
        None
    }
}

/// A table's cells: split at pipes not escaped, outer pipes dropped.
pub(super) fn cells(text: &str) -> Vec<String> {
    let text = text.trim();
    let text = text.strip_prefix('|').unwrap_or(text);
    let text = if text.ends_with('|') && !text.ends_with("\\|") {
        &text[..text.len() - 1]
    } else {
        text
    };
    let mut out = vec![String::new()];
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                out.last_mut().unwrap_or(&mut String::new()).push('|');
                chars.next();
            }
            '|' => out.push(String::new()),
            c => {
                if let Some(cell) = out.last_mut() {
                    cell.push(c);
                }
            }
        }
    }
    out.into_iter().map(|c| c.trim().to_owned()).collect()
}

/// The delimiter row under a table's head: one alignment per column.
pub(super) fn delimiter_row(line: &Line) -> Option<Vec<Align>> {
    if line.indent() >= 4 || !line.text.contains(['-']) {
        return None;
    }
    let text = line.text.trim();
    if !text.contains('|') && !text.contains(':') && text.chars().all(|c| c == '-') {
        // `---` alone is a rule or a setext underline, not a one-column table.
        return None;
    }
    cells(text)
        .iter()
        .map(|cell| {
            let dashes = cell.trim_matches(':');
            if dashes.is_empty() || !dashes.chars().all(|c| c == '-') {
                return None;
            }
            Some(match (cell.starts_with(':'), cell.ends_with(':')) {
                (true, true) => Align::Center,
                (false, true) => Align::Right,
                (true, false) => Align::Left,
                _ => Align::None,
            })
        })
        .collect()
}

/// A table starts at `lines[i]` when the next line is a delimiter row of as many columns.
pub(super) fn table_start(lines: &[Line], i: usize) -> Option<Vec<Align>> {
    let head = lines.get(i)?;
    if head.indent() >= 4 || !head.text.contains('|') {
        return None;
    }
    let align = delimiter_row(lines.get(i + 1)?)?;
    (cells(head.text).len() == align.len()).then_some(align)
}

/// Whether a line starts a block that ends a paragraph before it.
pub(super) fn interrupts_paragraph(line: &Line) -> bool {
    if line.blank() || line.indent() >= 4 {
        return line.blank();
    }
    atx(line).is_some()
        || fence(line).is_some()
        || is_quote(line)
        || is_rule(line)
        || list_marker(line).is_some_and(|m| !m.empty && m.number.is_none_or(|n| n == 1))
}
