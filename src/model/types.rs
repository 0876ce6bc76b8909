//! The content format: what editors write in `catalog.json`, the issue files and the gallery
//! files. Unknown fields are refused so a misspelt field name is reported, not ignored.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::date::{Date, DateTime};
use super::text::{SchemaVersion, SitePath, Slug, Text};

/// `data/catalog.json`: the one entry point of the bulletin.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(
    description = "Tệp data/catalog.json: điểm vào duy nhất của bản tin, liệt kê chuyên mục, các số báo và bộ sưu tập trưng bày."
)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    #[schemars(
        description = "Đường dẫn tới JSON Schema của tệp này (không bắt buộc), để trình soạn thảo gạch chân lỗi khi gõ. Trang đọc bỏ qua trường này."
    )]
    /// Editors may name the JSON Schema here for their editor's help; the reader ignores it.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    #[schemars(description = "Phiên bản định dạng nội dung. Hiện chỉ nhận số 1.")]
    pub schema_version: SchemaVersion,
    #[schemars(description = "Tên bản tin và cơ quan xuất bản.")]
    pub publication: Publication,
    #[schemars(description = "Các chuyên mục, theo thứ tự hiển thị. Cần ít nhất một chuyên mục.")]
    #[schemars(length(max = 50))]
    pub categories: Vec<Category>,
    #[schemars(description = "Các số báo. Mỗi số có tệp riêng chứa bài viết.")]
    #[schemars(length(max = 1000))]
    pub issues: Vec<IssueEntry>,
    #[schemars(description = "Các bộ sưu tập công trình tuyên truyền trực quan (không bắt buộc).")]
    #[schemars(length(max = 50))]
    #[serde(default)]
    pub gallery: Vec<GalleryEntry>,
}

/// The bulletin itself: its name and who publishes it.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(description = "Bản tin và cơ quan xuất bản.")]
#[serde(deny_unknown_fields)]
pub struct Publication {
    #[schemars(description = "Tên bản tin, ví dụ \"Bản tin điện tử Đảng bộ quận Lê Chân\".")]
    pub name: Text,
    #[schemars(description = "Cơ quan xuất bản, ví dụ \"Quận ủy Lê Chân, thành phố Hải Phòng\".")]
    pub publisher: Text,
    #[schemars(description = "Giới thiệu ngắn về bản tin (không bắt buộc).")]
    #[serde(default)]
    pub description: Option<Text>,
    #[schemars(
        description = "Cơ quan chịu trách nhiệm nội dung, hiện ở chân trang (không bắt buộc), ví dụ \"Ban Tuyên giáo Quận ủy\"."
    )]
    #[serde(default)]
    pub responsible: Option<Text>,
    #[schemars(description = "Địa chỉ liên hệ, hiện ở chân trang (không bắt buộc).")]
    #[serde(default)]
    pub address: Option<Text>,
    #[schemars(
        description = "Số điện thoại liên hệ, hiện ở chân trang (không bắt buộc): chữ số, dấu cách, dấu chấm, gạch ngang, ngoặc đơn, có thể bắt đầu bằng +, ví dụ \"0225 3xxx xxx\"."
    )]
    #[serde(default)]
    pub phone: Option<Text>,
    #[schemars(
        description = "Thư điện tử liên hệ, hiện ở chân trang (không bắt buộc), ví dụ \"bantin@example.vn\"."
    )]
    #[serde(default)]
    pub email: Option<Text>,
    #[schemars(
        description = "Giấy phép xuất bản, nếu có, ghi đúng như trên giấy phép (không bắt buộc)."
    )]
    #[serde(default)]
    pub licence: Option<Text>,
}

/// A chuyên mục.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(description = "Một chuyên mục.")]
#[serde(deny_unknown_fields)]
pub struct Category {
    #[schemars(
        description = "Mã chuyên mục: chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ \"xay-dung-dang\". Bài viết dùng mã này trong trường category."
    )]
    pub id: Slug,
    #[schemars(description = "Tên chuyên mục hiển thị cho bạn đọc, ví dụ \"Xây dựng Đảng\".")]
    pub name: Text,
    #[schemars(
        description = "Một câu giới thiệu chuyên mục, hiện dưới tên khi lọc theo chuyên mục."
    )]
    pub description: Text,
}

/// Regular issues come out on schedule; special issues mark an occasion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, Serialize)]
#[schemars(description = "Loại số báo: \"regular\" là số thường kỳ, \"special\" là số đặc biệt.")]
#[serde(rename_all = "lowercase")]
pub enum IssueKind {
    Regular,
    Special,
}

/// One issue as the catalog lists it; its articles live in its own file.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(
    description = "Một số báo trong catalog.json; bài viết của số nằm trong tệp riêng (trường file)."
)]
#[serde(deny_unknown_fields)]
pub struct IssueEntry {
    #[schemars(
        description = "Mã số báo, dùng trong địa chỉ trang (/so/<mã>): chữ thường không dấu, chữ số, dấu gạch ngang, ví dụ \"so-11-2024\"."
    )]
    pub id: Slug,
    #[schemars(description = "Số thứ tự của số báo.")]
    pub number: u32,
    #[schemars(description = "Tên số báo, ví dụ \"Bản tin Đảng bộ quận số 11\".")]
    pub title: Text,
    #[schemars(description = "Ngày phát hành, dạng năm-tháng-ngày, ví dụ \"2024-10-11\".")]
    pub date: Date,
    #[schemars(
        description = "Loại số báo: \"regular\" (thường kỳ) hoặc \"special\" (số đặc biệt). Số đặc biệt có trường featured được giới thiệu ở trang chủ."
    )]
    pub kind: IssueKind,
    #[schemars(description = "Ảnh bìa của số báo.")]
    pub cover: Image,
    #[schemars(description = "Tóm tắt số báo, hiện trên thẻ số báo và trang số báo.")]
    pub summary: Text,
    #[schemars(
        description = "Các dịp kỷ niệm mà số đặc biệt đánh dấu, hiện trên trang đầu của số (không bắt buộc)."
    )]
    /// Occasions a special issue marks, shown on its masthead.
    #[serde(default)]
    pub occasions: Vec<Text>,
    #[schemars(
        description = "Đặt true để giới thiệu số đặc biệt này ở trang chủ, ngay dưới số mới nhất, trong thời gian của dịp kỷ niệm. Khi dịp đã qua, bỏ trường này (hoặc đặt false): số vẫn nằm trong danh sách các số. Chỉ dùng cho số đặc biệt, và mỗi lúc chỉ một số."
    )]
    /// Whether home features this special issue (at most one, checked by `model::check`).
    #[serde(default)]
    pub featured: bool,
    #[schemars(
        description = "Tệp bài viết của số, tính từ thư mục gốc của trang, ví dụ \"data/issues/so-11-2024.json\"."
    )]
    /// The issue's own file, e.g. `data/issues/2024-10-dac-biet.json`.
    pub file: SitePath,
}

/// A gallery collection as the catalog lists it.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(description = "Một bộ sưu tập trưng bày trong catalog.json.")]
#[serde(deny_unknown_fields)]
pub struct GalleryEntry {
    #[schemars(description = "Mã bộ sưu tập: chữ thường không dấu, chữ số, dấu gạch ngang.")]
    pub id: Slug,
    #[schemars(description = "Tên bộ sưu tập.")]
    pub title: Text,
    #[schemars(
        description = "Tệp tác phẩm của bộ sưu tập, ví dụ \"data/gallery/55-nam-di-chuc.json\"."
    )]
    pub file: SitePath,
}

/// An image with everything a reader needs: its size (no layout shift) and a text
/// alternative (screen readers). Caption and credit are shown under it when present.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[schemars(
    description = "Một ảnh: đường dẫn, kích thước thật và lời mô tả cho người không xem được ảnh."
)]
#[serde(deny_unknown_fields)]
pub struct Image {
    #[schemars(
        description = "Đường dẫn ảnh trong trang, ví dụ \"images/bai/hoi-nghi.jpg\". Không nhận địa chỉ có giao thức (http:, data:, javascript:)."
    )]
    pub src: SitePath,
    #[schemars(
        description = "Chiều rộng thật của ảnh, tính bằng điểm ảnh (1 đến 20000). Lệnh kiểm tra so với tệp ảnh."
    )]
    pub width: u32,
    #[schemars(description = "Chiều cao thật của ảnh, tính bằng điểm ảnh (1 đến 20000).")]
    pub height: u32,
    #[schemars(
        description = "Mô tả nội dung ảnh cho người dùng trình đọc màn hình. Bắt buộc, không để trống."
    )]
    pub alt: Text,
    #[schemars(description = "Chú thích hiện dưới ảnh (không bắt buộc).")]
    #[serde(default)]
    pub caption: Option<Text>,
    #[schemars(description = "Nguồn ảnh hoặc tác giả ảnh (không bắt buộc).")]
    #[serde(default)]
    pub credit: Option<Text>,
    #[schemars(
        description = "Các cỡ khác của cùng ảnh (ảnh JPEG/PNG), để điện thoại tải tệp nhỏ hơn (không bắt buộc)."
    )]
    /// Other sizes of the same raster picture, so phones download a smaller file.
    #[serde(default)]
    pub srcset: Vec<ImageSource>,
}

/// One size of a raster picture, for `srcset`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[schemars(description = "Một cỡ khác của ảnh.")]
#[serde(deny_unknown_fields)]
pub struct ImageSource {
    #[schemars(description = "Đường dẫn tệp ảnh cỡ này.")]
    pub src: SitePath,
    #[schemars(description = "Chiều rộng thật của tệp này, tính bằng điểm ảnh.")]
    /// The file's real width in pixels.
    pub width: u32,
}

impl Image {
    /// The `srcset` attribute (`a-480.jpg 480w, a-960.jpg 960w`), or `None` when the editor
    /// gave no other sizes (vector pictures need none).
    pub fn srcset_attr(&self) -> Option<String> {
        self.srcset_with(str::to_owned)
    }

    /// [`Image::srcset_attr`] with each file's address given by `url` (the editor preview
    /// serves opened pictures from object URLs).
    pub fn srcset_with(&self, url: impl Fn(&str) -> String) -> Option<String> {
        (!self.srcset.is_empty()).then(|| {
            self.srcset
                .iter()
                .map(|s| format!("{} {}w", url(&s.src), s.width))
                .collect::<Vec<_>>()
                .join(", ")
        })
    }
}

/// An issue file: the articles of one issue.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(description = "Tệp bài viết của một số báo (data/issues/<mã>.json).")]
#[serde(deny_unknown_fields)]
pub struct IssueFile {
    #[schemars(
        description = "Đường dẫn tới JSON Schema của tệp này (không bắt buộc). Trang đọc bỏ qua trường này."
    )]
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    #[schemars(description = "Phiên bản định dạng nội dung. Hiện chỉ nhận số 1.")]
    pub schema_version: SchemaVersion,
    #[schemars(description = "Mã số báo; phải trùng với mã (id) mà catalog.json ghi cho tệp này.")]
    /// Must equal the id the catalog gives this file.
    pub issue: Slug,
    #[schemars(description = "Các bài viết của số, theo thứ tự đọc.")]
    #[schemars(length(max = 200))]
    pub articles: Vec<Article>,
}

/// One article.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(description = "Một bài viết.")]
#[serde(deny_unknown_fields)]
pub struct Article {
    #[schemars(
        description = "Mã bài viết, dùng trong địa chỉ trang: chữ thường không dấu, chữ số, dấu gạch ngang; không trùng trong cùng số."
    )]
    pub id: Slug,
    #[schemars(description = "Tiêu đề bài viết.")]
    pub title: Text,
    #[schemars(
        description = "Mã chuyên mục của bài, phải có trong danh sách categories của catalog.json."
    )]
    pub category: Slug,
    #[schemars(description = "Sapo (tóm tắt) của bài, hiện trong danh sách và kết quả tìm kiếm.")]
    pub summary: Text,
    #[schemars(description = "Tác giả hoặc đơn vị viết bài.")]
    pub author: Text,
    #[schemars(
        description = "Thời điểm đăng, dạng năm-tháng-ngàyTgiờ:phút, ví dụ \"2024-10-11T08:00\" (có thể thêm \"+07:00\")."
    )]
    pub published: DateTime,
    #[schemars(description = "Ảnh đầu bài, hiện trên bài và trong danh sách (không bắt buộc).")]
    /// The lead picture, shown above the body and on cards.
    #[serde(default)]
    pub image: Option<Image>,
    #[schemars(
        description = "Nội dung bài: các khối đoạn văn, tiêu đề nhỏ, trích dẫn, danh sách, ảnh. Chỉ văn bản thuần, không nhận HTML."
    )]
    pub body: Vec<Block>,
}

/// A block of an article's body. Plain text only: the format has no HTML.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(description = "Một khối nội dung của bài; trường type cho biết loại khối.")]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    #[schemars(description = "Một đoạn văn.")]
    Paragraph {
        #[schemars(description = "Nội dung văn bản của khối (văn bản thuần, không HTML).")]
        text: Text,
    },
    #[schemars(description = "Một tiêu đề nhỏ trong bài.")]
    Heading {
        #[schemars(description = "Nội dung văn bản của khối (văn bản thuần, không HTML).")]
        text: Text,
    },
    #[schemars(description = "Một trích dẫn, có thể ghi người nói.")]
    Quote {
        #[schemars(description = "Nội dung văn bản của khối (văn bản thuần, không HTML).")]
        text: Text,
        #[serde(default)]
        #[schemars(description = "Người hoặc văn kiện được trích dẫn (không bắt buộc).")]
        attribution: Option<Text>,
    },
    #[schemars(description = "Một danh sách gạch đầu dòng hoặc đánh số.")]
    List {
        #[serde(default)]
        #[schemars(description = "true: danh sách đánh số; false hoặc bỏ trống: gạch đầu dòng.")]
        ordered: bool,
        #[schemars(description = "Các mục của danh sách, ít nhất một mục.")]
        items: Vec<Text>,
    },
    #[schemars(description = "Một ảnh trong bài, có chú thích.")]
    Figure {
        #[schemars(description = "Ảnh của khối.")]
        image: Image,
    },
}

/// A gallery file: the works of one collection.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(description = "Tệp tác phẩm của một bộ sưu tập trưng bày (data/gallery/<mã>.json).")]
#[serde(deny_unknown_fields)]
pub struct GalleryFile {
    #[schemars(
        description = "Đường dẫn tới JSON Schema của tệp này (không bắt buộc). Trang đọc bỏ qua trường này."
    )]
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    #[schemars(description = "Phiên bản định dạng nội dung. Hiện chỉ nhận số 1.")]
    pub schema_version: SchemaVersion,
    #[schemars(description = "Mã bộ sưu tập; phải trùng với mã mà catalog.json ghi cho tệp này.")]
    /// Must equal the id the catalog gives this file.
    pub collection: Slug,
    #[schemars(description = "Tên bộ sưu tập, hiện trên trang trưng bày.")]
    pub title: Text,
    #[schemars(description = "Giới thiệu bộ sưu tập.")]
    pub description: Text,
    #[schemars(description = "Các tác phẩm, theo thứ tự hiển thị.")]
    #[schemars(length(max = 500))]
    pub works: Vec<Work>,
}

/// A work of visual propaganda (pano, áp phích, tranh cổ động).
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[schemars(description = "Một công trình tuyên truyền trực quan (pano, áp phích, tranh cổ động).")]
#[serde(deny_unknown_fields)]
pub struct Work {
    #[schemars(
        description = "Mã tác phẩm, dùng trong địa chỉ trang (/trung-bay/<mã>): chữ thường không dấu, chữ số, dấu gạch ngang."
    )]
    pub id: Slug,
    #[schemars(description = "Tên tác phẩm.")]
    pub title: Text,
    #[schemars(description = "Chú thích tác phẩm, hiện dưới ảnh.")]
    pub caption: Text,
    #[schemars(description = "Nơi đặt tác phẩm.")]
    pub place: Text,
    #[schemars(description = "Ngày hoàn thành hoặc ra mắt, dạng năm-tháng-ngày.")]
    pub date: Date,
    #[schemars(description = "Ảnh tác phẩm.")]
    pub image: Image,
}
