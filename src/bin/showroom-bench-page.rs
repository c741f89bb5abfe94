//! The `/bench` page: see [`showroom::bench_page`].
fn main() {
    showroom::bench_page::start();
}
