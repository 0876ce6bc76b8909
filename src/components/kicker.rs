//! An article's category above its title, linking to the category's page.

use leptos::prelude::*;

use crate::model::routes::Route;
use crate::model::Category;

/// The category as a kicker: small capitals in the accent colour, a link to its page.
#[component]
pub fn Kicker(category: Category) -> impl IntoView {
    view! {
        <p class="bt-kicker">
            <a href=Route::category(&category.id).relative()>{category.name.to_string()}</a>
        </p>
    }
}
