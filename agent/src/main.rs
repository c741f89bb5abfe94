//! `showroom-agent`: serves the app and `/api` (see the crate docs in lib.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() {
    let config = showroom_agent::Config::from_env_and_args(std::env::args().skip(1));
    if let Err(error) = showroom_agent::serve(config).await {
        eprintln!("showroom-agent: {error}");
        std::process::exit(1);
    }
}
