@preconcurrency import CCairo

/// A text as ``TextShaper`` shaped it: the Pango layout whose lines are
/// painted, and how far right of where that layout puts them.
struct ShapedText {
    let layout: OpaquePointer
    /// Pango units; non-zero only where an unwrapped layout stands in for a
    /// right-aligned one.
    let xShift: Int32
}
