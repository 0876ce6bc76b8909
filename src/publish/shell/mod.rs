//! The written page's HTML document, written here, not edited from Trunk's: Trunk keeps
//! the asset pipeline (hashed styles, icon, the two bundles), and `trunk` reads what it
//! built, strictly. Each page is [`Shell::page`]: the head (`head`: its title, description,
//! share tags; the policy, `csp`; the scripts and the loader, `scripts`) and the body the
//! page writer drew.

mod csp;
mod head;
mod scripts;
mod trunk;

#[cfg(test)]
mod tests;

use base64::Engine;
use sha2::{Digest, Sha256};

pub use head::{escape, head_tags, share_picture, SharePicture};
pub use scripts::Bundles;
pub use trunk::{Bundle, TrunkOutput};

use crate::handover::SITE_URL;
pub use crate::model::routes::absolute;
use crate::publish::pages::PageMeta;

/// Every page's document, from what Trunk built.
pub struct Shell {
    trunk: TrunkOutput,
    bundles: Bundles,
    site_url: String,
    /// The policy's tags, in a published build.
    security: Option<String>,
    /// The inline scripts, made once: every page carries the same.
    text_size: String,
    page_script: String,
    /// The loader of readers' pages, and of the preview's page.
    loaders: [String; 2],
}

impl Shell {
    /// The shell of the site Trunk built (`trunk`), with the editor preview's bundle, whose
    /// public address is `site_url`.
    pub fn new(trunk: TrunkOutput, preview: Bundle, site_url: &str) -> Shell {
        let bundles = Bundles {
            reader: trunk.bundle.clone(),
            preview,
        };
        let text_size = scripts::text_size_script();
        let page_script = scripts::page_script();
        let loaders = [bundles.loader(false), bundles.loader(true)];
        // One policy on every page: it names every inline script, both loaders too.
        let security = trunk.published().then(|| {
            let mut hashes: Vec<String> = [&text_size, &page_script, &loaders[0], &loaders[1]]
                .iter()
                .map(|script| {
                    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script))
                })
                .collect();
            hashes.sort_unstable();
            hashes.dedup();
            csp::security_tags(&hashes)
        });
        Shell {
            trunk,
            bundles,
            site_url: site_url.trim_end_matches('/').to_owned(),
            security,
            text_size,
            page_script,
            loaders,
        }
    }

    /// The build's public URL (`/`, `/ban-tin/`).
    pub fn base(&self) -> &str {
        &self.trunk.base
    }

    /// Whether the build is one to publish (not `trunk serve`'s): it has the policy and the
    /// service worker.
    pub fn published(&self) -> bool {
        self.trunk.published()
    }

    /// The bundles the loader starts.
    pub fn bundles(&self) -> &Bundles {
        &self.bundles
    }

    /// The document of `page`: its head tags (`picture`, its share picture), and `body`,
    /// the page as drawn, or Trunk's "needs JavaScript" notice where the page writer drew
    /// nothing. The preview's page (`preview_page`) keeps a module preload of its bundle,
    /// which it starts at once; readers' pages have none: their app's module is fetched
    /// only when a reader asks for the app (9 KB a reader who only reads does not download;
    /// BENCHMARKS.md).
    pub fn page(
        &self,
        page: &PageMeta,
        picture: Option<&SharePicture>,
        body: Option<&str>,
        preview_page: bool,
    ) -> String {
        let trunk = &self.trunk;
        let mut out = String::with_capacity(8 * 1024 + body.map_or(0, str::len));
        let line = |out: &mut String, text: &str| {
            out.push_str("    ");
            out.push_str(text);
            out.push('\n');
        };
        out.push_str(&format!(
            "<!doctype html>\n<html {SITE_URL}=\"{}\" {}>\n  <head>\n",
            escape(&self.site_url),
            trunk.html_attributes
        ));
        // A policy in a `<meta>` governs only what comes after it: right after the charset.
        line(&mut out, "<meta charset=\"utf-8\" />");
        if let Some(security) = &self.security {
            line(&mut out, security);
        }
        // Before every link and script: each relative address depends on it.
        line(
            &mut out,
            &format!("<base href=\"{}\" />", escape(&trunk.base)),
        );
        trunk
            .before_title
            .iter()
            .for_each(|tag| line(&mut out, tag));
        line(&mut out, &head_tags(page, picture, &self.site_url));
        trunk.after_title.iter().for_each(|tag| line(&mut out, tag));
        // Before the loader that imports the same file: after it, Firefox reported an error
        // on the preload in 7 of 48 fresh loads (`../shared/notes/toolchain.md`).
        if preview_page {
            line(&mut out, &self.bundles.preview.preload);
        }
        line(
            &mut out,
            &format!(
                "<script type=\"module\">{}</script>",
                self.loaders[usize::from(preview_page)]
            ),
        );
        line(&mut out, &format!("<script>{}</script>", self.text_size));
        trunk
            .serve_scripts
            .iter()
            .for_each(|tag| line(&mut out, tag));
        if self.published() {
            line(&mut out, "<script src=\"sw-register.js\" defer></script>");
        }
        out.push_str("  </head>\n  <body>");
        match body {
            Some(body) => out.push_str(body),
            None => out.push_str(trunk.noscript.as_deref().unwrap_or_default()),
        }
        out.push_str(&format!(
            "\n  <script>{}</script>\n  </body>\n</html>\n",
            self.page_script
        ));
        out
    }
}
