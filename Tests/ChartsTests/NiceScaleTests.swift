import Model
import Testing
@testable import Charts

@Suite struct NiceScaleTests {
    @Test func stepsFollowOneTwoFive() {
        #expect(NiceScale.niceStep(atLeast: 0.196) == 0.2)
        #expect(NiceScale.niceStep(atLeast: 0.2) == 0.2)
        #expect(NiceScale.niceStep(atLeast: 0.21) == 0.5)
        #expect(NiceScale.niceStep(atLeast: 0.6) == 1)
        #expect(NiceScale.niceStep(atLeast: 2469) == 5000)
        #expect(NiceScale.niceStep(atLeast: 0.0011) == 0.002)
        #expect(NiceScale.niceStep(near: 0.196) == 0.2)
        #expect(NiceScale.niceStep(near: 2469) == 2000)
        #expect(NiceScale.niceStep(near: 0.14) == 0.1)
        #expect(NiceScale.niceStep(near: 0.75) == 1)
    }

    @Test func percentAxisStopsAtOneHundred() {
        let scale = NiceScale(maximum: 0.98, intervals: 5, kind: .percent)
        #expect(scale.step == 0.2 && scale.top == 1)
        #expect(scale.ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(NiceScale(maximum: 0.98, intervals: 3, kind: .percent).ticks == [0, 0.5, 1])
        // Above 100% the axis just continues in whole steps.
        #expect(NiceScale(maximum: 1.3, intervals: 5, kind: .percent).ticks == [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4])
    }

    @Test func smallPercentagesGetFinerSteps() {
        #expect(NiceScale(maximum: 0.043, intervals: 5, kind: .percent).ticks == [0, 0.01, 0.02, 0.03, 0.04, 0.05])
        // Never finer than 0.1%, which is what a percentage prints.
        #expect(NiceScale(maximum: 0.002, intervals: 5, kind: .percent).step == 0.001)
    }

    @Test func countsStepByWholeNumbers() {
        #expect(NiceScale(maximum: 3, intervals: 5, kind: .integer).ticks == [0, 1, 2, 3])
        #expect(NiceScale(maximum: 0, intervals: 5, kind: .integer).ticks == [0, 1, 2, 3, 4, 5])
    }

    @Test func coarserGoesToTheNextStep() {
        let scale = NiceScale(maximum: 0.98, intervals: 5, kind: .percent)
        #expect(scale.coarser(kind: .percent, maximum: 0.98).step == 0.5)
        #expect(scale.coarser(kind: .percent, maximum: 0.98).coarser(kind: .percent, maximum: 0.98).ticks == [0, 1])
    }

    @Test func axisLabelsUseTheStepsPrecision() {
        #expect(AxisFormat.tick(0.6000000000000001, step: 0.2, kind: .percent) == "60%")
        #expect(AxisFormat.tick(0.015, step: 0.005, kind: .percent) == "1.5%")
        #expect(AxisFormat.tick(0.02, step: 0.005, kind: .percent) == "2.0%")
        #expect(AxisFormat.tick(12_000, step: 2_000, kind: .integer) == "12,000")
        #expect(AxisFormat.tick(2.5, step: 0.5, kind: .score) == "2.5")
        #expect(AxisFormat.value(1, kind: .percent) == "100%")
        #expect(AxisFormat.value(0.875, kind: .percent) == "87.5%")
    }
}
