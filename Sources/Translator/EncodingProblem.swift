import Reporting

/// A source file that is not valid UTF-8: where its first invalid byte is, and which legacy
/// encoding its bytes look like. cu2hip translates such a file anyway (libclang works on bytes
/// and every edit is byte-based), keeps every byte it does not rewrite, and reports this.
public struct EncodingProblem: Hashable, Sendable {
    /// An 8-bit encoding that real CUDA code is written in.
    public enum Guess: String, Hashable, Sendable {
        case latin1 = "Latin-1"
        case shiftJIS = "Shift-JIS"
    }

    /// Byte offset of the first byte that starts no valid UTF-8 sequence.
    public var offset: Int
    /// That byte.
    public var byte: UInt8
    /// What the file's non-ASCII bytes look like; nil when neither fits.
    public var guess: Guess?

    /// The rule id of the finding.
    public static let rule = "encoding"

    /// The problem with `bytes`, or nil when they are valid UTF-8.
    public static func find(in bytes: [UInt8]) -> EncodingProblem? {
        guard let offset = SourceValidation.firstInvalidUTF8(bytes) else { return nil }
        return EncodingProblem(offset: offset, byte: bytes[offset], guess: guess(bytes))
    }

    /// The report finding, at the first invalid byte.
    public func finding(in source: SourceText) -> Finding {
        let (line, column) = source.location(of: .init(offset))
        let hex = String(byte, radix: 16, uppercase: true)
        let looks = guess.map { " (the text looks like \($0.rawValue))" } ?? ""
        return Finding(rule: Self.rule, severity: .warning, position: SourcePosition(line: line, column: column),
                       message: "file is not valid UTF-8: byte 0x\(hex) here starts no UTF-8 character\(looks); its bytes are kept as they are and the code around them is translated")
    }

    /// Shift-JIS when every non-ASCII byte pairs up as Shift-JIS double-byte characters (or is a
    /// half-width katakana) and at least one lead byte lies in 0x81-0x9F, where Latin-1 has only
    /// control codes; Latin-1 when every non-ASCII byte is a printable Latin-1 character.
    static func guess(_ bytes: [UInt8]) -> Guess? {
        if looksLikeShiftJIS(bytes) { return .shiftJIS }
        if bytes.allSatisfy({ $0 < 0x80 || $0 >= 0xA0 }) { return .latin1 }
        return nil
    }

    private static func looksLikeShiftJIS(_ bytes: [UInt8]) -> Bool {
        var index = 0
        var sawLowLead = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 || (0xA1...0xDF).contains(byte) {
                index += 1
                continue
            }
            guard (0x81...0x9F).contains(byte) || (0xE0...0xFC).contains(byte), index + 1 < bytes.count else { return false }
            let trail = bytes[index + 1]
            guard (0x40...0x7E).contains(trail) || (0x80...0xFC).contains(trail) else { return false }
            if byte <= 0x9F { sawLowLead = true }
            index += 2
        }
        return sawLowLead
    }
}
