//! `showroom-agent`: serves the app and `/api` (see the crate docs in lib.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let config = showroom_agent::Config::from_env_and_args(std::env::args().skip(1));
    // Before the runtime's threads start: see the module's docs.
    showroom_agent::descriptors::reserve(showroom_agent::descriptors::AT_START);
    let served = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .and_then(|runtime| runtime.block_on(showroom_agent::serve(config)));
    if let Err(error) = served {
        eprintln!("showroom-agent: {error}");
        std::process::exit(1);
    }
}
