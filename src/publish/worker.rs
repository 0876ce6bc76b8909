//! The service worker of a published build: its source with this build's version and the
//! files of its app shell, and `sw-register.js`.

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};

/// The service worker's source (`src/sw/sw.js`) with this build's version and shell files.
pub fn service_worker(source: &str, version: &str, shell: &[String]) -> String {
    let list = serde_json::to_string(shell).unwrap_or_else(|_| "[]".to_owned());
    source
        .replace("'__VERSION__'", &format!("'{version}'"))
        .replace("__SHELL__", &list)
}

/// Which files of the built site's top folder belong to the app shell the service worker
/// keeps for offline use: the code, styles, fonts and manifest, and the home page (`./`);
/// not the other pages (any address is drawn by the shell) nor the worker itself.
pub fn shell_files<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut shell: Vec<String> = names
        .into_iter()
        .filter(|name| {
            !name.ends_with(".html")
                && !name.ends_with(".br")
                && !name.ends_with(".gz")
                && !name.starts_with('.')
                && *name != "sw.js"
        })
        .map(str::to_owned)
        .collect();
    shell.sort();
    shell.insert(0, "./".to_owned());
    shell
}

/// The folder of the site's fonts (`public/fonts`, `style/fonts.css`).
const FONTS: &str = "fonts";

/// Writes `sw.js` (the worker, with this build's files and a version made from their hashed
/// names) and `sw-register.js`.
pub fn write(dir: &Path) -> Result<(), String> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("không đọc được thư mục: {e}"))? {
        let entry = entry.map_err(|e| e.to_string())?;
        // Top-level files only: the app icons (PNG) are fetched by the browser when the
        // site is installed, not by every reader on the first visit.
        if entry.path().is_file() {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    // The site's own type: every page's text is drawn with it, offline too.
    if let Ok(fonts) = fs::read_dir(dir.join(FONTS)) {
        for entry in fonts.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".woff2") {
                names.push(format!("{FONTS}/{name}"));
            }
        }
    }
    // Written below, and loaded by every page.
    names.push("sw-register.js".to_owned());
    let shell = shell_files(names.iter().map(String::as_str));
    let digest = Sha256::digest(shell.join("\n"));
    let version: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let worker = service_worker(include_str!("../sw/sw.js"), &version, &shell);
    fs::write(dir.join("sw.js"), worker).map_err(|e| format!("không ghi được sw.js: {e}"))?;
    fs::write(
        dir.join("sw-register.js"),
        include_str!("../sw/sw-register.js"),
    )
    .map_err(|e| format!("không ghi được sw-register.js: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_gets_this_builds_files() {
        let shell = shell_files([
            "index.html",
            "404.html",
            "app-0123456789abcdef_bg.wasm",
            "app-0123456789abcdef.js",
            "sw.js",
            "manifest.webmanifest",
            "icons/icon-192.png",
            "fonts/noto-serif-400.woff2",
            "fonts/noto-serif-400.woff2.br",
        ]);
        assert_eq!(
            shell,
            [
                "./",
                "app-0123456789abcdef.js",
                "app-0123456789abcdef_bg.wasm",
                "fonts/noto-serif-400.woff2",
                "icons/icon-192.png",
                "manifest.webmanifest"
            ]
        );
        let source = "const VERSION = '__VERSION__';\nconst SHELL = __SHELL__;";
        assert_eq!(
            service_worker(source, "abc", &shell[..2]),
            "const VERSION = 'abc';\nconst SHELL = [\"./\",\"app-0123456789abcdef.js\"];"
        );
    }
}
