//! The `/catalogue` page: see [`showroom::catalogue_page`].
fn main() {
    showroom::catalogue_page::start();
}
