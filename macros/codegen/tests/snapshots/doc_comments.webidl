/// The `Console` interface.
///
/// Doc comments in the IDL become rustdoc, above the IDL itself.
interface Console {
  /** Clears the console. */
  undefined clear();
  // A plain comment is not documentation.
  /// The number of messages.
  readonly attribute unsigned long count;
};
