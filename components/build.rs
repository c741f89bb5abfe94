//! The browser checks payloads against the exported schemas (`schemas/`); it gets them without
//! what only people and models read (descriptions, titles, ids), minified, to keep the shopper's
//! download small.

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
    println!("cargo::rerun-if-changed=schemas");
    let mut paths: Vec<_> = std::fs::read_dir("schemas")
        .expect("components/schemas exists")
        .map(|entry| entry.expect("readable directory").path())
        .filter(|path| path.extension().and_then(|e| e.to_str()) == Some("json"))
        .collect();
    paths.sort();
    let mut code = String::from("pub const SCHEMAS: &[(&str, u32, &str)] = &[\n");
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("readable schema");
        let mut schema: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        strip(&mut schema);
        // `showroom.<name>.v<version>.json`
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a file name");
        let (activity_type, version) = stem
            .rsplit_once(".v")
            .and_then(|(t, v)| Some((t, v.parse::<u32>().ok()?)))
            .unwrap_or_else(|| panic!("{stem}: not <activity type>.v<version>.json"));
        code.push_str(&format!(
            "    ({activity_type:?}, {version}, {:?}),\n",
            schema.to_string()
        ));
    }
    code.push_str("];\n");
    std::fs::write(out.join("schemas.rs"), code).expect("OUT_DIR writable");
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    samples(Path::new(&out));
    schemas(Path::new(&out));
}
