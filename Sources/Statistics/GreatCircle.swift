#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// Great-circle distance for matching dust devices to stations (DATA.md §3).
public enum GreatCircle {
    /// Mean Earth radius (IUGG), km.
    public static let earthRadiusKm = 6371.0088

    /// Haversine distance between two points, km.
    public static func distanceKm(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let radians = Double.pi / 180
        let phi1 = a.lat * radians, phi2 = b.lat * radians
        let dPhi = (b.lat - a.lat) * radians, dLambda = (b.lon - a.lon) * radians
        let sinPhi = sin(dPhi / 2), sinLambda = sin(dLambda / 2)
        let h = sinPhi * sinPhi + cos(phi1) * cos(phi2) * sinLambda * sinLambda
        return 2 * earthRadiusKm * asin(min(1, h.squareRoot()))
    }
}
