import Mapping

/// A lexical pass over a file, before any parse, that answers one question: could translating
/// this file change anything? A file with no CUDA in it is not parsed at all: it is reported
/// `unchanged`, and its own compile problems are not cu2hip's to report.
///
/// The answer errs towards parsing. A file needs a parse when it is CUDA by extension (`.cu`,
/// `.cuh`), or when, outside comments and string literals, it has
/// - an identifier the mapping database knows (every CUDA name, `--map` names included), or one
///   with a CUDA-ish prefix (`cu`, `CU`, `nv`, `NV`, `__`, `warp`, `atomic`, `make_`, ...), or one
///   of the device-side words rules look for (`threadIdx`, `dim3`, `asm`, the vector types, ...);
/// - a `<<<` launch;
/// - an include of a CUDA or HIP header, of a header with the name of a file in the input tree
///   (it may be a project header, whose translation depends on its includer), or of a macro.
/// Whether the shortcut changes any output is checked by running every fixture both ways.
public struct CUDAPrescan: Sendable {
    public struct Result: Sendable, Equatable {
        public var needsParse: Bool
        /// The header names of the file's include directives, as written (without delimiters).
        public var includes: [String]
        /// True when an include directive names its header through a macro.
        public var hasComputedInclude = false
    }

    private let identifierHashes: Set<UInt64>
    private let headerNames: Set<String>
    private let projectFileNames: Set<String>

    /// `projectFileNames`: the last path component of every file in the input tree.
    public init(database: MappingDatabase, projectFileNames: Set<String>) {
        var hashes = Set(database.entries.map { Self.hash(Array($0.cudaName.utf8)[...]) })
        for word in Self.deviceWords { hashes.insert(Self.hash(Array(word.utf8)[...])) }
        identifierHashes = hashes
        headerNames = IncludeRule.specialNames
        self.projectFileNames = projectFileNames
    }

    static let prefixes: [[UInt8]] = ["cu", "CU", "nv", "NV", "__", "warp", "atomic", "make_", "thrust", "THRUST", "tex", "surf"]
        .map { Array($0.utf8) }

    /// Words rules react to that neither the database nor the prefixes cover.
    static let deviceWords: [String] = {
        var words = ["threadIdx", "blockIdx", "blockDim", "gridDim", "warpSize", "dim3", "asm", "half", "half2",
                     "wmma", "cooperative_groups", "HIP_SYMBOL", "hipLaunchKernelGGL", "rsqrtf", "saturate",
                     "mul24", "umul24", "umin", "umax", "llmin", "llmax", "ullmin", "ullmax", "float_as_int",
                     "int_as_float", "clock", "clock64", "operator"]
        for base in ["char", "uchar", "short", "ushort", "int", "uint", "long", "ulong", "longlong", "ulonglong", "float", "double"] {
            for width in 1...4 { words.append("\(base)\(width)") }
        }
        return words
    }()

    /// True for files cu2hip parses whatever their content.
    public static func isCUDAByExtension(_ path: String) -> Bool {
        path.hasSuffix(".cu") || path.hasSuffix(".cuh")
    }

    public func scan(_ bytes: [UInt8], path: String) -> Result {
        var lexer = Lexer(bytes: Self.splicingLines(bytes))
        var needsParse = Self.isCUDAByExtension(path)
        var includes: [String] = []
        var hasComputedInclude = false
        while let item = lexer.next() {
            switch item {
            case let .identifier(range):
                if !needsParse, isCUDAIdentifier(lexer.bytes[range]) { needsParse = true }
            case .launch:
                needsParse = true
            case let .include(name):
                guard let name else {
                    needsParse = true
                    hasComputedInclude = true
                    continue
                }
                includes.append(name)
                if !needsParse, isInterestingInclude(name) { needsParse = true }
            }
        }
        return Result(needsParse: needsParse, includes: includes, hasComputedInclude: hasComputedInclude)
    }

    private func isCUDAIdentifier(_ word: ArraySlice<UInt8>) -> Bool {
        for prefix in Self.prefixes where word.starts(with: prefix) { return true }
        return identifierHashes.contains(Self.hash(word))
    }

    private func isInterestingInclude(_ name: String) -> Bool {
        if name.hasPrefix("hip/") || headerNames.contains(name) { return true }
        let last = name.split(separator: "/").last.map(String.init) ?? name
        return projectFileNames.contains(last) || last.hasPrefix("cu") || last.hasPrefix("nv")
    }

    static func hash(_ word: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return value
    }

    /// The bytes with every backslash-newline removed (translation phase 2), so that a name split
    /// over two lines is seen whole.
    static func splicingLines(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "\\")) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "\\") {
                var next = position + 1
                if next < bytes.count, bytes[next] == UInt8(ascii: "\r") { next += 1 }
                if next < bytes.count, bytes[next] == UInt8(ascii: "\n") {
                    position = next + 1
                    continue
                }
            }
            result.append(bytes[position])
            position += 1
        }
        return result
    }

    /// What the pre-scan needs of C's lexical grammar: identifiers, `<<<`, include directives;
    /// comments, string and character literals and numbers are stepped over.
    struct Lexer {
        enum Item {
            case identifier(Range<Int>)
            case launch
            /// An include directive's header name; nil when it is computed (a macro).
            case include(String?)
        }

        let bytes: [UInt8]
        var position = 0
        /// True until the first token of a line: a `#` there starts a directive.
        var atLineStart = true

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func next() -> Item? {
            while position < bytes.count {
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "\n"):
                    atLineStart = true
                    position += 1
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0b, 0x0c:
                    position += 1
                case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                    while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
                case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                    position += 2
                    while position < bytes.count, !(bytes[position] == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/")) {
                        position += 1
                    }
                    position = min(position + 2, bytes.count)
                case UInt8(ascii: "#") where atLineStart:
                    atLineStart = false
                    position += 1
                    if let item = directive() { return item }
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    atLineStart = false
                    skipQuoted(byte)
                case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "<") && peek(2) == UInt8(ascii: "<"):
                    atLineStart = false
                    position += 3
                    return .launch
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    atLineStart = false
                    skipNumber()
                case UInt8(ascii: "."):
                    atLineStart = false
                    if let next = peek(1), next >= UInt8(ascii: "0"), next <= UInt8(ascii: "9") { skipNumber() } else { position += 1 }
                default:
                    atLineStart = false
                    if Self.startsIdentifier(byte) {
                        let start = position
                        while position < bytes.count, Self.continuesIdentifier(bytes[position]) { position += 1 }
                        // A raw string literal: R"delimiter( ... )delimiter", with an optional prefix.
                        if position < bytes.count, bytes[position] == UInt8(ascii: "\""), bytes[position - 1] == UInt8(ascii: "R"),
                           ["R", "uR", "UR", "LR", "u8R"].contains(String(decoding: bytes[start..<position], as: UTF8.self)) {
                            skipRawString()
                            continue
                        }
                        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'"),
                           ["L", "u", "U", "u8"].contains(String(decoding: bytes[start..<position], as: UTF8.self)) {
                            skipQuoted(bytes[position])
                            continue
                        }
                        return .identifier(start..<position)
                    }
                    position += 1
                }
            }
            return nil
        }

        private func peek(_ distance: Int) -> UInt8? {
            position + distance < bytes.count ? bytes[position + distance] : nil
        }

        static func startsIdentifier(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte >= 0x80
        }

        static func continuesIdentifier(_ byte: UInt8) -> Bool {
            startsIdentifier(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }

        private mutating func skipBlanks() {
            while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
                position += 1
            }
            // A comment between `#` and the directive name counts as a blank.
            if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "/"), bytes[position + 1] == UInt8(ascii: "*") {
                position += 2
                while position < bytes.count, !(bytes[position] == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/")) {
                    position += 1
                }
                position = min(position + 2, bytes.count)
                skipBlanks()
            }
        }

        /// After a `#` that starts a line: an include's header name, or nothing (the rest of the
        /// directive is lexed as ordinary tokens, so `#define X cudaMalloc` still counts).
        private mutating func directive() -> Item? {
            skipBlanks()
            let start = position
            while position < bytes.count, Self.continuesIdentifier(bytes[position]) { position += 1 }
            let name = String(decoding: bytes[start..<position], as: UTF8.self)
            guard ["include", "include_next", "import"].contains(name) else {
                position = start
                return nil
            }
            skipBlanks()
            guard position < bytes.count else { return .include(nil) }
            let open = bytes[position]
            let close: UInt8
            switch open {
            case UInt8(ascii: "<"): close = UInt8(ascii: ">")
            case UInt8(ascii: "\""): close = UInt8(ascii: "\"")
            default: return .include(nil)
            }
            position += 1
            let nameStart = position
            while position < bytes.count, bytes[position] != close, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            let header = String(decoding: bytes[nameStart..<position], as: UTF8.self)
            if position < bytes.count, bytes[position] == close { position += 1 }
            return .include(header)
        }

        private mutating func skipQuoted(_ quote: UInt8) {
            position += 1
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\\") {
                    position += 2
                } else if byte == quote {
                    position += 1
                    return
                } else if byte == UInt8(ascii: "\n") {
                    return  // unterminated: the line ends it
                } else {
                    position += 1
                }
            }
            position = min(position, bytes.count)
        }

        private mutating func skipRawString() {
            // At the opening quote.
            position += 1
            let delimiterStart = position
            while position < bytes.count, bytes[position] != UInt8(ascii: "("), position - delimiterStart <= 16 { position += 1 }
            guard position < bytes.count, bytes[position] == UInt8(ascii: "(") else { return }
            let terminator = [UInt8(ascii: ")")] + Array(bytes[delimiterStart..<position]) + [UInt8(ascii: "\"")]
            position += 1
            while position < bytes.count {
                if bytes[position] == UInt8(ascii: ")"), bytes[position...].starts(with: terminator) {
                    position += terminator.count
                    return
                }
                position += 1
            }
        }

        /// A preprocessing number: digits, letters, `.`, `'` separators and signed exponents.
        private mutating func skipNumber() {
            position += 1
            while position < bytes.count {
                let byte = bytes[position]
                if (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")),
                   [UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "p"), UInt8(ascii: "P")].contains(bytes[position - 1]) {
                    position += 1
                } else if Self.continuesIdentifier(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") {
                    position += 1
                } else {
                    return
                }
            }
        }
    }
}
