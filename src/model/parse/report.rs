//! The machinery of parsing one file: serde with the path of the first error, a list's
//! items kept one by one so one bad item loses only itself, the lists' limits, and the
//! report that locates each problem in the file's text.

use std::collections::HashSet;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{Problems, MAX_FILE_BYTES};
use crate::model::error::{
    line_column, locate, translate_serde_message, ContentError, FieldPath, Segment,
};
use crate::model::suggest::with_field_hint;
use crate::model::syntax::{place_fix, serde_offset};
use crate::model::text::Slug;
use crate::model::types::Image;

pub(super) fn parse_json<'a, T: Deserialize<'a>>(file: &str, text: &'a str) -> Result<T, Problems> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![ContentError::whole_file(
            file,
            format!(
                "tệp quá lớn ({} KB); giới hạn là {} KB: hãy chia bớt bài viết sang tệp khác",
                text.len() / 1024,
                MAX_FILE_BYTES / 1024
            ),
        )]);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value = deserialize_part(file, text, &mut de, &[])?;
    de.end().map_err(|err| {
        vec![ContentError::with_position(
            file,
            text,
            &FieldPath::root(),
            Some((err.line(), err.column())),
            translate_serde_message(&err.to_string()),
        )]
    })?;
    Ok(value)
}

/// Deserialises one part of `text` (the whole file, or one item of it held as raw JSON)
/// whose place in the file is `prefix`, locating any error in the whole file.
pub(super) fn deserialize_part<'a, T: Deserialize<'a>>(
    file: &str,
    text: &str,
    de: &mut serde_json::Deserializer<serde_json::de::StrRead<'a>>,
    prefix: &[Segment],
) -> Result<T, Problems> {
    let result: Result<T, _> = serde_path_to_error::deserialize(&mut *de);
    result.map_err(|err| {
        let inner = err.inner();
        let mut segments = prefix.to_vec();
        segments.extend(field_path(err.path()));
        let path = FieldPath(segments);
        // For a wrong value, point at where the value starts (serde_json points past its end);
        // for broken syntax, at where the fix goes.
        let located = (inner.classify() == serde_json::error::Category::Data)
            .then(|| locate(text, &path.0))
            .flatten()
            .map(|offset| line_column(text, offset));
        let mut message = translate_serde_message(&inner.to_string());
        let position = located.or_else(|| {
            (inner.line() > 0 && prefix.is_empty()).then(|| {
                // serde_json counts columns in bytes; editors count characters.
                let offset = serde_offset(text, inner.line(), inner.column());
                match place_fix(text, offset, &inner.to_string()) {
                    Some(fix) => {
                        message = fix.message;
                        line_column(text, fix.offset)
                    }
                    None => line_column(text, offset),
                }
            })
        });
        let position = position.or_else(|| locate(text, prefix).map(|o| line_column(text, o)));
        let message = with_field_hint(&path, message);
        vec![ContentError::with_position(
            file, text, &path, position, message,
        )]
    })
}

/// Parses each item of a list kept as raw JSON: the valid ones, and the problems of the
/// others. One bad article (or work) must not hide the rest of its file.
pub(super) fn parse_items<'a, T: Deserialize<'a>>(
    file: &str,
    text: &str,
    field: &str,
    items: &[&'a RawValue],
    problems: &mut Problems,
) -> Vec<(usize, T)> {
    let mut parsed = Vec::with_capacity(items.len());
    for (i, raw) in items.iter().enumerate() {
        let mut de = serde_json::Deserializer::from_str(raw.get());
        let prefix = [Segment::Key(field.to_owned()), Segment::Index(i)];
        match deserialize_part(file, text, &mut de, &prefix) {
            Ok(item) => parsed.push((i, item)),
            Err(mut found) => problems.append(&mut found),
        }
    }
    parsed
}

/// The first `limit` items; when there are more, a problem placed at the first one left out.
pub(super) fn too_many<'i, T>(
    file: &str,
    text: &str,
    (field, what): (&str, &str),
    items: &'i [T],
    limit: usize,
    problems: &mut Problems,
) -> &'i [T] {
    if items.len() > limit {
        let mut report = Report::new(file, text);
        report.add(
            &FieldPath::root().key(field).index(limit),
            limit_message(what, items.len(), limit, Some("chưa hiển thị")),
        );
        problems.append(&mut report.problems);
    }
    &items[..items.len().min(limit)]
}

/// "There are `count`, the limit is `limit`", and what became of the rest (`None`: the
/// whole file is refused).
pub(super) fn limit_message(what: &str, count: usize, limit: usize, rest: Option<&str>) -> String {
    let mut message = format!("có {count} {what}, quá giới hạn {limit} {what} trong một tệp");
    if let Some(rest) = rest {
        message += &format!(": {what} thứ {} trở đi {rest}", limit + 1);
    }
    message + "; hãy chia sang tệp khác hoặc bớt đi"
}

/// Converts serde_path_to_error's path into ours, stopping at the first unnamed step.
pub(super) fn field_path(path: &serde_path_to_error::Path) -> Vec<Segment> {
    use serde_path_to_error::Segment as S;
    path.iter()
        .map_while(|s| match s {
            S::Seq { index } => Some(Segment::Index(*index)),
            S::Map { key } => Some(Segment::Key(key.clone())),
            S::Enum { variant } => Some(Segment::Key(variant.clone())),
            S::Unknown => None,
        })
        .collect()
}

/// Collects problems for one file, located in its text.
pub(super) struct Report<'a> {
    file: &'a str,
    text: &'a str,
    pub(super) problems: Problems,
}

impl<'a> Report<'a> {
    pub(super) fn new(file: &'a str, text: &'a str) -> Self {
        Report {
            file,
            text,
            problems: Vec::new(),
        }
    }

    pub(super) fn add(&mut self, path: &FieldPath, message: String) {
        self.problems
            .push(ContentError::at(self.file, self.text, path, message));
    }

    pub(super) fn image(&mut self, path: &FieldPath, image: &Image) {
        for (i, source) in image.srcset.iter().enumerate() {
            if source.width == 0 || source.width > 20_000 {
                self.add(
                    &path.key("srcset").index(i).key("width"),
                    format!(
                        "chiều rộng {} không hợp lệ: ghi chiều rộng thật của tệp \"{}\", tính \
                         bằng điểm ảnh (1 đến 20000)",
                        source.width, source.src
                    ),
                );
            }
        }
        if image.width == 0 || image.height == 0 || image.width > 20_000 || image.height > 20_000 {
            self.add(
                &path.key(if image.width == 0 || image.width > 20_000 {
                    "width"
                } else {
                    "height"
                }),
                format!(
                    "kích thước ảnh {}×{} không hợp lệ: ghi đúng chiều rộng và chiều cao thật \
                     của ảnh, tính bằng điểm ảnh (1 đến 20000)",
                    image.width, image.height
                ),
            );
        }
    }

    /// Reports each id seen before, at the path of its second use.
    pub(super) fn unique<'i>(
        &mut self,
        what: &str,
        items: impl Iterator<Item = (FieldPath, &'i str)>,
    ) {
        let mut seen = HashSet::new();
        for (path, id) in items {
            if !seen.insert(id) {
                self.add(
                    &path,
                    format!("mã {what} \"{id}\" bị trùng: mỗi {what} cần một mã riêng"),
                );
            }
        }
    }

    pub(super) fn finish<T>(self, value: T) -> Result<T, Problems> {
        if self.problems.is_empty() {
            Ok(value)
        } else {
            Err(self.problems)
        }
    }
}

/// The items of a list (articles, works) that have a unique id and pass `check`, with their
/// indices in the file; the others' problems go to `report`.
pub(super) fn keep_valid<T>(
    report: &mut Report,
    field: &str,
    what: &str,
    items: Vec<(usize, T)>,
    id: impl Fn(&T) -> &Slug,
    mut check: impl FnMut(&mut Report, &FieldPath, &T),
) -> (Vec<T>, Vec<usize>) {
    let mut seen = HashSet::new();
    let mut kept = Vec::with_capacity(items.len());
    let mut kept_at = Vec::with_capacity(items.len());
    for (i, item) in items {
        let before = report.problems.len();
        let path = FieldPath::root().key(field).index(i);
        if !seen.insert(id(&item).clone()) {
            report.add(
                &path.key("id"),
                format!(
                    "mã {what} \"{}\" bị trùng: mỗi {what} cần một mã riêng",
                    id(&item)
                ),
            );
        }
        check(report, &path, &item);
        if report.problems.len() == before {
            kept.push(item);
            kept_at.push(i);
        }
    }
    (kept, kept_at)
}
