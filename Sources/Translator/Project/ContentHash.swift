/// A 128-bit content hash (two independent 64-bit FNV-1a lanes), for cache keys: stable across
/// runs, processes and machines, unlike Swift's `Hasher`. Not cryptographic: it tells files
/// apart, it does not defend against someone crafting collisions.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible, Codable {
    public private(set) var high: UInt64 = 0xcbf2_9ce4_8422_2325
    public private(set) var low: UInt64 = 0x8422_2325_cbf2_9ce4

    public init() {}

    public init(_ bytes: [UInt8]) {
        update(bytes)
    }

    public init(_ text: String) {
        update(text)
    }

    public mutating func update(_ bytes: [UInt8]) {
        var high = self.high
        var low = self.low
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                low = (low ^ UInt64(byte ^ 0x5c)) &* 0x0000_0100_0000_0233
            }
        }
        // The length closes each piece, so ["ab", "c"] and ["a", "bc"] differ.
        var length = UInt64(bytes.count)
        for _ in 0..<8 {
            high = (high ^ (length & 0xff)) &* 0x0000_0100_0000_01b3
            low = (low ^ (length & 0xff)) &* 0x0000_0100_0000_0233
            length >>= 8
        }
        self.high = high
        self.low = low
    }

    public mutating func update(_ text: String) {
        update(Array(text.utf8))
    }

    /// 32 lowercase hexadecimal digits.
    public var description: String {
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(high) + hex(low)
    }
}
