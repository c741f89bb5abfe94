//! Writes every component payload's JSON Schema into the folder given, where it differs
//! (`cargo xtask schemas` runs it for `components/schemas/`; the protocol's tests keep that
//! folder up to date too).
fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: export_schemas <folder>");
    let written = showroom_protocol::payload::schema::export(std::path::Path::new(&dir))
        .expect("the schemas can be written");
    for name in written {
        println!("wrote {dir}/{name}");
    }
}
