import Foundation

/// Raw field bytes (a source id as written in the file) → small integer,
/// without making a String: the lookup behind the previous-row cache when
/// rows of different sources interleave. Open addressing, linear probing.
struct ByteKeyTable {
    private struct Entry {
        var hash: UInt64 = 0
        var offset = 0
        var length = -1  // -1: empty slot
        var value = 0
    }

    private var keys: [UInt8] = []
    private var entries = [Entry](repeating: Entry(), count: 64)
    private(set) var count = 0

    /// FNV-1a over the bytes.
    static func hash(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0..<length { h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01b3 }
        return h
    }

    /// The value stored for these bytes, or nil.
    func find(_ bytes: UnsafePointer<UInt8>, _ length: Int, hash: UInt64) -> Int? {
        let mask = entries.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        return keys.withUnsafeBufferPointer { arena in
            while true {
                let entry = entries[i]
                if entry.length < 0 { return nil }
                if entry.hash == hash && entry.length == length
                    && (length == 0 || memcmp(arena.baseAddress! + entry.offset, bytes, length) == 0) {
                    return entry.value
                }
                i = (i + 1) & mask
            }
        }
    }

    /// Stores `value` for bytes that are not in the table yet.
    mutating func insert(_ bytes: UnsafePointer<UInt8>, _ length: Int, hash: UInt64, value: Int) {
        if (count + 1) * 2 > entries.count { grow() }
        let offset = keys.count
        keys.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
        place(Entry(hash: hash, offset: offset, length: length, value: value))
        count += 1
    }

    private mutating func place(_ entry: Entry) {
        let mask = entries.count - 1
        var i = Int(truncatingIfNeeded: entry.hash) & mask
        while entries[i].length >= 0 { i = (i + 1) & mask }
        entries[i] = entry
    }

    private mutating func grow() {
        let old = entries
        entries = [Entry](repeating: Entry(), count: old.count * 2)
        for entry in old where entry.length >= 0 { place(entry) }
    }
}
