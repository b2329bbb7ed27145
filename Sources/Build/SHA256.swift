import CCrypto

/// SHA-256 for `output/manifest.sha256`, from OpenSSL's libcrypto: it uses
/// the processor's SHA instructions where there are some, which makes the
/// manifest of a clean build (17 MB for the 20,000-project province) about
/// 7 times cheaper than portable code.
enum SHA256 {
    /// The digest of `bytes` as 64 lower-case hex digits.
    static func hex(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBytes { buffer in
            digest.withUnsafeMutableBufferPointer { out in
                EVP_Digest(buffer.baseAddress, buffer.count, out.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        precondition(ok == 1 && length == 32, "libcrypto's SHA-256 failed")
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8](repeating: 0, count: 64)
        for (i, byte) in digest.prefix(32).enumerated() {
            text[2 * i] = digits[Int(byte >> 4)]
            text[2 * i + 1] = digits[Int(byte & 0x0F)]
        }
        return String(decoding: text, as: UTF8.self)
    }
}
