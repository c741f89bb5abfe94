//! Per-session limits on runs: a rate (token bucket) and how many may stream at once. A run
//! costs a planner, a model and store calls, so one session must not be able to flood them.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::session::SessionId;

/// How much one session may ask of the agent.
#[derive(Clone, Copy, Debug)]
pub struct RunLimits {
    /// Runs a session may start per minute, on average.
    pub per_minute: u32,
    /// Runs a session may start at once before the rate applies.
    pub burst: u32,
    /// Runs of one session streaming at the same time.
    pub concurrent: usize,
}

impl Default for RunLimits {
    fn default() -> Self {
        RunLimits {
            per_minute: 30,
            burst: 10,
            concurrent: 3,
        }
    }
}

struct Bucket {
    tokens: f64,
    refilled: Instant,
}

/// Why a run was refused, and when to try again.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    TooFast { retry_after: Duration },
    TooMany,
}

/// The limits, and what each session has used of them.
pub struct Limiter {
    limits: RunLimits,
    buckets: Mutex<HashMap<SessionId, Bucket>>,
    running: Arc<Mutex<HashMap<SessionId, usize>>>,
}

/// A run counted against its session's concurrency; dropping it frees the place.
pub struct RunSlot {
    running: Arc<Mutex<HashMap<SessionId, usize>>>,
    session: SessionId,
}

impl Drop for RunSlot {
    fn drop(&mut self) {
        let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = running.get_mut(&self.session) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                running.remove(&self.session);
            }
        }
    }
}

impl Limiter {
    pub fn new(limits: RunLimits) -> Limiter {
        Limiter {
            limits,
            buckets: Mutex::default(),
            running: Arc::default(),
        }
    }

    /// Admits one run of `session`, or says why not.
    pub fn admit(&self, session: &SessionId) -> Result<RunSlot, Refusal> {
        let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
        let count = running.entry(session.clone()).or_insert(0);
        if *count >= self.limits.concurrent {
            return Err(Refusal::TooMany);
        }
        self.take_token(session)?;
        *count += 1;
        Ok(RunSlot {
            running: self.running.clone(),
            session: session.clone(),
        })
    }

    fn take_token(&self, session: &SessionId) -> Result<(), Refusal> {
        let per_second = f64::from(self.limits.per_minute) / 60.0;
        let burst = f64::from(self.limits.burst.max(1));
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let bucket = buckets.entry(session.clone()).or_insert(Bucket {
            tokens: burst,
            refilled: now,
        });
        bucket.tokens = (bucket.tokens
            + now.duration_since(bucket.refilled).as_secs_f64() * per_second)
            .min(burst);
        bucket.refilled = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            return Ok(());
        }
        let wait = if per_second > 0.0 {
            (1.0 - bucket.tokens) / per_second
        } else {
            60.0
        };
        Err(Refusal::TooFast {
            retry_after: Duration::from_secs_f64(wait),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_burst_is_admitted_then_the_rate_applies_per_session() {
        let limiter = Limiter::new(RunLimits {
            per_minute: 60,
            burst: 2,
            concurrent: 10,
        });
        let (a, b) = (SessionId::new("a"), SessionId::new("b"));
        let _one = limiter.admit(&a).unwrap();
        let _two = limiter.admit(&a).unwrap();
        match limiter.admit(&a) {
            Err(Refusal::TooFast { retry_after }) => assert!(retry_after <= Duration::from_secs(1)),
            other => panic!("{:?}", other.err()),
        }
        assert!(
            limiter.admit(&b).is_ok(),
            "another session has its own bucket"
        );
    }

    #[test]
    fn concurrency_is_capped_and_freed_when_a_run_ends() {
        let limiter = Limiter::new(RunLimits {
            per_minute: 600,
            burst: 10,
            concurrent: 1,
        });
        let a = SessionId::new("a");
        let running = limiter.admit(&a).unwrap();
        assert_eq!(limiter.admit(&a).err(), Some(Refusal::TooMany));
        drop(running);
        assert!(limiter.admit(&a).is_ok());
    }
}
