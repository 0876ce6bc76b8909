//! Checking a whole content folder: every file the catalog names, every image, and the
//! rules that span files. The same parsers the reader uses do the per-file work, so the
//! command-line checker, the editor preview and the app follow one set of rules.
//!
//! Pure: the caller passes a function that reads a file of the folder by its site path
//! (the checker reads the disk; the preview reads what the editor opened).

// A `ContentError` is a few strings; they are made once per problem, never in a hot loop.
#![allow(clippy::result_large_err)]

use std::collections::HashMap;
use std::rc::Rc;

use super::error::{ContentError, FieldPath};
use super::parse::{parse_catalog, parse_gallery, parse_issue, Problems};
use super::types::{Block, Catalog, Image, IssueKind};

/// Where the catalog lives, relative to the site root.
pub const CATALOG_FILE: &str = "data/catalog.json";

/// Reads a file of the content folder by its site path; `None` when it does not exist.
pub type ReadFile<'a> = dyn Fn(&str) -> Option<Vec<u8>> + 'a;

/// What an image check does with a picture file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageCheck {
    /// Read it and compare its real size with the JSON (the command-line checker).
    Size,
    /// Only make sure it is there (the preview: the browser reports pictures that do not
    /// load).
    Exists,
    /// Skip pictures (a preview of JSON text alone).
    Skip,
}

/// Every problem in the content folder, file by file in catalog order: the catalog, each
/// issue file, each gallery file, and each picture they name.
pub fn check_folder(read: &ReadFile, images: ImageCheck) -> Problems {
    check_folder_report(read, images).problems
}

/// Everything a check of a folder found: the problems, the pictures of the valid content
/// (for a caller that checks pictures itself) and the catalog, when it parsed.
#[derive(Debug, Clone, Default)]
pub struct FolderReport {
    pub problems: Problems,
    pub pictures: Vec<PictureRef>,
    pub catalog: Option<Catalog>,
}

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

/// [`check_folder`], with the pictures and the catalog.
pub fn check_folder_report(read: &ReadFile, images: ImageCheck) -> FolderReport {
    let only = |problems| FolderReport {
        problems,
        ..FolderReport::default()
    };
    let mut problems = Vec::new();
    let Some(catalog_text) = read(CATALOG_FILE).map(|b| text_of(CATALOG_FILE, b)) else {
        let problem = ContentError::whole_file(
            CATALOG_FILE,
            "không tìm thấy tệp catalog.json: thư mục nội dung cần có tệp data/catalog.json",
        );
        return only(vec![problem]);
    };
    let catalog_text: Rc<str> = match catalog_text {
        Ok(text) => text.into(),
        Err(problem) => return only(vec![problem]),
    };
    let catalog = match parse_catalog(CATALOG_FILE, &catalog_text) {
        Ok(catalog) => catalog,
        Err(found) => return only(found),
    };
    let root = FieldPath::root();
    let mut pictures: Vec<Picture> = Vec::new();
    let mut files_used: HashMap<&str, FieldPath> = HashMap::new();
    // The text of a file the catalog names at `path`, or its problem.
    let open = |path: FieldPath, file: &str, what: String| -> Result<Rc<str>, ContentError> {
        let Some(bytes) = read(file) else {
            return Err(ContentError::at(
                CATALOG_FILE,
                &catalog_text,
                &path,
                format!(
                    "không tìm thấy tệp \"{file}\" của {what}: hãy kiểm tra tên tệp và thư mục \
                     (đường dẫn tính từ thư mục gốc của trang, ví dụ \
                     \"data/issues/so-11-2024.json\")"
                ),
            ));
        };
        text_of(file, bytes).map(Rc::from)
    };
    for (i, entry) in catalog.issues.iter().enumerate() {
        let path = root.key("issues").index(i);
        pictures.push(Picture::new(
            CATALOG_FILE,
            &catalog_text,
            path.key("cover"),
            &entry.cover,
        ));
        if let Some(first) = files_used.insert(entry.file.as_str(), path.key("file")) {
            problems.push(ContentError::at(
                CATALOG_FILE,
                &catalog_text,
                &path.key("file"),
                format!(
                    "tệp \"{}\" đã dùng cho mục {first}: mỗi số cần một tệp riêng",
                    entry.file
                ),
            ));
            continue;
        }
        let text = match open(
            path.key("file"),
            &entry.file,
            format!("số \"{}\"", entry.id),
        ) {
            Ok(text) => text,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        match parse_issue(&entry.file, &text, &catalog, entry) {
            Err(found) => problems.extend(found),
            Ok(checked) => {
                problems.extend(checked.problems);
                for (article, &at) in checked.value.articles.iter().zip(&checked.kept) {
                    let path = root.key("articles").index(at);
                    if let Some(image) = &article.image {
                        pictures.push(Picture::new(&entry.file, &text, path.key("image"), image));
                    }
                    for (j, block) in article.body.iter().enumerate() {
                        if let Block::Figure { image } = block {
                            let at = path.key("body").index(j).key("image");
                            pictures.push(Picture::new(&entry.file, &text, at, image));
                        }
                    }
                }
            }
        }
    }
    problems.extend(featured_problems(&catalog, &catalog_text));
    problems.extend(contact_problems(&catalog, &catalog_text));
    for (i, entry) in catalog.gallery.iter().enumerate() {
        let path = root.key("gallery").index(i).key("file");
        let text = match open(path, &entry.file, format!("bộ sưu tập \"{}\"", entry.id)) {
            Ok(text) => text,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        match parse_gallery(&entry.file, &text, &entry.id) {
            Err(found) => problems.extend(found),
            Ok(checked) => {
                problems.extend(checked.problems);
                for (work, &at) in checked.value.works.iter().zip(&checked.kept) {
                    let path = root.key("works").index(at).key("image");
                    pictures.push(Picture::new(&entry.file, &text, path, &work.image));
                }
            }
        }
    }
    if images != ImageCheck::Skip {
        for picture in &pictures {
            picture.check(read, images, &mut problems);
        }
    }
    FolderReport {
        problems,
        pictures: pictures.iter().flat_map(Picture::refs).collect(),
        catalog: Some(catalog),
    }
}

/// Home features one special issue at a time: `featured` on a regular issue, or on more
/// than one issue, is a problem at each flag but the newest special one's (the one home
/// shows, `Catalog::featured_special`).
fn featured_problems(catalog: &Catalog, text: &str) -> Problems {
    let mut first: Option<&str> = None;
    let mut problems = Vec::new();
    let mut flagged: Vec<_> = catalog
        .issues
        .iter()
        .enumerate()
        .filter(|(_, e)| e.featured)
        .collect();
    flagged.sort_by_key(|(_, e)| std::cmp::Reverse((e.date, e.number)));
    for (i, entry) in flagged {
        let at = FieldPath::root().key("issues").index(i).key("featured");
        let id = entry.id.as_str();
        let message = if entry.kind != IssueKind::Special {
            format!(
                "chỉ số đặc biệt mới được giới thiệu ở trang chủ: số \"{id}\" là số thường kỳ, \
                 hãy xóa dòng \"featured\" của số này (số mới nhất luôn đứng đầu trang chủ)"
            )
        } else if let Some(first) = first {
            format!(
                "số \"{first}\" đã được giới thiệu ở trang chủ: mỗi lúc chỉ giới thiệu một số \
                 đặc biệt, hãy xóa dòng \"featured\" ở số \"{id}\" hoặc ở số \"{first}\""
            )
        } else {
            first = Some(id);
            continue;
        };
        problems.push(ContentError::at(CATALOG_FILE, text, &at, message));
    }
    problems
}

/// The footer's phone and email become links (`tel:`, `mailto:`): one that could not be
/// called or written to is a problem. Readers still see it as written, so it is the
/// checker's to tell, not a reason to refuse the catalog.
fn contact_problems(catalog: &Catalog, text: &str) -> Problems {
    let publication = FieldPath::root().key("publication");
    let phone = catalog.publication.phone.as_ref().and_then(|phone| {
        phone_problem(phone.as_str()).map(|message| (publication.key("phone"), message))
    });
    let email = catalog.publication.email.as_ref().and_then(|email| {
        email_problem(email.as_str()).map(|message| (publication.key("email"), message))
    });
    phone
        .into_iter()
        .chain(email)
        .map(|(at, message)| ContentError::at(CATALOG_FILE, text, &at, message))
        .collect()
}

/// What is wrong with a telephone number readers may call (a `tel:` link), if anything.
fn phone_problem(phone: &str) -> Option<String> {
    let allowed = |c: char| c.is_ascii_digit() || " +.-()".contains(c);
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let plus_inside = phone.char_indices().any(|(i, c)| c == '+' && i > 0);
    (!phone.chars().all(allowed) || plus_inside || !(8..=15).contains(&digits)).then(|| {
        format!(
            "số điện thoại \"{phone}\" không gọi được: chỉ ghi chữ số (8 đến 15 số), dấu cách, \
             dấu chấm, gạch ngang hoặc ngoặc đơn, có thể bắt đầu bằng +, theo dạng \"0225 xxx xxxx\""
        )
    })
}

/// What is wrong with an address readers may write to (a `mailto:` link), if anything.
fn email_problem(email: &str) -> Option<String> {
    let valid = match email.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && email
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c))
        }
        None => false,
    };
    (!valid).then(|| {
        format!(
            "thư điện tử \"{email}\" không gửi được: cần dạng tên@tên-miền, chữ không dấu, \
             không dấu cách, ví dụ \"bantin@example.vn\""
        )
    })
}

fn text_of(file: &str, bytes: Vec<u8>) -> Result<String, ContentError> {
    String::from_utf8(bytes).map_err(|_| {
        ContentError::whole_file(
            file,
            "tệp không phải văn bản UTF-8: hãy lưu lại tệp với bảng mã UTF-8",
        )
    })
}

/// A picture named in a content file, with where it is named.
struct Picture {
    file: String,
    /// The JSON file's text, to locate the problem (shared by the pictures of one file).
    text: Rc<str>,
    path: FieldPath,
    image: Image,
}

impl Picture {
    fn new(file: &str, text: &Rc<str>, path: FieldPath, image: &Image) -> Picture {
        Picture {
            file: file.to_owned(),
            text: text.clone(),
            path,
            image: image.clone(),
        }
    }

    fn refs(&self) -> Vec<PictureRef> {
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

    fn check(&self, read: &ReadFile, how: ImageCheck, problems: &mut Problems) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_size_of_each_picture_format() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend(640u32.to_be_bytes());
        png.extend(480u32.to_be_bytes());
        assert_eq!(image_size(&png), Some((640, 480)));
        let gif = b"GIF89a\x20\x03\x58\x02";
        assert_eq!(image_size(gif), Some((800, 600)));
        // JPEG: SOI, an APP0 segment of length 4, then SOF0 with height 300, width 400.
        let jpeg = b"\xff\xd8\xff\xe0\x00\x04\x00\x00\xff\xc0\x00\x11\x08\x01\x2c\x01\x90\x03";
        assert_eq!(image_size(jpeg), Some((400, 300)));
        let svg = br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675">"#;
        assert_eq!(image_size(svg), Some((1200, 675)));
        let view_box = br#"<svg viewBox="0 0 300 200" xmlns="http://www.w3.org/2000/svg">"#;
        assert_eq!(image_size(view_box), Some((300, 200)));
        assert_eq!(image_size(b"not a picture"), None);
        assert_eq!(image_size(br#"<svg width="100%" height="50%">"#), None);
    }
}
