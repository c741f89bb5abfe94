//! What must hold for any text a model may write, written once: the fuzz target `markdown`
//! (`fuzz/`) calls [`hold`] on every input, and a test replays the committed seeds through it.

use super::block;
use super::safety;
use super::stream::Incremental;
use super::tree::{build, parse, Node, TEST_LABELS as LABELS};

/// Panics when `data` (as UTF-8) breaks a property:
/// - every element, attribute and URL the parser builds is one [`safety::check`] allows;
/// - streamed in two pieces (cut where the first byte says, as `decode_and_reduce` does), the
///   blocks shown after each piece are those of a full parse of the text so far: what
///   [`super::stream`] promises for text without link reference definitions (a definition
///   changes links in other blocks; the full parse at the end of a message settles those).
pub fn hold(data: &[u8]) {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    for block in build(source, &LABELS) {
        if let Err(why) = safety::check(&block.node) {
            panic!("{source:?} renders {why}");
        }
    }
    let Some(&first) = data.first() else {
        return;
    };
    let mut cut = first as usize * source.len() / 256;
    while !source.is_char_boundary(cut) {
        cut -= 1;
    }
    let has_definitions = |text: &str| !block::parse(text).1.is_empty();
    if has_definitions(source) || has_definitions(&source[..cut]) {
        return;
    }
    let mut incremental = Incremental::default();
    let mut shown: Vec<Node> = Vec::new();
    for end in [cut, source.len()] {
        let text = &source[..end];
        let update = incremental.update(text, &LABELS);
        assert!(update.from <= shown.len(), "streamed {text:?}: a gap");
        shown.truncate(update.from);
        shown.extend(update.blocks);
        let full: Vec<Node> = parse(text, &LABELS).into_iter().map(|b| b.node).collect();
        assert_eq!(
            shown, full,
            "streamed {source:?} cut at {cut}: after {text:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    /// Every seed of the fuzz target, so the corpus guards regressions in `cargo test`.
    #[test]
    fn the_fuzz_seeds_hold() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/markdown");
        let mut seeds = 0;
        for entry in std::fs::read_dir(&dir).expect("fuzz/seeds/markdown exists") {
            let path = entry.expect("a readable folder").path();
            super::hold(&std::fs::read(&path).expect("a readable seed"));
            seeds += 1;
        }
        assert!(seeds > 100, "only {seeds} seeds in {}", dir.display());
    }
}
