/// A UTF-8 byte offset into a file, as libclang reports it.
public struct ByteOffset: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var value: Int
    public init(_ value: Int) { self.value = value }
    public static func < (lhs: ByteOffset, rhs: ByteOffset) -> Bool { lhs.value < rhs.value }
    public var description: String { String(value) }
}

/// A half-open range of UTF-8 bytes in one file.
public struct ByteRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: ByteOffset
    public var end: ByteOffset

    public init(start: Int, end: Int) {
        precondition(start <= end, "byte range \(start)..<\(end) is reversed")
        self.start = ByteOffset(start)
        self.end = ByteOffset(end)
    }

    public var length: Int { end.value - start.value }
    public var isEmpty: Bool { start == end }

    /// True when `offset` lies inside the range.
    public func contains(_ offset: ByteOffset) -> Bool { start <= offset && offset < end }

    /// True when the two ranges share at least one byte.
    public func overlaps(_ other: ByteRange) -> Bool { start < other.end && other.start < end }

    public var description: String { "\(start.value)..<\(end.value)" }
}
