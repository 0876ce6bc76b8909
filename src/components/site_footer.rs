//! The footer on every page: who publishes the bulletin and how to reach them, from the
//! catalog's `publication` (only what it gives).

use leptos::prelude::*;

use crate::model::Publication;

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
            let line = |label: &'static str, value: Option<String>| {
                value.map(|value| {
                    view! {
                        <div class="bt-footer__line">
                            <dt>{label}</dt>
                            <dd>{value}</dd>
                        </div>
                    }
                })
            };
            let text = |t: &Option<crate::model::Text>| t.as_ref().map(ToString::to_string);
            let phone = p.phone.as_ref().map(|phone| {
                let digits: String = phone
                    .as_str()
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '+')
                    .collect();
                view! {
                    <div class="bt-footer__line">
                        <dt>"Điện thoại"</dt>
                        <dd>
                            <a href=format!("tel:{digits}")>{phone.to_string()}</a>
                        </dd>
                    </div>
                }
            });
            let email = p.email.as_ref().map(|email| {
                view! {
                    <div class="bt-footer__line">
                        <dt>"Thư điện tử"</dt>
                        <dd>
                            <a href=format!("mailto:{email}")>{email.to_string()}</a>
                        </dd>
                    </div>
                }
            });
            view! {
                <p class="bt-footer__name">{p.name.to_string()}</p>
                <dl class="bt-footer__details">
                    {line("Cơ quan xuất bản", Some(p.publisher.to_string()))}
                    {line("Chịu trách nhiệm nội dung", text(&p.responsible))}
                    {line("Địa chỉ", text(&p.address))} {phone} {email}
                    {line("Giấy phép", text(&p.licence))}
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
