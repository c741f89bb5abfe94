//! Runs in progress: one per thread at a time, each stoppable by an explicit cancel.
//! A dropped connection is not a cancel; only [`RunRegistry::cancel`] is.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use futures_util::task::AtomicWaker;

/// The active run of each thread: `thread id → (run id, its stop)`.
#[derive(Default)]
pub struct RunRegistry {
    active: Mutex<HashMap<String, (String, Arc<Stop>)>>,
}

/// A run's stop, asked once by [`RunRegistry::cancel`]. The run looks at it between events and
/// is woken by it while it pauses between tokens. (A flag and one waker: the run looks at it
/// at every token, and a cancellation token's lock and list of waiters cost more than the rest
/// of a token's work in the run.)
#[derive(Default)]
pub struct Stop {
    asked: AtomicBool,
    waker: AtomicWaker,
}

impl Stop {
    pub fn ask(&self) {
        self.asked.store(true, Ordering::Release);
        self.waker.wake();
    }

    pub fn is_asked(&self) -> bool {
        self.asked.load(Ordering::Acquire)
    }

    /// Ready once the stop is asked; until then, the task of `cx` is woken when it is.
    pub fn poll_asked(&self, cx: &mut Context<'_>) -> Poll<()> {
        // Registered before the look: a stop asked in between still finds the waker.
        self.waker.register(cx.waker());
        match self.is_asked() {
            true => Poll::Ready(()),
            false => Poll::Pending,
        }
    }
}

/// A run's place in the registry; leaving it (dropping) frees the thread for the next run.
pub struct ActiveRun {
    registry: Arc<RunRegistry>,
    thread_id: String,
    pub cancel: Arc<Stop>,
}

impl Drop for ActiveRun {
    fn drop(&mut self) {
        let mut active = self
            .registry
            .active
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        active.remove(&self.thread_id);
    }
}

impl RunRegistry {
    /// Registers a run, or answers `None` while the thread already has one going.
    pub fn start(self: &Arc<Self>, thread_id: &str, run_id: &str) -> Option<ActiveRun> {
        let mut active = self.active.lock().unwrap_or_else(|e| e.into_inner());
        if active.contains_key(thread_id) {
            return None;
        }
        let cancel = Arc::new(Stop::default());
        active.insert(thread_id.to_owned(), (run_id.to_owned(), cancel.clone()));
        Some(ActiveRun {
            registry: self.clone(),
            thread_id: thread_id.to_owned(),
            cancel,
        })
    }

    /// Asks a running run to stop; false when that run is not running.
    pub fn cancel(&self, thread_id: &str, run_id: &str) -> bool {
        let active = self.active.lock().unwrap_or_else(|e| e.into_inner());
        match active.get(thread_id) {
            Some((running, cancel)) if running == run_id => {
                cancel.ask();
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_run_per_thread_and_cancel_names_the_run() {
        let registry = Arc::new(RunRegistry::default());
        let run = registry.start("t", "r1").unwrap();
        assert!(
            registry.start("t", "r2").is_none(),
            "a second run waits for the first"
        );
        assert!(!registry.cancel("t", "r2"));
        assert!(registry.cancel("t", "r1"));
        assert!(run.cancel.is_asked());
        drop(run);
        assert!(
            registry.start("t", "r2").is_some(),
            "the thread is free again"
        );
    }
}
