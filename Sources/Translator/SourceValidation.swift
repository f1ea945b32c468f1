/// Checks that a file's bytes are text cu2hip can translate.
public enum SourceValidation {
    /// Why the bytes cannot be translated, or nil when they can. Only a file with a NUL byte is
    /// refused (as binary); text in another encoding than UTF-8 is translated with its bytes
    /// kept (see ``EncodingProblem``).
    public static func problem(with bytes: [UInt8]) -> String? {
        guard let nul = bytes.firstIndex(of: 0) else { return nil }
        return "binary file (NUL byte at offset \(nul)); not translated"
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            guard let length = validSequenceLength(bytes[...], at: index) else { return index }
            index += length
        }
        return nil
    }

    /// Length of the well-formed UTF-8 sequence starting at `index`, or nil when the byte there
    /// starts none (stray continuation byte, overlong form, surrogate, truncated sequence).
    static func validSequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        let length: Int
        switch byte {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard index + length <= bytes.endIndex else { return nil }
        for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return nil }
        let second = bytes[index + 1]
        if byte == 0xE0, second < 0xA0 { return nil }
        if byte == 0xED, second > 0x9F { return nil }
        if byte == 0xF0, second < 0x90 { return nil }
        if byte == 0xF4, second > 0x8F { return nil }
        return length
    }
}
