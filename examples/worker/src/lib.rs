//! worker: a module web worker running the same wasm app exchanges messages with the page,
//! with `Worker`, `DedicatedWorkerGlobalScope` and `MessageEvent` bound by name.
//!
//! The page's side is [`run`]; the worker's is [`worker_main`], called by `static/worker.js`.
//! The worker says `ready` first (messages sent before its listener exists would be lost),
//! then answers each number with its square.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use idlbind::{JsCast, JsError, JsValue, idl};
use idlbind_example_page::{log, report_panics};
use wasm_bindgen::prelude::wasm_bindgen;

idl! {
    #![platform]
    use Window, Worker, DedicatedWorkerGlobalScope, MessageEvent;
}

/// The messages a listener received, for a future to take in order.
#[derive(Default)]
struct Inbox {
    messages: VecDeque<JsValue>,
    waker: Option<Waker>,
}

/// The next message of an inbox.
struct Next(Rc<RefCell<Inbox>>);

impl Future for Next {
    type Output = JsValue;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<JsValue> {
        let mut inbox = self.0.borrow_mut();
        match inbox.messages.pop_front() {
            Some(message) => Poll::Ready(message),
            None => {
                inbox.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

#[wasm_bindgen]
pub async fn run() -> Result<(), JsError> {
    report_panics();
    let options = WorkerOptions {
        type_: WorkerType::Module,
        name: "squares".into(),
        ..Default::default()
    };
    let worker = Worker::new_with("worker.js", &options)?;
    let inbox = Rc::new(RefCell::new(Inbox::default()));
    let received = inbox.clone();
    let _listener = worker.add_event_listener("message", move |event: Event| {
        let event: MessageEvent = event.dyn_into().expect("a message event");
        let mut inbox = received.borrow_mut();
        inbox.messages.push_back(event.data());
        if let Some(waker) = inbox.waker.take() {
            waker.wake();
        }
    });
    log("started a module worker");

    let ready = Next(inbox.clone()).await;
    assert_eq!(ready.as_string().as_deref(), Some("ready"));
    log("the worker said \"ready\"");
    for number in [3.0, 12.0] {
        worker.post_message_with_options(&JsValue::from(number));
        let answer = Next(inbox.clone()).await;
        assert_eq!(answer.as_f64(), Some(number * number));
        log(&format!(
            "sent {number}, the worker answered {}",
            number * number
        ));
    }
    worker.terminate();
    log("terminated the worker");
    Ok(())
}

/// The worker's side: answers each number with its square.
#[wasm_bindgen]
pub fn worker_main() {
    // `self`, a free function of the globals (`Window`'s, typed so): in a worker it is the
    // worker's global, which the checked cast confirms.
    let scope: DedicatedWorkerGlobalScope = JsValue::from(self_())
        .dyn_into()
        .expect("worker_main runs in a dedicated worker");
    let answering = scope.clone();
    scope
        .add_event_listener("message", move |event: Event| {
            let event: MessageEvent = event.dyn_into().expect("a message event");
            let number = event.data().as_f64().unwrap_or(f64::NAN);
            answering.post_message_with_options(&JsValue::from(number * number));
        })
        .forget();
    scope.post_message_with_options(&JsValue::from("ready"));
}
