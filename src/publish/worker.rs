//! The service worker of a published build: its source with this build's version and the
//! files of its app shell, and `sw-register.js`.

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};

/// The service worker's source (`src/sw/sw.js`) with this build's version and files.
pub fn service_worker(source: &str, version: &str, files: &Kept) -> String {
    let list = |names: &[String]| serde_json::to_string(names).unwrap_or_else(|_| "[]".to_owned());
    source
        .replace("'__VERSION__'", &format!("'{version}'"))
        .replace("__SHELL__", &list(&files.shell))
        .replace("__APP__", &list(&files.app))
}

/// What the worker keeps of the built site's top folder for offline use.
#[derive(Debug, PartialEq, Eq)]
pub struct Kept {
    /// Kept at install: the styles, fonts and manifest, the home page (`./`) and
    /// `404.html`, whose page the app takes over at any address.
    pub shell: Vec<String>,
    /// The readers' code (module and wasm), kept when a page first loads it: the app starts
    /// only when a reader asks for it (`publish/shell/js/loader.js`), so a reader who
    /// never does never downloads it, through the worker either.
    pub app: Vec<String>,
}

/// Sorts the built site's top-level `names` into the worker's [`Kept`] files, with the home
/// page and `404.html` (which the page writer writes after the worker): not the other pages
/// (read pages are kept as they are read) nor the worker itself.
pub fn kept_files<'a>(names: impl IntoIterator<Item = &'a str>) -> Kept {
    let (mut app, mut shell): (Vec<String>, Vec<String>) = names
        .into_iter()
        .filter(|name| {
            !name.ends_with(".html")
                && !name.ends_with(".br")
                && !name.ends_with(".gz")
                && !name.starts_with('.')
                && *name != "sw.js"
        })
        .map(str::to_owned)
        .partition(|name| is_app(name));
    shell.push(NOT_FOUND.to_owned());
    shell.sort();
    shell.insert(0, "./".to_owned());
    app.sort();
    Kept { shell, app }
}

/// The page static hosts serve for an address without a file (`handover::ANY_PATH`).
const NOT_FOUND: &str = "404.html";

/// Whether a top-level file is the readers' code: Trunk's module and its wasm (not
/// `sw-register.js`, which every page loads).
fn is_app(name: &str) -> bool {
    !name.contains('/')
        && (name.ends_with("_bg.wasm") || (name.ends_with(".js") && name != "sw-register.js"))
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
    let kept = kept_files(names.iter().map(String::as_str));
    let digest = Sha256::digest([kept.shell.join("\n"), kept.app.join("\n")].join("\n\n"));
    let version: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let worker = service_worker(include_str!("../sw/sw.js"), &version, &kept);
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
        let kept = kept_files([
            "index.html",
            "404.html",
            "app-0123456789abcdef_bg.wasm",
            "app-0123456789abcdef.js",
            "sw.js",
            "sw-register.js",
            "manifest.webmanifest",
            "icons/icon-192.png",
            "fonts/noto-serif-400.woff2",
            "fonts/noto-serif-400.woff2.br",
        ]);
        assert_eq!(
            kept.shell,
            [
                "./",
                "404.html",
                "fonts/noto-serif-400.woff2",
                "icons/icon-192.png",
                "manifest.webmanifest",
                "sw-register.js"
            ]
        );
        assert_eq!(
            kept.app,
            ["app-0123456789abcdef.js", "app-0123456789abcdef_bg.wasm"]
        );
        let source =
            "const VERSION = '__VERSION__';\nconst SHELL = __SHELL__;\nconst APP = __APP__;";
        let few = Kept {
            shell: kept.shell[..2].to_vec(),
            app: kept.app[..1].to_vec(),
        };
        assert_eq!(
            service_worker(source, "abc", &few),
            "const VERSION = 'abc';\nconst SHELL = [\"./\",\"404.html\"];\nconst APP = [\"app-0123456789abcdef.js\"];"
        );
    }
}
