//! Declares the component payloads: every file of `src/payload/` that implements `Payload` is a
//! component's payload module (`mod <file>; pub use <file>::*;`), so adding a component to the
//! protocol is adding its file. `payload/mod.rs` declares the other files (the envelope's
//! parts, the checker, the schemas) by hand. The generated `payloads.rs` also lists every
//! payload type for `payload_types!` (the schemas of them all).

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=src/payload");
    let dir = std::fs::canonicalize("src/payload").expect("protocol/src/payload exists");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("readable src/payload")
        .map(|entry| entry.expect("readable directory").path())
        .filter(|path| path.extension().and_then(|e| e.to_str()) == Some("rs"))
        .collect();
    files.sort();
    let mut modules = String::new();
    let mut types: Vec<String> = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable payload file");
        let implemented: Vec<String> = text
            .lines()
            .filter_map(|line| line.trim().strip_prefix("impl Payload for "))
            .filter_map(|rest| rest.split_whitespace().next())
            .map(str::to_owned)
            .collect();
        if implemented.is_empty() {
            continue;
        }
        let module = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a file name");
        modules.push_str(&format!(
            "#[path = {:?}]\nmod {module};\npub use {module}::*;\n",
            path.display().to_string()
        ));
        types.extend(implemented);
    }
    let code = format!(
        "{modules}\n\
         /// Calls `$then!` with every component payload type (the schemas use it).\n\
         #[allow(unused_macros)]\n\
         macro_rules! payload_types {{\n    \
             ($then:ident) => {{\n        $then!({})\n    }};\n\
         }}\n\
         #[allow(unused_imports)]\n\
         pub(crate) use payload_types;\n",
        types.join(", ")
    );
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("payloads.rs"), code).expect("OUT_DIR writable");
}
