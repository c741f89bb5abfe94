//! Writes every component payload's JSON Schema into the folder given (`cargo xtask schemas`
//! runs it for `components/schemas/`).
fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: export_schemas <folder>");
    std::fs::create_dir_all(&dir).expect("the folder can be made");
    for (name, schema) in showroom_protocol::payload::schema::all() {
        let path = std::path::Path::new(&dir).join(&name);
        let text = serde_json::to_string_pretty(&schema).expect("a schema is JSON") + "\n";
        std::fs::write(&path, text).expect("the schema can be written");
        println!("wrote {}", path.display());
    }
}
