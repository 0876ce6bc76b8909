//! The browser window, where there is one. The build's page writer (`static_page`) renders
//! the same components on the host, where any browser call would panic: there this is `None`,
//! and every caller already treats a missing window as "nothing to do".

/// `web_sys::window()` in the browser; `None` on the host.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

thread_local! {
    /// The address this document was loaded at (`/xem-truoc`), before any in-app navigation.
    static LOADED_AT: String = window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
}

/// The path this document was loaded at. `main` reads it first, before the router moves.
pub fn loaded_at() -> String {
    LOADED_AT.with(Clone::clone)
}

/// The reader's date today, by the device's clock; `None` on the host.
pub fn today() -> Option<crate::model::date::Date> {
    #[cfg(target_arch = "wasm32")]
    {
        let now = web_sys::js_sys::Date::new_0();
        Some(crate::model::date::Date {
            year: u16::try_from(now.get_full_year()).ok()?,
            month: u8::try_from(now.get_month() + 1).ok()?,
            day: u8::try_from(now.get_date()).ok()?,
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}
