//! The Showroom browser app: mounts [`showroom::App`].
fn main() {
    showroom::start();
}
