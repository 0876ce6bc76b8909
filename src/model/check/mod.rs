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
use super::parse::{parse_catalog, parse_gallery, parse_issue, Checked, Problems};
use super::types::{Block, Catalog, IssueFile, IssueKind};

mod pictures;

use pictures::Picture;
pub use pictures::{image_size, PictureRef};

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

/// [`check_folder`], with the pictures and the catalog.
pub fn check_folder_report(read: &ReadFile, images: ImageCheck) -> FolderReport {
    let only = |problems| FolderReport {
        problems,
        ..FolderReport::default()
    };
    let mut problems = Vec::new();
    let (catalog_text, catalog) = match read_catalog(read) {
        Ok(read) => read,
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
                pictures.extend(issue_pictures(&entry.file, &text, &checked));
                problems.extend(checked.problems);
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

/// The catalog's text and the catalog, or why the folder has none to check.
fn read_catalog(read: &ReadFile) -> Result<(Rc<str>, Catalog), Problems> {
    let Some(text) = read(CATALOG_FILE).map(|b| text_of(CATALOG_FILE, b)) else {
        return Err(vec![ContentError::whole_file(
            CATALOG_FILE,
            "không tìm thấy tệp catalog.json: thư mục nội dung cần có tệp data/catalog.json",
        )]);
    };
    let text: Rc<str> = text.map_err(|problem| vec![problem])?.into();
    let catalog = parse_catalog(CATALOG_FILE, &text)?;
    Ok((text, catalog))
}

/// The pictures of an issue file's valid articles (`file`, whose text is `text`): each
/// article's own and its body's figures.
fn issue_pictures(file: &str, text: &Rc<str>, checked: &Checked<IssueFile>) -> Vec<Picture> {
    let mut pictures = Vec::new();
    for (article, &at) in checked.value.articles.iter().zip(&checked.kept) {
        let path = FieldPath::root().key("articles").index(at);
        if let Some(image) = &article.image {
            pictures.push(Picture::new(file, text, path.key("image"), image));
        }
        for (j, block) in article.body.iter().enumerate() {
            if let Block::Figure { image } = block {
                let at = path.key("body").index(j).key("image");
                pictures.push(Picture::new(file, text, at, image));
            }
        }
    }
    pictures
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
