//! The footer on every page: who publishes the bulletin and how to reach them, from the
//! catalog's `publication` (only what it gives).

use leptos::prelude::*;

use crate::model::{Publication, Text};

/// The publication's name, publisher, the office responsible for content, address, phone,
/// email and licence, each only when the catalog has it.
#[component]
pub fn SiteFooter(
    /// The catalog's `publication`, once the catalog arrives.
    #[prop(into)]
    publication: Signal<Option<Publication>>,
) -> impl IntoView {
    let lines = move || {
        publication.get().map(|p| {
            let text = |t: &Option<Text>| t.as_ref().map(ToString::to_string);
            let phone = p.phone.as_ref().map(|phone| {
                let digits: String = phone
                    .as_str()
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '+')
                    .collect();
                view! { <a href=format!("tel:{digits}")>{phone.to_string()}</a> }
            });
            let email = p.email.as_ref().map(|email| {
                view! { <a href=format!("mailto:{email}")>{email.to_string()}</a> }
            });
            view! {
                <p class="bt-footer__name">{p.name.to_string()}</p>
                <dl class="bt-footer__details">
                    {line("Cơ quan xuất bản", Some(p.publisher.to_string()))}
                    {line("Chịu trách nhiệm nội dung", text(&p.responsible))}
                    {line("Địa chỉ", text(&p.address))} {line("Điện thoại", phone)}
                    {line("Thư điện tử", email)} {line("Giấy phép", text(&p.licence))}
                </dl>
            }
        })
    };
    view! {
        <footer class="bt-footer">
            <div class="bt-footer__inner">{lines}</div>
        </footer>
    }
}

/// One line of the footer's details, when there is something to say.
fn line(label: &'static str, value: Option<impl IntoView>) -> impl IntoView {
    value.map(|value| {
        view! {
            <div class="bt-footer__line">
                <dt>{label}</dt>
                <dd>{value}</dd>
            </div>
        }
    })
}
