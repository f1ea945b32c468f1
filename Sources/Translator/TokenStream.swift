import Clang

/// A preprocessor directive line (`#include`, `#define`, `#if`, ...), as token indices.
public struct Directive: Hashable, Sendable {
    /// The directive's name: "include", "define", "if", "ifdef", ...; "" for a null directive.
    public var name: String
    /// Index of the `#` token.
    public var hashIndex: Int
    /// Index of the directive's last token.
    public var lastIndex: Int
}

/// A token in context: which directive it belongs to, whether its code is active.
public struct SourceToken: Hashable, Sendable {
    public var token: Token
    public var index: Int
    /// The directive this token is part of, if any (its position in ``TokenStream/directives``).
    public var directive: Int?
    /// False inside an inactive `#if` branch.
    public var isActive: Bool

    public var spelling: String { token.spelling }
    public var kind: Token.Kind { token.kind }
    public var range: ByteRange { token.range }
}

/// The tokens of one file with the structure rules need: directives, activity, bracket matching.
public struct TokenStream: Sendable {
    public let tokens: [SourceToken]
    public let directives: [Directive]
    public let source: SourceText

    public init(tokens allTokens: [Token], source: SourceText, skippedRanges: [ByteRange]) {
        self.source = source
        // Comments are never rewritten and must not hide a directive's `#` from "first on its line".
        let raw = allTokens.filter { $0.kind != .comment }
        let logicalLines = Self.logicalLineNumbers(of: source.bytes, at: raw.map(\.range.start.value))
        var directives: [Directive] = []
        var tokens: [SourceToken] = []
        tokens.reserveCapacity(raw.count)
        var skipCursor = 0
        var position = 0
        while position < raw.count {
            let token = raw[position]
            let startsLine = position == 0 || logicalLines[position - 1] != logicalLines[position]
            var lastOfDirective = position
            var directiveIndex: Int?
            if token.kind == .punctuation, token.spelling == "#", startsLine {
                while lastOfDirective + 1 < raw.count, logicalLines[lastOfDirective + 1] == logicalLines[position] {
                    lastOfDirective += 1
                }
                let name = lastOfDirective > position ? raw[position + 1].spelling : ""
                directives.append(Directive(name: name, hashIndex: position, lastIndex: lastOfDirective))
                directiveIndex = directives.count - 1
            }
            for member in position...lastOfDirective {
                let offset = raw[member].range.start
                while skipCursor < skippedRanges.count, skippedRanges[skipCursor].end <= offset { skipCursor += 1 }
                let inactive = skipCursor < skippedRanges.count && skippedRanges[skipCursor].start <= offset
                    && offset < skippedRanges[skipCursor].end
                tokens.append(SourceToken(token: raw[member], index: member, directive: directiveIndex, isActive: !inactive))
            }
            position = lastOfDirective + 1
        }
        self.tokens = tokens
        self.directives = directives
    }

    /// Logical line number (backslash-newline joins lines) of each offset, offsets ascending.
    private static func logicalLineNumbers(of bytes: [UInt8], at offsets: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        var line = 0
        var scan = 0
        for offset in offsets {
            while scan < offset {
                if bytes[scan] == UInt8(ascii: "\n") {
                    var back = scan - 1
                    if back >= 0, bytes[back] == UInt8(ascii: "\r") { back -= 1 }
                    if !(back >= 0 && bytes[back] == UInt8(ascii: "\\")) { line += 1 }
                }
                scan += 1
            }
            result.append(line)
        }
        return result
    }

    public subscript(index: Int) -> SourceToken { tokens[index] }
    public var count: Int { tokens.count }

    /// The next token after `index` in the same region: inside a directive, the same directive;
    /// in code, the next token that is not part of a directive.
    public func next(after index: Int) -> Int? {
        var candidate = index + 1
        let region = tokens[index].directive
        while candidate < tokens.count {
            if tokens[candidate].directive == region { return candidate }
            if region != nil { return nil }
            candidate += 1
        }
        return nil
    }

    /// The previous token before `index` in the same region.
    public func previous(before index: Int) -> Int? {
        var candidate = index - 1
        let region = tokens[index].directive
        while candidate >= 0 {
            if tokens[candidate].directive == region { return candidate }
            if region != nil { return nil }
            candidate -= 1
        }
        return nil
    }

    /// Index of the bracket opening the one at `close` (`)`, `]`, `}`), counting only those kinds.
    public func matchingOpen(of close: Int) -> Int? {
        let pairs: [String: String] = [")": "(", "]": "[", "}": "{"]
        guard pairs[tokens[close].spelling] != nil else { return nil }
        var depth = 0
        var cursor: Int? = close
        while let index = cursor {
            let spelling = tokens[index].spelling
            if tokens[index].kind == .punctuation {
                if pairs[spelling] != nil { depth += 1 } else if pairs.values.contains(spelling) {
                    depth -= 1
                    if depth == 0 { return index }
                }
            }
            cursor = previous(before: index)
        }
        return nil
    }

    /// Index of the bracket closing the one at `open` (`(`, `[`, `{`), counting only those kinds.
    public func matchingClose(of open: Int) -> Int? {
        let pairs: [String: String] = ["(": ")", "[": "]", "{": "}"]
        guard pairs[tokens[open].spelling] != nil else { return nil }
        var depth = 0
        var cursor: Int? = open
        while let index = cursor {
            let spelling = tokens[index].spelling
            if tokens[index].kind == .punctuation {
                if pairs[spelling] != nil { depth += 1 } else if pairs.values.contains(spelling) {
                    depth -= 1
                    if depth == 0 { return index }
                }
            }
            cursor = next(after: index)
        }
        return nil
    }

    /// A call `name(arguments)` whose name token is at `nameIndex`, or nil when no `(` follows.
    public func call(at nameIndex: Int) -> Call? {
        guard let open = next(after: nameIndex), tokens[open].spelling == "(",
              let close = matchingClose(of: open) else { return nil }
        return Call(name: nameIndex, open: open, close: close, arguments: splitArguments(open: open, close: close))
    }

    /// The name token of the innermost call whose argument list holds the token at `index`
    /// (`f` for `x` in `f(a, g(x) + 1)` is `g`), looking back no further than the statement.
    public func enclosingCallName(of index: Int) -> Int? {
        var depth = 0
        var cursor = previous(before: index)
        while let current = cursor {
            let token = tokens[current]
            if token.kind == .punctuation {
                switch token.spelling {
                case ")", "]": depth += 1
                case "[": depth -= 1
                case "(":
                    if depth == 0 {
                        guard let name = previous(before: current), tokens[name].kind == .identifier else { return nil }
                        return name
                    }
                    depth -= 1
                case ";", "{", "}": return nil
                default: break
                }
            }
            cursor = previous(before: current)
        }
        return nil
    }

    /// Splits the tokens between `open` and `close` at top-level commas.
    public func splitArguments(open: Int, close: Int) -> [CallArgument] {
        var arguments: [CallArgument] = []
        var depth = 0
        var first: Int?
        var last: Int?
        var cursor = next(after: open)
        while let index = cursor, index != close {
            let token = tokens[index]
            if token.kind == .punctuation {
                switch token.spelling {
                case "(", "[", "{": depth += 1
                case ")", "]", "}": depth -= 1
                default: break
                }
            }
            if depth == 0, token.kind == .punctuation, token.spelling == "," {
                arguments.append(CallArgument(first: first, last: last, comma: index))
                first = nil
                last = nil
            } else {
                if first == nil { first = index }
                last = index
            }
            cursor = next(after: index)
        }
        if first != nil || !arguments.isEmpty {
            arguments.append(CallArgument(first: first, last: last, comma: nil))
        }
        return arguments
    }

    /// The first token of the postfix expression that ends just before `access` (`v[1]` in
    /// `v[1].y`, `p->h` in `p->h.x`), or nil when it is not one this rule can delimit.
    public func objectStart(before access: Int) -> Int? {
        previous(before: access).flatMap(expressionStart(endingAt:))
    }

    /// The first token of the postfix expression ending at `last` (`v[1]`, `p->h`, `f(x).y`), or
    /// of the parenthesised group it is; nil when `last` ends neither.
    public func expressionStart(endingAt last: Int) -> Int? {
        var index = last
        while true {
            let spelling = self[index].spelling
            if spelling == ")" || spelling == "]" {
                guard let open = matchingOpen(of: index) else { return nil }
                // A call or a subscript continues with what precedes it; a parenthesised expression ends here.
                if let before = previous(before: open), self[before].kind == .identifier || [")", "]"].contains(self[before].spelling) {
                    index = before
                    continue
                }
                return open
            }
            guard self[index].kind == .identifier || spelling == "this" else { return nil }
            if let separator = previous(before: index), [".", "->", "::"].contains(self[separator].spelling),
               let object = previous(before: separator) {
                index = object
                continue
            }
            return index
        }
    }

    /// The first token of the qualifiers before the name at `index` (`ns` in `ns::detail::f`, the
    /// leading `::` of `::ns::f` or of `S<T>::f`), or `index` itself when it is unqualified.
    public func qualifierStart(of index: Int) -> Int {
        var first = index
        while let colons = previous(before: first), self[colons].spelling == "::" {
            guard let qualifier = previous(before: colons), self[qualifier].kind == .identifier else { return colons }
            first = qualifier
        }
        return first
    }

    /// The byte range from the start of token `first` to the end of token `last`.
    public func range(from first: Int, to last: Int) -> ByteRange {
        ByteRange(start: tokens[first].range.start.value, end: tokens[last].range.end.value)
    }

    /// Source text from token `first` through token `last`.
    public func text(from first: Int, to last: Int) -> String {
        source.text(range(from: first, to: last))
    }
}

/// A function call found in the token stream.
public struct Call: Hashable, Sendable {
    public var name: Int
    public var open: Int
    public var close: Int
    public var arguments: [CallArgument]
}

/// One argument of a call: its first and last token (nil when empty) and the comma after it.
public struct CallArgument: Hashable, Sendable {
    public var first: Int?
    public var last: Int?
    public var comma: Int?
}
