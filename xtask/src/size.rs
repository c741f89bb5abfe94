//! The shopper's first load, brotli-compressed as a CDN would serve it.

use std::io::Write;
use std::path::Path;

use crate::cmd::Result;

/// The first load may weigh at most this much (wasm + JS + CSS, brotli quality 11). It guards
/// against regressions; it is never a reason to drop a fix or a translation. 300 KiB was the
/// catalogue issue's goal, met with all ten components in (297.9 KiB). What it took: components
/// are trees, not views; our own markdown parser; no float formatting or parsing, no `{:?}` and
/// no serde internally tagged enums in the wasm. Raised to 304 KiB (issue "one typed contract"):
/// two fixes reverted earlier for size came back, a quote line's discount written as the
/// viewer's language writes a percentage and a declined order change no longer leaving the
/// typed quantity on screen (299.8 KiB before, 300.4 after). Raised to 308 KiB (issue "Odoo is
/// the source of truth"): the quote card follows Odoo's quotation flow — a sent quotation, how it
/// is accepted, the buyer's PO reference as a text field — in three languages (303.1 KiB before,
/// 304.5 after), with room for the credit notes and discount requests of the same issue.
pub const BUDGET_KIB: f64 = 308.0;

/// Prints each first-load file with its raw and brotli size, and the total against the budget.
pub fn report(dist: &Path) -> Result<f64> {
    let mut files: Vec<(String, usize, usize)> = Vec::new();
    for entry in std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let is_first_load = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("wasm" | "js" | "css")
        );
        if !is_first_load {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        files.push((name, bytes.len(), brotli_len(&bytes)));
    }
    files.sort();
    println!("first load (brotli q11):");
    for (name, raw, compressed) in &files {
        println!(
            "  {:>9.1} KiB  {:>9.1} KiB raw  {name}",
            kib(*compressed),
            kib(*raw)
        );
    }
    let total = kib(files.iter().map(|f| f.2).sum());
    let verdict = if total <= BUDGET_KIB {
        "within"
    } else {
        "OVER"
    };
    println!("  {total:>9.1} KiB  total, {verdict} the {BUDGET_KIB:.0} KiB budget");
    if total > BUDGET_KIB {
        return Err(format!(
            "the first load is {total:.1} KiB, over the {BUDGET_KIB:.0} KiB budget"
        ));
    }
    Ok(total)
}

fn kib(bytes: usize) -> f64 {
    bytes as f64 / 1024.0
}

fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        let _ = writer.write_all(bytes);
    }
    out.len()
}
