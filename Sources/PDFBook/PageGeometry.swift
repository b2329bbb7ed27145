/// The page and its type area (版心), in PostScript points (1/72 inch),
/// origin at the top-left corner of the page.
///
/// The one place that knows the paper size and the margins: everything else
/// asks for `typeArea(characterWidth:lineHeight:)` or the marginal distances.
public struct PageGeometry: Sendable, Equatable {
    /// Paper size.
    public var pageWidth: Double
    public var pageHeight: Double
    /// Nominal type area; the layout narrows it to whole body characters
    /// (pure Chinese lines then need no justification) and whole body lines.
    public var typeAreaWidth: Double
    public var typeAreaHeight: Double
    /// From the type area's bottom edge down to the top of the page number.
    public var folioGap: Double
    /// From the type area's top edge up to the rule under the running head.
    public var runningHeadGap: Double
    /// Where the nominal type area sits on a recto (odd) page; on a verso
    /// inside and outside swap. nil: centred on the page.
    public var margins: PageMargins?

    /// A page of `pageWidth` × `pageHeight` with a centred type area; all in points.
    public init(pageWidth: Double, pageHeight: Double, typeAreaWidth: Double, typeAreaHeight: Double,
                folioGap: Double, runningHeadGap: Double) {
        margins = nil
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
        self.typeAreaWidth = typeAreaWidth
        self.typeAreaHeight = typeAreaHeight
        self.folioGap = folioGap
        self.runningHeadGap = runningHeadGap
    }

    /// A4 with the 156 × 225 mm type area of GB/T 9704-2012, centred on the
    /// page; page numbers 7 mm under the type area, as the standard asks.
    public static let a4 = PageGeometry(
        pageWidth: 595.276, pageHeight: 841.89,
        typeAreaWidth: millimetres(156), typeAreaHeight: millimetres(225),
        folioGap: millimetres(7), runningHeadGap: millimetres(6))

    /// `value` millimetres in points.
    public static func millimetres(_ value: Double) -> Double { value * 72 / 25.4 }

    /// The margins as they are: the given ones, or those of the centred type area.
    public var effectiveMargins: PageMargins {
        if let margins { return margins }
        let side = (pageWidth - typeAreaWidth) / 2, head = (pageHeight - typeAreaHeight) / 2
        return PageMargins(top: head, bottom: head, inside: side, outside: side)
    }

    /// This page with some margins changed (points; nil keeps the current
    /// one); the nominal type area becomes what the margins leave.
    public func withMargins(top: Double? = nil, bottom: Double? = nil, inside: Double? = nil,
                            outside: Double? = nil) -> PageGeometry {
        let current = effectiveMargins
        let margins = PageMargins(top: top ?? current.top, bottom: bottom ?? current.bottom,
                                  inside: inside ?? current.inside, outside: outside ?? current.outside)
        var geometry = self
        geometry.margins = margins
        geometry.typeAreaWidth = pageWidth - margins.inside - margins.outside
        geometry.typeAreaHeight = pageHeight - margins.top - margins.bottom
        return geometry
    }

    /// How far a verso page's content moves right from where the recto's
    /// sits: its outside margin is on the left.
    var versoShift: Double {
        guard let margins else { return 0 }
        return margins.outside - margins.inside
    }

    /// The type area in page coordinates, centred: as wide as the most whole
    /// `characterWidth` characters and as high as the most whole `lineHeight`
    /// lines that fit the nominal size, so full pages of text share one grid.
    func typeArea(characterWidth: Double, lineHeight: Double) -> Rect {
        func snap(_ length: Double, to unit: Double, minimum: Double) -> Double {
            let count = (length / unit + 1e-9).rounded(.down)
            return count >= minimum ? count * unit : length
        }
        let width = snap(typeAreaWidth, to: characterWidth, minimum: 10)
        let height = snap(typeAreaHeight, to: lineHeight, minimum: 10)
        guard let margins else {
            return Rect(x: (pageWidth - width) / 2, y: (pageHeight - height) / 2, width: width, height: height)
        }
        // What snapping took off is shared evenly between the two sides.
        return Rect(x: margins.inside + (typeAreaWidth - width) / 2, y: margins.top + (typeAreaHeight - height) / 2,
                    width: width, height: height)
    }
}

/// Page margins in points, for a recto (odd, right-hand) page.
public struct PageMargins: Sendable, Equatable {
    public var top: Double
    public var bottom: Double
    /// At the binding edge: left on a recto, right on a verso.
    public var inside: Double
    public var outside: Double

    /// Margins of `top`, `bottom`, `inside` and `outside` points.
    public init(top: Double, bottom: Double, inside: Double, outside: Double) {
        self.top = top
        self.bottom = bottom
        self.inside = inside
        self.outside = outside
    }
}
