//! The occasions a special issue marks.

use leptos::prelude::*;

use crate::model::Text;

/// The occasions as a list ("94 năm Ngày truyền thống…"); nothing when there are none.
#[component]
pub fn OccasionList(
    /// The occasions, as the catalog lists them.
    occasions: Vec<Text>,
) -> impl IntoView {
    (!occasions.is_empty()).then(|| {
        let items = occasions
            .into_iter()
            .map(|o| view! { <li>{o.to_string()}</li> })
            .collect_view();
        view! { <ul class="bt-occasions">{items}</ul> }
    })
}
