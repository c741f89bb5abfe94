//! What the demo store's tools hand the browser passes the components' own schemas
//! (components/schemas/, which the browser checks before it renders): for every demo customer,
//! in every language. A payload the browser refuses shows as "this part of the answer cannot be
//! shown", so this is checked here, for all of them, rather than found in a chat.

mod common;

use std::sync::Arc;

use showroom_agent::locale::Locale;
use showroom_agent::tools::Tools;
use showroom_commerce::{Commerce, Viewer};
use showroom_demo_store::DemoStore;

use common::schema::passes;

#[tokio::test]
async fn every_customers_records_pass_the_components_schemas() {
    let store = Arc::new(DemoStore::new(common::clock()));
    let logins = store.demo_logins();
    assert!(logins.len() >= 6, "{logins:?}");
    for login in logins {
        let customer = store.sign_in(&login, "").await.unwrap();
        for locale in Locale::ALL {
            let viewer =
                Viewer::for_customer(Some(&customer), showroom_agent::locale::language(locale));
            let what = format!("{login} ({})", locale.as_str());
            let tools = Tools::new(store.clone(), viewer.clone(), common::clock());
            let account = tools.account().await.unwrap();
            passes(&account, &what);
            // People read the orders' states in words, not Odoo's codes.
            for order in &account.data.recent_orders {
                let code =
                    ["draft", "sent", "sale", "done", "cancel"].contains(&order.state.as_str());
                assert!(!code, "{what}: {} reads {:?}", order.reference, order.state);
            }
            passes(&tools.invoices().await.unwrap(), &what);
            for order in store.orders(&viewer).await.unwrap() {
                let status = tools.order_status(&order.reference).await.unwrap();
                passes(&status, &format!("{what} {}", order.reference));
            }
            passes(&tools.search_products("desk", 6).await.unwrap(), &what);
            passes(&tools.compare_products(&[1, 5]).await.unwrap(), &what);
        }
    }
}
