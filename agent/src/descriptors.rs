//! The process's table of file descriptors, grown once, at start.
//!
//! Linux grows a process's descriptor table by doubling it (256, 512, 1,024, 2,048, ...). In a
//! process with more than one thread each growth waits for an RCU grace period
//! (`expand_fdtable` calls `synchronize_rcu`), and on a busy core that takes tens of
//! milliseconds: the `accept` that takes the 513th or the 1,025th descriptor waits that long,
//! and so do the connections behind it. Measured under the paced bench: the first events of
//! the runs that arrived then came 15–30 ms late, at run 256, 512 and 1,024. Grown while the
//! process has a single thread, the table costs no wait, and it never shrinks.

/// How many descriptors the table is grown to hold at start: a connection takes one, and the
/// paced bench holds 2,000 at once.
pub const AT_START: usize = 8000;

/// Grows the table to hold `count` descriptors (or as many as the process may open) by opening
/// that many and closing them again. Call it before the runtime starts any thread.
pub fn reserve(count: usize) {
    let Ok(first) = std::fs::File::open("/dev/null") else {
        return;
    };
    let held: Vec<_> = (1..count).map_while(|_| first.try_clone().ok()).collect();
    drop(held);
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    /// A `Max open files` or `FDSize` figure of this process, from `/proc`.
    fn figure(file: &str, name: &str) -> usize {
        let text = std::fs::read_to_string(format!("/proc/self/{file}")).unwrap();
        let line = text.lines().find(|l| l.starts_with(name)).unwrap();
        let value = line[name.len()..].split_whitespace().next().unwrap();
        value.parse().unwrap_or(usize::MAX)
    }

    #[test]
    fn the_table_is_grown_and_stays_grown() {
        let wanted = 4000.min(figure("limits", "Max open files"));
        super::reserve(wanted);
        // Every descriptor opened is closed again, and the table keeps its size.
        assert!(figure("status", "FDSize:") >= wanted);
    }
}
