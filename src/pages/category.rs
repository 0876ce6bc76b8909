//! `/chuyen-muc/<id>`: one category's articles, newest first, from the build's index.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::{Breadcrumbs, Crumb, DocumentTitle};
use crate::content::listing::LoadedListing;
use crate::content::Store;
use crate::index::Listing;
use crate::model::routes::param;
use crate::pages::listing::ListingBody;
use crate::pages::loaded::Loaded;

/// A category's page.
#[component]
pub fn CategoryPage() -> impl IntoView {
    let params = use_params_map();
    let listing = Store::use_store()
        .listing(move || Listing::Category(params.read().get(param::CATEGORY).unwrap_or_default()));
    let page = move |loaded: Option<LoadedListing>| {
        loaded.map(|loaded| view! { <CategoryContents loaded /> })
    };
    view! { <Loaded resource=listing view=page error_title="Lỗi tải chuyên mục" /> }
}

/// The category's name and description, the chips, its articles.
#[component]
pub fn CategoryContents(loaded: LoadedListing) -> impl IntoView {
    let Listing::Category(id) = &loaded.listing else {
        return None;
    };
    let category = loaded.catalog.category(id)?.clone();
    let title = format!("Chuyên mục {}", category.name);
    Some(view! {
        <DocumentTitle text=title.clone() />
        <Breadcrumbs crumbs=vec![Crumb::home()] />
        <h1 id="bai-viet" class="bt-page-title">{title}</h1>
        <p class="bt-lead">{category.description.to_string()}</p>
        <ListingBody loaded top_level=true />
    })
}
