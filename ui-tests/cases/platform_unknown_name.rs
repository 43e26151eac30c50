// A `use` name that the platform does not define: the error is at the name, with the closest
// platform name.
use idlbind::idl;

idl! {
    #![platform]
    use Document, HtmlCanvasElement;
}

fn main() {}
