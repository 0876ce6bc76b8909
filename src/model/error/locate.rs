//! Where a field's value stands in a JSON text, and a byte offset as line and column.

use super::Segment;

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

/// The offset just past the JSON string starting at `pos`, or `None` when there is none.
pub(crate) fn skip_string(bytes: &[u8], pos: usize) -> Option<usize> {
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
pub(super) fn skip_value(bytes: &[u8], pos: usize, depth: usize) -> Option<usize> {
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
