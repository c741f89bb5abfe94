//! Slow first events, grouped into stalls, from the load generator's per-run CSV
//! (`aguiload --runs-csv`: `run,first_of_worker,start_ms,first_event_ms,...`).
//!
//! A first-event p99 is about 20 runs out of 2,000, and they seldom come one by one: a server
//! that stops answering for 20 ms answers every run that arrived meanwhile in the same
//! millisecond. Grouped by when their first event came, the slow runs show each stall, how many
//! runs it held up and when: that says whose it is (a periodic one is a timer's, one at run 256,
//! 512, 1,024 grows with the connections).

/// A first event later than this is slow.
const SLOW_MS: f64 = 10.0;

/// Slow first events that came within this of each other belong to one stall.
const TOGETHER_MS: f64 = 1.5;

/// One stall: when it ended (ms since the load began), how many runs it held up, the longest wait.
#[derive(Debug, PartialEq)]
pub struct Stall {
    pub ended_ms: f64,
    pub runs: usize,
    pub longest_ms: f64,
}

/// The stalls in `csv`, in the order they happened. Lines that do not parse are skipped.
pub fn stalls(csv: &str) -> Vec<Stall> {
    let mut slow: Vec<(f64, f64)> = csv
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split(',').skip(2);
            let start: f64 = fields.next()?.parse().ok()?;
            let first: f64 = fields.next()?.parse().ok()?;
            (first > SLOW_MS).then_some((start + first, first))
        })
        .collect();
    slow.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut stalls: Vec<Stall> = Vec::new();
    for (came, waited) in slow {
        match stalls.last_mut() {
            Some(last) if came - last.ended_ms < TOGETHER_MS => {
                last.ended_ms = came;
                last.runs += 1;
                last.longest_ms = last.longest_ms.max(waited);
            }
            _ => stalls.push(Stall {
                ended_ms: came,
                runs: 1,
                longest_ms: waited,
            }),
        }
    }
    stalls
}

/// The `count` stalls that held up the most runs, in time order: "at 1,052 ms 18 runs (≤ 30 ms)".
pub fn worst(mut stalls: Vec<Stall>, count: usize) -> String {
    stalls.sort_by(|a, b| {
        b.runs
            .cmp(&a.runs)
            .then(b.longest_ms.total_cmp(&a.longest_ms))
    });
    stalls.truncate(count);
    stalls.sort_by(|a, b| a.ended_ms.total_cmp(&b.ended_ms));
    let parts: Vec<String> = stalls
        .iter()
        .map(|s| {
            format!(
                "at {:.0} ms {} run{} (≤ {:.0} ms)",
                s.ended_ms,
                s.runs,
                if s.runs == 1 { "" } else { "s" },
                s.longest_ms
            )
        })
        .collect();
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = "run,first_of_worker,start_ms,first_event_ms,duration_ms,events,outcome\n\
        0,1,10.0,0.5,1600,69,ok\n\
        1,1,240.0,25.0,1600,69,ok\n\
        2,1,244.0,21.2,1600,69,ok\n\
        3,1,249.0,16.0,1600,69,ok\n\
        4,1,500.0,12.0,1600,69,ok\n\
        5,1,900.0,0.7,1600,69,ok\n\
        not,a,line\n";

    #[test]
    fn slow_runs_answered_together_are_one_stall() {
        let found = stalls(CSV);
        assert_eq!(
            found,
            [
                Stall {
                    ended_ms: 265.2,
                    runs: 3,
                    longest_ms: 25.0
                },
                Stall {
                    ended_ms: 512.0,
                    runs: 1,
                    longest_ms: 12.0
                },
            ]
        );
        assert_eq!(worst(found, 1), "at 265 ms 3 runs (≤ 25 ms)");
    }
}
