//! `showroom-agent`: serves the app and `/api` (see the crate docs in lib.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let config = showroom_agent::Config::from_env_and_args(std::env::args().skip(1));
    // Before the runtime's threads start: see the module's docs.
    showroom_agent::descriptors::reserve(showroom_agent::descriptors::AT_START);
    let served = showroom_agent::runtime::for_this_process().and_then(|runtime| {
        // Served from a task, not from `block_on`'s own thread: on a multi-thread runtime the
        // accept loop then runs on a worker and queues new connections there, waking no
        // thread (paced bench, one worker: p99 41 ms median of 10, 74 ms from `block_on`).
        runtime.block_on(async {
            tokio::spawn(showroom_agent::serve(config))
                .await
                .map_err(std::io::Error::other)?
        })
    });
    if let Err(error) = served {
        eprintln!("showroom-agent: {error}");
        std::process::exit(1);
    }
}
