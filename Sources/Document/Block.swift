import Model

/// A block of a chapter.
public indirect enum Block: Sendable, Equatable {
    case heading(Heading)
    case paragraph([Inline])
    case list(ListBlock)
    case quote([Block])
    /// A note box (a block quote starting with `注：` / `Note:`).
    case note([Block])
    case code(language: String?, text: String)
    case table(Table)
    case figure(Figure)
    /// A picture standing alone in its paragraph (`![替代文字](images/x.png "图题")`).
    case image(ImageBlock)
    case thematicBreak
}

/// A section heading; level 2 is a section of the chapter (level 1 is the chapter title).
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var content: [Inline]
    /// Anchor for links and the PDF outline, unique in the chapter (`sec-2`).
    public var anchor: String
    public init(level: Int, content: [Inline], anchor: String) {
        self.level = level
        self.content = content
        self.anchor = anchor
    }
}

public struct ListBlock: Sendable, Equatable {
    public var ordered: Bool
    public var start: Int
    /// Each item is a list of blocks (items hold paragraphs and nested lists).
    public var items: [[Block]]
    public init(ordered: Bool, start: Int = 1, items: [[Block]]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}

/// A table: a GFM table, or one generated from data by a ```` ```table ```` block.
public struct Table: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case left, center, right }
    /// "表 2-1" when numbered.
    public var number: String?
    /// Anchor for cross references (`tab-2-1`) when numbered; renderers put it on the table.
    public var anchor: String?
    public var caption: [Inline]
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]

    public init(number: String? = nil, anchor: String? = nil, caption: [Inline] = [], alignments: [Alignment],
                header: [[Inline]], rows: [[[Inline]]]) {
        self.number = number
        self.anchor = anchor
        self.caption = caption
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// A numbered chart with its caption and the numbers behind it.
public struct Figure: Sendable, Equatable {
    /// Anchor (`fig-2-1`).
    public var anchor: String
    /// "图 2-1".
    public var number: String
    /// The numbers drawn, resolved from the statistics when the chapter was built.
    public var data: ChartData
    public init(anchor: String, number: String, data: ChartData) {
        self.anchor = anchor
        self.number = number
        self.data = data
    }

    /// The caption as printed: "图 2-1 标题".
    public var caption: String { "\(number) \(data.spec.title)" }
}
