// Brackets nested past idlbind's limit (32 levels) are an error, not a stack overflow.
use idlbind::idl;

idl! {
    interface A {
        undefined f(sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<long>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> x);
    };
}

fn main() {}
