//! `cargo xtask bench odoo`: each of the store's tools against a live Odoo, with the HTTP round
//! trips it took and its median and 95th-percentile time over a number of runs. Prints numbers;
//! nothing fails on a time. Reads run against any Odoo in `ODOO_URL`, `ODOO_DB`, `ODOO_LOGIN`,
//! `ODOO_KEY`; the writes (quotations, orders, visits, tickets) only against the big copy of
//! `odoo/live/odoo18-big.sh` (`showroom18big`), since they leave records behind.
//!
//! `BENCH_RUNS` (default 20) runs per read, a quarter of that per write; the portal customer
//! is Odoo's demo user `portal` / `portal`.

use std::future::Future;
use std::time::{Duration, Instant};

use serde_json::{json, Map};
use showroom_commerce::clock::Clock;
use showroom_commerce::{Commerce, CommerceError, Language, NewTicket, QuotationNotes, Viewer};
use showroom_odoo::{Call, OdooClient, OdooCommerce, OdooConfig};

/// The database the writes may run against: the big copy, never the stock one.
const WRITABLE_DB: &str = "showroom18big";

/// What a shopper types: one word, several, a typo, a product's internal reference.
const QUERIES: &[&str] = &[
    "desk",
    "oak standing desk",
    "ergonomic office chiar",
    "FURN_0097",
];

/// One tool's runs.
struct Row {
    tool: String,
    trips: Vec<u64>,
    times: Vec<Duration>,
    error: Option<String>,
}

struct Bench<'a> {
    store: &'a OdooCommerce,
    rows: Vec<Row>,
}

impl Bench<'_> {
    /// Runs `call` once as a sample of `tool`: its round trips and time.
    async fn sample<T>(
        &mut self,
        tool: &str,
        call: impl Future<Output = Result<T, CommerceError>>,
    ) -> Option<T> {
        let before = self.store.round_trips();
        let start = Instant::now();
        let answer = call.await;
        let elapsed = start.elapsed();
        let trips = self.store.round_trips() - before;
        let row = match self.rows.iter().position(|r| r.tool == tool) {
            Some(i) => &mut self.rows[i],
            None => {
                self.rows.push(Row {
                    tool: tool.to_owned(),
                    trips: Vec::new(),
                    times: Vec::new(),
                    error: None,
                });
                self.rows.last_mut().expect("just pushed")
            }
        };
        match answer {
            Ok(value) => {
                row.trips.push(trips);
                row.times.push(elapsed);
                Some(value)
            }
            Err(e) => {
                row.error.get_or_insert_with(|| e.to_string());
                None
            }
        }
    }

    fn print(&self) {
        println!(
            "{:<52} {:>5} {:>6} {:>9} {:>9}",
            "tool", "runs", "trips", "median", "p95"
        );
        for row in &self.rows {
            let mut times = row.times.clone();
            times.sort();
            let at = |q: f64| {
                times
                    .get(((times.len() as f64 - 1.0) * q).round() as usize)
                    .map(|t| format!("{:.1} ms", t.as_secs_f64() * 1000.0))
                    .unwrap_or_else(|| "-".to_owned())
            };
            let (low, high) = (row.trips.iter().min(), row.trips.iter().max());
            let trips = match (low, high) {
                (Some(l), Some(h)) if l == h => l.to_string(),
                (Some(l), Some(h)) => format!("{l}-{h}"),
                _ => "-".to_owned(),
            };
            println!(
                "{:<52} {:>5} {:>6} {:>9} {:>9}{}",
                row.tool,
                row.times.len(),
                trips,
                at(0.5),
                at(0.95),
                row.error
                    .as_ref()
                    .map(|e| format!("  error: {e}"))
                    .unwrap_or_default()
            );
        }
    }
}

fn config() -> Option<OdooConfig> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    Some(OdooConfig {
        url: var("ODOO_URL")?,
        db: var("ODOO_DB")?,
        login: var("ODOO_LOGIN")?,
        api_key: var("ODOO_KEY")?,
        timeout: Duration::from_secs(30),
        max_concurrent: 8,
    })
}

#[tokio::main]
async fn main() {
    let Some(config) = config() else {
        println!(
            "bench odoo: no live Odoo configured (ODOO_URL, ODOO_DB, ODOO_LOGIN, ODOO_KEY); \
             e.g. eval \"$(bash odoo/live/odoo18-big.sh --env)\". Nothing measured."
        );
        return;
    };
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20);
    let store = OdooCommerce::connect(&config, Clock::system())
        .await
        .unwrap_or_else(|e| panic!("cannot connect to {}: {e}", config.url));
    let office = OdooClient::connect(&config)
        .await
        .expect("the bot signs in");
    let products = office
        .search_read(
            "product.product",
            json!([["sale_ok", "=", true], ["is_published", "=", true]]),
            &["id"],
            None,
            None,
            None,
        )
        .await
        .map(|p| p.len())
        .unwrap_or_default();
    println!(
        "bench odoo: {} database {} ({products} products for sale), {runs} runs per read",
        config.url, config.db
    );

    let shopper = Viewer::anonymous(Language::new("en"));
    let customer = store
        .sign_in("portal", "portal")
        .await
        .expect("portal signs in");
    let buyer = Viewer::for_customer(Some(&customer), Language::new("en"));
    let mut bench = Bench {
        store: &store,
        rows: Vec::new(),
    };
    let mut best = Vec::new();
    let mut ids = Vec::new();
    for _ in 0..runs {
        for query in QUERIES {
            let tool = format!("search_products {query:?}");
            if let Some(hits) = bench
                .sample(&tool, store.search_products(&shopper, query, 5))
                .await
            {
                if ids.is_empty() && hits.len() >= 2 {
                    ids = hits.iter().take(2).map(|h| h.id).collect();
                }
            }
        }
        for query in QUERIES {
            let tool = format!("find_products {query:?} (the search tool)");
            let found = (bench.sample(&tool, store.find_products(&shopper, query, 5))).await;
            if best.len() < QUERIES.len() {
                let names = found
                    .unwrap_or_default()
                    .into_iter()
                    .take(3)
                    .map(|p| p.name);
                best.push((query, names.collect::<Vec<_>>().join(" · ")));
            }
        }
        let tool = "find_products \"desk\", signed in";
        bench
            .sample(tool, store.find_products(&buyer, "desk", 5))
            .await;
        bench
            .sample(
                "compare_products (2)",
                store.compare_products(&shopper, &ids),
            )
            .await;
        let tool = "compare_products (2), signed in";
        bench
            .sample(tool, store.compare_products(&buyer, &ids))
            .await;
        let lines: Vec<(u64, String)> = ids.iter().map(|id| (*id, "3".to_owned())).collect();
        bench
            .sample("price_quote, signed in", store.price_quote(&buyer, &lines))
            .await;
        let orders = bench.sample("orders", store.orders(&buyer)).await;
        if let Some(order) = orders.as_ref().and_then(|o| o.first()) {
            let call = store.order_status(&buyer, &order.reference);
            bench.sample("order_status", call).await;
        }
        bench.sample("invoices", store.invoices(&buyer)).await;
        bench.sample("account", store.account(&buyer)).await;
        let today = Clock::system().now().date();
        bench
            .sample("free_slots (7 days)", store.free_slots(&buyer, today, 7))
            .await;
    }

    if config.db == WRITABLE_DB {
        writes(&mut bench, &office, &buyer, &ids, (runs / 4).max(1)).await;
    } else {
        println!("writes skipped: they run only against the big copy ({WRITABLE_DB})");
    }
    bench.print();
    println!();
    for (query, top) in best {
        println!("found first for {query:?}: {top}");
    }
}

/// Each write `runs` times, each run with keys of its own: a quotation sent, accepted (after the
/// salesperson waives signature and payment, not counted), its line changed, a visit booked and
/// a ticket opened about it.
async fn writes(
    bench: &mut Bench<'_>,
    office: &OdooClient,
    buyer: &Viewer,
    ids: &[u64],
    runs: usize,
) {
    let store = bench.store;
    let stamp = Clock::system().now().unix_timestamp();
    let lines: Vec<(u64, String)> = ids.iter().map(|id| (*id, "2".to_owned())).collect();
    let today = Clock::system().now().date();
    let slots = store
        .free_slots(buyer, today + time::Duration::days(7), 14)
        .await
        .map(|v| v.slots)
        .unwrap_or_default();
    let notes = QuotationNotes::default();
    for run in 0..runs {
        let key = format!("showroom-bench-{stamp}-{run}");
        let call = store.send_quotation(buyer, &lines, &notes, &key);
        let Some(quotation) = bench.sample("send_quotation", call).await else {
            continue;
        };
        let waive = Map::from_iter([(
            "vals".to_owned(),
            json!({"require_signature": false, "require_payment": false}),
        )]);
        office
            .call(
                "sale.order",
                "write",
                Some(&[quotation.id]),
                waive,
                None,
                Call::Write,
            )
            .await
            .expect("the salesperson waives signature and payment");
        let call = store.accept_quotation(buyer, quotation.id, "Bench Buyer");
        bench.sample("accept_quotation", call).await;
        if let Ok(order) = store.order_status(buyer, &quotation.reference).await {
            if let Some(line) = order.lines.first() {
                let call = store.change_order(buyer, &order.reference, line.id, "3", &key);
                bench.sample("change_order", call).await;
            }
        }
        if let Some(slot) = slots.get(run) {
            bench
                .sample("book", store.book(buyer, &slot.start, &key))
                .await;
        }
        let ticket = NewTicket {
            subject: "Bench ticket".into(),
            description: format!("Opened by the scale bench ({key})."),
            order: Some(quotation.reference.clone()),
        };
        bench
            .sample("open_ticket", store.open_ticket(buyer, &ticket, &key))
            .await;
    }
}
