//! What can go wrong while loading content, in words a reader understands.

use crate::index;
use crate::model::ContentError;
use crate::search::files;

/// A failure to load one content file. The message says in a reader's words what could not
/// be shown ([`what`]); the file itself is for the editors (`LoadError::file`), and content
/// problems carry their field path and line:column.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    /// The request never got an answer: offline, DNS, blocked.
    #[error(
        "Chưa tải được {}. Vui lòng kiểm tra kết nối mạng rồi thử lại.",
        what(file)
    )]
    Network { file: String },
    /// The server answered with an error status.
    #[error(
        "Máy chủ chưa gửi được {} (mã lỗi {status}). Vui lòng thử lại sau ít phút.",
        what(file)
    )]
    Status { file: String, status: u16 },
    /// A file of the index the build writes is missing parts or of another version (a
    /// build older or newer than the app): the site needs building again.
    #[error("Danh sách bài viết của trang đang được cập nhật nên chưa đọc được. Vui lòng tải lại trang sau ít phút.")]
    Index { file: String },
    /// The file arrived but is not valid content.
    #[error("{} có lỗi nội dung nên chưa hiển thị được.", capitalized(what(file)))]
    Content {
        file: String,
        problems: Vec<ContentError>,
    },
    /// An issue's file failed: the issue by its title ("Bản tin Đảng bộ quận số 11"), and
    /// why.
    #[error("{error}")]
    Issue {
        title: String,
        error: Box<LoadError>,
    },
}

/// What the content file at `file` holds, as a reader would name it.
fn what(file: &str) -> &'static str {
    if file.ends_with(crate::model::check::CATALOG_FILE) {
        "danh sách các số bản tin"
    } else if file.contains("data/issues/") {
        "số bản tin này"
    } else if file.contains("data/gallery/") {
        "phần trưng bày này"
    } else if files::is_search_file(file) {
        "dữ liệu tìm kiếm"
    } else if file.starts_with(index::DIR) {
        "danh sách bài viết"
    } else {
        "nội dung này"
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

impl LoadError {
    /// The file that could not be loaded (`data/issues/so-11-2024.json`): for the editors.
    pub fn file(&self) -> &str {
        match self {
            LoadError::Network { file }
            | LoadError::Status { file, .. }
            | LoadError::Index { file }
            | LoadError::Content { file, .. } => file,
            LoadError::Issue { error, .. } => error.file(),
        }
    }

    /// The content problems, if this is a content error.
    pub fn problems(&self) -> &[ContentError] {
        match self {
            LoadError::Content { problems, .. } => problems,
            LoadError::Issue { error, .. } => error.problems(),
            _ => &[],
        }
    }

    /// This failure, said of the issue titled `title`.
    pub fn of_issue(self, title: &str) -> LoadError {
        LoadError::Issue {
            title: title.to_owned(),
            error: Box::new(self),
        }
    }

    /// The heading a reader sees: "Chưa tải được Bản tin Đảng bộ quận số 11", or what the
    /// file holds ("Chưa tải được danh sách các số bản tin").
    pub fn heading(&self) -> String {
        match self {
            LoadError::Issue { title, .. } => format!("Chưa tải được {title}"),
            other => format!("Chưa tải được {}", what(other.file())),
        }
    }
}
