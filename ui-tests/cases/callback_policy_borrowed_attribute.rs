// JavaScript keeps what an attribute holds: an attribute callback is a Guard or Owned.
use idlbind::idl;

idl! {
    callback Handler = any (any event);
    interface A {
        [Callback=Borrowed] attribute Handler? onping;
        [Callback=Once] attribute Handler? onpong;
    };
}

fn main() {}
