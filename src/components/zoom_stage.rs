//! The image area of the lightbox: shows one picture and turns pointer input into zoom, pan,
//! swipe and taps. Mouse, pen and touch all arrive as pointer events.

use leptos::ev::{PointerEvent, WheelEvent};
use leptos::prelude::*;

use super::Picture;
use crate::model::Image;

/// Zoom limits.
pub const MIN_SCALE: f64 = 1.0;
pub const MAX_SCALE: f64 = 4.0;
/// The zoom a double tap or double click jumps to.
pub const TAP_ZOOM: f64 = 2.5;
/// A horizontal move at least this long (CSS px) is a swipe.
const SWIPE_DISTANCE: f64 = 50.0;
/// A press that moves less than this is a tap.
const TAP_SLOP: f64 = 10.0;
/// Two taps closer than this (ms) are a double tap.
const DOUBLE_TAP_MS: f64 = 300.0;

/// Zoom and pan of the picture. Plain data, so the gesture rules below are tested natively.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub scale: f64,
    pub x: f64,
    pub y: f64,
}

impl Default for View {
    fn default() -> Self {
        View {
            scale: MIN_SCALE,
            x: 0.0,
            y: 0.0,
        }
    }
}

impl View {
    /// Zooms by `factor` around the centre: the pan shrinks or grows with the zoom, and stays
    /// inside the picture of size `width`×`height`.
    pub fn zoomed(self, factor: f64, width: f64, height: f64) -> View {
        let scale = (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE);
        let ratio = if self.scale > MIN_SCALE {
            (scale - 1.0) / (self.scale - 1.0)
        } else {
            0.0
        };
        View { scale, ..self }.panned_to(self.x * ratio, self.y * ratio, width, height)
    }

    /// Zooms by `factor` around the centre, as the lightbox's buttons and keys do (the frame
    /// size only bounds the pan); back to the whole picture once no longer zoomed in.
    pub fn zoomed_by(self, factor: f64) -> View {
        let zoomed = self.zoomed(factor, f64::MAX, f64::MAX);
        if zoomed.is_zoomed() {
            zoomed
        } else {
            View::default()
        }
    }

    /// Zooms by `factor` around the point (`px`, `py`), measured from the frame's centre:
    /// the spot of the picture under it stays under it (as far as the picture's edges
    /// allow), as a double tap, a pinch or the wheel in any photo viewer.
    pub fn zoomed_at(self, factor: f64, px: f64, py: f64, width: f64, height: f64) -> View {
        let scale = (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE);
        let keep = |p: f64, t: f64| p - (p - t) * scale / self.scale;
        View { scale, ..self }.panned_to(keep(px, self.x), keep(py, self.y), width, height)
    }

    /// Pans to (`x`, `y`), clamped so the zoomed picture still covers its frame.
    pub fn panned_to(self, x: f64, y: f64, width: f64, height: f64) -> View {
        let max_x = (self.scale - 1.0) * width / 2.0;
        let max_y = (self.scale - 1.0) * height / 2.0;
        View {
            scale: self.scale,
            x: x.clamp(-max_x, max_x),
            y: y.clamp(-max_y, max_y),
        }
    }

    pub fn is_zoomed(self) -> bool {
        self.scale > MIN_SCALE + 0.01
    }

    /// The CSS transform for this view.
    pub fn transform(self) -> String {
        format!(
            "translate({:.1}px, {:.1}px) scale({:.3})",
            self.x, self.y, self.scale
        )
    }
}

/// What a finished one-finger press meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Release {
    /// Swipe to the previous (`-1`) or next (`1`) picture.
    Swipe(i32),
    Tap,
    Nothing,
}

/// Classifies a press that moved by (`dx`, `dy`) while the picture was not zoomed.
pub fn classify_release(dx: f64, dy: f64) -> Release {
    if dx.abs() >= SWIPE_DISTANCE && dx.abs() > dy.abs() * 1.5 {
        // Moving the finger left brings the next picture, as in every photo viewer.
        Release::Swipe(if dx < 0.0 { 1 } else { -1 })
    } else if dx.abs() < TAP_SLOP && dy.abs() < TAP_SLOP {
        Release::Tap
    } else {
        Release::Nothing
    }
}

#[derive(Clone, Copy)]
struct Press {
    id: i32,
    x: f64,
    y: f64,
}

#[derive(Clone, Copy)]
struct Gesture {
    start: View,
    origin_x: f64,
    origin_y: f64,
    pinch_distance: Option<f64>,
    on_image: bool,
}

fn distance(a: Press, b: Press) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

/// Where (`x`, `y`) in the window is, from the centre of the element the event is bound
/// to (the picture's centre when not panned).
fn from_centre(event: &web_sys::Event, x: f64, y: f64) -> (f64, f64) {
    use wasm_bindgen::JsCast;
    event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map_or((0.0, 0.0), |e| {
            let r = e.get_bounding_client_rect();
            (
                x - r.left() - r.width() / 2.0,
                y - r.top() - r.height() / 2.0,
            )
        })
}

/// Size of the element the event is bound to, for clamping the pan.
fn frame_size(event: &web_sys::Event) -> (f64, f64) {
    use wasm_bindgen::JsCast;
    event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map_or((0.0, 0.0), |e| {
            (e.client_width() as f64, e.client_height() as f64)
        })
}

/// The picture with gestures: swipe (when not zoomed) to move, double tap or double click to
/// zoom, pinch or wheel to zoom, drag to pan when zoomed, tap outside the picture to close.
/// A picture that fails to load is replaced by a message.
#[component]
pub fn ZoomStage(
    /// The picture.
    image: Image,
    /// Zoom and pan, shared with the lightbox's zoom buttons.
    view: RwSignal<View>,
    /// Called with -1 or 1 on a swipe.
    on_swipe: Callback<i32>,
    /// Called on a tap outside the picture.
    on_backdrop_tap: Callback<()>,
) -> impl IntoView {
    let gestures = Gestures {
        presses: StoredValue::new(Vec::new()),
        gesture: StoredValue::new(None),
        last_tap: StoredValue::new(f64::NEG_INFINITY),
        view,
        on_swipe,
        on_backdrop_tap,
    };
    view! {
        <div
            class="bt-zoom-stage"
            on:pointerdown=move |e| gestures.down(&e)
            on:pointermove=move |e| gestures.moved(&e)
            on:pointerup=move |e| gestures.up(&e)
            on:pointercancel=move |e| gestures.cancel(&e)
            on:wheel=move |e| gestures.wheel(&e)
        >
            <Picture
                image
                block="bt-zoom-stage"
                sizes="100vw"
                eager=true
                announce=true
                failed_text="Không tải được ảnh của tác phẩm này. Vui lòng kiểm tra kết nối mạng rồi thử lại."
                transform=Signal::derive(move || view.get().transform())
                zoomed=Signal::derive(move || view.get().is_zoomed())
            />
        </div>
    }
}

/// The stage's pointers and what they are doing, and what a gesture changes: one value the
/// stage's event handlers share.
#[derive(Clone, Copy)]
struct Gestures {
    /// The pointers down, where they are now.
    presses: StoredValue<Vec<Press>>,
    /// The gesture under way, from its first press.
    gesture: StoredValue<Option<Gesture>>,
    /// When the last tap on the picture was (a second one soon after zooms).
    last_tap: StoredValue<f64>,
    view: RwSignal<View>,
    on_swipe: Callback<i32>,
    on_backdrop_tap: Callback<()>,
}

impl Gestures {
    fn down(self, event: &PointerEvent) {
        let press = Press {
            id: event.pointer_id(),
            x: event.client_x() as f64,
            y: event.client_y() as f64,
        };
        if let Some(target) = event.current_target() {
            use wasm_bindgen::JsCast;
            if let Ok(element) = target.dyn_into::<web_sys::Element>() {
                let _ = element.set_pointer_capture(event.pointer_id());
            }
        }
        self.presses.update_value(|p| {
            p.retain(|q| q.id != press.id);
            p.push(press);
        });
        let all = self.presses.get_value();
        let on_image = event
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|e| e.tag_name().eq_ignore_ascii_case("img"));
        self.gesture.set_value(Some(Gesture {
            start: self.view.get_untracked(),
            origin_x: press.x,
            origin_y: press.y,
            pinch_distance: (all.len() == 2).then(|| distance(all[0], all[1])),
            on_image,
        }));
    }

    fn moved(self, event: &PointerEvent) {
        let Some(g) = self.gesture.get_value() else {
            return;
        };
        self.presses.update_value(|p| {
            if let Some(q) = p.iter_mut().find(|q| q.id == event.pointer_id()) {
                q.x = event.client_x() as f64;
                q.y = event.client_y() as f64;
            }
        });
        let (width, height) = frame_size(event);
        let all = self.presses.get_value();
        if let (Some(start_distance), [a, b]) = (g.pinch_distance, all.as_slice()) {
            if start_distance > 0.0 {
                let factor = distance(*a, *b) / start_distance;
                let (px, py) = from_centre(event, (a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
                self.view
                    .set(g.start.zoomed_at(factor, px, py, width, height));
            }
        } else if all.len() == 1 && g.start.is_zoomed() {
            let dx = event.client_x() as f64 - g.origin_x;
            let dy = event.client_y() as f64 - g.origin_y;
            self.view.set(
                g.start
                    .panned_to(g.start.x + dx, g.start.y + dy, width, height),
            );
        }
    }

    fn up(self, event: &PointerEvent) {
        let Some(g) = self.gesture.get_value() else {
            return;
        };
        let was_single = self.presses.get_value().len() == 1 && g.pinch_distance.is_none();
        self.presses
            .update_value(|p| p.retain(|q| q.id != event.pointer_id()));
        if self.presses.get_value().is_empty() {
            self.gesture.set_value(None);
        }
        if !was_single || g.start.is_zoomed() && !g.on_image {
            return;
        }
        let dx = event.client_x() as f64 - g.origin_x;
        let dy = event.client_y() as f64 - g.origin_y;
        let release = if g.start.is_zoomed() {
            // When zoomed, a drag pans; only taps count.
            match classify_release(dx, dy) {
                Release::Tap => Release::Tap,
                _ => Release::Nothing,
            }
        } else {
            classify_release(dx, dy)
        };
        match release {
            Release::Swipe(direction) => self.on_swipe.run(direction),
            Release::Tap if g.on_image => {
                let now = event.time_stamp();
                if now - self.last_tap.get_value() < DOUBLE_TAP_MS {
                    self.last_tap.set_value(f64::NEG_INFINITY);
                    let (width, height) = frame_size(event);
                    let (px, py) =
                        from_centre(event, event.client_x() as f64, event.client_y() as f64);
                    let current = self.view.get_untracked();
                    self.view.set(if current.is_zoomed() {
                        View::default()
                    } else {
                        current.zoomed_at(TAP_ZOOM / current.scale, px, py, width, height)
                    });
                } else {
                    self.last_tap.set_value(now);
                }
            }
            Release::Tap => self.on_backdrop_tap.run(()),
            Release::Nothing => {}
        }
    }

    fn cancel(self, event: &PointerEvent) {
        self.presses
            .update_value(|p| p.retain(|q| q.id != event.pointer_id()));
        self.gesture.set_value(None);
    }

    fn wheel(self, event: &WheelEvent) {
        event.prevent_default();
        let (width, height) = frame_size(event);
        let factor = if event.delta_y() < 0.0 {
            1.2
        } else {
            1.0 / 1.2
        };
        let (px, py) = from_centre(event, event.client_x() as f64, event.client_y() as f64);
        self.view
            .update(|v| *v = v.zoomed_at(factor, px, py, width, height));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zooming_at_a_point_keeps_that_spot_of_the_picture_under_it() {
        // A double tap 100 px right of and 50 px below the centre of a 400×300 frame.
        let v = View::default().zoomed_at(2.5, 100.0, 50.0, 400.0, 300.0);
        assert_eq!(v.scale, 2.5);
        // The spot was 100 px right of the picture's centre; at 2.5× it would be 250 px, so
        // the picture moves 150 px left to keep it under the finger.
        assert_eq!((v.x, v.y), (-150.0, -75.0));
        // Zooming back out at the same point returns to where it was.
        let back = v.zoomed_at(1.0 / 2.5, 100.0, 50.0, 400.0, 300.0);
        assert!(back.x.abs() < 1e-9 && back.y.abs() < 1e-9);
        // Near an edge the pan stops where the picture's edge meets the frame's.
        let edge = View::default().zoomed_at(2.0, 200.0, 0.0, 400.0, 300.0);
        assert_eq!(edge.x, -200.0);
        let beyond = View::default().zoomed_at(2.0, 190.0, 0.0, 100.0, 300.0);
        assert_eq!(beyond.x, -50.0);
    }

    #[test]
    fn swipes_taps_and_drags() {
        assert_eq!(classify_release(-80.0, 10.0), Release::Swipe(1));
        assert_eq!(classify_release(80.0, -5.0), Release::Swipe(-1));
        assert_eq!(classify_release(3.0, 4.0), Release::Tap);
        // Mostly vertical: not a swipe.
        assert_eq!(classify_release(60.0, 90.0), Release::Nothing);
        assert_eq!(classify_release(30.0, 0.0), Release::Nothing);
    }

    #[test]
    fn zoom_is_clamped_and_pan_stays_inside() {
        let v = View::default().zoomed(10.0, 400.0, 600.0);
        assert_eq!(v.scale, MAX_SCALE);
        let v = v.panned_to(10_000.0, -10_000.0, 400.0, 600.0);
        assert_eq!((v.x, v.y), (600.0, -900.0));
        // Zooming out from 4× to 2.5× keeps the same spot in view: the pan shrinks by half.
        let half = v.zoomed(2.5 / 4.0, 400.0, 600.0);
        assert_eq!((half.scale, half.x, half.y), (2.5, 300.0, -450.0));
        let v = v.zoomed(0.01, 400.0, 600.0);
        assert_eq!(v, View::default());
        assert_eq!(
            View::default().transform(),
            "translate(0.0px, 0.0px) scale(1.000)"
        );
    }
}
