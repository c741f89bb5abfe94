//! Markdown that grows token by token: only the last top-level block is parsed again.
//!
//! Once a new top-level block has begun on a complete line, the blocks before it cannot change
//! any more while text is only appended: CommonMark decides block structure line by line. (A
//! line still being written can: `|` after a table is a paragraph, `| 1` a row; `#` is a heading,
//! `#x` a lazy continuation of a quote. A table begins on two lines, so it waits for its
//! delimiter row to be complete. And a link definition written later changes earlier links:
//! that is settled by the full parse at the end of the message.)
//! So each update parses from the start of the last block and says which blocks to show from
//! which index on; the blocks before that index are left as they are.

use super::tree::{parse, Labels, Node};

/// Follows one message's text as it streams.
#[derive(Debug, Default)]
pub struct Incremental {
    /// Where the last, still changing block starts in the source: everything before is final.
    tail_start: usize,
    /// How many blocks are final.
    final_blocks: usize,
}

/// What to show: the blocks from `from` on, replacing those shown there before.
#[derive(Debug, PartialEq)]
pub struct Update {
    pub from: usize,
    pub blocks: Vec<Node>,
}

impl Incremental {
    /// The blocks that may have changed now that the source reads `source`.
    pub fn update(&mut self, source: &str, labels: &Labels) -> Update {
        if source.len() < self.tail_start || !source.is_char_boundary(self.tail_start) {
            // Not an append (the message was replaced): start again.
            *self = Incremental::default();
        }
        let tail = &source[self.tail_start..];
        let blocks = parse(tail, labels);
        let from = self.final_blocks;
        // The last block that begins on a complete line: the blocks before it are final. A
        // table begins with two lines, its head and its delimiter row: until the second is
        // complete too, `--|--x` may yet undo it and make its head a line of the paragraph above.
        let settled = blocks
            .iter()
            .enumerate()
            .rev()
            .map(|(index, block)| (index, line_start(tail, block.start), is_table(&block.node)))
            .find(|&(_, line, table)| {
                let lines = if table { 2 } else { 1 };
                tail[line..].match_indices('\n').nth(lines - 1).is_some()
            })
            .map(|(index, line, _)| (index, line));
        if let Some((index, line)) = settled {
            self.tail_start += line;
            self.final_blocks += index;
        }
        Update {
            from,
            blocks: blocks.into_iter().map(|b| b.node).collect(),
        }
    }

    /// Every block, parsed from the whole source: the one full render, when the text is complete.
    pub fn complete(&mut self, source: &str, labels: &Labels) -> Update {
        *self = Incremental::default();
        Update {
            from: 0,
            blocks: parse(source, labels).into_iter().map(|b| b.node).collect(),
        }
    }
}

fn is_table(node: &Node) -> bool {
    matches!(node, Node::Element(e) if e.tag == "table")
}

/// The start of the line `at` is on, when only indentation comes before it: a block parsed
/// again keeps its indentation, which decides what a list item's continuation belongs to.
fn line_start(source: &str, at: usize) -> usize {
    let before = &source[..at];
    let indent = before.len() - before.trim_end_matches([' ', '\t']).len();
    at - indent
}

#[cfg(test)]
mod tests {
    use super::super::tree::TEST_LABELS as LABELS;
    use super::*;

    /// Streams `source` in pieces ending at each of `ends`, and checks after each that the
    /// blocks shown equal a full parse of the text so far, and that an update touches at most
    /// the last two blocks shown (a line still being written may be a block of its own for a
    /// moment). Returns the blocks shown and how many blocks before the last were rebuilt.
    fn stream(source: &str, ends: impl Iterator<Item = usize>) -> (Vec<Node>, usize) {
        let mut incremental = Incremental::default();
        let mut shown: Vec<Node> = Vec::new();
        let mut rebuilt_earlier = 0;
        for end in ends {
            let text = &source[..end];
            let update = incremental.update(text, &LABELS);
            assert!(update.from + 2 >= shown.len(), "after {text:?}");
            // What the DOM would rebuild: a block that differs from the one shown, before the last.
            let last = shown.len().saturating_sub(1);
            rebuilt_earlier += (update.from..last)
                .filter(|&i| update.blocks.get(i - update.from) != shown.get(i))
                .count();
            shown.truncate(update.from);
            shown.extend(update.blocks);
            let full: Vec<Node> = parse(text, &LABELS).into_iter().map(|b| b.node).collect();
            assert_eq!(shown, full, "after {text:?}");
        }
        (shown, rebuilt_earlier)
    }

    fn by_char(source: &str) -> impl Iterator<Item = usize> + '_ {
        source.char_indices().map(|(at, c)| at + c.len_utf8())
    }

    /// As a model streams: each word with the space before it.
    fn by_word(source: &str) -> impl Iterator<Item = usize> + '_ {
        source
            .char_indices()
            .filter(|&(_, c)| c == ' ')
            .map(|(at, _)| at)
            .chain([source.len()])
    }

    #[test]
    fn only_the_last_block_is_parsed_again() {
        let source = "# Offer\n\nThe chair costs **€120.50**.\n\n- in stock\n- ships today\n\n\
                      | a | b |\n|---|---|\n| 1 | 2 |\n\n```sh\ncurl x\n```\n\nThat is all.";
        let (shown, rebuilt) = stream(source, by_word(source));
        assert_eq!(shown.len(), 6);
        // Once: the table, when its row's first token `|` (a paragraph of its own for a moment)
        // became a row. Every other token rebuilt only the last block.
        assert_eq!(rebuilt, 1);
        let prose = "Two chairs.\n\nThe first is **cheaper**.\n\n1. one\n2. two\n\n> noted\n\nEnd.";
        assert_eq!(stream(prose, by_word(prose)).1, 0);
        stream(source, by_char(source));
    }

    #[test]
    fn tricky_continuations_match_a_full_parse() {
        for source in super::super::tree::TRICKY {
            stream(source, by_char(source));
        }
    }

    #[test]
    fn a_replaced_text_starts_again() {
        let mut incremental = Incremental::default();
        incremental.update("one\n\ntwo\n\nthree", &LABELS);
        let update = incremental.update("new", &LABELS);
        assert_eq!(update.from, 0);
        assert_eq!(update.blocks.len(), 1);
    }

    #[test]
    fn the_end_parses_everything_once_more() {
        // A link definition at the end changes a paragraph written before it.
        let source = "See [the shop].\n\nMore.\n\n[the shop]: https://shop.example";
        let mut incremental = Incremental::default();
        let streamed = incremental.update(source, &LABELS);
        let done = incremental.complete(source, &LABELS);
        assert_eq!(done.from, 0);
        let Node::Element(p) = &done.blocks[0] else {
            panic!("a paragraph")
        };
        assert!(matches!(&p.children[1], Node::Element(a) if a.tag == "a"));
        assert_eq!(streamed.from, 0);
    }
}
