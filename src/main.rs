//! Entry point: install the panic hook, tidy the address, mount the app (taking over the
//! page the build wrote). Nothing else.

fn main() {
    console_error_panic_hook::set_once();
    ban_tin_le_chan::app::drop_trailing_slash();
    // Kept before the router can move: `/xem-truoc` in the readers' bundle asks for it.
    let _ = ban_tin_le_chan::dom::loaded_at();
    ban_tin_le_chan::handover::mount();
}
