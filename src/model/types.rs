//! The content format: what editors write in `catalog.json`, the issue files and the gallery
//! files. Unknown fields are refused so a misspelt field name is reported, not ignored.

use serde::{Deserialize, Serialize};

use super::date::{Date, DateTime};
use super::text::{SchemaVersion, SitePath, Slug, Text};

/// `data/catalog.json`: the one entry point of the bulletin.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Editors may name the JSON Schema here for their editor's help; the reader ignores it.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub schema_version: SchemaVersion,
    pub publication: Publication,
    pub categories: Vec<Category>,
    pub issues: Vec<IssueEntry>,
    #[serde(default)]
    pub gallery: Vec<GalleryEntry>,
}

/// The bulletin itself: its name and who publishes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    pub name: Text,
    pub publisher: Text,
    #[serde(default)]
    pub description: Option<Text>,
}

/// A chuyên mục.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: Slug,
    pub name: Text,
    pub description: Text,
}

/// Regular issues come out on schedule; special issues mark an occasion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IssueKind {
    Regular,
    Special,
}

/// One issue as the catalog lists it; its articles live in its own file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssueEntry {
    pub id: Slug,
    pub number: u32,
    pub title: Text,
    pub date: Date,
    pub kind: IssueKind,
    pub cover: Image,
    pub summary: Text,
    /// Occasions a special issue marks, shown on its masthead.
    #[serde(default)]
    pub occasions: Vec<Text>,
    /// The issue's own file, e.g. `data/issues/2024-10-dac-biet.json`.
    pub file: SitePath,
}

/// A gallery collection as the catalog lists it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GalleryEntry {
    pub id: Slug,
    pub title: Text,
    pub file: SitePath,
}

/// An image with everything a reader needs: its size (no layout shift) and a text
/// alternative (screen readers). Caption and credit are shown under it when present.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    pub src: SitePath,
    pub width: u32,
    pub height: u32,
    pub alt: Text,
    #[serde(default)]
    pub caption: Option<Text>,
    #[serde(default)]
    pub credit: Option<Text>,
    /// Other sizes of the same raster picture, so phones download a smaller file.
    #[serde(default)]
    pub srcset: Vec<ImageSource>,
}

/// One size of a raster picture, for `srcset`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImageSource {
    pub src: SitePath,
    /// The file's real width in pixels.
    pub width: u32,
}

impl Image {
    /// The `srcset` attribute (`a-480.jpg 480w, a-960.jpg 960w`), or `None` when the editor
    /// gave no other sizes (vector pictures need none).
    pub fn srcset_attr(&self) -> Option<String> {
        (!self.srcset.is_empty()).then(|| {
            self.srcset
                .iter()
                .map(|s| format!("{} {}w", s.src, s.width))
                .collect::<Vec<_>>()
                .join(", ")
        })
    }
}

/// An issue file: the articles of one issue.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssueFile {
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub schema_version: SchemaVersion,
    /// Must equal the id the catalog gives this file.
    pub issue: Slug,
    pub articles: Vec<Article>,
}

/// One article.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: Slug,
    pub title: Text,
    pub category: Slug,
    pub summary: Text,
    pub author: Text,
    pub published: DateTime,
    /// The lead picture, shown above the body and on cards.
    #[serde(default)]
    pub image: Option<Image>,
    pub body: Vec<Block>,
}

/// A block of an article's body. Plain text only: the format has no HTML.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    Paragraph {
        text: Text,
    },
    Heading {
        text: Text,
    },
    Quote {
        text: Text,
        #[serde(default)]
        attribution: Option<Text>,
    },
    List {
        #[serde(default)]
        ordered: bool,
        items: Vec<Text>,
    },
    Figure {
        image: Image,
    },
}

/// A gallery file: the works of one collection.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GalleryFile {
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub schema_version: SchemaVersion,
    /// Must equal the id the catalog gives this file.
    pub collection: Slug,
    pub title: Text,
    pub description: Text,
    pub works: Vec<Work>,
}

/// A work of visual propaganda (pano, áp phích, tranh cổ động).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Work {
    pub id: Slug,
    pub title: Text,
    pub caption: Text,
    pub place: Text,
    pub date: Date,
    pub image: Image,
}
