import Model
import Testing

/// GB 32100-2015 check characters.
@Suite struct CreditCodeTests {
    /// Codes printed on the business licences of well-known companies (a
    /// misremembered code would pass only with probability 1/31).
    static let published = [
        "91350100M000100Y43", "91440300708461136T", "914403001922038216",
        "91110000802100433B", "91110108551385082Q",
    ]

    @Test(arguments: published)
    func publishedCodesAreValid(_ code: String) {
        #expect(CreditCode.isValid(code))
        #expect(CreditCode.checkCharacter(for: String(code.prefix(17))) == code.last)
    }

    @Test func checkCharacterOfTheDocumentedExample() {
        #expect(CreditCode.checkCharacter(for: "91350100M000100Y4") == "3")
    }

    /// The weights 3^i mod 31 are all non-zero modulo the prime 31, so every
    /// single-character substitution changes the sum and must be caught.
    @Test(arguments: published)
    func everySingleSubstitutionIsRejected(_ code: String) {
        let characters = Array(code)
        for position in characters.indices {
            for replacement in CreditCode.alphabet where replacement != characters[position] {
                var corrupted = characters
                corrupted[position] = replacement
                #expect(!CreditCode.isValid(String(corrupted)), "\(String(corrupted)) accepted")
            }
        }
    }

    @Test func malformedCodesAreRejected() {
        #expect(!CreditCode.isValid(""))
        #expect(!CreditCode.isValid("91350100M000100Y4"))     // 17 characters
        #expect(!CreditCode.isValid("91350100M000100Y433"))   // 19 characters
        #expect(!CreditCode.isValid("91440300708461136t"))    // lower case
        #expect(!CreditCode.isValid("91350100m000100Y43"))    // lower case inside
        #expect(!CreditCode.isValid("91350100I000100Y43"))    // I is not in the alphabet
        #expect(!CreditCode.isValid("91350100O000100Y43"))    // nor O
        #expect(!CreditCode.isValid("９1350100M000100Y43"))   // full-width digit
        #expect(CreditCode.checkCharacter(for: "91350100M000100Y") == nil)
        #expect(CreditCode.checkCharacter(for: "91350100M000100Z4") == nil)
    }

    @Test func alphabetAndWeights() {
        #expect(CreditCode.alphabet.count == 31)
        #expect(CreditCode.weights == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])
    }
}
