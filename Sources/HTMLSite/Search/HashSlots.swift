/// Open addressing over 64-bit hashes, for the search index's hot lookups, where `Dictionary`
/// cost more than all the rest (a `Hasher` per lookup, and `String` keys hash their normalised
/// form). Keys are numbered 0, 1, 2… as they are added; the caller keeps them and says, for a
/// candidate number, whether it is the key sought.
struct HashSlots {
    /// Per slot, a key number + 1, 0 when free; at most half full.
    private var slots = [Int](repeating: 0, count: 1 << 12)
    private var hashes: [UInt64] = []

    /// The number of the key that has `hash` and for which `isKey` holds.
    func find(_ hash: UInt64, where isKey: (Int) -> Bool) -> Int? {
        var slot = self.slot(hash)
        while slots[slot] != 0 {
            let number = slots[slot] - 1
            if hashes[number] == hash && isKey(number) { return number }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Adds a key that `find` did not find; returns its number.
    mutating func add(_ hash: UInt64) -> Int {
        let number = hashes.count
        hashes.append(hash)
        if hashes.count * 2 > slots.count {
            slots = [Int](repeating: 0, count: slots.count * 2)
            for (number, hash) in hashes.enumerated() { place(number, hash) }
        } else {
            place(number, hash)
        }
        return number
    }

    private mutating func place(_ number: Int, _ hash: UInt64) {
        var slot = self.slot(hash)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = number + 1
    }

    /// Fibonacci hashing: the top bits of the hash times 2^64/φ, so that keys differing only in
    /// their low bits (packed search keys) spread too.
    private func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slots.count.trailingZeroBitCount))
    }

    /// FNV-1a of `bytes`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
