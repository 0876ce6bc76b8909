//! The JSON Schemas (draft 2020-12) of the three content files, generated from the types in
//! `types.rs`, so the schema an editor's tool uses cannot drift from what the reader accepts.
//! `cargo run --bin make-schema` writes them to `public/schema/`; a test fails when the
//! committed files differ.

use schemars::{generate::SchemaSettings, JsonSchema};

use super::types::{Catalog, GalleryFile, IssueFile};

/// Each schema file's name under `public/schema/` and its text.
pub fn documents() -> Vec<(&'static str, String)> {
    vec![
        (
            "catalog.schema.json",
            document::<Catalog>("Danh mục bản tin (data/catalog.json)"),
        ),
        (
            "issue.schema.json",
            document::<IssueFile>("Tệp số báo (data/issues/*.json)"),
        ),
        (
            "gallery.schema.json",
            document::<GalleryFile>("Tệp bộ sưu tập (data/gallery/*.json)"),
        ),
    ]
}

fn document<T: JsonSchema>(title: &str) -> String {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<T>();
    schema.insert("title".to_owned(), title.into());
    let mut value = schema.to_value();
    describe_block_types(&mut value);
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// serde's `tag = "type"` on `Block` becomes a `type` property per variant with no
/// description; editors hovering over it should still read what the value means.
fn describe_block_types(schema: &mut serde_json::Value) {
    let Some(variants) = schema
        .pointer_mut("/$defs/Block/oneOf")
        .and_then(|v| v.as_array_mut())
    else {
        return;
    };
    for variant in variants {
        if let Some(tag) = variant.pointer_mut("/properties/type") {
            if let Some(map) = tag.as_object_mut() {
                map.entry("description").or_insert_with(|| {
                    "Loại khối: paragraph (đoạn văn), heading (tiêu đề nhỏ), quote (trích dẫn), \
                     list (danh sách), figure (ảnh)."
                        .into()
                });
            }
        }
    }
}
