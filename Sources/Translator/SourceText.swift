import Clang

/// The bytes of one file and the line table needed to report positions.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Byte offset at which each physical line starts.
    let lineStarts: [Int]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    public init(_ string: String) { self.init(bytes: Array(string.utf8)) }

    /// 1-based line and 1-based byte column of `offset` (clang's convention).
    public func location(of offset: ByteOffset) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset.value { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset.value - lineStarts[low] + 1)
    }

    /// The text of `range`, decoded as UTF-8 (invalid bytes repaired).
    public func text(_ range: ByteRange) -> String {
        String(decoding: bytes[range.start.value..<range.end.value], as: UTF8.self)
    }

    /// Offset of the start of the physical line holding `offset`.
    func lineStart(of offset: Int) -> Int {
        lineStarts[location(of: ByteOffset(offset)).line - 1]
    }

    /// Offset just past the newline ending the physical line holding `offset` (or the file end).
    func lineEnd(of offset: Int) -> Int {
        let line = location(of: ByteOffset(offset)).line
        return line < lineStarts.count ? lineStarts[line] : bytes.count
    }

    /// The newline sequence the file uses ("\r\n" if its first line ends so, else "\n").
    var newline: String {
        if let first = bytes.firstIndex(of: UInt8(ascii: "\n")), first > 0, bytes[first - 1] == UInt8(ascii: "\r") {
            return "\r\n"
        }
        return "\n"
    }
}
