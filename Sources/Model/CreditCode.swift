/// 统一社会信用代码 (unified social credit code) as defined by GB 32100-2015.
///
/// A code has 18 characters from ``alphabet`` (digits and upper-case letters
/// without I, O, S, V and Z): 1 registration authority, 1 organisation type,
/// 6 administrative-division code, 9 organisation code (GB 11714) and the
/// check character. Only upper case is valid: exports that lower-case a code
/// are reported, not silently repaired.
public enum CreditCode {
    /// The 31 characters a code may contain, in value order (`0` = 0 … `Y` = 30).
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// Weight of position i (1-based, 1…17): 3^(i−1) mod 31.
    public static let weights: [Int] = {
        var result: [Int] = []
        var w = 1
        for _ in 0..<17 {
            result.append(w)
            w = w * 3 % 31
        }
        return result
    }()

    /// The value (0…30) of a code character, or nil when it is not in ``alphabet``.
    public static func value(of character: Character) -> Int? {
        alphabet.firstIndex(of: character)
    }

    /// The check character for the first 17 characters of a code, or nil when
    /// `first17` is not exactly 17 characters of ``alphabet``.
    ///
    /// check = 31 − (Σ value·weight mod 31), where 31 is written `0`.
    public static func checkCharacter(for first17: String) -> Character? {
        let characters = Array(first17)
        guard characters.count == 17 else { return nil }
        var sum = 0
        for (index, character) in characters.enumerated() {
            guard let v = value(of: character) else { return nil }
            sum += v * weights[index]
        }
        let check = (31 - sum % 31) % 31
        return alphabet[check]
    }

    /// Whether `code` is 18 characters of ``alphabet`` (upper case only)
    /// whose last character is the check character of the first 17.
    public static func isValid(_ code: String) -> Bool {
        let characters = Array(code)
        guard characters.count == 18,
              let expected = checkCharacter(for: String(characters[0..<17])) else { return false }
        return characters[17] == expected
    }
}
