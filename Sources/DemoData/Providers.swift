import Model

/// A generated integration provider (集成服务商).
struct DemoProvider {
    var provider: Provider
    /// The city it is registered in; it wins more projects there.
    var city: String
    /// Relative market share.
    var weight: Double
    /// A newcomer with one or two projects, listed as 样本不足 in the ranking.
    var small: Bool
    /// Mean online, timely and complete rates in percent.
    var quality: (online: Double, timely: Double, complete: Double)
}

/// Picks 15–20 providers, gives them valid credit codes and assigns them
/// to smart sites.
struct ProviderSynthesizer {
    let options: DemoDataOptions
    let regions: RegionTable

    func make(assigningTo projects: inout [DemoProject]) -> [DemoProvider] {
        var rng = SplitMix64(seed: options.seed, stream: "providers")
        let catalogue = NameParts.providers
        let count = min(catalogue.count, 15 + rng.int(in: 0...5))
        let order = rng.shuffled(Array(catalogue.indices))
        let chosen = Array(order.prefix(count))
        let smallOnes = Set(chosen.suffix(2))
        var codes: [String] = []
        var providers: [DemoProvider] = []
        for index in chosen.sorted() {
            // Market share falls with the (random) position: a few large providers, a long tail.
            let position = Double(chosen.firstIndex(of: index)! + 1)
            let entry = catalogue[index]
            var code = creditCode(city: entry.city, &rng)
            while codes.contains(code) { code = creditCode(city: entry.city, &rng) }
            codes.append(code)
            let q = (rng.uniform(87, 98.5), rng.uniform(83, 97), rng.uniform(85, 98))
            providers.append(DemoProvider(
                provider: Provider(name: entry.name, creditCode: code), city: entry.city,
                weight: 1 / (position * position.squareRoot()).squareRoot(), small: smallOnes.contains(index),
                quality: (online: q.0, timely: q.1, complete: q.2)))
        }
        assign(providers, to: &projects, &rng)
        return providers
    }

    private func assign(_ providers: [DemoProvider], to projects: inout [DemoProject], _ rng: inout SplitMix64) {
        let regular = providers.indices.filter { !providers[$0].small }
        guard !regular.isEmpty else { return }
        let yearEnd = Day.endOfYear(options.year)
        var candidatesForSmall: [Int] = []
        for index in projects.indices where projects[index].project.smartSite {
            guard rng.chance(0.96) else { continue }
            let city = projects[index].city.code
            let weights = regular.map { providers[$0].weight * (providers[$0].city == city ? 4 : 1) }
            projects[index].project.provider = providers[regular[rng.weightedIndex(weights)]].provider.name
            if projects[index].isActive(in: options.year) && projects[index].isSmart(by: yearEnd) {
                candidatesForSmall.append(index)
            }
        }
        // Newcomers take over one and two of the year's smart sites.
        var pool = rng.shuffled(candidatesForSmall)
        for (n, provider) in providers.filter(\.small).enumerated() {
            for _ in 0...n where !pool.isEmpty {
                projects[pool.removeLast()].project.provider = provider.provider.name
            }
        }
    }

    /// `91` (enterprise, company) + a Jiangsu division code + a GB 11714
    /// organisation code + the GB 32100 check character.
    func creditCode(city: String, _ rng: inout SplitMix64) -> String {
        let counties = regions.counties(of: city).map(\.code)
        let division = counties.isEmpty || rng.chance(0.3) ? city : rng.pick(counties)
        let body = Self.organisationBody(&rng)
        let organisation = body + String(Self.organisationCheck(body))
        let first17 = "91" + division + organisation
        return first17 + String(CreditCode.checkCharacter(for: first17)!)
    }

    /// Eight characters: most post-2015 codes start `MA`, older ones are digits.
    static func organisationBody(_ rng: inout SplitMix64) -> String {
        var text = ""
        if rng.chance(0.7) {
            text = "MA"
            for _ in 0..<6 { text.append(rng.pick(CreditCode.alphabet)) }
        } else {
            for _ in 0..<8 { text.append(Character(String(rng.int(in: 0...9)))) }
        }
        return text
    }

    /// GB 11714 check character of an eight-character organisation code body.
    static func organisationCheck(_ body: String) -> Character {
        let weights = [3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (character, weight) in zip(body, weights) {
            let value: Int
            if let digit = character.wholeNumberValue {
                value = digit
            } else {
                value = Int(character.asciiValue ?? 65) - 55  // A = 10 … Z = 35
            }
            sum += value * weight
        }
        let check = 11 - sum % 11
        switch check {
        case 10: return "X"
        case 11: return "0"
        default: return Character(String(check))
        }
    }
}
