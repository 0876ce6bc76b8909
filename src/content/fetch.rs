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
