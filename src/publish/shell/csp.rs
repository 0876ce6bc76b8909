//! The Content-Security-Policy: every inline script the shell writes, named by its hash.

/// The Content-Security-Policy and referrer policy as `<meta>` tags. Scripts: this site's
/// files, WebAssembly compilation, and the inline loader by hash, nothing else; no inline
/// script from anywhere can run. Pictures may be `blob:` (the editor preview's files).
/// Styles allow inline `style` attributes (the reserved box of a picture that failed).
pub(super) fn security_tags(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes
        .iter()
        .map(|h| format!(" 'sha256-{h}'"))
        .collect();
    format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; \
         script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self' 'unsafe-inline'; \
         img-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'\" />\n    <meta name=\"referrer\" content=\"strict-origin-when-cross-origin\" />"
    )
}
