//! Problems found in content files, told to editors in Vietnamese with the file, the field
//! path (`articles[3].category`), the line and column, and the offending line.

use std::fmt;

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
        }
    }

    /// An error at a field path, located in `text` when the path can be found there.
    pub fn at(file: &str, text: &str, path: &FieldPath, message: impl Into<String>) -> Self {
        let position = locate(text, &path.0).map(|offset| line_column(text, offset));
        Self::with_position(file, text, path.to_string(), position, message.into())
    }

    pub(crate) fn with_position(
        file: &str,
        text: &str,
        path: String,
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
            path,
            position,
            message,
            source_line,
        }
    }

    /// "dòng 12, cột 5" or nothing when the place is unknown.
    pub fn place_vi(&self) -> Option<String> {
        self.position
            .map(|(line, column)| format!("dòng {line}, cột {column}"))
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if !self.path.is_empty() {
            write!(f, ": tại {}", self.path)?;
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

/// Converts a byte offset into a 1-based line and a 1-based column counted in characters.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Finds the byte offset where the value at `path` starts in a JSON text, or `None` when the
/// text is not valid JSON there or the path does not exist. A small scanner rather than a
/// span-keeping JSON crate: it only runs on files already known to parse.
pub fn locate(text: &str, path: &[Segment]) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    for seg in path {
        match (seg, bytes.get(pos)?) {
            (Segment::Key(key), b'{') => {
                pos = skip_ws(bytes, pos + 1);
                loop {
                    if bytes.get(pos)? == &b'}' {
                        return None;
                    }
                    let key_end = skip_string(bytes, pos)?;
                    let found: String = serde_json::from_str(&text[pos..key_end]).ok()?;
                    pos = skip_ws(bytes, key_end);
                    if bytes.get(pos)? != &b':' {
                        return None;
                    }
                    pos = skip_ws(bytes, pos + 1);
                    if &found == key {
                        break;
                    }
                    pos = skip_ws(bytes, skip_value(bytes, pos, 0)?);
                    match bytes.get(pos)? {
                        b',' => pos = skip_ws(bytes, pos + 1),
                        _ => return None,
                    }
                }
            }
            (Segment::Index(index), b'[') => {
                pos = skip_ws(bytes, pos + 1);
                for _ in 0..*index {
                    pos = skip_ws(bytes, skip_value(bytes, pos, 0)?);
                    match bytes.get(pos)? {
                        b',' => pos = skip_ws(bytes, pos + 1),
                        _ => return None,
                    }
                }
                if bytes.get(pos)? == &b']' {
                    return None;
                }
            }
            _ => return None,
        }
    }
    Some(pos)
}

fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
    while matches!(bytes.get(pos), Some(b' ' | b'\n' | b'\r' | b'\t')) {
        pos += 1;
    }
    pos
}

fn skip_string(bytes: &[u8], pos: usize) -> Option<usize> {
    if bytes.get(pos)? != &b'"' {
        return None;
    }
    let mut i = pos + 1;
    loop {
        match bytes.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// Returns the offset just past the value starting at `pos`. `depth` bounds recursion.
fn skip_value(bytes: &[u8], pos: usize, depth: usize) -> Option<usize> {
    if depth > 128 {
        return None;
    }
    match bytes.get(pos)? {
        b'"' => skip_string(bytes, pos),
        open @ (b'{' | b'[') => {
            let close = if *open == b'{' { b'}' } else { b']' };
            let mut i = skip_ws(bytes, pos + 1);
            if bytes.get(i)? == &close {
                return Some(i + 1);
            }
            loop {
                if *open == b'{' {
                    i = skip_ws(bytes, skip_string(bytes, i)?);
                    if bytes.get(i)? != &b':' {
                        return None;
                    }
                    i = skip_ws(bytes, i + 1);
                }
                i = skip_ws(bytes, skip_value(bytes, i, depth + 1)?);
                match bytes.get(i)? {
                    b',' => i = skip_ws(bytes, i + 1),
                    c if *c == close => return Some(i + 1),
                    _ => return None,
                }
            }
        }
        _ => {
            let mut i = pos;
            while matches!(bytes.get(i), Some(c) if !matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'))
            {
                i += 1;
            }
            (i > pos).then_some(i)
        }
    }
}

/// Rewrites one of serde_json's English messages in Vietnamese, keeping the names it quotes.
pub fn translate_serde_message(message: &str) -> String {
    // serde_json appends " at line L column C"; the position is reported separately.
    let message = match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => message,
    };
    let quoted = |s: &str| -> Vec<String> {
        s.split('`')
            .enumerate()
            .filter(|(i, _)| i % 2 == 1)
            .map(|(_, q)| q.to_owned())
            .collect()
    };
    if let Some(rest) = message.strip_prefix("missing field ") {
        let name = quoted(rest).into_iter().next().unwrap_or_default();
        return format!("thiếu trường bắt buộc \"{name}\"");
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let names = quoted(rest);
        let (field, allowed) = names
            .split_first()
            .map_or((String::new(), &[][..]), |(f, a)| (f.clone(), a));
        return format!(
            "trường \"{field}\" không có trong định dạng (có thể viết sai tên); các trường \
             được dùng ở đây: {}",
            allowed.join(", ")
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let names = quoted(rest);
        let (value, allowed) = names
            .split_first()
            .map_or((String::new(), &[][..]), |(f, a)| (f.clone(), a));
        return format!(
            "giá trị \"{value}\" không hợp lệ; chỉ nhận: {}",
            allowed.join(", ")
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "sai kiểu dữ liệu: ở đây là {}, cần {}",
                describe_found(found),
                describe_expected(expected)
            );
        }
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "giá trị không hợp lệ: {}, cần {}",
                describe_found(found),
                describe_expected(expected)
            );
        }
    }
    if message.starts_with("invalid length") {
        return format!("số phần tử không đúng ({message})");
    }
    let syntax = [
        (
            "EOF while parsing",
            "tệp kết thúc giữa chừng: thiếu dấu đóng \" } hoặc ]",
        ),
        (
            "expected `,` or `}`",
            "thiếu dấu phẩy \",\" giữa hai trường, hoặc thiếu dấu \"}\"",
        ),
        (
            "expected `,` or `]`",
            "thiếu dấu phẩy \",\" giữa hai phần tử, hoặc thiếu dấu \"]\"",
        ),
        ("expected `:`", "thiếu dấu hai chấm \":\" sau tên trường"),
        (
            "expected value",
            "cần một giá trị JSON (chuỗi trong dấu \"…\", số, true/false, [ ] hoặc { })",
        ),
        (
            "expected ident",
            "từ khóa không đúng: chỉ có true, false hoặc null",
        ),
        ("trailing comma", "dấu phẩy thừa trước dấu đóng"),
        (
            "trailing characters",
            "có nội dung thừa sau khi JSON đã kết thúc",
        ),
        (
            "key must be a string",
            "tên trường phải nằm trong dấu ngoặc kép \"…\"",
        ),
        (
            "control character",
            "chuỗi có ký tự điều khiển (ví dụ xuống dòng): hãy viết \\n",
        ),
        ("invalid escape", "chuỗi có ký tự thoát \\ không hợp lệ"),
        ("invalid number", "số không hợp lệ"),
        ("number out of range", "số quá lớn"),
        (
            "invalid unicode code point",
            "mã Unicode không hợp lệ trong chuỗi",
        ),
        (
            "lone leading surrogate",
            "mã Unicode không hợp lệ trong chuỗi",
        ),
        ("recursion limit exceeded", "dữ liệu lồng nhau quá sâu"),
        ("missing field", "thiếu trường bắt buộc"),
    ];
    for (english, vietnamese) in syntax {
        if message.starts_with(english) {
            return vietnamese.to_owned();
        }
    }
    // Our own checks already speak Vietnamese; anything else is passed on as it is.
    message.to_owned()
}

fn describe_found(found: &str) -> String {
    let kinds = [
        ("string ", "chuỗi "),
        ("integer ", "số nguyên "),
        ("floating point ", "số thập phân "),
        ("boolean ", "giá trị đúng/sai "),
    ];
    for (english, vietnamese) in kinds {
        if let Some(value) = found.strip_prefix(english) {
            return format!("{vietnamese}{}", value.replace('`', ""));
        }
    }
    match found {
        "null" => "null (trống)".to_owned(),
        "map" => "một đối tượng { … }".to_owned(),
        "sequence" => "một danh sách [ … ]".to_owned(),
        other => other.to_owned(),
    }
}

fn describe_expected(expected: &str) -> String {
    match expected {
        "a string" => "một chuỗi trong dấu \"…\"".to_owned(),
        "u32" | "u64" | "u16" | "u8" => "một số nguyên không âm".to_owned(),
        "a boolean" => "true hoặc false".to_owned(),
        "a sequence" => "một danh sách [ … ]".to_owned(),
        e if e.starts_with("struct ") || e.starts_with("internally tagged enum") => {
            "một đối tượng { … }".to_owned()
        }
        e if e.starts_with("a map") => "một đối tượng { … }".to_owned(),
        other => other.replace('`', "\""),
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
        .contains("chỉ nhận: paragraph, heading"));
        assert!(
            translate_serde_message("EOF while parsing an object at line 9 column 1")
                .contains("kết thúc giữa chừng")
        );
    }
}
