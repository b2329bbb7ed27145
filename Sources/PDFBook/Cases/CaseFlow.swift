import Document

/// One case as flow items, in reading order: the title band, the facts box,
/// the summary as a lead paragraph, the cover photo across the type area,
/// the body, then the photos with their captions.
extension FlowBuilder {
    /// Share of the type area's height the cover photo may take.
    static let coverHeightShare = 0.45
    /// Rather than move to the next page, the cover photo may shrink to this
    /// share of the type area's height, a photo of the gallery to this share
    /// of its own height.
    static let coverMinimumShare = 0.25
    static let photoMinimumScale = 0.6

    /// The items of `study`, the publication's `index`th chapter (0-based).
    /// Its first item carries `destinations` and an outline entry for the case.
    mutating func study(_ study: CaseStudy, index: Int, destinations: [String]) -> [FlowItem] {
        enterChapter(index)
        let full = FlowContext(x: 0, width: area.width)
        let band = FlowItem(content: .box(titleBand(study, width: area.width)), spaceAfter: em * 1.2, keepWithNext: true,
                            outline: OutlineTitle(title: study.title, level: 2,
                                                  destination: LinkResolver.chapterDestination(index)),
                            destinations: destinations)
        var items = [band]
        items.append(FlowItem(content: .box(factsBox(Self.facts(of: study), width: area.width)),
                              spaceBefore: em * 1.2, spaceAfter: em * 1.2))
        if !study.summary.isEmpty {
            items.append(text(PangoMarkup.plain(study.summary), style: type.lead, in: full,
                              spaceBefore: em * 1.2, spaceAfter: em * 1.2))
        }
        if let cover = study.cover {
            items.append(coverPhoto(cover, in: full))
        }
        items += blocks(study.blocks, in: full)
        items += study.photos.map { photo in
            let item = image(photo, in: full)
            return shrinkable(item, to: Self.photoMinimumScale * (item.picture?.rect.height ?? 0))
        }
        return items
    }

    /// The cover photo scaled to the type area's width, at most
    /// ``coverHeightShare`` of its height, keeping its proportions.
    private func coverPhoto(_ cover: ImageBlock, in context: FlowContext) -> FlowItem {
        guard cover.width > 0, cover.height > 0 else { return image(cover, in: context, size: (0, 0)) }
        let aspect = Double(cover.height) / Double(cover.width)
        let width = min(context.width, area.height * Self.coverHeightShare / aspect)
        return shrinkable(image(cover, in: context, size: (width, width * aspect)),
                          to: area.height * Self.coverMinimumShare)
    }

    /// A picture's `item` that may shrink until its picture is `height` high.
    private func shrinkable(_ item: FlowItem, to height: Double) -> FlowItem {
        guard case .box(var box) = item.content, let picture = item.picture, picture.rect.height > height
        else { return item }
        box.minimumHeight = box.height - picture.rect.height + height
        var item = item
        item.content = .box(box)
        return item
    }
}

private extension FlowItem {
    /// The picture of a picture box.
    var picture: ImagePlacement? {
        guard case .box(let box) = content, case .image(let picture)? = box.items.first else { return nil }
        return picture
    }
}
