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

    /// The text of `range`, decoded as UTF-8 (invalid bytes repaired): for messages and the
    /// report, never for an edit's replacement.
    public func text(_ range: ByteRange) -> String {
        String(decoding: bytes[range.start.value..<range.end.value], as: UTF8.self)
    }

    /// The bytes of `range` as a string that keeps them exactly, invalid UTF-8 included (see
    /// ``VerbatimText``): for source text a rule copies into a replacement.
    public func verbatim(_ range: ByteRange) -> String {
        VerbatimText.decode(bytes[range.start.value..<range.end.value])
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

/// Source bytes carried through the strings rules build, without loss. A byte that starts no
/// valid UTF-8 sequence becomes the private-use scalar U+10FF00 + byte; so that the mapping stays
/// one-to-one, so does each byte of a valid sequence that itself encodes U+10FF00...U+10FFFF.
/// ``Edit`` turns such scalars back into their bytes; rules never write them themselves.
public enum VerbatimText {
    static let base: UInt32 = 0x10FF00

    public static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let length = SourceValidation.validSequenceLength(bytes, at: index) else {
                scalars.append(escape(bytes[index]))
                index += 1
                continue
            }
            let sequence = bytes[index..<index + length]
            let scalar = String(decoding: sequence, as: UTF8.self).unicodeScalars.first!
            if scalar.value >= base {
                scalars.append(contentsOf: sequence.map(escape))
            } else {
                scalars.append(scalar)
            }
            index += length
        }
        return String(scalars)
    }

    public static func encode(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value >= base {
                bytes.append(UInt8(scalar.value - base))
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        return bytes
    }

    private static func escape(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(base + UInt32(byte))!
    }
}
