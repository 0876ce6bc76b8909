//! The one place that talks to the network.

use super::LoadError;

/// Fetches a site file as text. Relative paths resolve against the document's `<base>`, so
/// the site works at the root or under a sub-path.
pub async fn text(path: &str) -> Result<String, LoadError> {
    let response = gloo_net::http::Request::get(path)
        .send()
        .await
        .map_err(|_| LoadError::Network {
            file: path.to_owned(),
        })?;
    if !response.ok() {
        return Err(LoadError::Status {
            file: path.to_owned(),
            status: response.status(),
        });
    }
    response.text().await.map_err(|_| LoadError::Network {
        file: path.to_owned(),
    })
}

/// The length a site file would be sent with, asked without its body (`HEAD`): `None` when
/// the host does not say (no `Content-Length`), answers with an error, or cannot be reached.
pub async fn length(path: &str) -> Option<u64> {
    let response = gloo_net::http::Request::get(path)
        .method(gloo_net::http::Method::HEAD)
        .send()
        .await
        .ok()?;
    if !response.ok() {
        return None;
    }
    response
        .headers()
        .get("content-length")?
        .trim()
        .parse()
        .ok()
}
