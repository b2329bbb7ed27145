import Testing
@testable import Charts

@Suite struct SVGPostProcessorTests {
    private func run(_ text: String) -> String {
        String(decoding: SVGPostProcessor.process(Array(text.utf8)), as: UTF8.self)
    }

    @Test func rewritesPathsAsRoundedRelativeCommands() {
        #expect(run(#"<path d="M 1.5 1.796875 L 13.5 1.796875 L 13.5 -13.203125 Z M 2 2 "/>"#)
                == #"<path d="m1.5 1.8h12v-15zm.5 .2"/>"#)
        #expect(run(#"<path d="M 0 0 C 1 1 2 2 3 3 C 4 4 5 5 6 6 L 7 8 L 9 10 "/>"#)
                == #"<path d="m0 0c1 1 2 2 3 3 1 1 2 2 3 3l1 2 2 2"/>"#)
    }

    @Test func roundsPositionsAndRenumbersSurfaces() {
        #expect(run(##"<g id="surface138"><use xlink:href="#surface138" x="128.12793" y="389.507812"/></g>"##)
                == ##"<g id="surface1"><use xlink:href="#surface1" x="128.13" y="389.51"/></g>"##)
    }

    @Test func roundsDecimalsHalfAwayFromZeroExactly() {
        // 1.005 is 1.00499… as a Double; read as a decimal it rounds up.
        #expect(run(#"<use x="1.005" y="-0.125"/>"#) == #"<use x="1.01" y="-0.13"/>"#)
        #expect(run(#"<use x="-0.004" y="12"/>"#) == #"<use x="0" y="12"/>"#)
        #expect(run(#"<path d="M 0.994999 0 L 0 -0.5 "/>"#) == #"<path d="m.99 0l-.99-.5"/>"#)
    }

    @Test func leavesWhatItDoesNotKnowAlone() {
        let quadratic = #"<path d="M 0 0 Q 1 1 2 2"/>"#
        #expect(run(quadratic) == quadratic)
        #expect(run(#"<rect x="auto"/>"#) == #"<rect x="auto"/>"#)
        #expect(run(#"<rect x="1e3" y="12px"/>"#) == #"<rect x="1e3" y="12px"/>"#)
        #expect(run(#"<path d="M 1e3 0"/>"#) == #"<path d="M 1e3 0"/>"#)
    }
}
