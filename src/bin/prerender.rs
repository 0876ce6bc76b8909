//! Writes one HTML file per address into a built site (`dist/`, or Trunk's staging folder when
//! run as its post-build hook): `index.html` for home, `so/<issue>/index.html`, each
//! article, the gallery and each work, the editor preview, and `404.html`, each with its
//! head tags, its page drawn and the Content-Security-Policy (`publish`).
//!
//!   cargo run --bin prerender -- dist target/xem-truoc-dist
//!
//! The second folder is the editor preview's own build (`xem-truoc.html`; Trunk's hook,
//! `scripts/post-build.sh`, builds it first).
//!
//! Absolute addresses (canonical, `og:image`) start with `BAN_TIN_SITE_URL` (default
//! `http://127.0.0.1:8080`, the local server); set it to the public address when deploying.

// It runs on the host only; `cargo test --target wasm32…` still builds every binary.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let (Some(dir), Some(preview)) = (std::env::args().nth(1), std::env::args().nth(2)) else {
        eprintln!(
            "Cách dùng: prerender <thư mục đã build, ví dụ dist> <thư mục build của trang xem \
             trước, ví dụ target/xem-truoc-dist>"
        );
        return ExitCode::from(2);
    };
    let site_url =
        std::env::var("BAN_TIN_SITE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080".to_owned());
    match ban_tin_le_chan::publish::run(
        std::path::Path::new(&dir),
        std::path::Path::new(&preview),
        &site_url,
    ) {
        Ok(count) => {
            println!("prerender: {count} trang trong {dir}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}
