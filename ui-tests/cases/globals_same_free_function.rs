// Two `[Global]` interfaces of one block whose different members make one free function.
use idlbind::idl;

idl! {
    [Global=Window, Exposed=Window]
    interface Window {
        undefined postMessage(any message, USVString targetOrigin);
    };
    [Global=(Worker,DedicatedWorker), Exposed=DedicatedWorker]
    interface DedicatedWorkerGlobalScope {
        undefined postMessage(any message);
    };
}

fn main() {}
