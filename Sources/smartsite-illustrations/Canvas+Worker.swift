/// People on site as simple shapes: hard hat, hi-vis vest, work trousers.
extension Canvas {
    enum Pose { case standing, walking, pointing, carrying }

    /// A worker whose feet stand at (`x`, `base`), `h` tall (helmet included).
    /// `helmet` nil draws a bare head with hair; `facing` 1 looks right, -1 left.
    func worker(x: Double, base: Double, h: Double, helmet: Color?, vest: Color = Palette.orange,
                shirt: Color = Color(0x4A6FA5), facing: Double = 1, pose: Pose = .standing) {
        layer {
            translate(x, base)
            scale(facing * h / 100, h / 100)
            drawWorker(helmet: helmet, vest: vest, shirt: shirt, pose: pose)
        }
    }

    /// The figure in a 100-unit-tall box, feet at the origin, facing +x.
    private func drawWorker(helmet: Color?, vest: Color, shirt: Color, pose: Pose) {
        let skin = Palette.skin
        let trousers = Palette.trousers
        let hip: Point = (0, -46)
        let shoulderBack: Point = (-7, -76), shoulderFront: Point = (7, -76)

        // Arm behind the body.
        let backHand: Point = switch pose {
        case .walking: (-15, -52)
        case .carrying: (12, -62)
        default: (-10, -48)
        }
        polyline([shoulderBack, (shoulderBack.x - 3, -62), backHand], width: 7, shirt.darker(0.15), round: true)
        circle(backHand.x, backHand.y, 3.6, skin.darker(0.1))

        // Legs.
        let backFoot: Double = pose == .walking ? -11 : -5
        let frontFoot: Double = pose == .walking ? 12 : 5
        polyline([(hip.x - 4, hip.y), (backFoot, -22), (backFoot, -3)], width: 9, trousers.darker(0.12), round: true)
        polyline([(hip.x + 4, hip.y), (frontFoot, -22), (frontFoot, -3)], width: 9, trousers, round: true)
        roundRect(backFoot - 5, -5, 13, 5, r: 2.5, Color(0x3A2A1E))
        roundRect(frontFoot - 5, -5, 13, 5, r: 2.5, Color(0x3A2A1E))

        // Torso: shirt, then vest with reflective bands.
        roundRect(-12, -80, 24, 38, r: 7, shirt)
        roundRect(-11.5, -78, 23, 33, r: 6, vest)
        rect(-11.5, -66, 23, 3.2, Color(0xE9EEF2))
        rect(-11.5, -55, 23, 3.2, Color(0xE9EEF2))
        rect(-1, -78, 2, 33, vest.darker(0.15))

        // Arm in front.
        let frontHand: Point = switch pose {
        case .pointing: (30, -86)
        case .walking: (14, -50)
        case .carrying: (16, -60)
        case .standing: (10, -48)
        }
        let elbow: Point = pose == .pointing ? (18, -80) : (shoulderFront.x + 4, -62)
        polyline([shoulderFront, elbow, frontHand], width: 7, shirt, round: true)
        circle(frontHand.x, frontHand.y, 3.6, skin)

        // Head.
        rect(-2.5, -84, 5, 6, skin.darker(0.08))
        circle(1, -90, 8, skin)
        circle(8.4, -89, 1.6, skin.darker(0.1))
        if let helmet {
            sector(0.5, -91, 10, from: .pi, to: 2 * .pi, helmet)
            roundRect(-10.5, -92.5, 25, 3.4, r: 1.7, helmet.darker(0.12))
            rect(-0.8, -100.5, 2.6, 8, helmet.lighter(0.25))
        } else {
            sector(0.4, -90.5, 8.5, from: .pi * 1.0, to: .pi * 1.85, Palette.hair)
            polygon([(-8.1, -91), (-3, -90), (-5, -84), (-7.6, -85.5)], Palette.hair)
            circle(-1.5, -88.5, 2, skin.darker(0.12))
        }
    }
}

extension Canvas {
    /// A worker seen from behind, feet at (`x`, `base`), `h` tall.
    func workerFromBehind(x: Double, base: Double, h: Double, helmet: Color, vest: Color = Palette.orange,
                          shirt: Color = Color(0x4A6FA5)) {
        layer {
            translate(x, base)
            scale(h / 100, h / 100)
            for side in [-1.0, 1.0] {
                polyline([(side * 5, -46), (side * 6, -22), (side * 6, -3)], width: 9, Palette.trousers, round: true)
                roundRect(side * 6 - 5, -5, 10, 5, r: 2.5, Color(0x3A2A1E))
                polyline([(side * 12, -76), (side * 16, -60), (side * 17, -48)], width: 7, shirt, round: true)
                circle(side * 17, -46, 3.6, Palette.skin)
            }
            roundRect(-14, -80, 28, 38, r: 7, shirt)
            roundRect(-13.5, -78, 27, 33, r: 6, vest)
            rect(-13.5, -66, 27, 3.2, Color(0xE9EEF2))
            rect(-13.5, -55, 27, 3.2, Color(0xE9EEF2))
            rect(-3, -85, 6, 7, Palette.skin.darker(0.08))
            circle(0, -90, 8.2, Palette.hair)
            circle(-8.2, -89, 1.8, Palette.skin)
            circle(8.2, -89, 1.8, Palette.skin)
            sector(0, -91, 10.5, from: .pi, to: 2 * .pi, helmet)
            roundRect(-12, -92.5, 24, 3.4, r: 1.7, helmet.darker(0.12))
            rect(-1.3, -101, 2.6, 8.5, helmet.lighter(0.25))
        }
    }
}
