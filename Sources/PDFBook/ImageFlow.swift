import Document

/// Pictures: scaled to the column, kept whole on one page (a box the
/// paginator moves to the next page when it does not fit), the caption
/// centred under it.
extension FlowBuilder {
    /// Pixels per inch a picture is printed at when there is room: its natural size.
    static let printResolution = 150.0

    /// Share of the type area's height a picture may take, leaving room for its caption and some text.
    static let maximumHeightShare = 0.6

    /// The printed size in points of a `width` × `height` pixel picture: its
    /// natural size at ``printResolution``, scaled down (never up) to fit
    /// `maxWidth` × `maxHeight`, keeping its proportions.
    static func printSize(width: Int, height: Int, maxWidth: Double, maxHeight: Double) -> (width: Double, height: Double) {
        let natural = (width: Double(width) * 72 / printResolution, height: Double(height) * 72 / printResolution)
        let scale = min(1, maxWidth / natural.width, maxHeight / natural.height)
        return (natural.width * scale, natural.height * scale)
    }

    mutating func image(_ image: ImageBlock, in context: FlowContext) -> FlowItem {
        let size = Self.printSize(width: image.width, height: image.height, maxWidth: context.width,
                                  maxHeight: area.height * Self.maximumHeightShare)
        return self.image(image, in: context, size: size)
    }

    /// `image` shown `size` points large, centred in the context, its caption under it.
    func image(_ image: ImageBlock, in context: FlowContext, size: (width: Double, height: Double)) -> FlowItem {
        let rect = Rect(x: context.x + (context.width - size.width) / 2, y: 0, width: size.width, height: size.height)
        var items: [FrameItem] = [.image(ImagePlacement(image: image, rect: rect))]
        var height = size.height
        if let caption = image.caption, !caption.isEmpty {
            let gap = em * 0.5
            let spec = TextSpec(marked(caption), style: type.caption, width: context.width)
            let lines = shaper.lines(spec)
            items.append(.text(TextPlacement(spec: spec, lines: 0..<lines.count,
                                             origin: Point(x: context.x, y: height + gap - lines[0].top))))
            height += gap + shaper.height(spec)
        }
        return FlowItem(content: .box(FlowBox(height: height, items: items)), spaceBefore: em * 1.2,
                        spaceAfter: em * 1.2, marks: context.marks)
    }
}
