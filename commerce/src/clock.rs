//! What time it is, as the server and both stores see it: a [`Clock`] handed to them, never the
//! wall clock read directly.
//!
//! "Now" decides which visits are still free, how long a quote is valid, when a ticket was
//! opened and what "next Tuesday" means. Read from the machine, it made tests that passed one
//! day and failed the next (a visit "on december 7" was free until that morning). So the process
//! reads the wall clock in one place, [`Clock::system`], and everything else asks the clock it
//! was given. Tests fix "now" with [`Clock::fixed`]; the browser suite starts the agent with
//! `--clock` ([`Clock::starting_at`]), a clock that starts at a given instant and then runs.
//!
//! All times are UTC; a store turns them into its own time zone where it needs one.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime};

/// The source of "now" for a process, cheap to clone and share.
#[derive(Clone)]
pub struct Clock(Arc<Source>);

enum Source {
    /// The machine's clock.
    System,
    /// Starts at `start` when made, then runs at the pace of the monotonic clock.
    Running {
        start: OffsetDateTime,
        since: Instant,
    },
    /// Stands still until moved.
    Fixed(Mutex<OffsetDateTime>),
}

impl Clock {
    /// The machine's clock: what the server uses unless told otherwise.
    pub fn system() -> Clock {
        Clock(Arc::new(Source::System))
    }

    /// A clock that reads `start` now and runs on from there (`--clock`, the browser suite).
    pub fn starting_at(start: OffsetDateTime) -> Clock {
        Clock(Arc::new(Source::Running {
            start,
            since: Instant::now(),
        }))
    }

    /// A clock that stands at `at` until [`Clock::set`] or [`Clock::advance`] move it (tests).
    pub fn fixed(at: OffsetDateTime) -> Clock {
        Clock(Arc::new(Source::Fixed(Mutex::new(at))))
    }

    /// Reads an RFC 3339 instant (`2026-11-27T09:00:00Z`) as a clock starting there.
    pub fn parse_start(text: &str) -> Option<Clock> {
        OffsetDateTime::parse(text, &Rfc3339)
            .ok()
            .map(Clock::starting_at)
    }

    /// The time now, in UTC.
    pub fn now(&self) -> OffsetDateTime {
        match &*self.0 {
            Source::System => OffsetDateTime::now_utc(),
            Source::Running { start, since } => *start + since.elapsed(),
            Source::Fixed(at) => *at.lock().unwrap_or_else(|e| e.into_inner()),
        }
    }

    /// Today's date in UTC.
    pub fn today(&self) -> Date {
        self.now().date()
    }

    /// The time now as RFC 3339 (`readAt`, `created`).
    pub fn now_rfc3339(&self) -> String {
        self.now().format(&Rfc3339).unwrap_or_default()
    }

    /// Milliseconds since 1970 (threads' and sessions' time stamps).
    pub fn unix_ms(&self) -> u64 {
        u64::try_from(self.now().unix_timestamp_nanos() / 1_000_000).unwrap_or(0)
    }

    /// Moves a fixed clock to `at`; a clock that runs by itself is left alone.
    pub fn set(&self, at: OffsetDateTime) {
        if let Source::Fixed(now) = &*self.0 {
            *now.lock().unwrap_or_else(|e| e.into_inner()) = at;
        }
    }

    /// Moves a fixed clock on by `by`; a clock that runs by itself is left alone.
    pub fn advance(&self, by: time::Duration) {
        if let Source::Fixed(now) = &*self.0 {
            *now.lock().unwrap_or_else(|e| e.into_inner()) += by;
        }
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.0 {
            Source::System => f.write_str("Clock::system"),
            Source::Running { start, .. } => write!(f, "Clock::starting_at({start})"),
            Source::Fixed(_) => write!(f, "Clock::fixed({})", self.now()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_fixed_clock_stands_still_until_moved() {
        let clock = Clock::fixed(datetime!(2026-11-27 09:00 UTC));
        assert_eq!(clock.now(), datetime!(2026-11-27 09:00 UTC));
        assert_eq!(clock.now_rfc3339(), "2026-11-27T09:00:00Z");
        clock.advance(time::Duration::days(10));
        assert_eq!(clock.today(), time::macros::date!(2026 - 12 - 07));
        clock.set(datetime!(2027-01-01 00:00 UTC));
        assert_eq!(clock.unix_ms(), 1_798_761_600_000);
    }

    #[test]
    fn a_started_clock_runs_on_from_its_start() {
        let clock = Clock::parse_start("2026-11-27T09:00:00Z").unwrap();
        let first = clock.now();
        assert!(first >= datetime!(2026-11-27 09:00 UTC));
        assert!(first < datetime!(2026-11-27 09:01 UTC));
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(clock.now() > first);
        // Moving is for fixed clocks only.
        clock.set(datetime!(2030-01-01 00:00 UTC));
        assert!(clock.now() < datetime!(2026-11-27 09:01 UTC));
    }

    #[test]
    fn a_start_that_is_not_rfc3339_is_refused() {
        assert!(Clock::parse_start("december 7").is_none());
        assert!(Clock::parse_start("2026-11-27").is_none());
    }
}
