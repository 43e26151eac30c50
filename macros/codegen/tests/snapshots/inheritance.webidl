// `interface X : P`: the type extends its parent, every known ancestor and `Object`, so
// `Deref` reaches inherited members and `AsRef`/`From` upcast along the whole chain.
// `Element`'s own parent is known here; a parent defined elsewhere is a Rust type in scope.
interface Node : EventTarget {};
interface Element : Node {};
interface HTMLElement : Element {};
