//! serde_json's English messages, said in Vietnamese with the names they quote.

use crate::model::suggest::did_you_mean;

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
        let guess = did_you_mean(&field, allowed.iter().map(String::as_str));
        return format!(
            "trường \"{field}\" không có trong định dạng (có thể viết sai tên). {guess}Các \
             trường được dùng ở đây: {}",
            allowed.join(", ")
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let names = quoted(rest);
        let (value, allowed) = names
            .split_first()
            .map_or((String::new(), &[][..]), |(f, a)| (f.clone(), a));
        let guess = did_you_mean(&value, allowed.iter().map(String::as_str));
        return format!(
            "giá trị \"{value}\" không hợp lệ. {guess}Chỉ nhận: {}",
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
