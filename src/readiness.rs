//! How far the page on screen has come: whether any of its loads is still under way, and
//! how many of its parts show a load that failed. The loading wrapper (`pages::loaded`)
//! registers each load it waits on and the error panel counts itself; the hand-over
//! (`handover`) waits on this to show the app's page, and the page writer puts the failures
//! of each written page in its file, so the two can be compared. Reading it in a reactive
//! context ([`watch`]) subscribes to every change: a load registered, ended or finished, a
//! failure shown.

use std::cell::{Cell, RefCell};

use leptos::prelude::{on_cleanup, ArcTrigger, Notify, Track};

/// A registered load: its id and whether it is still under way.
type Load = (u64, Box<dyn Fn() -> bool>);

thread_local! {
    static LOADS: RefCell<Vec<Load>> = const { RefCell::new(Vec::new()) };
    static NEXT: Cell<u64> = const { Cell::new(0) };
    static FAILED: Cell<usize> = const { Cell::new(0) };
    /// Notified when a load is registered or ends, and when a failure is counted.
    static CHANGED: ArcTrigger = ArcTrigger::new();
}

fn changed() {
    CHANGED.with(Notify::notify);
}

/// Whether any load is under way, subscribing the reactive context it is read in to every
/// change of it (each load's own signal and the list of loads): the hand-over's effect.
pub fn watch() -> bool {
    CHANGED.with(Track::track);
    FAILED.with(Cell::get);
    loading()
}

/// Counts a load while the current owner (the page or part that waits on it) lives;
/// `under_way` says whether it is still loading, reading its resource tracked, so that
/// [`watch`] hears it finish.
pub fn track_load(under_way: impl Fn() -> bool + 'static) {
    let id = NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    LOADS.with_borrow_mut(|loads| loads.push((id, Box::new(under_way))));
    changed();
    on_cleanup(move || {
        LOADS.with_borrow_mut(|loads| loads.retain(|(other, _)| *other != id));
        changed();
    });
}

/// Whether any load of the page is still under way.
pub fn loading() -> bool {
    LOADS.with_borrow(|loads| loads.iter().any(|(_, under_way)| under_way()))
}

/// Counts a failed load shown on screen, while the current owner lives: the error panel
/// calls it when it is drawn.
pub fn count_failure() {
    FAILED.with(|n| n.set(n.get() + 1));
    changed();
    on_cleanup(|| {
        FAILED.with(|n| n.set(n.get().saturating_sub(1)));
        changed();
    });
}

/// How many parts of the page show a failed load.
pub fn failures() -> usize {
    FAILED.with(Cell::get)
}

/// Starts counting afresh (the page writer, before each page it writes).
pub fn reset() {
    LOADS.with_borrow_mut(Vec::clear);
    FAILED.with(|n| n.set(0));
}
