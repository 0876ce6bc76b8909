//! The committed JSON Schemas are the ones the content types generate, and every field an
//! editor can write has a Vietnamese description (shown by VS Code on hover).

use std::fs;
use std::path::Path;

use ban_tin_le_chan::model::schema::documents;

#[test]
fn committed_schemas_match_the_types() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/schema");
    for (name, generated) in documents() {
        let committed = fs::read_to_string(folder.join(name)).unwrap_or_default();
        assert!(
            committed == generated,
            "public/schema/{name} is not what the types generate: run `cargo run --bin make-schema`"
        );
    }
}

#[test]
fn every_field_has_a_vietnamese_description() {
    fn walk(at: &str, value: &serde_json::Value, missing: &mut Vec<String>) {
        if let Some(properties) = value.get("properties").and_then(|p| p.as_object()) {
            for (name, property) in properties {
                let described = property
                    .get("description")
                    .and_then(|d| d.as_str())
                    .is_some_and(|d| {
                        d.chars()
                            .any(|c| "ăâđêôơưáàảãạếềểễệóòỏõọúùủũụíìỉĩịýỳỷỹỵ".contains(c))
                    });
                if !described {
                    missing.push(format!("{at}.{name}"));
                }
            }
        }
        match value {
            serde_json::Value::Object(map) => {
                for (key, child) in map {
                    walk(&format!("{at}/{key}"), child, missing);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(&format!("{at}[{i}]"), child, missing);
                }
            }
            _ => {}
        }
    }
    for (name, text) in documents() {
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        let mut missing = Vec::new();
        walk(name, &schema, &mut missing);
        assert!(
            missing.is_empty(),
            "fields without a Vietnamese description: {missing:#?}"
        );
    }
}

#[test]
fn schema_item_limits_are_the_readers_limits() {
    use ban_tin_le_chan::model::parse::limits;
    let docs: std::collections::HashMap<_, _> = documents().into_iter().collect();
    let max = |file: &str, field: &str| {
        let schema: serde_json::Value = serde_json::from_str(&docs[file]).unwrap();
        schema["properties"][field]["maxItems"]
            .as_u64()
            .map(|n| n as usize)
    };
    assert_eq!(
        max("catalog.schema.json", "categories"),
        Some(limits::CATEGORIES)
    );
    assert_eq!(max("catalog.schema.json", "issues"), Some(limits::ISSUES));
    assert_eq!(
        max("catalog.schema.json", "gallery"),
        Some(limits::COLLECTIONS)
    );
    assert_eq!(
        max("issue.schema.json", "articles"),
        Some(limits::ARTICLES_PER_ISSUE)
    );
    assert_eq!(
        max("gallery.schema.json", "works"),
        Some(limits::WORKS_PER_COLLECTION)
    );
}
