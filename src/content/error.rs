//! What can go wrong while loading content, in words a reader understands.

use crate::model::ContentError;

/// A failure to load one content file. Shown to the reader with the file it concerns; the
/// content problems carry their field path and line:column for editors.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    /// The request never got an answer: offline, DNS, blocked.
    #[error("Không tải được tệp {file}. Vui lòng kiểm tra kết nối mạng rồi thử lại.")]
    Network { file: String },
    /// The server answered with an error status.
    #[error("Máy chủ trả về lỗi {status} khi tải tệp {file}.")]
    Status { file: String, status: u16 },
    /// A file of the index the build writes is missing parts or of another version (a
    /// build older or newer than the app): the site needs building again.
    #[error("Mục lục của trang ({file}) không đọc được. Vui lòng tải lại trang sau ít phút.")]
    Index { file: String },
    /// The file arrived but is not valid content.
    #[error("Tệp {file} có lỗi nội dung nên chưa hiển thị được.")]
    Content {
        file: String,
        problems: Vec<ContentError>,
    },
}

impl LoadError {
    /// The content problems, if this is a content error.
    pub fn problems(&self) -> &[ContentError] {
        match self {
            LoadError::Content { problems, .. } => problems,
            _ => &[],
        }
    }
}
