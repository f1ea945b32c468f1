/// Checks that a file's bytes are text cu2hip can translate.
public enum SourceValidation {
    /// Why the bytes cannot be translated, or nil when they can.
    public static func problem(with bytes: [UInt8]) -> String? {
        if let nul = bytes.firstIndex(of: 0) {
            return "binary file (NUL byte at offset \(nul)); not translated"
        }
        if let bad = firstInvalidUTF8(bytes) {
            return "not valid UTF-8 (invalid byte at offset \(bad)); not translated"
        }
        return nil
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return index }
            // Overlong and surrogate forms.
            if byte == 0xE0, bytes[index + 1] < 0xA0 { return index }
            if byte == 0xED, bytes[index + 1] > 0x9F { return index }
            if byte == 0xF0, bytes[index + 1] < 0x90 { return index }
            if byte == 0xF4, bytes[index + 1] > 0x8F { return index }
            index += length
        }
        return nil
    }
}
