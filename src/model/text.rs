//! Checked scalar values of the content format: ids that go into URLs, required text, and
//! paths to files inside the site. Each refuses bad input while parsing, so the editor is
//! told the exact line and column of the mistake.

use std::fmt;
use std::ops::Deref;

/// An id that appears in URLs (`/so/<id>`): lowercase ASCII letters, digits and hyphens.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slug(String);

/// Required text: not empty and not only spaces.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Text(String);

/// A path to a file of the site, relative to the folder that holds `index.html`
/// (`images/bia/so-dac-biet.svg`, `data/issues/2024-10-dac-biet.json`).
///
/// Refuses anything that could leave the site or run code: URL schemes (`javascript:`,
/// `data:`, `http:`), protocol-relative `//host`, `..` segments, backslashes and control
/// characters. A leading `/` is dropped so the site also works under a sub-path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SitePath(String);

/// The only `schema_version` this reader understands.
pub const SCHEMA_VERSION: u32 = 1;

/// `schema_version` of a content file; any other number than [`SCHEMA_VERSION`] is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SchemaVersion;

impl Slug {
    pub fn parse(text: &str) -> Result<Slug, String> {
        let ok = !text.is_empty()
            && text.len() <= 80
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !text.starts_with('-')
            && !text.ends_with('-');
        if ok {
            Ok(Slug(text.to_owned()))
        } else {
            Err(format!(
                "mã \"{text}\" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch \
                 ngang, tối đa 80 ký tự, ví dụ \"hoi-nghi-ket-luan-01\""
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Text {
    pub fn parse(text: String) -> Result<Text, String> {
        if text.trim().is_empty() {
            Err("nội dung này bắt buộc, không được để trống".to_owned())
        } else {
            Ok(Text(text))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl SitePath {
    pub fn parse(text: &str) -> Result<SitePath, String> {
        let refuse = |why: &str| {
            Err(format!(
                "đường dẫn \"{text}\" không được chấp nhận: {why}; hãy dùng đường dẫn tương đối \
                 trong trang, ví dụ \"images/bia/so-10-2024.svg\""
            ))
        };
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return refuse("đường dẫn trống");
        }
        if trimmed.chars().any(|c| c.is_control()) || trimmed.contains('\\') {
            return refuse("có ký tự điều khiển hoặc dấu \\");
        }
        if trimmed.starts_with("//") {
            return refuse("trỏ ra trang web khác");
        }
        // A scheme is letters, digits, `+`, `-`, `.` before the first `:` (RFC 3986). Any
        // colon before the first slash is treated as one, which also catches `JaVaScRiPt:`.
        let before_slash = trimmed.split('/').next().unwrap_or("");
        if before_slash.contains(':') {
            return refuse("có giao thức (như javascript:, data:, http:) không được phép");
        }
        let path = trimmed.trim_start_matches('/');
        if path.split('/').any(|seg| seg == ".." || seg == ".") {
            return refuse("có đoạn \"..\" hoặc \".\"");
        }
        Ok(SitePath(path.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

macro_rules! string_like {
    ($t:ty) => {
        impl Deref for $t {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }
    };
}
string_like!(Slug);
string_like!(Text);
string_like!(SitePath);

impl<'de> serde::Deserialize<'de> for Slug {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Slug::parse(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl<'de> serde::Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Text::parse(String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl<'de> serde::Deserialize<'de> for SitePath {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        SitePath::parse(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl<'de> serde::Deserialize<'de> for SchemaVersion {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = u64::deserialize(d)?;
        if v == SCHEMA_VERSION as u64 {
            Ok(SchemaVersion)
        } else {
            Err(serde::de::Error::custom(format!(
                "phiên bản định dạng {v} không được hỗ trợ: trình đọc này dùng \
                 \"schema_version\": {SCHEMA_VERSION}"
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(Slug::parse("so-dac-biet-2024").is_ok());
        for bad in ["", "Số-1", "a b", "-a", "a-", "a/b", "A"] {
            assert!(Slug::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn site_paths_refuse_schemes_and_escapes() {
        assert_eq!(
            SitePath::parse("/images/a.svg").unwrap().as_str(),
            "images/a.svg"
        );
        assert_eq!(
            SitePath::parse("images/a b.svg").unwrap().as_str(),
            "images/a b.svg"
        );
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "data:image/svg+xml,<svg/onload=alert(1)>",
            "https://example.com/a.png",
            "//evil.example/a.png",
            "../secret.json",
            "images/../../x",
            "images\\a.png",
            "images/a\u{0}.png",
            "",
            "   ",
        ] {
            let err = SitePath::parse(bad).expect_err(bad);
            assert!(err.contains("không được chấp nhận"), "{err}");
        }
    }

    #[test]
    fn text_must_not_be_blank() {
        assert!(Text::parse("  \n".into()).is_err());
        assert!(Text::parse("Lê Chân".into()).is_ok());
    }
}

/// JSON Schema of the checked scalars, for editors' tools (`public/schema/`). The Rust
/// parsers above stay the rule; these patterns let an editor's tool underline most mistakes
/// while typing.
mod schema {
    use std::borrow::Cow;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

    use super::{SchemaVersion, SitePath, Slug, Text};

    impl JsonSchema for Slug {
        fn schema_name() -> Cow<'static, str> {
            "Ma".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",
                "maxLength": 80,
                "description": "Mã: chữ thường không dấu, chữ số và dấu gạch ngang, không bắt đầu hay kết thúc bằng gạch ngang, tối đa 80 ký tự, ví dụ \"hoi-nghi-ket-luan-01\"."
            })
        }
    }

    impl JsonSchema for Text {
        fn schema_name() -> Cow<'static, str> {
            "VanBan".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "pattern": "\\S",
                "description": "Văn bản thuần (không HTML), không để trống."
            })
        }
    }

    impl JsonSchema for SitePath {
        fn schema_name() -> Cow<'static, str> {
            "DuongDan".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "pattern": "^(?!//)(?![^/]*:)(?!.*(^|/)\\.\\.?(/|$))[^\\\\\\u0000-\\u001f]+$",
                "description": "Đường dẫn tệp trong trang, tính từ thư mục gốc, ví dụ \"images/bia/so-10-2024.svg\". Không nhận giao thức (http:, data:, javascript:), \"//\" ở đầu, đoạn \"..\" hay dấu \\."
            })
        }
    }

    impl JsonSchema for SchemaVersion {
        fn schema_name() -> Cow<'static, str> {
            "PhienBanDinhDang".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "const": super::SCHEMA_VERSION,
                "description": "Phiên bản định dạng nội dung. Hiện chỉ nhận số 1."
            })
        }
    }
}
