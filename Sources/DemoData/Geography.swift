import Foundation
import Model

/// Approximate positions: each county is a point near its city's real
/// centre (urban districts within ~10 km, county-level cities and counties
/// 30–60 km out), fixed by its code so the map does not move with the seed.
enum Geography {
    /// Earth radius of DATA.md §3's haversine distance.
    static let earthRadiusKm = 6371.0088

    /// Whether a county-level division is an urban district (…区).
    static func isUrbanDistrict(_ county: Region) -> Bool { county.name.hasSuffix("区") }

    /// The representative point of a county.
    static func countyPoint(_ county: Region) -> GeoPoint {
        let city = CityProfiles.profile(for: county.parent ?? "")
        var rng = SplitMix64(seed: 0x4A53_5F47_454F, stream: "county-point:" + county.code)
        let angle = rng.uniform(0, 2 * Double.pi)
        let distance = isUrbanDistrict(county) ? rng.uniform(2, 9) : rng.uniform(30, 60)
        return offset(GeoPoint(lon: city.lon, lat: city.lat),
                      eastKm: distance * cos(angle), northKm: distance * sin(angle))
    }

    /// `point` moved by the given distances.
    static func offset(_ point: GeoPoint, eastKm: Double, northKm: Double) -> GeoPoint {
        let kmPerDegreeLat = 111.32
        let kmPerDegreeLon = kmPerDegreeLat * cos(point.lat * Double.pi / 180)
        return GeoPoint(lon: point.lon + eastKm / kmPerDegreeLon, lat: point.lat + northKm / kmPerDegreeLat)
    }

    /// `point` moved in a random direction by up to `maxKm` (uniform over the disc).
    static func jitter(_ point: GeoPoint, maxKm: Double, rng: inout SplitMix64) -> GeoPoint {
        let angle = rng.uniform(0, 2 * Double.pi)
        let distance = maxKm * rng.unit().squareRoot()
        return offset(point, eastKm: distance * cos(angle), northKm: distance * sin(angle))
    }

    /// Great-circle distance in km (haversine).
    static func distanceKm(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let rad = Double.pi / 180
        let dLat = (b.lat - a.lat) * rad
        let dLon = (b.lon - a.lon) * rad
        let h = sin(dLat / 2) * sin(dLat / 2)
            + cos(a.lat * rad) * cos(b.lat * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusKm * asin(min(1, h.squareRoot()))
    }
}
