//! What the page writer takes from the `index.html` Trunk builds, read strictly: the public
//! URL (`<base>`), the tags Trunk wrote or passed through (the styles with their integrity,
//! the icon, the fonts' preloads, the manifest), the bundle (from its module preload and
//! wasm preload, not from Trunk's loader, which the shell drops unread) and the "needs
//! JavaScript" notice. Anything else is refused with its text: a Trunk that writes its
//! output otherwise stops the build instead of changing every page unseen.

/// One wasm bundle as Trunk built it: its JS module, its wasm, and the
/// `<link rel="modulepreload">` Trunk wrote for the module (with its integrity).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    pub js: String,
    pub wasm: String,
    pub preload: String,
}

impl Bundle {
    /// Its module's and wasm's paths in the built site, whose public URL is `base`
    /// (`/ban-tin/`): `xem-truoc/ban-tin-le-chan-….js`.
    pub fn files<'a>(&'a self, base: &str) -> [&'a str; 2] {
        [&self.js, &self.wasm].map(|path| path.strip_prefix(base).unwrap_or(path))
    }
}

/// Trunk's `index.html`, as the shell uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrunkOutput {
    /// The `<html>` element's attributes (`lang="vi"`).
    pub html_attributes: String,
    /// The build's public URL, from `<base href>`: `/`, `/ban-tin/`.
    pub base: String,
    /// The tags kept as Trunk wrote them, before the `<title>` and after it (where each
    /// page's own tags go).
    pub before_title: Vec<String>,
    pub after_title: Vec<String>,
    pub bundle: Bundle,
    /// `trunk serve`'s live-reload script, kept as it is; never in a built site.
    pub serve_scripts: Vec<String>,
    /// The body's `<noscript>`, for pages without written content.
    pub noscript: Option<String>,
}

/// The `name="value"` of `tag`, as Trunk and our `index.html` write them.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

/// Reads the elements of `html` from `at`: comments are skipped, an element is its start
/// tag, or for `title`, `script` and `noscript` the whole element.
struct Elements<'a> {
    html: &'a str,
    at: usize,
}

impl<'a> Elements<'a> {
    /// The next element or end tag: its name (lowercased) and text, or `Err` with the
    /// text that is neither.
    fn next(&mut self) -> Option<Result<(String, &'a str), String>> {
        loop {
            let rest = self.html[self.at..].trim_start();
            self.at = self.html.len() - rest.len();
            if rest.is_empty() {
                return None;
            }
            if let Some(comment) = rest.strip_prefix("<!--") {
                let end = comment.find("-->").map_or(rest.len(), |i| i + 4 + 3);
                self.at += end;
                continue;
            }
            if !rest.starts_with('<') {
                let text: String = rest.chars().take(60).collect();
                return Some(Err(text));
            }
            let tag_end = rest.find('>').map_or(rest.len(), |i| i + 1);
            let name: String = rest[1..tag_end]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '/' || *c == '!')
                .collect::<String>()
                .to_ascii_lowercase();
            let end = match name.as_str() {
                "title" | "script" | "noscript" => {
                    let close = format!("</{name}>");
                    rest.find(&close).map_or(rest.len(), |i| i + close.len())
                }
                _ => tag_end,
            };
            self.at += end;
            return Some(Ok((name, &rest[..end])));
        }
    }
}

/// What a Trunk that changed its output is told: the file, the element, and what to do.
fn unknown(file: &str, element: &str) -> String {
    let shown: String = element.chars().take(120).collect();
    format!(
        "{file}: Trunk viết phần mà trình viết trang không biết: {shown} (Trunk đã đổi cách \
         viết index.html; hãy dùng đúng phiên bản trong scripts/setup.sh, hoặc dạy \
         src/publish/shell/trunk.rs phần này)"
    )
}

impl TrunkOutput {
    /// Reads `html`, the file `file` Trunk built. `Err` names the first thing the page
    /// writer does not know.
    pub fn read(file: &str, html: &str) -> Result<TrunkOutput, String> {
        let mut elements = Elements { html, at: 0 };
        let mut next = || match elements.next() {
            Some(Ok(element)) => Ok(element),
            Some(Err(text)) => Err(unknown(file, &text)),
            None => Err(format!("{file}: thiếu phần cuối của trang")),
        };
        let (mut name, mut tag) = next()?;
        if name == "!doctype" {
            (name, tag) = next()?;
        }
        if name != "html" {
            return Err(unknown(file, tag));
        }
        let html_attributes = tag["<html".len()..tag.len() - 1].trim().to_owned();
        if next()?.0 != "head" {
            return Err(format!("{file}: thiếu <head>"));
        }
        let (mut base, mut js, mut wasm, mut loader) = (None, None, None, 0);
        let (mut before_title, mut after_title) = (Vec::new(), Vec::new());
        let mut serve_scripts = Vec::new();
        let mut titled = false;
        loop {
            let (name, tag) = next()?;
            let kept = if titled {
                &mut after_title
            } else {
                &mut before_title
            };
            let rel = attribute(tag, "rel");
            match (name.as_str(), rel) {
                ("/head", _) => break,
                ("meta", _) if attribute(tag, "charset").is_some() => {}
                ("meta", _) if attribute(tag, "name") == Some("description") => {}
                ("meta", _)
                    if matches!(attribute(tag, "name"), Some("viewport" | "theme-color")) =>
                {
                    kept.push(tag.to_owned());
                }
                ("base", _) => base = attribute(tag, "href").map(str::to_owned),
                ("title", _) => titled = true,
                ("link", Some("stylesheet" | "icon" | "manifest" | "apple-touch-icon")) => {
                    kept.push(tag.to_owned());
                }
                ("link", Some("preload")) if attribute(tag, "as") == Some("font") => {
                    kept.push(tag.to_owned());
                }
                ("link", Some("modulepreload")) => {
                    js = Some((attribute(tag, "href").unwrap_or_default(), tag));
                }
                ("link", Some("preload")) if attribute(tag, "type") == Some("application/wasm") => {
                    wasm = attribute(tag, "href");
                }
                ("script", _) if tag.contains(".well-known/trunk/ws") => {
                    serve_scripts.push(tag.to_owned());
                }
                // Trunk's loader: the shell writes its own.
                ("script", _) if tag.starts_with("<script type=\"module\">") => loader += 1,
                _ => return Err(unknown(file, tag)),
            }
        }
        let (Some(base), Some((js, preload)), Some(wasm), 1, true) =
            (base, js, wasm, loader, titled)
        else {
            return Err(format!(
                "{file}: thiếu <base>, <title>, trình nạp của Trunk hoặc thẻ nạp trước của \
                 mã chương trình (modulepreload, wasm)"
            ));
        };
        if next()?.0 != "body" {
            return Err(format!("{file}: thiếu <body>"));
        }
        let mut noscript = None;
        loop {
            let (name, tag) = next()?;
            match name.as_str() {
                "/body" => break,
                "noscript" => noscript = Some(tag.to_owned()),
                "script" if tag.contains(".well-known/trunk/ws") => {
                    serve_scripts.push(tag.to_owned());
                }
                _ => return Err(unknown(file, tag)),
            }
        }
        Ok(TrunkOutput {
            html_attributes,
            base,
            before_title,
            after_title,
            bundle: Bundle {
                js: js.to_owned(),
                wasm: wasm.to_owned(),
                preload: preload.to_owned(),
            },
            serve_scripts,
            noscript,
        })
    }

    /// Whether this is a build to publish, not `trunk serve`'s (which adds a live-reload
    /// script and rewrites it as it serves, so no hash can name it, and a service worker
    /// would keep serving it stale code).
    pub fn published(&self) -> bool {
        self.serve_scripts.is_empty()
    }
}
