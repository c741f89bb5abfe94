//! The protocol benchmark, natively (`cargo xtask bench protocol` also runs it in Chromium).

use std::time::Instant;

fn main() {
    let budget_ms: f64 = std::env::var("BENCH_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1500.0);
    let started = Instant::now();
    let now = move || started.elapsed().as_secs_f64() * 1000.0;
    let result = showroom_bench::protocol_bench(&now, budget_ms);
    showroom_bench::print_table(
        &format!("protocol bench, native (release), {budget_ms} ms per case"),
        &result,
    );
}
