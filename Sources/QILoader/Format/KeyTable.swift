/// The positions of a record's declared keys, found by a cheap hash of a key's length and first two bytes,
/// then one comparison.
///
/// Every key of every mapping is looked up here, several times (once by the mapping, once by each read):
/// hashing the whole string with the standard library's seeded hasher cost more than reading the record.
struct KeyTable: Sendable {
    private let keys: [String]
    /// Open addressing with linear probing: the position of a key, or -1 for an empty slot.
    private let slots: [Int]
    private let mask: Int

    init(_ keys: [String]) {
        self.keys = keys
        // At most a quarter full, so a probe for an undeclared key ends at an empty slot within a step or two.
        var capacity = 8
        while capacity < keys.count * 4 { capacity *= 2 }
        var slots = [Int](repeating: -1, count: capacity)
        for (position, key) in keys.enumerated() {
            var slot = Self.hash(key) & (capacity - 1)
            while slots[slot] >= 0 {
                if keys[slots[slot]] == key { break }
                slot = (slot + 1) & (capacity - 1)
            }
            if slots[slot] < 0 { slots[slot] = position }
        }
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The position of `key` in the keys given (the first, for a key given twice), nil for any other.
    func position(of key: String) -> Int? {
        var slot = Self.hash(key) & mask
        while true {
            let position = slots[slot]
            if position < 0 { return nil }
            if keys[position] == key { return position }
            slot = (slot + 1) & mask
        }
    }

    private static func hash(_ key: String) -> Int {
        let utf8 = key.utf8
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return 0 }
        return utf8.count &* 131 &+ Int(first) &* 31 &+ Int(bytes.next() ?? 0)
    }
}
