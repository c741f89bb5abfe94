//! What the catalogue is built from, listed at build time so that adding a component is adding
//! its files:
//!
//! - `views.rs`: every file of `src/views/` is a component's view, named after its activity type
//!   (`views/ticket_card.rs` renders `showroom.ticket_card`, whose payload type is `TicketCard`):
//!   its module, and `REGISTRY`, one entry per view.
//! - `schemas.rs`: every payload's JSON Schema, exported here from the payload types (so it can
//!   never disagree with the type a view reads), without what only people and models read
//!   (descriptions, titles, ids), minified, to keep the shopper's download small.
//! - `samples.rs`: every file in `samples/`, for the gallery.

use std::path::Path;

fn strip(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for key in [
                "description",
                "title",
                "$id",
                "$schema",
                "default",
                "examples",
            ] {
                // A property may be *named* like a keyword: only drop keyword values.
                if map.get(key).is_some_and(|v| !v.is_object()) {
                    map.remove(key);
                }
            }
            map.values_mut().for_each(strip);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
        _ => {}
    }
}

/// `samples.rs`: every file in `samples/`, for the gallery (a new file is in it at the next build).
fn samples(out: &Path) {
    println!("cargo::rerun-if-changed=samples");
    let dir = std::fs::canonicalize("samples").expect("components/samples exists");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("readable samples")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json"))
        .collect();
    names.sort();
    let mut code = String::from("pub const SAMPLES: &[(&str, &str)] = &[\n");
    for name in names {
        let path = dir.join(&name);
        code.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    std::fs::write(out.join("samples.rs"), code).expect("OUT_DIR writable");
}

/// `schemas.rs`: `SCHEMAS`, every payload's schema as `(activity type, version, JSON)`.
fn schemas(out: &Path) {
    let mut code = String::from("pub const SCHEMAS: &[(&str, u32, &str)] = &[\n");
    for (name, schema) in showroom_protocol::payload::schema::all() {
        let mut schema = schema.to_value();
        strip(&mut schema);
        // `showroom.<name>.v<version>.json`
        let (activity_type, version) = name
            .strip_suffix(".json")
            .and_then(|stem| stem.rsplit_once(".v"))
            .and_then(|(t, v)| Some((t, v.parse::<u32>().ok()?)))
            .unwrap_or_else(|| panic!("{name}: not <activity type>.v<version>.json"));
        code.push_str(&format!(
            "    ({activity_type:?}, {version}, {:?}),\n",
            schema.to_string()
        ));
    }
    code.push_str("];\n");
    std::fs::write(out.join("schemas.rs"), code).expect("OUT_DIR writable");
}

/// `ticket_card` → `TicketCard`: a view file's payload type.
fn camel(name: &str) -> String {
    name.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// `views.rs`: a module per file of `src/views/`, and the registry of them all.
fn views(out: &Path) {
    println!("cargo::rerun-if-changed=src/views");
    let dir = std::fs::canonicalize("src/views").expect("components/src/views exists");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("readable src/views")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".rs").map(str::to_owned))
        .collect();
    names.sort();
    let mut code = String::new();
    for name in &names {
        code.push_str(&format!(
            "#[path = {:?}]\npub mod {name};\n",
            dir.join(format!("{name}.rs")).display().to_string()
        ));
    }
    code.push_str(&format!(
        "\n/// Every component in the catalogue: one per file of `src/views/`.\n\
         pub static REGISTRY: [crate::registry::Component; {}] = [\n",
        names.len()
    ));
    for name in &names {
        code.push_str(&format!(
            "    crate::registry::component!({}, {name}),\n",
            camel(name)
        ));
    }
    code.push_str("];\n");
    std::fs::write(out.join("views.rs"), code).expect("OUT_DIR writable");
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    samples(Path::new(&out));
    schemas(Path::new(&out));
    views(Path::new(&out));
}
