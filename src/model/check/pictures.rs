//! The pictures content names: where each is named, and its real size read from its bytes
//! (PNG, JPEG, GIF, WebP, SVG) to compare with the JSON.

use std::rc::Rc;

use super::{ImageCheck, ReadFile};
use crate::model::error::{ContentError, FieldPath};
use crate::model::parse::Problems;
use crate::model::types::Image;

/// A picture the content names (its own `src` or one of its `srcset`), with where it is
/// named, so a problem about it is located at its `src` or `width` in that file. The
/// problems are made only when one is reported: locating one reads the file's text.
#[derive(Debug, Clone)]
pub struct PictureRef {
    pub src: String,
    /// The width and (for a picture's own `src`; a `srcset` entry has none) the height the
    /// JSON gives it.
    pub declared: (u32, Option<u32>),
    file: String,
    /// The naming file's text, shared by its pictures.
    text: Rc<str>,
    /// The picture's object in that file (`articles[2].image`, `….srcset[1]`).
    path: FieldPath,
}

impl PictureRef {
    /// `message`, at the picture's `src`.
    fn at_src(&self, message: String) -> ContentError {
        ContentError::at(&self.file, &self.text, &self.path.key("src"), message)
    }

    /// The problem to report when the browser cannot load the picture (the preview).
    pub fn if_missing(&self) -> ContentError {
        let src = &self.src;
        self.at_src(format!(
            "không tải được ảnh \"{src}\": hãy mở cả thư mục nội dung (có thư mục images) \
             hoặc mở thêm tệp ảnh này, hoặc sửa đường dẫn"
        ))
    }

    /// The problem to report when the picture really is `width`×`height`, or `None` when that
    /// is what the JSON says.
    pub fn size_problem(&self, width: u32, height: u32) -> Option<ContentError> {
        let message = size_message(&self.src, self.declared, (width, height))?;
        Some(ContentError::at(
            &self.file,
            &self.text,
            &self.path.key("width"),
            message,
        ))
    }
}

/// What the editor is told when a picture's real size is not the one the JSON gives, with
/// the values to write; `None` when they agree.
fn size_message(
    src: &str,
    declared: (u32, Option<u32>),
    (width, height): (u32, u32),
) -> Option<String> {
    match declared {
        (declared, None) if declared != width => Some(format!(
            "ảnh \"{src}\" thật ra rộng {width} điểm ảnh, không phải {declared}: hãy ghi \
             \"width\": {width}"
        )),
        (w, Some(h)) if (w, h) != (width, height) => Some(format!(
            "ảnh \"{src}\" thật ra có kích thước {width}×{height}, không phải {w}×{h}: hãy ghi \
             \"width\": {width}, \"height\": {height}"
        )),
        _ => None,
    }
}

/// A picture named in a content file, with where it is named.
pub(super) struct Picture {
    file: String,
    /// The JSON file's text, to locate the problem (shared by the pictures of one file).
    text: Rc<str>,
    path: FieldPath,
    image: Image,
}

impl Picture {
    pub(super) fn new(file: &str, text: &Rc<str>, path: FieldPath, image: &Image) -> Picture {
        Picture {
            file: file.to_owned(),
            text: text.clone(),
            path,
            image: image.clone(),
        }
    }

    pub(super) fn refs(&self) -> Vec<PictureRef> {
        let image = &self.image;
        let picture = |path: FieldPath, src: &str, declared| PictureRef {
            src: src.to_owned(),
            declared,
            file: self.file.clone(),
            text: self.text.clone(),
            path,
        };
        let mut refs = vec![picture(
            self.path.clone(),
            &image.src,
            (image.width, Some(image.height)),
        )];
        for (i, source) in image.srcset.iter().enumerate() {
            let path = self.path.key("srcset").index(i);
            refs.push(picture(path, &source.src, (source.width, None)));
        }
        refs
    }

    pub(super) fn check(&self, read: &ReadFile, how: ImageCheck, problems: &mut Problems) {
        for picture in self.refs() {
            let src = &picture.src;
            let Some(bytes) = read(src) else {
                problems.push(picture.at_src(format!(
                    "không tìm thấy ảnh \"{src}\": hãy chép ảnh vào thư mục nội dung đúng \
                     đường dẫn này, hoặc sửa đường dẫn"
                )));
                continue;
            };
            if how != ImageCheck::Size {
                continue;
            }
            match image_size(&bytes) {
                None => problems.push(picture.at_src(format!(
                    "không đọc được kích thước ảnh \"{src}\": chỉ nhận ảnh SVG (có width và \
                     height), PNG, JPEG, GIF hoặc WebP"
                ))),
                Some((width, height)) => problems.extend(picture.size_problem(width, height)),
            }
        }
    }
}

/// The pixel size of a picture file: SVG (`width`/`height` on the root element, or its
/// `viewBox`), PNG, JPEG, GIF or WebP. `None` when the format is not one of these or the file
/// is damaged.
pub fn image_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let be16 = |b: &[u8]| u32::from(u16::from_be_bytes([b[0], b[1]]));
    let le16 = |b: &[u8]| u32::from(u16::from_le_bytes([b[0], b[1]]));
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() >= 24 {
        let w = u32::from_be_bytes(bytes[16..20].try_into().ok()?);
        let h = u32::from_be_bytes(bytes[20..24].try_into().ok()?);
        return Some((w, h));
    }
    if bytes.starts_with(b"GIF8") && bytes.len() >= 10 {
        return Some((le16(&bytes[6..8]), le16(&bytes[8..10])));
    }
    if bytes.starts_with(b"\xff\xd8") {
        // Walk the segments to the first start-of-frame marker.
        let mut at = 2;
        while at + 9 < bytes.len() {
            if bytes[at] != 0xff {
                return None;
            }
            let marker = bytes[at + 1];
            let length = be16(&bytes[at + 2..at + 4]) as usize;
            let is_frame = matches!(marker, 0xc0..=0xcf) && !matches!(marker, 0xc4 | 0xc8 | 0xcc);
            if is_frame {
                return Some((be16(&bytes[at + 7..at + 9]), be16(&bytes[at + 5..at + 7])));
            }
            at += 2 + length;
        }
        return None;
    }
    if bytes.len() >= 30 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        let le24 = |b: &[u8]| u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16;
        return match &bytes[12..16] {
            b"VP8X" => Some((le24(&bytes[24..27]) + 1, le24(&bytes[27..30]) + 1)),
            b"VP8 " => Some((le16(&bytes[26..28]) & 0x3fff, le16(&bytes[28..30]) & 0x3fff)),
            b"VP8L" => {
                let b = &bytes[21..25];
                let w = (u32::from(b[0]) | (u32::from(b[1]) & 0x3f) << 8) + 1;
                let h =
                    ((u32::from(b[1]) >> 6) | u32::from(b[2]) << 2 | (u32::from(b[3]) & 0xf) << 10)
                        + 1;
                Some((w, h))
            }
            _ => None,
        };
    }
    svg_size(std::str::from_utf8(bytes).ok()?)
}

/// `width` and `height` of an SVG's root element in pixels, or the size of its `viewBox`.
fn svg_size(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let attr = |name: &str| -> Option<&str> {
        let key = format!(" {name}=");
        let at = tag.find(&key)? + key.len();
        let quote = tag[at..].chars().next()?;
        let rest = &tag[at + 1..];
        Some(&rest[..rest.find(quote)?])
    };
    let pixels = |value: &str| -> Option<u32> {
        let number = value.trim().strip_suffix("px").unwrap_or(value.trim());
        let n: f64 = number.parse().ok()?;
        (n > 0.0 && n.fract() == 0.0 && n <= 100_000.0).then_some(n as u32)
    };
    if let (Some(w), Some(h)) = (attr("width"), attr("height")) {
        return Some((pixels(w)?, pixels(h)?));
    }
    let view_box: Vec<&str> = attr("viewBox")?
        .split([' ', ','])
        .filter(|s| !s.is_empty())
        .collect();
    match view_box.as_slice() {
        [_, _, w, h] => Some((pixels(w)?, pixels(h)?)),
        _ => None,
    }
}
