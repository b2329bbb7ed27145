import Model

/// Composes the Chinese names of projects, companies and people's forms of
/// address from ``NameParts``.
enum Names {
    /// A road or area: `星湖街`, `浦滨路`, `科创片区`.
    static func place(_ rng: inout SplitMix64) -> String {
        rng.pick(NameParts.placeWords) + rng.pick(NameParts.placeSuffixes)
    }

    /// A project's name and its owner (建设单位), such as
    /// `苏州市吴中区星湖街小学改扩建工程` built for `吴中区教育局`, or
    /// `南京市轨道交通七号线二期工程浦滨站土建施工3标段` for `南京市地铁集团有限公司`.
    static func project(category: ProjectCategory, governmentFunded: Bool, county: Region, city: Region,
                        _ rng: inout SplitMix64) -> (name: String, owner: String) {
        // Districts are named with their city (南京市江宁区); county-level cities stand alone.
        let prefix = Geography.isUrbanDistrict(county) && rng.chance(0.4) ? city.name + county.name : county.name
        if category == .railTransit {
            let line = rng.pick(Array(NameParts.numerals.prefix(10)))
            let stage = rng.pick(["一期", "二期", "延伸线", "南延线", "北延线"])
            let site = rng.pick(NameParts.placeWords) + rng.pick(["站", "站", "停车场", "车辆段"])
            let owner = "\(city.name)\(rng.chance(0.5) ? "地铁" : "轨道交通")集团有限公司"
            return ("\(city.name)轨道交通\(line)号线\(stage)工程\(site)土建施工\(rng.int(in: 1...12))标段", owner)
        }
        let types: [(String, NameParts.OwnerKind)] = switch category {
        case .building: governmentFunded ? NameParts.publicBuildings : NameParts.privateBuildings
        case .municipal: NameParts.municipalTypes
        default: NameParts.otherTypes
        }
        let (type, kind) = rng.pick(types)
        let name = prefix + place(&rng) + type + suffix(&rng)
        return (name, owner(kind, governmentFunded: governmentFunded, county: county, city: city, &rng))
    }

    /// `工程` or `项目`, sometimes a phase, sometimes a section (标段).
    private static func suffix(_ rng: inout SplitMix64) -> String {
        var text = rng.chance(0.8) ? "工程" : "项目"
        if rng.chance(0.2) { text += rng.pick(NameParts.phases) }
        if rng.chance(0.15) {
            text += rng.chance(0.5) ? "施工总承包\(rng.int(in: 1...4))标段" : "\(rng.pick(Array(NameParts.numerals.prefix(5))))标段"
        }
        return text
    }

    /// The short name of a city (南京) from its profile.
    static func short(_ city: Region) -> String { CityProfiles.profile(for: city.code).short }

    /// A contractor (施工单位). Names are composed from neutral words so that
    /// synthetic grades are never printed next to a real company's name.
    static func contractor(category: ProjectCategory, city: Region, _ rng: inout SplitMix64) -> String {
        let word = rng.pick(NameParts.companyWords)
        switch category {
        case .railTransit where rng.chance(0.7):
            return "\(word)轨道工程集团有限公司"
        case .municipal where rng.chance(0.35):
            return "\(short(city))\(word)市政工程有限公司"
        default:
            break
        }
        switch rng.int(in: 0...5) {
        case 0, 1: return "江苏\(word)建设集团有限公司"
        case 2: return "江苏\(word)建筑工程有限公司"
        case 3 where category != .building: return "\(short(city))\(word)路桥工程有限公司"
        default: return "\(short(city))\(word)建工集团有限公司"
        }
    }

    /// The 建设单位 for a kind of project: public bodies and state-owned
    /// platforms when government-funded, companies otherwise.
    private static func owner(_ kind: NameParts.OwnerKind, governmentFunded: Bool, county: Region,
                              city: Region, _ rng: inout SplitMix64) -> String {
        let c = county.name, m = city.name, word = rng.pick(NameParts.developerWords)
        if !governmentFunded {
            switch kind {
            case .developer, .education, .health, .housing, .civic:
                return rng.chance(0.6) ? "\(short(city))\(word)置业有限公司" : "\(short(city))\(word)房地产开发有限公司"
            case .industry:
                return "\(short(city))\(rng.pick(NameParts.companyWords))\(rng.pick(["科技", "实业", "智能制造"]))有限公司"
            default:
                return "\(short(city))\(word)投资发展有限公司"
            }
        }
        switch kind {
        case .education: return "\(c)教育局"
        case .health: return rng.chance(0.5) ? "\(c)卫生健康委员会" : "\(c)人民医院"
        case .housing: return rng.chance(0.5) ? "\(c)住房和城乡建设局" : "\(c)安居建设发展有限公司"
        case .civic, .cityInvestment, .developer, .industry:
            return rng.chance(0.7) ? "\(c)城市建设投资发展有限公司" : "\(m)城市发展集团有限公司"
        case .transport: return rng.chance(0.5) ? "\(m)交通投资集团有限公司" : "\(c)交通运输局"
        case .water: return "\(m)水务集团有限公司"
        case .parks: return "\(c)城市管理局"
        case .waterAffairs: return "\(c)水利局"
        case .port: return "\(m)港口集团有限公司"
        case .energy: return "\(m)城市能源投资有限公司"
        case .logistics: return "\(c)城市建设投资发展有限公司"
        case .grain: return "\(c)粮食和物资储备局"
        case .tourism: return "\(c)文化广电和旅游局"
        }
    }

    /// 项目负责人 as a form of address (`张工`): never a real person's name.
    static func manager(_ rng: inout SplitMix64) -> String { rng.pick(NameParts.surnames) + "工" }

    /// 联系电话: a well-formed but fictitious mobile number, `1380000` plus four
    /// digits, so the output scan of the site has a real pattern to catch.
    static func phone(_ rng: inout SplitMix64) -> String {
        let n = rng.int(in: 0...9999)
        let digits = String(n)
        return "1380000" + String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// Who verified a project: the city's or the county's supervision station,
    /// sometimes the provincial centre.
    static func verifier(county: Region, city: Region, _ rng: inout SplitMix64) -> String? {
        let r = rng.unit()
        if r < 0.60 { return "\(city.name)建设工程安全监督站" }
        if r < 0.85 { return "\(county.name)建设工程质量安全监督站" }
        if r < 0.97 { return "江苏省建设工程质量安全中心" }
        return nil
    }
}
