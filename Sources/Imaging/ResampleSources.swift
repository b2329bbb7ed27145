/// The surfaces a picture's sizes are resampled from: the decoded picture,
/// and every size already made from it by area averaging. Averages over
/// boxes that tile one another compose exactly, so a size that divides one
/// of those evenly (480 × 320 of 960 × 640) is averaged from the smallest
/// such, at a fraction of the work and with the same pixels, give or take
/// the rounding of the larger size to 8 bits.
struct ResampleSources {
    private let picture: ImageSurface
    private var averaged: [ImageSurface] = []

    init(_ picture: ImageSurface) { self.picture = picture }

    /// The picture at `width` × `height` (the picture itself at its own size).
    mutating func resized(width: Int, height: Int) throws(ImagingError) -> ImageSurface {
        let divides = { (surface: ImageSurface) in surface.width % width == 0 && surface.height % height == 0 }
        let source = averaged.filter(divides).min { $0.width < $1.width } ?? picture
        let result = try Resampler.resized(source, width: width, height: height)
        if FilterTaps.averages(source: picture.width, target: width)
            && FilterTaps.averages(source: picture.height, target: height) {
            averaged.append(result)
        }
        return result
    }
}
