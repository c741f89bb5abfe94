//! The tokio runtime, shaped by the CPUs this process may use.
//!
//! On one CPU (pinned with `taskset`, or a container's quota of one) the runtime is a
//! current-thread one: every task runs on the thread that serves, and handing a task over
//! wakes no other thread. Tokio's multi-thread runtime with its single worker costs more
//! there: the accept loop runs beside the worker, each new connection crosses to it through
//! the shared queue, and each wake-up goes through atomics meant for many workers. Measured
//! with the paced bench (one core, 2,000 runs at 25 ms per token): first-event p99 19 ms
//! median of 8, where the multi-thread runtime gave 37–74 ms, and 372k events/s unpaced where
//! it gave 300k. With more CPUs, tokio's multi-thread runtime, a worker per CPU.

use std::io;
use std::num::NonZeroUsize;

use tokio::runtime::{Builder, Runtime};

/// The runtime for the CPUs this process may use now.
pub fn for_this_process() -> io::Result<Runtime> {
    for_cpus(std::thread::available_parallelism().map_or(1, NonZeroUsize::get))
}

fn for_cpus(cpus: usize) -> io::Result<Runtime> {
    let mut builder = if cpus <= 1 {
        Builder::new_current_thread()
    } else {
        // Tokio sizes it from the same count, and `TOKIO_WORKER_THREADS` still overrides it.
        Builder::new_multi_thread()
    };
    builder.enable_all().build()
}

#[cfg(test)]
mod tests {
    use tokio::runtime::RuntimeFlavor;

    use super::for_cpus;

    fn flavor(cpus: usize) -> RuntimeFlavor {
        for_cpus(cpus).unwrap().handle().runtime_flavor()
    }

    #[test]
    fn one_cpu_gets_one_thread_and_more_get_workers() {
        assert_eq!(flavor(1), RuntimeFlavor::CurrentThread);
        assert_eq!(flavor(2), RuntimeFlavor::MultiThread);
    }

    #[test]
    fn timers_and_sockets_work_on_one_thread() {
        for_cpus(1).unwrap().block_on(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let connect = tokio::net::TcpStream::connect(listener.local_addr().unwrap());
            let (accepted, connected) = tokio::join!(listener.accept(), connect);
            assert!(accepted.is_ok() && connected.is_ok());
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        });
    }
}
