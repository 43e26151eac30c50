// Typedefs of typedefs that make a type nested deeper than idlbind reads (48).
use idlbind::idl;

idl! {
    typedef long T0;
    typedef sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<T0>>>>>>>> T1;
    typedef sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<T1>>>>>>>> T2;
    typedef sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<T2>>>>>>>> T3;
    typedef sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<T3>>>>>>>> T4;
    typedef sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<T4>>>>>>>> T5;
    typedef sequence<sequence<sequence<sequence<sequence<sequence<sequence<sequence<T5>>>>>>>> T6;
    interface A {
        undefined f(T6 x);
    };
}

fn main() {}
