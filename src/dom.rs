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
