//! JSON Patch (RFC 6902) over JSON Pointers (RFC 6901), for STATE_DELTA and ACTIVITY_DELTA.
//!
//! Written here rather than taken from a crate: it is a page of code, and the browser's first
//! load pays for every kilobyte (the json-patch crate and its serde derive cost ~8 KiB).

use serde_json::Value;

#[cfg(any(test, feature = "fuzzing"))]
pub mod properties;

/// `document` with `operations` applied, all or nothing; or why the patch does not apply.
pub fn patched(document: &Value, operations: &[Value]) -> Result<Value, String> {
    let mut result = document.clone();
    for (index, operation) in operations.iter().enumerate() {
        apply(&mut result, operation).map_err(|e| format!("operation {index}: {e}"))?;
    }
    Ok(result)
}

fn apply(document: &mut Value, operation: &Value) -> Result<(), String> {
    let field = |name: &str| -> Result<&str, String> {
        operation
            .get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("`{name}` is missing or not a string"))
    };
    let value = || {
        operation
            .get("value")
            .cloned()
            .ok_or_else(|| "`value` is missing".to_owned())
    };
    let path = field("path")?;
    match field("op")? {
        "add" => add(document, path, value()?),
        "remove" => remove(document, path).map(drop),
        "replace" => {
            let target = pointer_mut(document, path)?;
            *target = value()?;
            Ok(())
        }
        "move" => {
            let from = field("from")?;
            if path.starts_with(from) && path[from.len()..].starts_with('/') {
                return Err(format!("cannot move {from} into itself"));
            }
            let moved = remove(document, from)?;
            add(document, path, moved)
        }
        "copy" => {
            let copied = pointer(document, field("from")?)?.clone();
            add(document, path, copied)
        }
        "test" => {
            if equal(pointer(document, path)?, &value()?) {
                Ok(())
            } else {
                Err(format!("test failed at {path}"))
            }
        }
        other => Err(format!("unknown op `{other}`")),
    }
}

/// Equality as `test` compares (§4.6): numbers by value, so `1` equals `1.0` (serde_json
/// keeps integers and floats apart); arrays item by item, objects member by member.
fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() != y.is_f64() => {
            let (int, float) = if x.is_f64() { (y, x) } else { (x, y) };
            let int = int
                .as_i64()
                .map(i128::from)
                .or(int.as_u64().map(i128::from));
            // A float is an integer only if it has no fraction; `as` saturates beyond i128.
            float
                .as_f64()
                .is_some_and(|f| f.fract() == 0.0 && Some(f as i128) == int)
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

/// The reference tokens of a pointer, unescaped (`~1` is `/`, `~0` is `~`).
fn tokens(path: &str) -> Result<Vec<String>, String> {
    if path.is_empty() {
        return Ok(Vec::new());
    }
    let Some(rest) = path.strip_prefix('/') else {
        return Err(format!("`{path}` is not a JSON pointer"));
    };
    Ok(rest
        .split('/')
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect())
}

/// An array index token: digits only, no leading zero.
fn index(token: &str, len: usize) -> Result<usize, String> {
    let valid = !token.is_empty()
        && token.bytes().all(|b| b.is_ascii_digit())
        && (token == "0" || !token.starts_with('0'));
    match token.parse::<usize>() {
        Ok(i) if valid && i < len => Ok(i),
        _ => Err(format!("no array element `{token}`")),
    }
}

fn child<'a>(value: &'a Value, token: &str) -> Result<&'a Value, String> {
    match value {
        Value::Object(map) => map.get(token).ok_or_else(|| format!("no member `{token}`")),
        Value::Array(items) => Ok(&items[index(token, items.len())?]),
        _ => Err(format!("`{token}` is inside a scalar")),
    }
}

fn child_mut<'a>(value: &'a mut Value, token: &str) -> Result<&'a mut Value, String> {
    match value {
        Value::Object(map) => map
            .get_mut(token)
            .ok_or_else(|| format!("no member `{token}`")),
        Value::Array(items) => {
            let i = index(token, items.len())?;
            Ok(&mut items[i])
        }
        _ => Err(format!("`{token}` is inside a scalar")),
    }
}

fn pointer<'a>(document: &'a Value, path: &str) -> Result<&'a Value, String> {
    tokens(path)?
        .iter()
        .try_fold(document, |value, token| child(value, token))
}

fn pointer_mut<'a>(document: &'a mut Value, path: &str) -> Result<&'a mut Value, String> {
    tokens(path)?
        .iter()
        .try_fold(document, |value, token| child_mut(value, token))
}

/// The parent of what `path` points at, and the last token; `None` for the whole document.
fn parent_mut<'a>(
    document: &'a mut Value,
    path: &str,
) -> Result<Option<(&'a mut Value, String)>, String> {
    let mut tokens = tokens(path)?;
    let Some(last) = tokens.pop() else {
        return Ok(None);
    };
    let parent = tokens
        .iter()
        .try_fold(document, |value, token| child_mut(value, token))?;
    Ok(Some((parent, last)))
}

fn add(document: &mut Value, path: &str, value: Value) -> Result<(), String> {
    let Some((parent, last)) = parent_mut(document, path)? else {
        *document = value;
        return Ok(());
    };
    match parent {
        Value::Object(map) => {
            map.insert(last, value);
            Ok(())
        }
        Value::Array(items) => {
            let at = if last == "-" {
                items.len()
            } else {
                index(&last, items.len() + 1)?
            };
            items.insert(at, value);
            Ok(())
        }
        _ => Err(format!("cannot add `{last}` to a scalar")),
    }
}

fn remove(document: &mut Value, path: &str) -> Result<Value, String> {
    let Some((parent, last)) = parent_mut(document, path)? else {
        return Err("cannot remove the whole document".to_owned());
    };
    match parent {
        Value::Object(map) => map
            .remove(&last)
            .ok_or_else(|| format!("no member `{last}`")),
        Value::Array(items) => {
            let i = index(&last, items.len())?;
            Ok(items.remove(i))
        }
        _ => Err(format!("`{last}` is inside a scalar")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(document: Value, patch: Value) -> Result<Value, String> {
        patched(&document, patch.as_array().unwrap())
    }

    // The examples of RFC 6902, appendix A.
    #[test]
    fn rfc_6902_examples() {
        let cases = [
            (
                json!({"foo": "bar"}),
                json!([{"op": "add", "path": "/baz", "value": "qux"}]),
                json!({"baz": "qux", "foo": "bar"}),
            ),
            (
                json!({"foo": ["bar", "baz"]}),
                json!([{"op": "add", "path": "/foo/1", "value": "qux"}]),
                json!({"foo": ["bar", "qux", "baz"]}),
            ),
            (
                json!({"baz": "qux", "foo": "bar"}),
                json!([{"op": "remove", "path": "/baz"}]),
                json!({"foo": "bar"}),
            ),
            (
                json!({"foo": ["bar", "qux", "baz"]}),
                json!([{"op": "remove", "path": "/foo/1"}]),
                json!({"foo": ["bar", "baz"]}),
            ),
            (
                json!({"baz": "qux", "foo": "bar"}),
                json!([{"op": "replace", "path": "/baz", "value": "boo"}]),
                json!({"baz": "boo", "foo": "bar"}),
            ),
            (
                json!({"foo": {"bar": "baz", "waldo": "fred"}, "qux": {"corge": "grault"}}),
                json!([{"op": "move", "from": "/foo/waldo", "path": "/qux/thud"}]),
                json!({"foo": {"bar": "baz"}, "qux": {"corge": "grault", "thud": "fred"}}),
            ),
            (
                json!({"foo": ["all", "grass", "cows", "eat"]}),
                json!([{"op": "move", "from": "/foo/1", "path": "/foo/3"}]),
                json!({"foo": ["all", "cows", "eat", "grass"]}),
            ),
            (
                json!({"foo": "bar"}),
                json!([{"op": "add", "path": "/child", "value": {"grandchild": {}}}]),
                json!({"foo": "bar", "child": {"grandchild": {}}}),
            ),
            (
                json!({"foo": ["bar"]}),
                json!([{"op": "add", "path": "/foo/-", "value": ["abc", "def"]}]),
                json!({"foo": ["bar", ["abc", "def"]]}),
            ),
            (
                json!({"/": 9, "~1": 10}),
                json!([{"op": "test", "path": "/~01", "value": 10}]),
                json!({"/": 9, "~1": 10}),
            ),
            (
                json!({"a": {"b": 1}}),
                json!([{"op": "copy", "from": "/a", "path": "/c"}]),
                json!({"a": {"b": 1}, "c": {"b": 1}}),
            ),
            (
                json!({"a": 1}),
                json!([{"op": "replace", "path": "", "value": [1]}]),
                json!([1]),
            ),
        ];
        for (document, patch, expected) in cases {
            assert_eq!(run(document, patch.clone()), Ok(expected), "{patch}");
        }
    }

    /// Found by the `json_patch` fuzz properties: `test` compared serde_json values, in which the
    /// integer 1 and the float 1.0 differ; RFC 6902 §4.6 compares numbers by value.
    #[test]
    fn test_compares_numbers_by_value() {
        let document = json!({"n": 1, "list": [2, {"x": -3}], "big": 9007199254740993u64});
        for (path, value) in [
            ("/n", json!(1.0)),
            ("/list", json!([2.0, {"x": -3.0}])),
            ("/big", json!(9007199254740993u64)),
        ] {
            let test = json!([{"op": "test", "path": path, "value": value}]);
            assert_eq!(run(document.clone(), test), Ok(document.clone()), "{path}");
        }
        for (path, value) in [
            ("/n", json!(1.5)),
            ("/n", json!("1")),
            ("/big", json!(9007199254740992.0)),
        ] {
            let test = json!([{"op": "test", "path": path, "value": value}]);
            assert!(run(document.clone(), test).is_err(), "{path} {value}");
        }
    }

    #[test]
    fn errors_leave_the_document_as_it_was() {
        let document = json!({"foo": "bar", "list": [1]});
        for patch in [
            json!([{"op": "add", "path": "/baz/bat", "value": "qux"}]),
            json!([{"op": "remove", "path": "/missing"}]),
            json!([{"op": "test", "path": "/foo", "value": "baz"}]),
            json!([{"op": "add", "path": "/list/2", "value": 0}]),
            json!([{"op": "add", "path": "/list/01", "value": 0}]),
            json!([{"op": "replace", "path": "/list/-", "value": 0}]),
            json!([{"op": "move", "from": "/list", "path": "/list/0"}]),
            json!([{"op": "shout", "path": "/foo"}]),
            json!([{"op": "add", "path": "foo", "value": 1}]),
            json!([{"op": "add", "path": "/foo"}]),
            json!([{"op": "add", "path": "/a", "value": 1}, {"op": "remove", "path": "/nope"}]),
        ] {
            assert!(run(document.clone(), patch.clone()).is_err(), "{patch}");
        }
    }
}
