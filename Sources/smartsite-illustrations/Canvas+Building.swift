/// A reinforced-concrete frame going up floor by floor.
extension Canvas {
    /// A frame `bays` × `bayWidth` wide standing on `base`: the lowest
    /// `closedFloors` have walls and windows, the floors above are bare
    /// slabs and columns, and rebar sticks out of the top.
    func buildingFrame(x: Double, base: Double, floors: Int, floorHeight: Double, bays: Int, bayWidth: Double,
                       closedFloors: Int, wall: Color = Color(0xE9E4DA), window: Color = Palette.glass) {
        let w = Double(bays) * bayWidth
        let slab = floorHeight * 0.14
        let column = bayWidth * 0.12
        // The shadowed interior first, then walls, then the structure on top.
        rect(x, base - Double(floors) * floorHeight, w, Double(floors) * floorHeight, Color(0x8A9199))
        for floor in 0..<closedFloors {
            let y = base - Double(floor + 1) * floorHeight
            rect(x, y, w, floorHeight, wall)
            for bay in 0..<bays {
                let bx = x + Double(bay) * bayWidth
                rect(bx + bayWidth * 0.22, y + floorHeight * 0.3, bayWidth * 0.56, floorHeight * 0.5, window)
                rect(bx + bayWidth * 0.22, y + floorHeight * 0.3, bayWidth * 0.56, floorHeight * 0.08, window.darker(0.15))
            }
        }
        for floor in closedFloors..<floors {
            let y = base - Double(floor + 1) * floorHeight
            rect(x, y, w, floorHeight, Color(0x7D858E).lighter(Double(floor - closedFloors) * 0.04))
        }
        for bay in 0...bays {
            rect(x + Double(bay) * bayWidth - column / 2, base - Double(floors) * floorHeight, column,
                 Double(floors) * floorHeight, Palette.concrete)
        }
        for floor in 0...floors {
            rect(x - column, base - Double(floor) * floorHeight - slab, w + 2 * column, slab, Palette.concrete.lighter(0.1))
            rect(x - column, base - Double(floor) * floorHeight - slab * 0.25, w + 2 * column, slab * 0.25, Palette.concreteDark)
        }
        let top = base - Double(floors) * floorHeight - slab
        for bay in 0...bays {
            let cx = x + Double(bay) * bayWidth
            for i in 0..<3 {
                line((cx - column * 0.3 + Double(i) * column * 0.3, top), (cx - column * 0.3 + Double(i) * column * 0.3, top - floorHeight * 0.45),
                     width: 1.4, Color(0x7A4B32))
            }
        }
    }

    /// A green safety net over scaffolding on a rectangle.
    func scaffoldNet(x: Double, y: Double, w: Double, h: Double) {
        rect(x, y, w, h, Color(0x2F8F4E, alpha: 0.78))
        var gx = x
        while gx <= x + w {
            line((gx, y), (gx, y + h), width: 1.5, Color(0x1F6B38))
            gx += 24
        }
        var gy = y
        while gy <= y + h {
            line((x, gy), (x + w, gy), width: 1.5, Color(0x1F6B38))
            gy += 30
        }
    }
}
