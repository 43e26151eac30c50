//! Benchmarks of idlbind's generated bindings against hand-written `#[wasm_bindgen] extern`
//! bindings of the same members and against `web-sys`, in one page (run by `scripts/bench.sh`).
//!
//! Each case runs each variant for a number of iterations (calibrated once so the hand-written
//! variant takes about [`SAMPLE_MS`]); a repetition times the three variants one after the
//! other, in an order that rotates with the repetition, so machine noise hits all three alike.
//! The report is the ratio of idlbind's time to each other variant's, per repetition: its
//! minimum, median and maximum. Below 1 means idlbind is faster.

use std::hint::black_box;

use idlbind::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

pub mod hand;
pub mod idl_side;

use idl_side as ib;

/// Wanted time of one sample of the hand-written variant, in milliseconds.
const SAMPLE_MS: f64 = 8.0;
/// Interleaved rounds per repetition; each variant's time in a repetition is its fastest round
/// (interruptions by other processes only ever add time).
const ROUNDS: usize = 5;
/// Timed repetitions (after one untimed warm-up).
const REPETITIONS: usize = 15;
/// Nodes in the `NodeList` case.
const LIST_LEN: u32 = 1000;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance)]
    fn now() -> f64;
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &js_sys::Function, ms: i32) -> i32;
}

#[wasm_bindgen(
    inline_js = "export function make_effect() { return new KeyframeEffect(null, null, { duration: 250, delay: 5, easing: 'ease-in', fill: 'both', direction: 'alternate' }); }
export function log_line(line) { document.getElementById('log').textContent += line + '\\n'; }"
)]
extern "C" {
    fn make_effect() -> JsValue;
    fn log_line(line: &str);
}

/// Lets the page run (WebDriver's polls) between samples.
async fn yield_to_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        set_timeout(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}

/// The objects every variant works on, made once.
struct Fixture {
    element: web_sys::Element,
    list_parent: web_sys::Element,
    context: web_sys::CanvasRenderingContext2d,
    effect: JsValue,
    fonts: web_sys::FontFaceSet,
    target: web_sys::EventTarget,
}

impl Fixture {
    fn new() -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let element = document.create_element("div").unwrap();
        element
            .set_attribute("data-name", "benchmark value")
            .unwrap();
        element
            .append_child(&document.create_element("b").unwrap())
            .unwrap();
        let list_parent = document.create_element("div").unwrap();
        for _ in 0..LIST_LEN {
            list_parent
                .append_child(&document.create_element("span").unwrap())
                .unwrap();
        }
        let canvas: web_sys::HtmlCanvasElement =
            document.create_element("canvas").unwrap().unchecked_into();
        let context = canvas
            .get_context("2d")
            .unwrap()
            .unwrap()
            .unchecked_into::<web_sys::CanvasRenderingContext2d>();
        Self {
            element,
            list_parent,
            context,
            effect: make_effect(),
            fonts: document.fonts(),
            target: web_sys::EventTarget::new().unwrap(),
        }
    }
}

const CASES: [&str; 11] = [
    "Node.nodeType (attribute read)",
    "Node.hasChildNodes() (no-argument method)",
    "Element.getAttribute(&str) -> String",
    "MouseEventInit, 8 members, to JS",
    "new MouseEvent(type, 8-member dict)",
    "getTiming() -> dict, read 8 fields",
    "fillStyle = string (union argument)",
    "fillStyle read (union result decoded)",
    "addEventListener + remove (closure)",
    "await a resolved promise",
    "NodeList of 1000 nodes, iterate",
];

/// Runs `iters` iterations of `case` with `variant` (0 idlbind, 1 hand, 2 web-sys); returns
/// the elapsed milliseconds.
async fn sample(fx: &Fixture, case: usize, variant: usize, iters: u32) -> f64 {
    let start = now();
    let mut acc: u32 = 0;
    match (case, variant) {
        // Node.nodeType
        (0, 0) => {
            let node: &ib::Node = fx.element.unchecked_ref();
            for _ in 0..iters {
                acc = acc.wrapping_add(u32::from(black_box(node).node_type()));
            }
        }
        (0, 1) => {
            let node: &hand::Node = fx.element.unchecked_ref();
            for _ in 0..iters {
                acc = acc.wrapping_add(u32::from(black_box(node).node_type()));
            }
        }
        (0, 2) => {
            let node: &web_sys::Node = &fx.element;
            for _ in 0..iters {
                acc = acc.wrapping_add(u32::from(black_box(node).node_type()));
            }
        }
        // Node.hasChildNodes()
        (1, 0) => {
            let node: &ib::Node = fx.element.unchecked_ref();
            for _ in 0..iters {
                acc = acc.wrapping_add(u32::from(black_box(node).has_child_nodes()));
            }
        }
        (1, 1) => {
            let node: &hand::Node = fx.element.unchecked_ref();
            for _ in 0..iters {
                acc = acc.wrapping_add(u32::from(black_box(node).has_child_nodes()));
            }
        }
        (1, 2) => {
            let node: &web_sys::Node = &fx.element;
            for _ in 0..iters {
                acc = acc.wrapping_add(u32::from(black_box(node).has_child_nodes()));
            }
        }
        // Element.getAttribute
        (2, 0) => {
            let element: &ib::Element = fx.element.unchecked_ref();
            for _ in 0..iters {
                let value = element.get_attribute(black_box("data-name"));
                acc = acc.wrapping_add(value.map_or(0, |v| v.len() as u32));
            }
        }
        (2, 1) => {
            let element: &hand::Element = fx.element.unchecked_ref();
            for _ in 0..iters {
                let value = element.get_attribute(black_box("data-name"));
                acc = acc.wrapping_add(value.map_or(0, |v| v.len() as u32));
            }
        }
        (2, 2) => {
            for _ in 0..iters {
                let value = fx.element.get_attribute(black_box("data-name"));
                acc = acc.wrapping_add(value.map_or(0, |v| v.len() as u32));
            }
        }
        // A dictionary to JS, and a dictionary passed to a constructor.
        (3 | 4, 0) => {
            for i in 0..iters {
                let init = ib::MouseEventInit {
                    bubbles: true,
                    cancelable: true,
                    composed: false,
                    detail: 1,
                    ctrl_key: true,
                    shift_key: false,
                    client_x: black_box(i as i32),
                    client_y: 7,
                };
                if case == 3 {
                    let object = idlbind::ToJs::to_js(&init);
                    acc = acc.wrapping_add(u32::from(object.is_object()));
                } else {
                    let event = ib::MouseEvent::new_with("click", &init).unwrap();
                    acc = acc.wrapping_add(event.client_x() as u32);
                }
            }
        }
        (3 | 4, 1) => {
            for i in 0..iters {
                let init = hand::mouse_event_init(
                    true,
                    true,
                    false,
                    1,
                    true,
                    false,
                    black_box(i as i32),
                    7,
                );
                if case == 3 {
                    acc = acc.wrapping_add(u32::from(init.is_object()));
                } else {
                    let event = hand::MouseEvent::new("click", &init).unwrap();
                    acc = acc.wrapping_add(u32::from(event.is_object()));
                }
            }
        }
        (3 | 4, 2) => {
            for i in 0..iters {
                let init = web_sys::MouseEventInit::new();
                init.set_bubbles(true);
                init.set_cancelable(true);
                init.set_composed(false);
                init.set_detail(1);
                init.set_ctrl_key(true);
                init.set_shift_key(false);
                init.set_client_x(black_box(i as i32));
                init.set_client_y(7);
                if case == 3 {
                    acc = acc.wrapping_add(u32::from(init.is_object()));
                } else {
                    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init)
                        .unwrap();
                    acc = acc.wrapping_add(event.client_x() as u32);
                }
            }
        }
        // A dictionary result, every field read.
        (5, 0) => {
            let effect: &ib::AnimationEffect = fx.effect.unchecked_ref();
            for _ in 0..iters {
                let timing = effect.get_timing();
                let duration = match timing.duration {
                    ib::UnrestrictedDoubleOrDomString::UnrestrictedDouble(d) => d,
                    ib::UnrestrictedDoubleOrDomString::DomString(_) => 0.0,
                };
                acc = acc.wrapping_add(
                    (timing.delay
                        + timing.end_delay
                        + timing.iteration_start
                        + timing.iterations
                        + duration) as u32
                        + timing.easing.len() as u32
                        + u32::from(timing.fill == ib::FillMode::Both)
                        + u32::from(timing.direction == ib::PlaybackDirection::Alternate),
                );
            }
        }
        (5, 1) => {
            let effect: &hand::AnimationEffect = fx.effect.unchecked_ref();
            for _ in 0..iters {
                let timing = effect.get_timing();
                let duration = timing.duration().as_f64().unwrap_or(0.0);
                let fill = timing.fill();
                let direction = timing.direction();
                acc = acc.wrapping_add(
                    (timing.delay()
                        + timing.end_delay()
                        + timing.iteration_start()
                        + timing.iterations()
                        + duration) as u32
                        + timing.easing().len() as u32
                        + u32::from(fill == "both")
                        + u32::from(direction == "alternate"),
                );
            }
        }
        (5, 2) => {
            let effect: &web_sys::AnimationEffect = fx.effect.unchecked_ref();
            for _ in 0..iters {
                let timing = effect.get_timing();
                let duration = timing.get_duration().as_f64().unwrap_or(0.0);
                acc = acc.wrapping_add(
                    (timing.get_delay().unwrap_or(0.0)
                        + timing.get_end_delay().unwrap_or(0.0)
                        + timing.get_iteration_start().unwrap_or(0.0)
                        + timing.get_iterations().unwrap_or(1.0)
                        + duration) as u32
                        + timing.get_easing().map_or(0, |e| e.len() as u32)
                        + u32::from(timing.get_fill() == Some(web_sys::FillMode::Both))
                        + u32::from(
                            timing.get_direction() == Some(web_sys::PlaybackDirection::Alternate),
                        ),
                );
            }
        }
        // A union argument.
        (6, 0) => {
            let context: &ib::CanvasRenderingContext2D = fx.context.unchecked_ref();
            for i in 0..iters {
                context.set_fill_style(if black_box(i) & 1 == 0 {
                    "#102030"
                } else {
                    "red"
                });
            }
        }
        (6, 1) => {
            let context: &hand::CanvasRenderingContext2D = fx.context.unchecked_ref();
            for i in 0..iters {
                context.set_fill_style(if black_box(i) & 1 == 0 {
                    "#102030"
                } else {
                    "red"
                });
            }
        }
        (6, 2) => {
            for i in 0..iters {
                fx.context.set_fill_style_str(if black_box(i) & 1 == 0 {
                    "#102030"
                } else {
                    "red"
                });
            }
        }
        // A union result, decoded.
        (7, 0) => {
            let context: &ib::CanvasRenderingContext2D = fx.context.unchecked_ref();
            for _ in 0..iters {
                match context.fill_style() {
                    ib::DomStringOrCanvasGradientOrCanvasPattern::DomString(s) => {
                        acc = acc.wrapping_add(s.len() as u32)
                    }
                    _ => acc = acc.wrapping_add(1),
                }
            }
        }
        (7, 1) => {
            let context: &hand::CanvasRenderingContext2D = fx.context.unchecked_ref();
            for _ in 0..iters {
                match context.fill_style().as_string() {
                    Some(s) => acc = acc.wrapping_add(s.len() as u32),
                    None => acc = acc.wrapping_add(1),
                }
            }
        }
        (7, 2) => {
            for _ in 0..iters {
                match fx.context.fill_style().as_string() {
                    Some(s) => acc = acc.wrapping_add(s.len() as u32),
                    None => acc = acc.wrapping_add(1),
                }
            }
        }
        // Event listener registered and removed.
        (8, 0) => {
            let target: &ib::EventTarget = fx.target.unchecked_ref();
            for _ in 0..iters {
                let guard = target.add_event_listener("ping", move |event: ib::Event| {
                    black_box(event);
                });
                drop(guard);
            }
        }
        (8, 1) => {
            let target: &hand::EventTarget = fx.target.unchecked_ref();
            for _ in 0..iters {
                let closure = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
                    black_box(event);
                });
                let function: &js_sys::Function = closure.as_ref().unchecked_ref();
                target.add_event_listener("ping", function);
                target.remove_event_listener("ping", function);
                drop(closure);
            }
        }
        (8, 2) => {
            for _ in 0..iters {
                let closure =
                    Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                        black_box(event);
                    });
                let function: &js_sys::Function = closure.as_ref().unchecked_ref();
                fx.target
                    .add_event_listener_with_callback("ping", function)
                    .unwrap();
                fx.target
                    .remove_event_listener_with_callback("ping", function)
                    .unwrap();
                drop(closure);
            }
        }
        // A resolved promise awaited.
        (9, 0) => {
            let fonts: &ib::FontFaceSet = fx.fonts.unchecked_ref();
            for _ in 0..iters {
                let set = fonts.ready().await.unwrap();
                acc = acc.wrapping_add(u32::from(set.is_object()));
            }
        }
        (9, 1) => {
            let fonts: &hand::FontFaceSet = fx.fonts.unchecked_ref();
            for _ in 0..iters {
                let set = JsFuture::from(fonts.ready()).await.unwrap();
                acc = acc.wrapping_add(u32::from(set.is_object()));
            }
        }
        (9, 2) => {
            for _ in 0..iters {
                let set = JsFuture::from(fx.fonts.ready().unwrap()).await.unwrap();
                let set: web_sys::FontFaceSet = set.unchecked_into();
                acc = acc.wrapping_add(u32::from(set.is_object()));
            }
        }
        // NodeList iteration.
        (10, 0) => {
            let parent: &ib::Node = fx.list_parent.unchecked_ref();
            for _ in 0..iters {
                for node in &parent.child_nodes() {
                    acc = acc.wrapping_add(u32::from(node.node_type()));
                }
            }
        }
        (10, 1) => {
            let parent: &hand::Node = fx.list_parent.unchecked_ref();
            for _ in 0..iters {
                let list = parent.child_nodes();
                for index in 0..list.length() {
                    acc = acc.wrapping_add(u32::from(list.item(index).unwrap().node_type()));
                }
            }
        }
        (10, 2) => {
            for _ in 0..iters {
                let list = fx.list_parent.child_nodes();
                for index in 0..list.length() {
                    acc = acc.wrapping_add(u32::from(list.item(index).unwrap().node_type()));
                }
            }
        }
        _ => unreachable!("case {case}, variant {variant}"),
    }
    black_box(acc);
    now() - start
}

/// Iterations that make the hand-written variant take about [`SAMPLE_MS`]: doubled until a
/// sample takes a quarter of it, then scaled by the fastest of three samples at that count.
async fn calibrate(fx: &Fixture, case: usize) -> u32 {
    let mut iters: u32 = 1;
    while iters < 1 << 24 && sample(fx, case, 1, iters).await < SAMPLE_MS / 4.0 {
        iters *= 2;
    }
    let mut fastest = f64::INFINITY;
    for _ in 0..3 {
        yield_to_page().await;
        fastest = fastest.min(sample(fx, case, 1, iters).await);
    }
    let scaled = f64::from(iters) * SAMPLE_MS / fastest.max(0.1);
    scaled.clamp(f64::from(iters), f64::from(1u32 << 26)) as u32
}

fn min_median_max(values: &mut [f64]) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let median = if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    };
    (values[0], median, values[n - 1])
}

/// Runs every case and logs the table. Called by `index.html`.
#[wasm_bindgen]
pub async fn run_benchmarks() {
    let fx = Fixture::new();
    log_line(&format!(
        "idlbind / hand-written and idlbind / web-sys time ratios, {REPETITIONS} repetitions \
         (min / median / max); below 1.00 = idlbind faster"
    ));
    log_line(&format!(
        "{:<42} {:>20}   {:>20}   {:>9}",
        "case", "idlbind / hand", "idlbind / web-sys", "hand ns"
    ));
    for (case, name) in CASES.iter().enumerate() {
        let iters = calibrate(&fx, case).await;
        let mut vs_hand = Vec::with_capacity(REPETITIONS);
        let mut vs_web = Vec::with_capacity(REPETITIONS);
        let mut hand_ns = Vec::with_capacity(REPETITIONS);
        // Repetition 0 warms up and is not counted.
        for rep in 0..=REPETITIONS {
            let mut times = [f64::INFINITY; 3];
            for round in 0..ROUNDS {
                for k in 0..3 {
                    let variant = (rep + round + k) % 3;
                    yield_to_page().await;
                    times[variant] = times[variant].min(sample(&fx, case, variant, iters).await);
                }
            }
            if rep > 0 {
                vs_hand.push(times[0] / times[1]);
                vs_web.push(times[0] / times[2]);
                hand_ns.push(times[1] * 1e6 / f64::from(iters));
            }
        }
        let (h0, h1, h2) = min_median_max(&mut vs_hand);
        let (w0, w1, w2) = min_median_max(&mut vs_web);
        let (_, ns, _) = min_median_max(&mut hand_ns);
        log_line(&format!(
            "{name:<42} {h0:>5.2} {h1:>5.2} {h2:>5.2}   {w0:>5.2} {w1:>5.2} {w2:>5.2}   {ns:>9.1}"
        ));
    }
    log_line("bench done");
}
