import Model

/// Additive counts behind a region's figures: summed from counties up to
/// cities and the province, turned into rates only at the end.
struct RegionTally {
    var active = 0
    var scope = 0
    var smartScope = 0
    var smartSites = 0
    var connectedSites = 0
    var countiesTotal = 0
    var countiesWithPlatform = 0
    var aboveScaleActive = 0
    var aboveScaleSmart = 0
    var superDangerous = 0
    var superDangerousControlled = 0
    var standardEvaluation = 0
    var onlineOrders = 0
    var jiananCode = 0
    var fail = 0, pass = 0, good = 0, excellent = 0

    static func + (a: RegionTally, b: RegionTally) -> RegionTally {
        var sum = a
        sum.active += b.active
        sum.scope += b.scope
        sum.smartScope += b.smartScope
        sum.smartSites += b.smartSites
        sum.connectedSites += b.connectedSites
        sum.countiesTotal += b.countiesTotal
        sum.countiesWithPlatform += b.countiesWithPlatform
        sum.aboveScaleActive += b.aboveScaleActive
        sum.aboveScaleSmart += b.aboveScaleSmart
        sum.superDangerous += b.superDangerous
        sum.superDangerousControlled += b.superDangerousControlled
        sum.standardEvaluation += b.standardEvaluation
        sum.onlineOrders += b.onlineOrders
        sum.jiananCode += b.jiananCode
        sum.fail += b.fail
        sum.pass += b.pass
        sum.good += b.good
        sum.excellent += b.excellent
        return sum
    }

    /// Counts one project located in the region.
    mutating func add(project p: Project, rules: ProjectRules) {
        guard rules.isActive(p) else { return }
        active += 1
        let smart = rules.isSmart(p)
        if p.governmentFunded && p.aboveScale {
            scope += 1
            if smart { smartScope += 1 }
        }
        if smart {
            smartSites += 1
            if rules.isConnected(p) { connectedSites += 1 }
        }
        // The five coverages: all active above-scale projects, whatever the funding.
        if p.aboveScale {
            aboveScaleActive += 1
            if smart { aboveScaleSmart += 1 }
            if p.superDangerous {
                superDangerous += 1
                if p.superDangerousControlled { superDangerousControlled += 1 }
            }
            if p.standardEvaluationOnline { standardEvaluation += 1 }
            if p.onlineOrders { onlineOrders += 1 }
            if p.jiananCode { jiananCode += 1 }
        }
    }

    /// Counts one verification of the year by its final grade.
    mutating func add(finalGrade: Grade) {
        switch finalGrade {
        case .fail: fail += 1
        case .pass: pass += 1
        case .good: good += 1
        case .excellent: excellent += 1
        }
    }

    /// The region's figures; `platformsKnown` / `verificationsKnown` are false
    /// when that dataset was not supplied, which makes its figures nil.
    func statistics(code: String, name: String, platformsKnown: Bool, verificationsKnown: Bool) -> RegionStatistics {
        var s = RegionStatistics(code: code, name: name)
        s.activeProjects = active
        s.scopeProjects = scope
        s.smartScopeProjects = smartScope
        s.smartCoverage = ratio(smartScope, scope)
        s.smartSites = smartSites
        s.connectedSites = connectedSites
        s.connectionRate = ratio(connectedSites, smartSites)
        s.countiesTotal = countiesTotal
        s.countiesWithPlatform = platformsKnown ? countiesWithPlatform : nil
        s.platformCoverage = platformsKnown ? ratio(countiesWithPlatform, countiesTotal) : nil
        s.five.smartSite = ratio(aboveScaleSmart, aboveScaleActive)
        s.five.superDangerousControl = ratio(superDangerousControlled, superDangerous)
        s.five.standardEvaluation = ratio(standardEvaluation, aboveScaleActive)
        s.five.onlineOrders = ratio(onlineOrders, aboveScaleActive)
        s.five.jiananCode = ratio(jiananCode, aboveScaleActive)
        var v = VerificationCounts()
        v.isAvailable = verificationsKnown
        if verificationsKnown {
            v.fail = fail
            v.pass = pass
            v.good = good
            v.excellent = excellent
            v.total = fail + pass + good + excellent
            v.passRate = ratio(pass + good + excellent, v.total)
            v.excellentRate = ratio(excellent, v.total)
        }
        s.verifications = v
        return s
    }
}
