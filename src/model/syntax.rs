//! Where the fix for a JSON syntax error goes. serde_json stops where it noticed the mistake:
//! a missing comma is noticed at the start of the next line, an unclosed string at the end
//! of its line, an unclosed bracket at the end of the file. An editor reads the caret as "the
//! mistake is here", so each is moved to where something must be written, and said so.

/// A syntax error placed where the editor fixes it: the byte offset for the caret and what
/// to write there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub offset: usize,
    pub message: String,
}

/// The byte offset serde_json means by its 1-based `line` and `column` (in bytes). Column 0
/// is the line break ending the line before.
pub fn serde_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let offset = if column == 0 {
        line_start.saturating_sub(1)
    } else {
        line_start + column - 1
    };
    offset.min(text.len())
}

/// Moves the error serde_json reported at `offset` (with its English `message`) to where the
/// fix goes, with a message saying what to write; `None` when serde_json's place is already
/// the right one.
pub fn place_fix(text: &str, offset: usize, message: &str) -> Option<Fix> {
    let bytes = text.as_bytes();
    let line_of = |at: usize| {
        bytes[..at.min(bytes.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    };
    let state = scan(bytes, offset);
    if message.starts_with("expected `,` or `}`") || message.starts_with("expected `,` or `]`") {
        let expected_close = if message.starts_with("expected `,` or `}`") {
            b'}'
        } else {
            b']'
        };
        let found = bytes.get(offset).copied();
        if matches!(found, Some(b'}' | b']')) && found != Some(expected_close) {
            // A closer of the other kind: the innermost bracket was never closed.
            let &(open_at, open) = state.open.last()?;
            let close = if open == b'{' { '}' } else { ']' };
            return Some(Fix {
                offset: open_at,
                message: format!(
                    "dấu \"{}\" mở ở đây chưa được đóng: thêm \"{close}\" trước dấu \"{}\" ở dòng {}",
                    open as char,
                    found.map_or(' ', char::from),
                    line_of(offset)
                ),
            });
        }
        // A missing comma: it goes right after the last thing written before.
        let before = bytes[..offset.min(bytes.len())]
            .iter()
            .rposition(|b| !b.is_ascii_whitespace())?;
        let between = if expected_close == b'}' {
            "hai trường"
        } else {
            "hai phần tử"
        };
        let next_line = line_of(offset);
        let said = if line_of(before) == next_line {
            format!("thiếu dấu phẩy \",\" giữa {between}: thêm \",\" vào chỗ dấu ^")
        } else {
            format!(
                "thiếu dấu phẩy \",\" giữa {between}: thêm \",\" vào cuối dòng này, chỗ dấu ^ \
                 (dòng {next_line} bắt đầu {} tiếp theo)",
                if expected_close == b'}' {
                    "trường"
                } else {
                    "phần tử"
                }
            )
        };
        return Some(Fix {
            offset: before + 1,
            message: said,
        });
    }
    // serde_json reports a line break in a string at the break or at the byte before it.
    let at_break = (offset..=offset + 1).any(|i| matches!(bytes.get(i), Some(b'\n' | b'\r')));
    if message.starts_with("control character") && at_break
        || message.starts_with("EOF while parsing a string")
    {
        // A string that runs to the end of its line (or of the file): it was not closed.
        let opened = state.string.or_else(|| scan(bytes, offset + 1).string)?;
        let mut said = "chuỗi mở bằng dấu \" ở đây chưa được đóng: thêm dấu \" vào cuối \
                        chuỗi, trước dấu phẩy"
            .to_owned();
        if message.starts_with("EOF") {
            said = format!("tệp kết thúc giữa chừng: {said} (có thể tệp bị cắt mất phần cuối)");
        }
        return Some(Fix {
            offset: opened,
            message: said,
        });
    }
    if message.starts_with("EOF while parsing") {
        // The file ends with brackets still open: show the innermost one.
        let &(open_at, open) = scan(bytes, bytes.len()).open.last()?;
        let close = if open == b'{' { '}' } else { ']' };
        return Some(Fix {
            offset: open_at,
            message: format!(
                "tệp kết thúc giữa chừng: dấu \"{}\" mở ở đây chưa được đóng, thiếu \"{close}\" \
                 (có thể tệp bị cắt mất phần cuối)",
                open as char
            ),
        });
    }
    None
}

/// What is open at a byte offset: the brackets (their offsets and bytes, outermost first) and
/// the string, if the offset is inside one (the offset of its opening quote).
struct Open {
    open: Vec<(usize, u8)>,
    string: Option<usize>,
}

fn scan(bytes: &[u8], upto: usize) -> Open {
    let mut open = Vec::new();
    let mut string = None;
    let mut i = 0;
    while i < upto.min(bytes.len()) {
        let b = bytes[i];
        match (string, b) {
            (Some(_), b'\\') => i += 1,
            (Some(_), b'"') => string = None,
            (Some(_), b'\n') => string = None,
            (Some(_), _) => {}
            (None, b'"') => string = Some(i),
            (None, b'{' | b'[') => open.push((i, b)),
            (None, b'}' | b']') => {
                open.pop();
            }
            (None, _) => {}
        }
        i += 1;
    }
    Open { open, string }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::error::line_column;

    /// Where serde_json's error lands after `place_fix`, as (line, column) and the message.
    fn fixed(text: &str) -> ((usize, usize), String) {
        let err = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        let offset = serde_offset(text, err.line(), err.column());
        let fix = place_fix(text, offset, &err.to_string()).expect("a fix");
        (line_column(text, fix.offset), fix.message)
    }

    #[test]
    fn a_missing_comma_goes_after_the_line_before() {
        let text = "{\n  \"a\": \"Đà Nẵng\"\n  \"b\": 2\n}";
        let (at, said) = fixed(text);
        // Line 2 is `  "a": "Đà Nẵng"`: 16 characters, the caret after the last one.
        assert_eq!(at, (2, 17));
        assert!(said.contains("thêm \",\" vào cuối dòng này"), "{said}");
        let (at, said) = fixed("[1 2]");
        assert_eq!(at, (1, 3));
        assert!(said.contains("giữa hai phần tử"), "{said}");
    }

    #[test]
    fn an_unclosed_string_points_where_it_opened() {
        let (at, said) = fixed("{\n  \"a\": \"xyz,\n  \"b\": 2\n}");
        assert_eq!(at, (2, 8));
        assert!(said.contains("chưa được đóng"), "{said}");
        let (at, said) = fixed("{\n  \"a\": \"xyz");
        assert_eq!(at, (2, 8));
        assert!(
            said.starts_with("tệp kết thúc giữa chừng: chuỗi mở"),
            "{said}"
        );
    }

    #[test]
    fn an_unclosed_bracket_points_where_it_opened() {
        let (at, said) = fixed("{\n  \"a\": [1, 2\n}");
        assert_eq!(at, (2, 8));
        assert!(
            said.contains("dấu \"[\" mở ở đây chưa được đóng: thêm \"]\""),
            "{said}"
        );
        let (at, said) = fixed("{\n \"a\": {\"b\": 1\n");
        assert_eq!(at, (2, 7));
        assert!(said.contains("tệp kết thúc giữa chừng"), "{said}");
    }
}
