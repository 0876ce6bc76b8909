//! Problems found in content files, told to editors in Vietnamese with the file, the field
//! path (`articles[3].category`), the line and column, and the offending line.

use std::fmt;

mod locate;
mod serde_words;

pub(crate) use locate::skip_string;
use locate::skip_value;
pub use locate::{line_column, locate};
pub use serde_words::translate_serde_message;

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file as the site names it, e.g. `data/issues/2024-10-dac-biet.json`.
    pub file: String,
    /// The field path, e.g. `articles[3].category`; empty for the whole file.
    pub path: String,
    /// 1-based line and column (in characters, as text editors count them).
    pub position: Option<(usize, usize)>,
    /// What is wrong and what to write instead.
    pub message: String,
    /// The text of the offending line, for showing with a marker under the column.
    pub source_line: Option<String>,
    /// The article, work, issue or category the problem is in, when it is in one.
    pub item: Option<Box<Item>>,
}

/// The item of a file a problem is in, named as an editor knows it: by its title, or by its
/// id when the title itself is missing or wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The item's place in the file, e.g. `articles[3]`.
    pub path: String,
    /// The item's title (or name) as written, when it has a usable one.
    pub title: Option<String>,
    /// "bài viết “Học tập và làm theo…”", "tác phẩm mã \"pano-1\"", "bài viết thứ 4".
    pub label: String,
}

impl ContentError {
    /// An error about the file as a whole (it could not be read, it is too large…).
    pub fn whole_file(file: &str, message: impl Into<String>) -> ContentError {
        ContentError {
            file: file.to_owned(),
            path: String::new(),
            position: None,
            message: message.into(),
            source_line: None,
            item: None,
        }
    }

    /// An error at a field path, located in `text` when the path can be found there.
    pub fn at(file: &str, text: &str, path: &FieldPath, message: impl Into<String>) -> Self {
        let position = locate(text, &path.0).map(|offset| line_column(text, offset));
        Self::with_position(file, text, path, position, message.into())
    }

    pub(crate) fn with_position(
        file: &str,
        text: &str,
        path: &FieldPath,
        position: Option<(usize, usize)>,
        message: String,
    ) -> Self {
        let source_line = position
            .and_then(|(line, _)| {
                // An error at the very end of the file points past its last line.
                let lines: Vec<&str> = text.lines().collect();
                lines
                    .get(line.saturating_sub(1).min(lines.len().saturating_sub(1)))
                    .copied()
            })
            .map(|l| l.chars().take(240).collect());
        ContentError {
            file: file.to_owned(),
            path: path.to_string(),
            position,
            message,
            source_line,
            item: item_of(text, &path.0).map(Box::new),
        }
    }

    /// The id of the problem's entry in a list of problems, for a link to it: the first
    /// problem of each item (or of each file, outside items) carries it.
    pub fn anchor(&self) -> String {
        problem_anchor(&self.file, self.item.as_ref().map(|i| i.path.as_str()))
    }

    /// "dòng 12, cột 5" or nothing when the place is unknown.
    pub fn place_vi(&self) -> Option<String> {
        self.position
            .map(|(line, column)| format!("dòng {line}, cột {column}"))
    }
}

/// The element id of the problems of `item` (e.g. `articles[3]`) in `file`, or of the file's
/// own problems: `loi-data-issues-so-11-2024-json-articles-3`.
pub fn problem_anchor(file: &str, item: Option<&str>) -> String {
    let mut id = String::from("loi");
    for part in [Some(file), item].into_iter().flatten() {
        for word in part
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            id.push('-');
            id.push_str(&word.to_ascii_lowercase());
        }
    }
    id
}

/// What each list of the format holds, as the messages name its items.
const ITEM_KINDS: [(&str, &str); 5] = [
    ("articles", "bài viết"),
    ("works", "tác phẩm"),
    ("issues", "số"),
    ("categories", "chuyên mục"),
    ("gallery", "bộ sưu tập"),
];

/// The longest title a message repeats; longer ones end in "…".
const TITLE_CHARS: usize = 140;

/// The item a field path is in (`articles[3]…` → that article), read from the file's text.
pub fn item_of(text: &str, path: &[Segment]) -> Option<Item> {
    let (Some(Segment::Key(list)), Some(Segment::Index(index))) = (path.first(), path.get(1))
    else {
        return None;
    };
    let kind = ITEM_KINDS.iter().find(|(k, _)| k == list)?.1;
    #[derive(serde::Deserialize)]
    struct Names {
        #[serde(default)]
        title: Option<serde_json::Value>,
        #[serde(default)]
        name: Option<serde_json::Value>,
        #[serde(default)]
        id: Option<serde_json::Value>,
    }
    let start = locate(text, &path[..2])?;
    let end = skip_value(text.as_bytes(), start, 0)?;
    let names: Option<Names> = serde_json::from_str(&text[start..end]).ok();
    let wrong = path.get(2);
    let usable = |value: Option<serde_json::Value>, field: &str| {
        let text = value?.as_str()?.trim().to_owned();
        let is_the_problem = matches!(wrong, Some(Segment::Key(k)) if k == field);
        (!text.is_empty() && !is_the_problem).then_some(text)
    };
    let (title, id) = match names {
        Some(n) => (
            usable(n.title, "title").or_else(|| usable(n.name, "name")),
            usable(n.id, "id"),
        ),
        None => (None, None),
    };
    let label = match (&title, id) {
        (Some(title), _) => {
            let mut shown: String = title.chars().take(TITLE_CHARS).collect();
            if title.chars().count() > TITLE_CHARS {
                shown.push('…');
            }
            format!("{kind} “{shown}”")
        }
        (None, Some(id)) => format!("{kind} mã \"{id}\""),
        (None, None) => format!("{kind} thứ {}", index + 1),
    };
    Some(Item {
        path: FieldPath(path[..2].to_vec()).to_string(),
        title,
        label,
    })
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if let Some(item) = &self.item {
            write!(f, ": {}", item.label)?;
        }
        if !self.path.is_empty() {
            let joint = if self.item.is_some() { "," } else { ":" };
            write!(f, "{joint} tại {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// One step of a field path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// A path to a field, printed the way `serde_path_to_error` prints them: `articles[3].title`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPath(pub Vec<Segment>);

impl FieldPath {
    pub fn root() -> Self {
        FieldPath(Vec::new())
    }
    pub fn key(&self, key: &str) -> Self {
        let mut next = self.0.clone();
        next.push(Segment::Key(key.to_owned()));
        FieldPath(next)
    }
    pub fn index(&self, index: usize) -> Self {
        let mut next = self.0.clone();
        next.push(Segment::Index(index));
        FieldPath(next)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Segment::Key(k) if i == 0 => write!(f, "{k}")?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_nested_fields() {
        let text = "{\n  \"a\": 1,\n  \"list\": [\n    {\"x\": \"ấ\"},\n    {\"x\": 2, \"y\": [1, {\"z\": true}]}\n  ]\n}";
        let path = FieldPath::root()
            .key("list")
            .index(1)
            .key("y")
            .index(1)
            .key("z");
        let offset = locate(text, &path.0).unwrap();
        assert_eq!(&text[offset..offset + 4], "true");
        assert_eq!(line_column(text, offset), (5, 29));
        assert_eq!(path.to_string(), "list[1].y[1].z");
        assert_eq!(locate(text, &FieldPath::root().key("nope").0), None);
        assert_eq!(
            locate(text, &FieldPath::root().key("list").index(5).0),
            None
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "{\"tiêu đề\": 1}";
        let offset = text.find('1').unwrap();
        assert_eq!(line_column(text, offset), (1, 13));
    }

    #[test]
    fn translates_common_messages() {
        assert_eq!(
            translate_serde_message("missing field `alt` at line 3 column 5"),
            "thiếu trường bắt buộc \"alt\""
        );
        assert!(translate_serde_message(
            "invalid type: string \"ba\", expected u32 at line 1 column 2"
        )
        .contains("ở đây là chuỗi \"ba\", cần một số nguyên không âm"));
        assert!(
            translate_serde_message("unknown field `titel`, expected one of `id`, `title`")
                .contains("\"titel\" không có trong định dạng")
        );
        assert!(translate_serde_message(
            "unknown variant `doan`, expected one of `paragraph`, `heading`"
        )
        .contains("Chỉ nhận: paragraph, heading"));
        assert!(
            translate_serde_message("EOF while parsing an object at line 9 column 1")
                .contains("kết thúc giữa chừng")
        );
    }
}
