use idlbind::idl;

// An overload's generated name (`gap_with_b_c`) taken by another member is an error naming
// both IDL members, never silent shadowing.
idl! {
    interface A {
        undefined gap(DOMString a);
        undefined gap(DOMString a, long b, long c);
        [RustName=gap_with_b_c] undefined other();
    };
}

fn main() {}
