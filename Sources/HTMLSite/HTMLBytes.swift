/// HTML written as UTF-8 bytes: markup as given, data values escaped by `HTMLEscaping`.
/// Faster than appending to a `String` for the big tables of the site.
struct HTMLBytes {
    private(set) var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Markup, written as it is.
    mutating func raw(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// A text or attribute value, escaped.
    mutating func escaped(_ value: String) { HTMLEscaping.append(value, to: &bytes) }
}
