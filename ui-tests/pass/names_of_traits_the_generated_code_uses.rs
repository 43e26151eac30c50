// IDL names that are also the names of traits the generated code uses (`From`, `AsRef`,
// `JsCast`, `Into`, `Clone`, `Default`, `Drop`, `Iterator`, `FromIterator`, `PartialEq`), and
// members named like a trait's method (`asRef`, `into`, `from`, `clone`, `uncheckedInto`, ...):
// idlbind's code names the traits by absolute path, so all of it compiles and the calls resolve
// to the IDL's. wasm-bindgen's expansion names `From` and `AsRef` unqualified in the module and
// calls `self.as_ref()`, so those three take a trailing `_` (`From_`, `AsRef_`, `as_ref_`); a
// `JsCast` is declared under another name and aliased.
use idlbind::idl;

idl! {
    interface From {
        constructor();
        long asRef();
        long into(long value);
        long clone();
        long dynInto();
        From from(From other);
        attribute long deref;
    };

    interface AsRef : From {
        long uncheckedInto();
        long isInstanceOf();
        long asStr();
    };

    interface JsCast {
        long unchecked_ref();
        long borrow();
        long toString();
    };

    interface Into {};
    interface Clone {};
    interface Default {};
    interface Iterator {};
    interface FromIterator {};

    dictionary Drop {
        long asRef;
        long into;
        From from;
        JsCast cast;
    };

    enum Copy { "as-ref", "into" };

    typedef (From or JsCast or long) PartialEq;

    callback Fn = long (AsRef value, optional Drop options = {});
}

fn main() {
    // Not called: the imports are JavaScript's, and this runs natively.
    let _new = From_::new;
    let _as_ref = |from: &From_| -> i32 { from.as_ref_() };
    let _into = |from: &From_| -> i32 { from.into(1) };
    let _clone = |from: &From_| -> i32 { from.clone() };
    let _from = |from: &From_, other: &From_| -> From_ { from.from(other) };
    let _deref = |from: &From_| -> i32 { from.deref() };
    let _unchecked = |derived: &AsRef_| -> i32 { derived.unchecked_into() + derived.as_str() };
    fn upcast(derived: &AsRef_) -> &From_ {
        ::core::convert::AsRef::<From_>::as_ref(derived)
    }
    let _upcast = upcast;
    let _cast = |cast: &JsCast| -> i32 { cast.unchecked_ref() + cast.borrow() + cast.to_string() };
    let drop = Drop {
        as_ref_: Some(1),
        into: None,
        ..::core::default::Default::default()
    };
    let _ = drop.as_ref_;
    assert_eq!(Copy::AsRef.as_str(), "as-ref");
    let _union = |cast: &JsCast| PartialEq::from(cast);
    let _: fn(&Into, &Clone, &Default, &Iterator, &FromIterator) = |_, _, _, _, _| {};
}
