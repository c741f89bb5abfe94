//! What RFC 6902 says must hold for any document and any patch, written once: the fuzz target
//! `json_patch` (`fuzz/`) calls [`hold`] on every input, and a test replays the committed seeds
//! through it. Pointers are resolved by `serde_json::Value::pointer` (RFC 6901), not by the code
//! under test.

use serde_json::{json, Value};

use super::patched;

/// Panics when `data`, JSON `[document, [operation, …]]`, breaks a property of RFC 6902.
/// Beside the patch as given, the paths and values it names and the pointers of the document
/// itself are each tried with every operation, one at a time.
pub fn hold(data: &[u8]) {
    let Ok(Value::Array(input)) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let (Some(document), Some(Value::Array(operations))) = (input.first(), input.get(1)) else {
        return;
    };
    sequential_and_atomic(document, operations);

    let mut paths: Vec<String> = operations
        .iter()
        .flat_map(|op| [op.get("path"), op.get("from")])
        .filter_map(|p| p?.as_str().map(str::to_owned))
        .collect();
    pointers(document, &mut String::new(), &mut paths);
    let mut seen = std::collections::HashSet::new();
    paths.retain(|p| seen.insert(p.clone()));
    paths.truncate(24);
    let mut values: Vec<Value> = operations
        .iter()
        .filter_map(|op| op.get("value").cloned())
        .take(3)
        .collect();
    values.push(json!(null));
    for path in &paths {
        for value in &values {
            one_path(document, path, value);
        }
    }
    for from in paths.iter().take(12) {
        for path in paths.iter().take(12) {
            two_paths(document, from, path);
        }
    }
}

/// §5: operations apply in order, and a patch with an operation that fails does not apply.
fn sequential_and_atomic(document: &Value, operations: &[Value]) {
    let whole = patched(document, operations);
    let mut current = document.clone();
    for operation in operations {
        match patched(&current, std::slice::from_ref(operation)) {
            Ok(next) => current = next,
            Err(_) => {
                assert!(
                    whole.is_err(),
                    "{operation} failed alone but not in the patch"
                );
                return;
            }
        }
    }
    assert_eq!(
        whole,
        Ok(current),
        "the patch is not its operations in turn"
    );
}

fn one_path(document: &Value, path: &str, value: &Value) {
    let run = |op: Value| patched(document, &[op]);
    let target = document.pointer(path);
    let (parent, last) = match path.rsplit_once('/') {
        Some((parent, last)) => (document.pointer(parent), Some(unescape(last))),
        None => (None, None),
    };
    let appends = last.as_deref() == Some("-");

    // §4.6: `test` succeeds exactly when the target exists and equals the value, numbers
    // compared by value; it changes nothing.
    let tested = run(json!({ "op": "test", "path": path, "value": value }));
    let expected = target.is_some_and(|t| equal(t, value));
    assert_eq!(
        tested.is_ok(),
        expected,
        "test {path} = {value} in {document}"
    );
    if let Ok(after) = tested {
        assert_eq!(&after, document, "test changed the document");
    }

    // §4.1: `add` needs the target's parent; into an array, an index up to its length or `-`.
    let added = run(json!({ "op": "add", "path": path, "value": value }));
    let may_add = path.is_empty()
        || match (parent, &last) {
            (Some(Value::Object(_)), _) => true,
            (Some(Value::Array(items)), Some(last)) => {
                last == "-" || index(last).is_some_and(|i| i <= items.len())
            }
            _ => false,
        };
    assert_eq!(
        added.is_ok(),
        may_add,
        "add {path} to {document}: {added:?}"
    );
    if let Ok(after) = &added {
        if !appends {
            // What was added is there: a `test` of it succeeds.
            let test = json!({ "op": "test", "path": path, "value": value });
            assert!(patched(after, &[test]).is_ok(), "add {path} then test it");
        }
        // Added where nothing was (or into an array), then removed: the document as it was.
        let inserted = target.is_none() || matches!(parent, Some(Value::Array(_)));
        if inserted && !path.is_empty() && !appends {
            let remove = json!({ "op": "remove", "path": path });
            assert_eq!(
                patched(after, &[remove]).as_ref(),
                Ok(document),
                "add then remove {path}"
            );
        }
    }

    // §4.2, §4.3: `remove` and `replace` need the target to exist.
    if !path.is_empty() {
        let removed = run(json!({ "op": "remove", "path": path }));
        assert_eq!(
            removed.is_ok(),
            target.is_some(),
            "remove {path} from {document}"
        );
    }
    let replaced = run(json!({ "op": "replace", "path": path, "value": value }));
    assert_eq!(
        replaced.is_ok(),
        target.is_some(),
        "replace {path} in {document}"
    );
    if let Ok(after) = replaced {
        assert_eq!(after.pointer(path), Some(value), "replace {path}");
    }

    // §4.4: a value moved onto itself stays where it was.
    if target.is_some() && !path.is_empty() {
        let moved = run(json!({ "op": "move", "from": path, "path": path }));
        assert_eq!(moved.as_ref(), Ok(document), "move {path} onto itself");
    }
}

fn two_paths(document: &Value, from: &str, path: &str) {
    let Some(value) = document.pointer(from) else {
        return;
    };
    // §4.5: `copy` is an `add` of the value at `from`.
    let copied = patched(
        document,
        &[json!({ "op": "copy", "from": from, "path": path })],
    );
    let added = patched(
        document,
        &[json!({ "op": "add", "path": path, "value": value })],
    );
    assert_eq!(
        copied.ok(),
        added.ok(),
        "copy {from} to {path} in {document}"
    );

    // §4.4: `move` never into its own child; else a `remove` of `from` and an `add` of it.
    let moved = patched(
        document,
        &[json!({ "op": "move", "from": from, "path": path })],
    );
    let into_itself = path.len() > from.len() && path.starts_with(from) && {
        path[from.len()..].starts_with('/')
    };
    if into_itself {
        assert!(moved.is_err(), "move {from} into its child {path}");
    } else if from != path {
        let remove_add = [
            json!({ "op": "remove", "path": from }),
            json!({ "op": "add", "path": path, "value": value }),
        ];
        let expected = patched(document, &remove_add).ok();
        assert_eq!(moved.ok(), expected, "move {from} to {path} in {document}");
    }
}

/// Every pointer into `value` (and one past each array's end, and one that names nothing).
fn pointers(value: &Value, at: &mut String, out: &mut Vec<String>) {
    if out.len() >= 16 {
        return;
    }
    out.push(at.clone());
    let len = at.len();
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                at.push('/');
                at.push_str(&key.replace('~', "~0").replace('/', "~1"));
                pointers(child, at, out);
                at.truncate(len);
            }
            out.push(format!("{at}/missing"));
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push_str(&format!("/{i}"));
                pointers(child, at, out);
                at.truncate(len);
            }
            out.push(format!("{at}/-"));
            out.push(format!("{at}/{}", items.len()));
        }
        _ => {}
    }
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// An array index as RFC 6901 writes it: `0`, or digits without a leading zero.
fn index(token: &str) -> Option<usize> {
    let digits = !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit());
    (digits && (token == "0" || !token.starts_with('0')))
        .then(|| token.parse().ok())
        .flatten()
}

/// Equality as §4.6 defines it for `test`: numbers by value (`1` and `1.0` are equal),
/// objects by their members in any order, arrays item by item.
fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let int = |n: &serde_json::Number| {
                n.as_i64()
                    .map(i128::from)
                    .or_else(|| n.as_u64().map(i128::from))
            };
            // serde_json's floats are finite; one equals an integer only if it is integral.
            let same =
                |i: i128, f: Option<f64>| f.is_some_and(|f| f.fract() == 0.0 && f as i128 == i);
            match (int(x), int(y)) {
                (Some(x), Some(y)) => x == y,
                (Some(i), None) => same(i, y.as_f64()),
                (None, Some(i)) => same(i, x.as_f64()),
                (None, None) => x.as_f64() == y.as_f64(),
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| equal(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| equal(v, w)))
        }
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    /// Every seed of the fuzz target, so the corpus guards regressions in `cargo test`.
    #[test]
    fn the_fuzz_seeds_hold() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/seeds/json_patch");
        let mut seeds = 0;
        for entry in std::fs::read_dir(&dir).expect("fuzz/seeds/json_patch exists") {
            let path = entry.expect("a readable folder").path();
            super::hold(&std::fs::read(&path).expect("a readable seed"));
            seeds += 1;
        }
        assert!(seeds > 10, "only {seeds} seeds in {}", dir.display());
    }
}
