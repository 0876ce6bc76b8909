//! Guessing what an editor meant: the closest existing ids to a mistyped one, and one line
//! about a field whose purpose is not obvious from its name.

use super::error::{translate_serde_message, FieldPath, Segment};

/// The candidates nearest to `word` (at most three, equally near), when any is close
/// enough to be a likely typo: a few letters off, or one containing the other.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let written = word.trim();
    let word = written.to_lowercase();
    let length = word.chars().count();
    let limit = (length / 3).max(1);
    let mut near: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter(|c| *c != written)
        .filter_map(|c| {
            let distance = edit_distance(&word, c);
            let contains = length >= 4 && (c.contains(word.as_str()) || word.contains(c));
            (distance <= limit || contains).then_some((distance, c))
        })
        .collect();
    near.sort();
    near.dedup();
    // Only the nearest: a list of every id within reach reads as no guess at all.
    let best = near.first().map_or(0, |(d, _)| *d);
    near.into_iter()
        .take_while(|(d, _)| *d == best)
        .take(3)
        .map(|(_, c)| c)
        .collect()
}

/// "Có phải: xay-dung-dang? " (with the space before the next sentence) for the closest
/// candidates, or an empty string, ready to put into a message.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    let near = closest(word, candidates);
    if near.is_empty() {
        String::new()
    } else {
        format!("Có phải: {}? ", near.join(" hoặc "))
    }
}

/// Levenshtein distance counted in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// What alt text is for, told with every problem of an `alt` field.
pub const ALT_HINT: &str = "\"alt\" là lời tả ảnh: trình đọc màn hình đọc nó cho người không \
                            nhìn thấy ảnh, và nó hiện thay ảnh khi ảnh không tải được; hãy viết \
                            một câu ngắn nói ảnh cho thấy gì";

/// `message` with one line about the field when the field needs explaining (today `alt`,
/// written blank or left out).
pub fn with_field_hint(path: &FieldPath, message: String) -> String {
    // `alt` written blank, or left out (serde's message names the missing field).
    let is_alt = matches!(path.0.last(), Some(Segment::Key(k)) if k == "alt")
        || message == translate_serde_message("missing field `alt`");
    if is_alt {
        format!("{message}. {ALT_HINT}")
    } else {
        message
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_are_offered_far_ones_are_not() {
        let ids = ["xay-dung-dang", "hoc-tap-lam-theo-bac", "tin-hoat-dong"];
        assert_eq!(closest("xay-dung-dan", ids), vec!["xay-dung-dang"]);
        assert_eq!(closest("Xay-Dung-Dang ", ids), vec!["xay-dung-dang"]);
        assert_eq!(closest("xay-dung", ids), vec!["xay-dung-dang"]);
        assert_eq!(closest("van-nghe", ids), Vec::<&str>::new());
        assert_eq!(
            did_you_mean("tin-hoatdong", ids),
            "Có phải: tin-hoat-dong? "
        );
        assert_eq!(closest("sumary", ["summary", "title"]), vec!["summary"]);
    }
}
