/// How one 设区市 behaves in the synthetic province: its size, where it is,
/// and how far along it is with the programme (so rankings differ by city).
struct CityProfile {
    /// 区划代码 of the city, as in ``RegionTable/jiangsu``.
    let code: String
    /// Name without 市 (南京), used in composed names.
    let short: String
    /// Relative number of projects.
    let weight: Double
    /// Approximate centre of the urban area (WGS-84 degrees).
    let lon: Double
    let lat: Double
    /// Probability that a scope (政府投资规模以上) project is a smart site.
    let smartRate: Double
    /// Probability that a smart site is connected to the platform.
    let connectRate: Double
    /// Probability that a county has a platform by the end of the report year.
    let platformRate: Double
    /// Added to the mean verification score.
    let scoreBias: Double
    /// Probability that a due smart site has been verified.
    let verifyRate: Double
    /// Relative particulate level (north Jiangsu is dustier).
    let dustFactor: Double
    /// Names of its national monitoring stations (国控点), without city and 站.
    let stationNames: [String]
}

enum CityProfiles {
    /// The 13 cities, by code.
    static let all: [CityProfile] = [
        CityProfile(code: "320100", short: "南京", weight: 14.0, lon: 118.797, lat: 32.060,
                    smartRate: 0.95, connectRate: 0.97, platformRate: 1.00, scoreBias: 3.0,
                    verifyRate: 0.94, dustFactor: 1.00,
                    stationNames: ["玄武湖", "草场门", "瑞金路", "奥体中心"]),
        CityProfile(code: "320200", short: "无锡", weight: 10.0, lon: 120.312, lat: 31.491,
                    smartRate: 0.93, connectRate: 0.96, platformRate: 1.00, scoreBias: 2.0,
                    verifyRate: 0.92, dustFactor: 0.95,
                    stationNames: ["东亭", "旺庄", "漆塘", "荣巷"]),
        CityProfile(code: "320300", short: "徐州", weight: 8.0, lon: 117.284, lat: 34.205,
                    smartRate: 0.86, connectRate: 0.91, platformRate: 0.90, scoreBias: -1.0,
                    verifyRate: 0.86, dustFactor: 1.25,
                    stationNames: ["黄河新村", "淮塔", "农科院", "桃园路"]),
        CityProfile(code: "320400", short: "常州", weight: 8.0, lon: 119.974, lat: 31.811,
                    smartRate: 0.91, connectRate: 0.95, platformRate: 1.00, scoreBias: 1.5,
                    verifyRate: 0.90, dustFactor: 1.00,
                    stationNames: ["潞城", "城建学校", "安家", "市监测站"]),
        CityProfile(code: "320500", short: "苏州", weight: 16.0, lon: 120.585, lat: 31.299,
                    smartRate: 0.94, connectRate: 0.96, platformRate: 1.00, scoreBias: 2.5,
                    verifyRate: 0.93, dustFactor: 0.92,
                    stationNames: ["南门", "彩香", "相城区", "上方山"]),
        CityProfile(code: "320600", short: "南通", weight: 9.0, lon: 120.894, lat: 31.981,
                    smartRate: 0.90, connectRate: 0.94, platformRate: 0.86, scoreBias: 1.0,
                    verifyRate: 0.89, dustFactor: 0.95,
                    stationNames: ["城中", "南郊", "虹桥", "星湖花园"]),
        CityProfile(code: "320700", short: "连云港", weight: 4.0, lon: 119.222, lat: 34.597,
                    smartRate: 0.80, connectRate: 0.88, platformRate: 0.67, scoreBias: -3.0,
                    verifyRate: 0.80, dustFactor: 1.15,
                    stationNames: ["墟沟", "洪门派出所", "新浦"]),
        CityProfile(code: "320800", short: "淮安", weight: 5.0, lon: 119.015, lat: 33.610,
                    smartRate: 0.84, connectRate: 0.90, platformRate: 0.86, scoreBias: -1.5,
                    verifyRate: 0.84, dustFactor: 1.15,
                    stationNames: ["钵池山", "北京南路", "淮安区"]),
        CityProfile(code: "320900", short: "盐城", weight: 6.0, lon: 120.163, lat: 33.348,
                    smartRate: 0.83, connectRate: 0.89, platformRate: 0.78, scoreBias: -2.0,
                    verifyRate: 0.83, dustFactor: 1.05,
                    stationNames: ["文峰中学", "盐城电厂", "开发区管委会"]),
        CityProfile(code: "321000", short: "扬州", weight: 5.5, lon: 119.413, lat: 32.394,
                    smartRate: 0.89, connectRate: 0.94, platformRate: 1.00, scoreBias: 0.5,
                    verifyRate: 0.88, dustFactor: 1.05,
                    stationNames: ["城东财政所", "邗江监测站", "市监测站"]),
        CityProfile(code: "321100", short: "镇江", weight: 4.5, lon: 119.455, lat: 32.204,
                    smartRate: 0.87, connectRate: 0.93, platformRate: 0.83, scoreBias: 0.0,
                    verifyRate: 0.87, dustFactor: 1.05,
                    stationNames: ["职教中心", "丹徒区", "市环境监测站"]),
        CityProfile(code: "321200", short: "泰州", weight: 5.0, lon: 119.923, lat: 32.455,
                    smartRate: 0.88, connectRate: 0.92, platformRate: 0.83, scoreBias: 0.0,
                    verifyRate: 0.87, dustFactor: 1.05,
                    stationNames: ["公园路", "莲花", "市监测站"]),
        CityProfile(code: "321300", short: "宿迁", weight: 4.0, lon: 118.275, lat: 33.963,
                    smartRate: 0.81, connectRate: 0.87, platformRate: 0.60, scoreBias: -2.5,
                    verifyRate: 0.81, dustFactor: 1.20,
                    stationNames: ["宿迁学院", "市监测站", "宿城区"]),
    ]

    /// The profile of a city code; the default profile for an unknown one.
    static func profile(for cityCode: String) -> CityProfile {
        all.first { $0.code == cityCode } ?? all[0]
    }
}
