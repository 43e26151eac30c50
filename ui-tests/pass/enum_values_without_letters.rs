// Enum values without a letter or digit are named by their code points, so `"+"` and `"-"`, or
// `""` and `"😀"`, make two variants instead of one.
use idlbind::idl;

idl! {
    enum Sign { "+", "-" };
    enum Mood { "", "😀", "==" };
}

fn main() {
    assert_eq!(Sign::U2b.as_str(), "+");
    assert_eq!(Sign::U2d.as_str(), "-");
    assert_eq!(Mood::Empty.as_str(), "");
    assert_eq!(Mood::U1f600.as_str(), "😀");
    assert_eq!("==".parse::<Mood>().ok(), Some(Mood::U3dU3d));
}
